// Whether the content floor still draws what the kit draws: `node bench/compare-dom.mjs s3` loads
// the scenario's kit page and content floor page (or another library's: `… s3 floor-lit`),
// builds the widgets, and compares every widget's shadow DOM: its elements and their attributes,
// its text (comments and blank text left out, neighbouring text joined), the text it renders,
// every element's box, and a screenshot of the page. Exits 1 when they differ. See bench/README.md.
import process from 'node:process';
import { buildPages } from './lib/build.mjs';
import { ensureDependencies } from './lib/install.mjs';
import { launch } from './lib/load.mjs';
import { BENCH, cells as matrix } from './lib/matrix.mjs';
import { serve } from './lib/server.mjs';

const OUT = `${BENCH}dist/compare/`;
/** Differences shown per widget, and widgets shown. */
const SHOWN = 3;

/** In the page: each widget's shadow DOM as lines of text, the text it renders, and its boxes. */
const describeWidgets = () => {
  const tidy = (text) => text.replace(/\s+/g, ' ').trim();
  const attributes = (element) =>
    [...element.attributes]
      .map(({ name, value }) => [name, name === 'class' ? tidy(value) : value])
      .filter(([name, value]) => !(name === 'class' && value === ''))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
  return [...document.getElementById('stage').children].map((box) => {
    const host = box.firstElementChild;
    const origin = host.getBoundingClientRect();
    const [lines, boxes] = [[], []];
    const walk = (node, indent) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.ELEMENT_NODE) {
          lines.push(`${indent}<${child.localName}${attributes(child)}>`);
          const { x, y, width, height } = child.getBoundingClientRect();
          const place = [x - origin.x, y - origin.y, width, height].map((n) => n.toFixed(2)).join(' ');
          boxes.push(`${indent}<${child.localName}> at ${place}`);
          walk(child, `${indent}  `);
        } else if (child.nodeType === Node.TEXT_NODE && tidy(child.data)) {
          // Text a template wrote in pieces (static and dynamic parts) reads as one.
          const last = lines.length - 1;
          const text = `${indent}"${tidy(child.data)}"`;
          if (lines[last]?.startsWith(`${indent}"`))
            lines[last] = `${lines[last].slice(0, -1)} ${text.trim().slice(1)}`;
          else lines.push(text);
        }
      }
    };
    walk(host.shadowRoot, '');
    const shown = [...host.shadowRoot.children].map((child) => child.innerText ?? child.textContent).join('\n');
    return {
      host: `<${host.localName}> ${origin.width.toFixed(2)} × ${origin.height.toFixed(2)}`,
      dom: lines,
      text: [tidy(shown)],
      boxes,
    };
  });
};

const load = async (browser, origin, cell) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await page.goto(`${origin}/${cell.key}.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(() => window.bench.run());
    if (cell.scenario.rounds) await page.evaluate(() => window.bench.update());
    return { widgets: await page.evaluate(describeWidgets), screenshot: await page.screenshot() };
  } finally {
    await page.close();
  }
};

/** The lines where two descriptions of a widget part ways. */
const differences = (kit, other) =>
  Array.from({ length: Math.max(kit.length, other.length) }, (_, i) => [kit[i], other[i]]).filter(([a, b]) => a !== b);

const main = async () => {
  const [scenario, lib = 'floor-content'] = process.argv.slice(2);
  if (!scenario) throw new Error('usage: node bench/compare-dom.mjs <scenario> [library, floor-content by default]');
  ensureDependencies();
  const cells = matrix({ only: [scenario.toLowerCase()], libs: ['kit', lib] }).filter((cell) => !cell.status);
  if (cells.length !== 2 || cells[0].scenario.page !== 'grid') throw new Error(`no grid pages of the kit and ${lib}`);
  await buildPages(cells, { minify: false, out: OUT });
  const broken = cells.find((cell) => cell.status);
  if (broken) throw new Error(`${broken.key}: ${broken.status}: ${broken.note}`);
  const server = await serve(OUT);
  const browser = await launch();
  try {
    const [kitCell, otherCell] = ['kit', lib].map((id) => cells.find((cell) => cell.lib.id === id));
    const ours = await load(browser, server.origin, kitCell);
    const theirs = await load(browser, server.origin, otherCell);
    let differing = 0;
    ours.widgets.forEach((widget, index) => {
      const parts = ['host', 'dom', 'text', 'boxes'].map((part) => [
        part,
        differences([widget[part]].flat(), [theirs.widgets[index]?.[part] ?? []].flat()),
      ]);
      if (parts.every(([, found]) => !found.length)) return;
      differing += 1;
      if (differing > SHOWN) return;
      for (const [part, found] of parts.filter(([, lines]) => lines.length)) {
        console.log(`widget ${index + 1}, ${part}:`);
        for (const [a, b] of found.slice(0, SHOWN)) console.log(`  kit:  ${a ?? '(none)'}\n  ${lib}: ${b ?? '(none)'}`);
      }
    });
    const same = Buffer.compare(ours.screenshot, theirs.screenshot) === 0;
    const count = ours.widgets.length === theirs.widgets.length ? ours.widgets.length : undefined;
    console.log(
      `${kitCell.scenario.id}: ${count ?? `${ours.widgets.length} vs ${theirs.widgets.length}`} widgets, ` +
        `${differing} differing from the kit's; screenshots ${same ? 'identical' : 'differ'}`,
    );
    if (differing || !same || count === undefined) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
};

main().catch((error) => {
  console.error(`compare-dom: ${error.message ?? error}`);
  process.exitCode = 1;
});
