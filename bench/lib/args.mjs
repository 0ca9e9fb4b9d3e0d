import { parseArgs } from 'node:util';
import { checkSelection } from './matrix.mjs';

const list = (value) =>
  value
    ? value
        .split(',')
        .map((item) => item.trim().toLowerCase())
        .filter(Boolean)
    : undefined;

export const USAGE = `usage: npm run bench -- [--only s1,s4] [--libs kit,floor-content] [--runs 5] [--no-write] [--check]
  --only   scenarios to run (s1, s1b, s1b-ref, s2, s3, s4, s5, s6); all by default
  --libs   libraries to run (floor, floor-embedded, floor-content, floor-lit, kit, chartjs,
           echarts-svg, echarts-canvas, apexcharts, uplot); all by default
  --runs   fresh page loads per cell, at least 5 for committed figures (default 5)
  --no-write  print the report only (a partial run writes bench/dist/results.partial.md,
              never bench/results.md)
  --check  exit 1 when a budget fails`;

/** The command line, validated: a typo in an id is an error rather than a silently empty run. */
export const readArgs = (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      libs: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got ${values.runs}`);
  const options = { runs, only: list(values.only), libs: list(values.libs), write: !values['no-write'] };
  checkSelection(options);
  return { ...options, check: values.check, help: values.help };
};
