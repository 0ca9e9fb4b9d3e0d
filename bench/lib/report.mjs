// The markdown report: the machine, the budgets marked PASS/FAIL with their figures, then one
// table per scenario.
import os from 'node:os';
import process from 'node:process';
import { LIBS, SCENARIOS } from './matrix.mjs';

const PEERS = LIBS.filter((lib) => lib.id !== 'kit' && !lib.yardstick).map((lib) => lib.id);
/** Issue 25's budgets. The timed scenarios: the kit's median at most this many times the content floor's. */
const TIMED = ['S1', 'S1b', 'S2', 'S3', 'S4', 'S5'];
const TIME_RATIO = 1.3;
/** The scenarios where the kit must also be faster than every peer (S5 has none). */
const RACED = ['S1', 'S1b', 'S2', 'S3', 'S4'];
/** S1b's 20 trends of 10,000 points within this factor of the same 20 trends with 30 points. */
const LONG_SERIES_RATIO = 1.3;
/** Heap per widget (JS and DOM heap) at most this many times the content floor's. */
const HEAP_RATIO = 1.5;
const HEAP_RETURN = 0.05;
/** The yardstick the budgets are set against: the kit's own content, built at the least cost. */
const YARDSTICK = 'floor-content';

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 ** 2).toFixed(2);
const times = (ratio) => `${ratio.toFixed(2)} ×`;
const percent = (share) => `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)} %`;
const verdict = (pass) => (pass ? 'PASS' : '**FAIL**');

export const machine = (browserVersion) => {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    chromium: browserVersion,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
};

/** The figures of one (scenario, library) cell, when it ran. */
const figuresIn = (cells) => (scenario, lib) =>
  cells.find((cell) => cell.scenario.id === scenario && cell.lib.id === lib && cell.figures)?.figures;

/** The budgets the issue sets, each with the figures it was judged on. */
export const budgets = (cells) => {
  const figures = figuresIn(cells);
  const rows = [];
  // A partial run (--only) judges only the budgets of the scenarios it ran.
  const ran = new Set(cells.map((cell) => cell.scenario.id));
  const add = (name, pass, figure) => rows.push({ name, pass, figure });
  const missing = (name, what) => rows.push({ name, pass: undefined, figure: `not measured (${what})` });

  for (const id of TIMED.filter((timed) => ran.has(timed))) {
    const kit = figures(id, 'kit');
    const content = figures(id, YARDSTICK);
    if (!kit || !content) {
      missing(`${id}: kit median ≤ ${TIME_RATIO} × content floor`, !kit ? 'kit' : 'content floor');
    } else {
      const ratio = kit.median / content.median;
      add(
        `${id}: kit median ≤ ${TIME_RATIO} × content floor`,
        ratio <= TIME_RATIO,
        `${times(ratio)} (${ms(kit.median)} vs ${ms(content.median)} ms)`,
      );
    }
    const peers = PEERS.map((lib) => ({ lib, figures: figures(id, lib) })).filter((peer) => peer.figures);
    if (kit && peers.length && RACED.includes(id)) {
      const fastest = peers.reduce((best, peer) => (peer.figures.median < best.figures.median ? peer : best));
      const name = LIBS.find((lib) => lib.id === fastest.lib).name;
      add(
        `${id}: kit faster than every peer`,
        kit.median < fastest.figures.median,
        `kit ${ms(kit.median)} ms, fastest peer ${name} ${ms(fastest.figures.median)} ms`,
      );
    }
  }

  const long = figures('S1b', 'kit');
  const short = figures('S1b-ref', 'kit');
  if (long && short) {
    const ratio = long.median / short.median;
    add(
      `S1b: a 10,000-point trend within ${LONG_SERIES_RATIO} × a 30-point one`,
      ratio <= LONG_SERIES_RATIO,
      `${times(ratio)} (20 × 10,000 points ${ms(long.median)} ms, 20 × 30 points ${ms(short.median)} ms)`,
    );
  } else if (ran.has('S1b') || ran.has('S1b-ref')) {
    missing(`S1b: a 10,000-point trend within ${LONG_SERIES_RATIO} × a 30-point one`, 'kit in S1b and S1b-ref');
  }

  const s4 = figures('S4', 'kit');
  if (s4?.renders != null) {
    add('S4: one render per element per update', s4.renders === 1, `${s4.renders.toFixed(2)} renders`);
  } else if (ran.has('S4')) missing('S4: one render per element per update', 'kit');

  for (const id of TIMED) {
    const kit = figures(id, 'kit');
    const content = figures(id, YARDSTICK);
    if (!kit || !content) continue;
    const [own, base] = [kit, content].map((f) => f.heapPerWidget + f.domHeapPerWidget);
    const ratio = own / Math.max(1, base);
    add(
      `${id}: heap per widget (JS + DOM) ≤ ${HEAP_RATIO} × content floor`,
      ratio <= HEAP_RATIO,
      `${times(ratio)} (${kb(own)} vs ${kb(base)} KB)`,
    );
  }

  const s6 = figures('S6', 'kit');
  if (s6) {
    add(
      `S6: JS heap back within ${HEAP_RETURN * 100} % of its start`,
      Math.abs(s6.heapChange) <= HEAP_RETURN,
      `${percent(s6.heapChange)}, ${mb(s6.heapAfter)} MB after (DOM heap ${percent(s6.domHeapChange)})`,
    );
    const { before, after } = s6.templates;
    add(
      'S6: no detached nodes remain',
      s6.detached === 0 && after <= before,
      `${s6.detached} detached nodes (worst load), besides Lit's ${after} cached templates (${before} before the churn)`,
    );
  } else if (ran.has('S6')) missing('S6: heap and detached nodes after churn', 'kit');
  return rows;
};

/**
 * The kit's time split four ways: what an embed must cost anyway (the floor in a shadow root, with
 * the kit's stylesheets and a text alternative, no framework), what the kit's content costs at
 * least (the content floor: the kit's own shadow DOM, built with plain DOM calls), what rendering
 * that content with Lit costs (the Lit floor: the same DOM from the same strings, through the kit's
 * templates), and the rest, what the kit's engine and element base add to that. Yardsticks a
 * partial run left out show as "–".
 */
const attribution = (cells) => {
  const figures = figuresIn(cells);
  const rows = TIMED.flatMap((id) => {
    const [floor, embedded, content, lit, kit] = ['floor', 'floor-embedded', YARDSTICK, 'floor-lit', 'kit'].map((lib) =>
      figures(id, lib),
    );
    if (!kit || !(floor || embedded || content || lit)) return [];
    const overFloor = (f) => (floor ? ` (${times(f.median / floor.median)})` : '');
    const given = (f, text) => (f ? text(f) : '–');
    const kitOver = (f) => times(kit.median / f.median);
    return [
      [
        id,
        given(floor, (f) => ms(f.median)),
        given(embedded, (f) => `${ms(f.median)}${overFloor(f)}`),
        given(content, (f) => `${ms(f.median)}${overFloor(f)}`),
        given(lit, (f) => `${ms(f.median)}${overFloor(f)}`),
        `${ms(kit.median)}${overFloor(kit)}`,
        given(embedded, kitOver),
        given(content, kitOver),
        lit && content ? times(lit.median / content.median) : '–',
        given(lit, kitOver),
        given(embedded, (f) => `${Math.round((f.nodes / kit.nodes) * 100)} %`),
        given(content, (f) => `${Math.round(f.nodes)} / ${Math.round(kit.nodes)}`),
        given(content, (f) => `${Math.round(f.elements)} / ${Math.round(kit.elements)}`),
      ],
    ];
  });
  if (!rows.length) return [];
  return [
    '## What embedding costs, and what the kit adds',
    '',
    'The embedded floor is the floor inside a custom element with its own shadow root, styled by the',
    "kit's stylesheets (a size container where the kit's element is one) and, for sparklines, named",
    'by a sentence with locale-formatted numbers: what the brief asks of every embed, with no framework',
    "and no KPI engine. Its ratio to the floor is what those requirements cost; the kit's ratio to it",
    'is what the kit adds: Lit, the engine, and the content the element issues ask for (headline,',
    'summary, table, definitions), of which the column "embedded nodes / kit nodes" gives the share of',
    'DOM nodes drawn.',
    '',
    "The content floor draws the kit's own result: the same hosts, shadow roots and stylesheets, the",
    'same elements, text, tables, ARIA and drawing, built with plain DOM calls from numbers and strings',
    'worked out by plain code: no framework, no KPI engine. It is the least any library can do for the',
    "kit's content, and the budgets' yardstick: the kit's ratio to it is what the kit's code costs",
    "beyond its content. It has the kit's elements (if not, the kit's shadow DOM has changed and",
    '`adapters/floor-content.js` must follow it), but none of the comments Lit marks its template parts',
    "with, nor the blank text between the template's tags where none shows: the nodes the kit has more.",
    '',
    "The Lit floor renders the same DOM with Lit: plain LitElement classes under the kit's tags, with",
    "the kit's stylesheets and the kit's templates, bound to the content floor's strings and paths: no",
    'engine, no element base, no controllers, no events. "Lit floor × content floor" is what Lit costs',
    "for the kit's DOM as the kit's templates write it (fewer or other template parts would change it);",
    '"kit × Lit floor" is what the engine and the element base add to that.',
    '',
    table(
      [
        'scenario',
        'floor ms',
        'embedded floor ms',
        'content floor ms',
        'Lit floor ms',
        'kit ms',
        'kit × embedded floor',
        'kit × content floor',
        'Lit floor × content floor',
        'kit × Lit floor',
        'embedded nodes / kit nodes',
        'nodes, content floor / kit',
        'elements, content floor / kit',
      ],
      rows,
    ),
    '',
  ];
};

/** Angle brackets written as entities, so a tag name in a table cell is shown, not parsed. */
const escaped = (text) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The size floor (lib/size-floor.mjs) against the size budgets: what is left for four elements. */
const sizeFloorSection = (floors) => {
  if (!floors?.length) return [];
  // In KB of 1,000 bytes, as scripts/size-budgets.json and `npm test` count the budgets.
  const decimal = (bytes) => (bytes / 1000).toFixed(1);
  const rows = floors.map(({ name, min, gzip, budget }) => [
    escaped(name),
    decimal(min),
    decimal(gzip),
    budget ? `${decimal(budget.bytes)} (${escaped(budget.name.split(':')[0])})` : '–',
    budget ? decimal(budget.bytes - gzip) : '–',
  ]);
  return [
    '## Size floor',
    '',
    'What a bundle weighs before any element code, style or shared element behaviour: Lit, Lit with the',
    "KPI engine modules the elements take in (each module whole; the catalog's formulas and names, the",
    'English words, the error messages, parsing and formatting; what loads on demand left out, but for',
    'the Dutch pack and, in the last row, everything `dist/kpi-kit.js` holds), and with d3 as the',
    'elements import it, minified and gzipped at level 9, against the budgets of what a page downloads',
    '(scripts/size-budgets.json). In KB of 1,000 bytes, as `npm test` counts them. A negative figure',
    'left is a budget no element code can meet.',
    '',
    table(['bundle', 'min KB', 'gzip KB', 'budget, gzip KB', 'left for elements, styles and base, KB'], rows),
    '',
  ];
};

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n');

const scenarioTable = (scenario, cells) => {
  const floor = cells.find((cell) => cell.lib.id === 'floor')?.figures;
  const content = cells.find((cell) => cell.lib.id === YARDSTICK)?.figures;
  const header = ['library', 'median ms', 'min ms', '× floor', '× content floor', 'JS heap MB', 'JS heap / widget KB'];
  header.push('DOM heap / widget KB', 'DOM nodes');
  if (scenario.page === 'grid') header.push('renders / element');
  if (scenario.rounds) header.push('renders / element / update', 'creation ms');
  if (scenario.page === 'churn') header.push('JS heap change', 'DOM heap change', 'detached nodes');
  header.push('JS min KB', 'JS gzip KB');
  const rows = cells
    .filter((cell) => cell.status !== 'n/a')
    .map(({ lib, figures: f, status, note, bytes }) => {
      const size = bytes ? [kb(bytes.min), kb(bytes.gzip)] : ['–', '–'];
      if (!f)
        return [lib.name, `${status}: ${note ?? ''}`.replace(/\|/g, '\\|'), ...header.slice(2, -2).fill('–'), ...size];
      const row = [
        lib.name,
        ms(f.median),
        ms(f.min),
        floor ? times(f.median / floor.median) : '–',
        content ? times(f.median / content.median) : '–',
        mb(f.heapAfter),
        kb(f.heapPerWidget),
        kb(f.domHeapPerWidget),
        String(Math.round(f.nodes)),
      ];
      const renders = (value) => (value == null ? '–' : value.toFixed(2));
      if (scenario.page === 'grid') row.push(renders(f.createRenders));
      if (scenario.rounds) row.push(renders(f.renders), ms(f.createMedian));
      if (scenario.page === 'churn') row.push(percent(f.heapChange), percent(f.domHeapChange), String(f.detached));
      return [...row, ...size];
    });
  const absent = cells.filter((cell) => cell.status === 'n/a').map((cell) => cell.lib.name);
  return [
    `### ${scenario.id}: ${scenario.title}`,
    '',
    table(header, rows),
    ...(absent.length ? ['', `Not applicable (no such widget, or not churned): ${absent.join(', ')}.`] : []),
  ].join('\n');
};

export const report = (cells, { runs, host, seconds, load, sizeFloor }) => {
  const checks = budgets(cells);
  const lines = [
    '# kpi-kit benchmark results',
    '',
    'Written by `npm run bench` (see [README.md](README.md) for what each scenario does and how to read this).',
    '',
    `- Date: ${host.date}`,
    `- CPU: ${host.cpu}, ${host.cores} cores; memory ${host.memory}; ${host.os}`,
    `- Chromium ${host.chromium} (headless), Node ${host.node}`,
    `- ${runs} fresh page loads per cell; the whole run took ${Math.round(seconds)} s; load average ${load}`,
    '',
    '## Budgets',
    '',
    table(
      ['budget', 'figure', 'result'],
      checks.map(({ name, pass, figure }) => [name, figure, pass === undefined ? 'not run' : verdict(pass)]),
    ),
    '',
    ...attribution(cells),
    ...sizeFloorSection(sizeFloor),
    '## Figures',
    '',
    'Time: from the first creation to two animation frames after the last widget (S4: all 10 update rounds,',
    'each painted), median and min over the loads. JS heap: V8 heap after forced garbage collection; per',
    'widget: what the widgets added to it, and to the DOM heap (Blink: nodes, styles, layout), divided by',
    "their number. DOM nodes: what the widgets added, shadow roots included. Renders: the kit's (and the Lit",
    "floor's) `render()` calls per element while it was created (and per update in S4). JS: the page bundle,",
    'minified, and gzipped (level 9).',
    '',
  ];
  for (const scenario of SCENARIOS) {
    const own = cells.filter((cell) => cell.scenario.id === scenario.id);
    if (own.length) lines.push(scenarioTable(scenario, own), '');
  }
  return { markdown: `${lines.join('\n').trimEnd()}\n`, failed: checks.some((check) => check.pass === false) };
};
