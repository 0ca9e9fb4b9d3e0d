// npm run bench: installs the bench's own dependencies on first use, bundles one page per
// (scenario, library), drives the machine's headless Chromium over fresh page loads, prints the
// report and writes bench/results.md. See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import { readArgs, USAGE } from './lib/args.mjs';
import { buildPages, OUT } from './lib/build.mjs';
import { ensureDependencies } from './lib/install.mjs';
import { launch, measureLoad } from './lib/load.mjs';
import { BENCH, cells as matrix } from './lib/matrix.mjs';
import { machine, report } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { sizeFloor } from './lib/size-floor.mjs';
import { summarize } from './lib/stats.mjs';

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

const main = async () => {
  const options = readArgs(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  ensureDependencies();
  const started = Date.now();
  const load = loadAverage();
  const cells = matrix(options);
  await buildPages(cells);
  const runnable = cells.filter((cell) => !cell.status);
  const server = await serve(OUT);
  const browser = await launch();
  try {
    // A throwaway load first: the browser's own start-up costs belong to no cell.
    const [first] = runnable;
    if (first) await measureLoad(browser, `${server.origin}/${first.key}.html`, first.scenario).catch(() => {});
    // Round robin, one load of every cell per round, so a burst of load on the machine hits
    // every library alike instead of all the loads of one.
    const loads = new Map(runnable.map((cell) => [cell, []]));
    for (let run = 1; run <= options.runs; run += 1) {
      for (const cell of runnable.filter((candidate) => !candidate.status)) {
        try {
          loads.get(cell).push(await measureLoad(browser, `${server.origin}/${cell.key}.html`, cell.scenario));
        } catch (error) {
          cell.status = 'failed';
          cell.note = String(error.message ?? error).split('\n')[0];
        }
        const last = loads.get(cell).at(-1);
        const shown = cell.status ? `${cell.status}: ${cell.note}` : `${last.ms.toFixed(1)} ms`;
        console.error(`bench: run ${run}/${options.runs} ${cell.key}: ${shown}`);
      }
    }
    for (const cell of runnable.filter((candidate) => !candidate.status)) {
      cell.figures = summarize(loads.get(cell), cell.scenario);
    }
    const { markdown, failed } = report(cells, {
      runs: options.runs,
      host: machine(browser.version()),
      seconds: (Date.now() - started) / 1000,
      load,
      sizeFloor: await sizeFloor(),
    });
    console.log(markdown);
    const complete = !options.only && !options.libs;
    if (options.write) {
      const file = complete ? `${BENCH}results.md` : `${OUT}results.partial.md`;
      mkdirSync(OUT, { recursive: true });
      writeFileSync(file, markdown);
      console.error(`bench: wrote ${file}${complete ? '' : ' (a partial run never overwrites bench/results.md)'}`);
    }
    if (options.check && failed) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
};

main().catch((error) => {
  console.error(`bench: ${error.message ?? error}`);
  process.exitCode = 1;
});
