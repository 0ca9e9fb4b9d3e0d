// Where a cell's time goes: `node bench/profile.mjs s1 kit` (any scenario and library of the
// matrix) loads that cell once, bundled unminified so that names read, and prints Chromium's own
// counters (script, style recalculation, layout) and a sampling CPU profile whose
// self time is summed per source module and per function. See bench/README.md.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { buildPages } from './lib/build.mjs';
import { ensureDependencies } from './lib/install.mjs';
import { launch } from './lib/load.mjs';
import { BENCH, cells as matrix } from './lib/matrix.mjs';
import { serve } from './lib/server.mjs';

const OUT = `${BENCH}dist/profile/`;
const COUNTS = ['Nodes', 'LayoutObjects', 'JSEventListeners', 'RecalcStyleCount', 'LayoutCount'];
/** The renderer's main-thread phases a trace shows, and what they mean here. */
const PHASES = {
  FunctionCall: 'script (tasks and callbacks)',
  'v8.callFunction': 'script (called from the browser)',
  RunMicrotasks: 'microtasks (Lit renders here)',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint (recording)',
  Layerize: 'layerize',
  Commit: 'commit',
  MajorGC: 'major GC',
  MinorGC: 'minor GC',
};

/**
 * Main-thread time per phase over a trace of `run`, phases nested in a script task counted apart
 * (a script that forces a style or layout shows both).
 */
const tracePhases = async (browser, page, run) => {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'],
  });
  await run();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const main = traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const totals = new Map();
  const open = new Map();
  for (const event of traceEvents) {
    if (event.pid !== main?.pid || event.tid !== main?.tid || !(event.name in PHASES)) continue;
    if (event.ph === 'X') totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    else if (event.ph === 'B') open.set(event.name, event.ts);
    else if (event.ph === 'E' && open.has(event.name)) {
      totals.set(event.name, (totals.get(event.name) ?? 0) + (event.ts - open.get(event.name)) / 1000);
      open.delete(event.name);
    }
  }
  return [...totals].map(([name, ms]) => [`${name}: ${PHASES[name]}`, ms]);
};

/** esbuild's unminified output marks each module with a `// path` line: line number → module. */
const modulesByLine = (code) => {
  const modules = [];
  let current = '(entry)';
  for (const line of code.split('\n')) {
    const mark = /^\/\/ (\S+\.(?:[cm]?[jt]s))$/.exec(line);
    if (mark) current = mark[1].replace(/^.*node_modules\//, '').replace(/^\.\.\//, '');
    modules.push(current);
  }
  return modules;
};

const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');

const main = async () => {
  const [scenarioId = 's1', libId = 'kit'] = process.argv.slice(2);
  ensureDependencies();
  const [cell] = matrix({ only: [scenarioId.toLowerCase()], libs: [libId.toLowerCase()] });
  if (!cell || cell.status) throw new Error(`no such cell: ${scenarioId} ${libId}`);
  await buildPages([cell], { minify: false, out: OUT });
  if (cell.status) throw new Error(`${cell.status}: ${cell.note}`);
  const modules = modulesByLine(readFileSync(`${OUT}${cell.key}.js`, 'utf8'));
  const server = await serve(OUT);
  const browser = await launch();
  try {
    const load = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/${cell.key}.html`);
      await page.waitForFunction(() => window.bench !== undefined);
      await page.evaluate(() => window.bench.prepare());
      return { context, page };
    };

    // First load: a trace of each step (creation, and S4's updates), for the phases of the
    // renderer's main thread: S4's figure is its updates alone.
    const traced = await load();
    const lines = [];
    let created;
    const creation = await tracePhases(browser, traced.page, async () => {
      created = await traced.page.evaluate(() => window.bench.run());
    });
    lines.push(`${cell.key}, traced creation: ${created.ms.toFixed(1)} ms`, 'Main-thread time per phase:');
    lines.push(top(new Map(creation), 20));
    if (cell.scenario.rounds) {
      let updated;
      const updates = await tracePhases(browser, traced.page, async () => {
        updated = await traced.page.evaluate(() => window.bench.update());
      });
      lines.push(`${cell.key}, traced updates: ${updated.ms.toFixed(1)} ms`, 'Main-thread time per phase:');
      lines.push(top(new Map(updates), 20));
    }
    await traced.context.close();

    // Second load: Chromium's counters and a sampling CPU profile of the step the figure times:
    // the creation, or S4's updates (after an unprofiled creation).
    const { context, page } = await load();
    const step = cell.scenario.rounds ? 'updates' : 'creation';
    if (cell.scenario.rounds) await page.evaluate(() => window.bench.run());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
    const before = await metrics();
    await cdp.send('Profiler.start');
    const { ms } = await page.evaluate(
      (updates) => (updates ? window.bench.update() : window.bench.run()),
      Boolean(cell.scenario.rounds),
    );
    const { profile } = await cdp.send('Profiler.stop');
    const after = await metrics();
    lines.push(`${cell.key}, profiled ${step}: ${ms.toFixed(1)} ms`, `Added by the ${step}:`);
    for (const name of COUNTS) lines.push(`  ${String(after[name] - before[name]).padStart(8)}  ${name}`);

    // Self time per node of the sampled profile, from the samples' time deltas.
    const self = new Map();
    profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
    const byModule = new Map();
    const byFunction = new Map();
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (!ms) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const module = url.endsWith(`${cell.key}.js`) ? modules[lineNumber] : url ? '(browser)' : functionName;
      if (module === '(idle)') continue;
      byModule.set(module, (byModule.get(module) ?? 0) + ms);
      // An anonymous function is named by its line in the unminified bundle (bench/dist/profile/<cell>.js).
      const name = `${functionName || `(anonymous, line ${lineNumber + 1})`}  [${module}]`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
    // Total time per function: each sample counted once for every function on its stack, so a
    // function's figure includes what it called (the kit's willUpdate with its engine calls).
    const parent = new Map();
    const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const total = new Map();
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { functionName, url, lineNumber } = nodeById.get(at).callFrame;
        if (!url.endsWith(`${cell.key}.js`)) continue;
        const name = `${functionName || `(anonymous, line ${lineNumber + 1})`}  [${modules[lineNumber]}]`;
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + ms);
      }
    });
    lines.push('CPU profile, self time per module ("(program)" is the browser\'s own work):', top(byModule, 20));
    lines.push('CPU profile, self time per function:', top(byFunction, 30));
    lines.push('CPU profile, total time per function of the page (with what it calls):', top(total, 40));
    console.log(lines.join('\n'));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
};

main().catch((error) => {
  console.error(`bench: ${error.message ?? error}`);
  process.exitCode = 1;
});
