#!/usr/bin/env node
/**
 * The size check of `npm test`, after `npm run build`. size-limit measures every entry of
 * .size-limit.json, minified and gzipped, against its budget (issue 10: the whole kit 36 KB,
 * `<kpi-card>` alone 14 KB). Budgets the kit does not meet yet are reported, not hidden, and do
 * not fail the run; growth does: an entry that grows more than 1 % past the size recorded in
 * scripts/size-ratchet.json fails. When the kit shrinks, `node scripts/check-size.mjs --update`
 * records the new sizes, so the ratchet only ever tightens towards the budgets.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RATCHET = new URL('./size-ratchet.json', import.meta.url);
const SLACK = 1.01;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const bin = fileURLToPath(new URL('../node_modules/.bin/size-limit', import.meta.url));
let output;
try {
  output = execFileSync(bin, ['--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (error) {
  // size-limit exits 1 when a budget fails; its JSON is still the whole report.
  if (!error.stdout) throw error;
  output = error.stdout;
}
const results = JSON.parse(output);
const recorded = JSON.parse(readFileSync(RATCHET, 'utf8'));

if (process.argv.includes('--update')) {
  const sizes = Object.fromEntries(results.map(({ name, size }) => [name, size]));
  writeFileSync(RATCHET, `${JSON.stringify(sizes, null, 2)}\n`);
  console.log(`Recorded ${results.length} sizes in scripts/size-ratchet.json.`);
  process.exit(0);
}

const failures = [];
console.log('Size (minified, gzipped):');
for (const { name, size, sizeLimit } of results) {
  const before = recorded[name];
  const budget = size <= sizeLimit ? 'within budget' : `OVER BUDGET by ${kb(size - sizeLimit)}`;
  let ratchet = `recorded ${kb(before)}`;
  if (before === undefined) {
    ratchet = 'no size recorded';
    failures.push(`${name} has no recorded size (node scripts/check-size.mjs --update)`);
  } else if (size > before * SLACK) {
    ratchet = `GREW from ${kb(before)}`;
    failures.push(`${name} grew from ${kb(before)} to ${kb(size)}`);
  } else if (size < before / SLACK) {
    ratchet += ', now smaller: record it with --update';
  }
  console.log(`  ${name}: ${kb(size)} of ${kb(sizeLimit)} (${budget}; ${ratchet})`);
}
if (failures.length > 0) {
  console.error(`Size check failed: ${failures.join('; ')}.`);
  process.exit(1);
}
