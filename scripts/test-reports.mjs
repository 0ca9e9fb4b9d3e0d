#!/usr/bin/env node
/**
 * npm run test:reports: client reports as a user makes them. The browser's own print of a page of
 * every element, and the `kpi-kit render` command (dist/node/cli.js, as built) writing PDFs and
 * PNGs and refusing bad input. PDFs are read back with Debian's poppler-utils (pdftotext,
 * pdfinfo), PNGs by their header. One line per check, then `reports: N passed, N failed`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { assert, checks } from './lib/checks.mjs';
import { serve } from './package/serve.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(repo, 'dist/node/cli.js');
const out = mkdtempSync(join(tmpdir(), 'kpi-kit-reports-'));

const { check, summary } = checks();

/** `kpi-kit …` as a user runs it: its exit code and what it printed. */
const kpiKit = async (args, env = {}) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd: repo,
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
};
const succeeds = async (args) => {
  const result = await kpiKit(args);
  assert(result.code === 0, `exit ${result.code}: ${result.stderr.trim() || result.stdout.trim()}`);
  return result;
};

/** A PDF's text, page by page (pdftotext separates pages by form feeds). */
const pdfText = async (file) => (await run('pdftotext', [file, '-'])).stdout.split('\f').slice(0, -1);
const pdfInfo = async (file) => (await run('pdfinfo', [file])).stdout;
/** A PNG's size in pixels, from its IHDR chunk. */
const pngSize = (file) => {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
/**
 * Text as compared: lines joined, and hyphens left out, as pdftotext joins a word the layout broke
 * after its hyphen without it ("advertentie-" + "uitgaven" reads "advertentieuitgaven").
 */
const words = (text) => text.replace(/\s+/g, ' ').replace(/-\s?/g, '');
const expectText = (text, expected) => {
  const missing = expected.filter((part) => !words(text).includes(words(part)));
  assert(missing.length === 0, `missing ${missing.map((part) => `"${part}"`).join(', ')}`);
};

/** Runs `use` with headless Chromium and a server of the repository (and `pages`), then closes both. */
const withChromium = async (pages, use) => {
  const puppeteer = (await import('puppeteer-core')).default;
  const server = await serve(repo, pages);
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    return await use(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
};

/** What each element of print.html must print: its label, its figure, its words. */
const PRINTED = [
  'Rendement op advertentie-uitgaven',
  '4,0 : 1',
  'Conversion rate',
  '2.7%',
  'Within the typical range',
  'New leads, June',
  '412 of 500',
  'Ahead of pace',
  'Organic traffic',
  '831,244',
  'Q3 2025',
  'B2B lead funnel, Q2',
  'Opportunities',
  '45,600',
];
/** Controls that mean nothing on paper. */
const NOT_PRINTED = ['About conversion rate', 'Data table (', 'Gegevenstabel'];

await check("the browser's own print: every element's text, no controls", () =>
  withChromium({}, async (browser, origin) => {
    const page = await browser.newPage();
    // Laid out for a screen, then printed, as from the print dialog: no resize in between.
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/test/reports/print.html`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('kpi-card, kpi-trend, funnel-ratio, goal-gauge')].every((widget) =>
        widget.shadowRoot?.querySelector('[part]'),
      ),
    );
    const file = join(out, 'browser-print.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const pages = await pdfText(file);
    const text = pages.join('\n');
    expectText(text, PRINTED);
    const shown = NOT_PRINTED.filter((part) => text.includes(part));
    assert(shown.length === 0, `prints ${shown.join(', ')}`);
    return `${pages.length} pages`;
  }),
);

await check('kpi-kit render --pdf: A4, header, footer and page numbers, text kept as text', async () => {
  const file = join(out, 'report.pdf');
  const { stdout } = await succeeds([
    'render',
    'test/reports/print.html',
    '--pdf',
    file,
    '--header',
    'Acme B.V. — June 2026',
    '--footer',
    'Prepared by Example Agency',
  ]);
  const pages = await pdfText(file);
  expectText(pages.join('\n'), [...PRINTED, 'Acme B.V. — June 2026', 'Prepared by Example Agency']);
  pages.forEach((text, index) => {
    const numbered = new RegExp(`\\b${index + 1}\\s*/\\s*${pages.length}\\b`);
    assert(numbered.test(text), `no "${index + 1} / ${pages.length}" on page ${index + 1}`);
  });
  const info = await pdfInfo(file);
  assert(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/.test(info), `not A4: ${/Page size:.*/.exec(info)?.[0]}`);
  assert(stdout.includes(`wrote ${file} (${pages.length} page`), `no progress line: ${stdout.trim()}`);
  return `${pages.length} pages`;
});

await check('kpi-kit render --pdf --format Letter --landscape', async () => {
  const file = join(out, 'letter.pdf');
  await succeeds(['render', 'test/reports/print.html', '--pdf', file, '--format', 'letter', '--landscape']);
  const info = await pdfInfo(file);
  assert(/Page size:\s+792 x 612 pts \(letter\)/.test(info), `not Letter landscape: ${/Page size:.*/.exec(info)?.[0]}`);
  expectText((await pdfText(file)).join('\n'), PRINTED);
});

await check('kpi-kit render --png: one PNG per widget, named by id, at --width × --scale', async () => {
  const folder = join(out, 'png');
  const { stdout } = await succeeds([
    'render',
    'test/reports/print.html',
    '--png',
    folder,
    '--scale',
    '2',
    '--width',
    '600',
  ]);
  const files = readdirSync(folder).sort();
  const expected = ['conversion.png', 'funnel.png', 'leads.png', 'roas.png', 'traffic.png'];
  assert(JSON.stringify(files) === JSON.stringify(expected), `wrote ${files.join(', ')}`);
  for (const file of files) {
    const { width, height } = pngSize(join(folder, file));
    assert(width === 1200, `${file} is ${width} px wide, not 1200`);
    assert(height > 100 && height < 3000, `${file} is ${height} px high`);
  }
  assert(stdout.includes('(1200 × '), `no size in the progress lines: ${stdout.trim()}`);
  return files.length + ' files';
});

await check('kpi-kit render --png --selector: only the widgets it picks, named by position and label', async () => {
  const folder = join(out, 'cards');
  await succeeds(['render', 'test/reports/broken.html', '--png', folder, '--selector', '#fine']);
  const files = readdirSync(folder);
  assert(JSON.stringify(files) === '["fine.png"]', `wrote ${files.join(', ')}`);
});

await check("a page's kit from a CDN and its data file load from disk, offline", async () => {
  const file = join(out, 'offline.pdf');
  await succeeds(['render', 'test/reports/offline.html', '--pdf', file, '--strict']);
  // 48,200 / 12,000 = 4.0, in Dutch, from the last row of data/june.csv.
  expectText((await pdfText(file)).join('\n'), ['Rendement op advertentie-uitgaven', '4,0 : 1']);
});

await check(
  'kpi-kit render --html: the page with its widgets server-rendered, its src read from its folder',
  async () => {
    const file = join(out, 'offline.html');
    const { stdout } = await succeeds(['render', 'test/reports/offline.html', '--html', file]);
    const html = readFileSync(file, 'utf8');
    assert(stdout.includes(`wrote ${file} (1 server-rendered widget)`), stdout);
    assert(
      /<kpi-card id="roas-june"[^>]*><template shadowroot="open" shadowrootmode="open">/.test(html),
      'no shadow root',
    );
    // 48,200 / 12,000 from data/june.csv, in Dutch, and those figures handed to the browser.
    assert(html.includes('<!--lit-part-->4,0 : 1<!--/lit-part-->'), 'no ROAS in the server render');
    assert(
      /<\/template><script type="application\/json">\{[^<]*"revenue":"48200"/.test(html),
      'no figures for the browser',
    );
    // The page around it as written: the kit from its CDN address, which a site serves as it likes.
    assert(html.includes('src="https://cdn.jsdelivr.net/npm/kpi-kit@0.1.0/dist/kpi-kit.js"'), 'the script changed');
  },
);

await check('a widget in its error state is a named warning, and a failure with --strict', async () => {
  const lenient = await kpiKit(['render', 'test/reports/broken.html', '--pdf', join(out, 'broken.pdf')]);
  assert(lenient.code === 0, `exit ${lenient.code}: ${lenient.stderr}`);
  assert(
    /warning: <kpi-card id="typo" label="ROAS">: .*revenue/.test(lenient.stdout),
    `no warning naming it: ${lenient.stdout}`,
  );
  const strict = await kpiKit(['render', 'test/reports/broken.html', '--pdf', join(out, 'strict.pdf'), '--strict']);
  assert(strict.code === 1, `exit ${strict.code}`);
  assert(strict.stderr.includes('1 widget shows an error (--strict)'), `stderr: ${strict.stderr}`);
});

/** Words with their boxes, from `pdftotext -bbox`: what lies where on each page. */
const pdfWords = async (file) => {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
  const pages = [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [
      ...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map(([, xMin, yMin, xMax, yMax, text]) => ({ xMin: +xMin, yMin: +yMin, xMax: +xMax, yMax: +yMax, text })),
  }));
};

await check("npm run report: the demo's Dutch monthly report on one A4 page, its figures, nothing cut", async () => {
  rmSync(join(repo, 'report'), { recursive: true, force: true });
  const { stdout } = await run('npm', ['run', '--silent', 'report'], { cwd: repo, timeout: 180_000 });
  const file = join(repo, 'report/report.pdf');
  const info = await pdfInfo(file);
  assert(/^Pages:\s+1$/m.test(info), `not one page: ${/Pages:.*/.exec(info)?.[0]}`);
  assert(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/.test(info), 'not A4');
  // The figures the widgets compute from demo/public/data, in Dutch, as Intl writes them.
  const euro = (value, digits) =>
    new Intl.NumberFormat('nl-NL', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  const share = (value) => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const ratio = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(67900 / 13900);
  expectText((await pdfText(file)).join('\n'), [
    'Maandrapport juni 2026',
    `${ratio} : 1`, // ROAS: revenue / ad spend in June
    share(1772 / 81500), // conversion rate: orders / sessions
    euro(13900 / 648, 2), // CAC: ad spend / new customers
    euro(67900 / 1772, 2), // average order value
    euro(67900, 0), // the latest month of the revenue trend
    new Intl.NumberFormat('nl-NL', { style: 'percent' }).format(305100 / 640000), // share of the year's goal
    `${euro(305100, 0)} van ${euro(640000, 0)}`,
    'Op schema',
    'Winkelwagen',
    'Grootste uitval',
    'Tuincentrum De Linde · maandrapport juni 2026 · Bureau Noord',
  ]);
  // Nothing runs past the paper or into its margins (12 mm, 34 pt, at the sides; the footer's
  // line below the content is the one text in the bottom margin).
  const [page] = await pdfWords(file);
  const margin = 30;
  const outside = page.words.filter(
    (word) =>
      word.xMin < margin || word.xMax > page.width - margin || word.yMin < margin || word.yMax > page.height - 10,
  );
  assert(outside.length === 0, `cut at an edge: ${outside.map((word) => word.text).join(' ')}`);
  const pngs = readdirSync(join(repo, 'report/png')).sort();
  const widgets = [
    'bestelwaarde',
    'cac',
    'conversieratio',
    'jaardoel-omzet',
    'omzet-per-maand',
    'roas',
    'trechter-juni',
  ];
  assert(JSON.stringify(pngs) === JSON.stringify(widgets.map((name) => `${name}.png`)), `PNGs: ${pngs.join(', ')}`);
  for (const png of pngs) assert(pngSize(join(repo, 'report/png', png)).width === 1200, `${png} is not 1200 px wide`);
  assert(stdout.includes('wrote report/report.pdf (1 page, A4)'), stdout);
  return `${page.words.length} words, ${pngs.length} PNGs`;
});

/** A page of every kind of widget, as a Node site would hand it to `renderToHtml`. */
const SSR_PAGE = `<!doctype html>
<html lang="nl-NL">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered widgets</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/autoloader.js"></script>
  </head>
  <body>
    <kpi-card id="roas" kpi="roas" revenue="48200" spend="12000" previous-revenue="41000" previous-spend="11000" target="3.5" currency="EUR"></kpi-card>
    <kpi-card id="json" kpi="conversion-rate" benchmark><script type="application/json">{"conversions": 412, "visitors": 15300}</script></kpi-card>
    <goal-gauge id="gauge" label="Nieuwe leads" value="412" goal="500" unit="count"></goal-gauge>
    <funnel-ratio id="funnel" label="Trechter"><ol><li data-value="15300">Bezoek</li><li data-value="412">Lead</li><li data-value="61">Klant</li></ol></funnel-ratio>
    <kpi-trend id="sparkline" label="Sessies" sparkline values="120,132,128,141,150"></kpi-trend>
    <kpi-trend id="trend" label="Sessies" values="120,132,128,141,150" labels="2026-02,2026-03,2026-04,2026-05,2026-06"></kpi-trend>
    <kpi-card id="fromsrc" kpi="roas" label="ROAS uit bestand" src="/test/reports/data/june.csv" currency="EUR"></kpi-card>
    <div lang="de"><kpi-card id="german" label="Umsatz" value="1200" unit="currency"></kpi-card></div>
    <template><kpi-card id="inert" value="1"></kpi-card></template>
  </body>
</html>
`;
/** What the server-rendered page shows, in Dutch and German, as Intl writes it. */
const SSR_TEXT = [
  '4,0 : 1',
  'Doel 3,5 : 1',
  'ROAS uit bestand', // its figures read from its src on the server
  new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(412 / 15300),
  '412 van 500',
  'Trechter',
  'Klant',
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1200),
];

/** The server's render of SSR_PAGE, from the built `kpi-kit/ssr`; the checks after it use it. */
let rendered = '';

await check('renderToHtml: every widget in a declarative shadow root, the rest of the page as written', async () => {
  const { renderToHtml } = await import(join(repo, 'dist/node/ssr.js'));
  // The file of a widget's src read from the repository, as a site reads it from its disk.
  rendered = await renderToHtml(SSR_PAGE, { readSrc: (src) => readFile(join(repo, src), 'utf8') });
  const roots = rendered.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? [];
  assert(roots.length === 8, `${roots.length} shadow roots, not 8 (the one in a <template> is not on the page)`);
  // The src's figures, handed to the browser as a JSON child after its shadow root.
  const fromSrc =
    /<kpi-card id="fromsrc"[^>]*><template[\s\S]*?<\/template>(<script type="application\/json">[^<]*<\/script>)/.exec(
      rendered,
    )?.[1];
  assert(fromSrc?.includes('48200'), `no figures from src: ${fromSrc}`);
  // Without the shadow roots and those figures, the page is the one given.
  const without = rendered
    .replace(fromSrc ?? '', '')
    .replace(/<template shadowroot="open" shadowrootmode="open">[\s\S]*?<\/template>(?=<\/|<script|<ol)/g, '');
  assert(without === SSR_PAGE, 'the page around the widgets changed');
  const pinned = await renderToHtml('<kpi-card value="1200" unit="currency"></kpi-card>', { locale: 'fr-FR' });
  assert(pinned.startsWith('<kpi-card value="1200" unit="currency" locale="fr-FR"><template'), pinned.slice(0, 80));
  assert(
    pinned.includes(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1200)),
    'not in French',
  );
});

await check('renderToHtml: without JavaScript the figures show', async () => {
  assert(rendered, 'no server render to open');
  await withChromium({ '/ssr.html': rendered }, async (browser, origin) => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/ssr.html`);
    const file = join(out, 'ssr-no-js.pdf');
    await page.pdf({ path: file, format: 'A4' });
    expectText((await pdfText(file)).join('\n'), SSR_TEXT);
  });
});

await check('renderToHtml: with JavaScript the widgets hydrate, their DOM as it was, and work', async () => {
  assert(rendered, 'no server render to open');
  // Each widget's shadow DOM as the HTML parser built it, before the kit's module script runs.
  const page = rendered.replace(
    '</body>',
    `<script>window.serverDom = Object.fromEntries([...document.querySelectorAll('[id]')].filter((w) => w.shadowRoot).map((w) => [w.id, w.shadowRoot.innerHTML]));</script></body>`,
  );
  await withChromium({ '/ssr.html': page }, async (browser, origin) => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`${origin}/ssr.html`);
    await tab.waitForFunction(() =>
      ['kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge'].every((tag) => customElements.get(tag)),
    );
    const changed = await tab.evaluate(async () => {
      const widgets = [...document.querySelectorAll('kpi-card, kpi-trend, funnel-ratio, goal-gauge')];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      // The full trend draws its chart once it has measured its box: that is its next render.
      return widgets
        .filter((widget) => widget.id !== 'trend' && widget.shadowRoot.innerHTML !== window.serverDom[widget.id])
        .map((widget) => widget.id);
    });
    assert(errors.length === 0, `errors: ${errors.join('; ')}`);
    assert(changed.length === 0, `hydration changed ${changed.join(', ')}`);
    const opened = await tab.evaluate(async () => {
      const card = document.querySelector('#roas');
      card.shadowRoot.querySelector('[part~="info-button"]').click();
      await card.updateComplete;
      const definition = card.shadowRoot.querySelector('#definition');
      return definition && !definition.hidden && definition.textContent.trim().length > 20;
    });
    assert(opened, "the card's definition does not open");
    await tab.waitForFunction(() => document.querySelector('#trend').shadowRoot.querySelector('path.line'));
    // Explored by keyboard, the trend reads out the period in focus, in its readout.
    const readout = await tab.evaluate(async () => {
      const trend = document.querySelector('#trend');
      const chart = trend.shadowRoot.querySelector('[part~="chart"]');
      chart.focus();
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await trend.updateComplete;
      return trend.shadowRoot.querySelector('.readout').textContent.trim();
    });
    assert(readout.includes('150') && readout.includes('jun'), `readout: "${readout}"`);
    // The definition's text is in the paragraph, not in a marker comment of the server's.
    const definition = await tab.evaluate(() =>
      document.querySelector('#roas').shadowRoot.querySelector('#definition').innerText.trim(),
    );
    assert(definition.length > 20, `the definition shows "${definition}"`);
  });
});

/** A port nothing listens on: one the system gave a server that has closed since. */
const closedPort = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Bad input: one line on stderr that says what to fix, and a non-zero exit. */
const REFUSED = [
  [
    'a missing file',
    ['render', 'test/reports/missing.html', '--pdf', 'x.pdf'],
    1,
    'no such file: test/reports/missing.html',
  ],
  ['a page without widgets', ['render', 'test/reports/empty.html', '--pdf', 'x.pdf'], 1, 'no kpi-kit widget found'],
  [
    'widgets the kit never defines',
    ['render', 'test/reports/no-kit.html', '--pdf', 'x.pdf', '--timeout', '2'],
    1,
    'does the page load kpi-kit',
  ],
  [
    'an unreachable URL',
    ['render', `http://127.0.0.1:${closedPort}/report.html`, '--pdf', 'x.pdf'],
    1,
    `cannot open http://127.0.0.1:${closedPort}/report.html: net::ERR_CONNECTION_REFUSED`,
  ],
  ['nothing to write', ['render', 'test/reports/print.html'], 2, 'say what to write'],
  [
    'a paper size it does not know',
    ['render', 'test/reports/print.html', '--pdf', 'x.pdf', '--format', 'A3'],
    2,
    '--format takes A4 or Letter, not "A3"',
  ],
  [
    'a scale out of range',
    ['render', 'test/reports/print.html', '--png', 'x', '--scale', '9'],
    2,
    '--scale takes a number from 0.5 to 4, not "9"',
  ],
  ['an unknown option', ['render', 'test/reports/print.html', '--pfd', 'x.pdf'], 2, "Unknown option '--pfd'"],
  ['an unknown command', ['print', 'test/reports/print.html'], 2, 'unknown command "print"'],
];
for (const [what, args, code, message] of REFUSED) {
  await check(`refuses ${what}`, async () => {
    const result = await kpiKit(args);
    assert(result.code === code, `exit ${result.code}, not ${code}: ${result.stderr.trim()}`);
    assert(result.stderr.includes(message), `stderr: ${result.stderr.trim()}`);
    assert(result.stderr.trim().split('\n').length === 1, `more than one line: ${result.stderr}`);
  });
}

await check('a browser that cannot start says how to install one', async () => {
  const result = await kpiKit(['render', 'test/reports/print.html', '--pdf', 'x.pdf'], {
    CHROME_PATH: '/nowhere/chromium',
  });
  assert(result.code === 1, `exit ${result.code}`);
  assert(
    result.stderr.includes(
      'no Chromium at /nowhere/chromium: install one (Debian and Ubuntu: apt-get install chromium) or set CHROME_PATH',
    ),
    result.stderr,
  );
});

rmSync(out, { recursive: true, force: true });
process.exitCode = summary('reports') ? 0 : 1;
