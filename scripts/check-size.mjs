#!/usr/bin/env node
/**
 * The size check of `npm test`, after `npm run build`: what a page downloads, gzipped at level 9,
 * against the budgets of scripts/size-budgets.json (issue 25).
 *
 * A page of the autoloader downloads `dist/autoloader.js`, the chunk of each element it finds, and
 * every chunk those import (scripts/page-files.mjs); a Dutch widget adds the Dutch pack and its
 * imports. The build's manifest says which chunk imports which, so the sum is the browser's (the
 * autoloader's test compares the two in a real page) and the same on every machine. What loads only on demand (a benchmark bar, a definition
 * opened, a `src`) is not counted: it is not on a page that does not use it.
 *
 * A budget a page meets fails the run when the page goes over it. One it does not meet yet is
 * reported, not hidden, and growth fails: a page more than 1 % over its size in
 * scripts/size-ratchet.json. `node scripts/check-size.mjs --update` records the sizes after a
 * change that makes the kit smaller, or grows it on purpose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageFiles } from './page-files.mjs';

const DIST = new URL('../dist/', import.meta.url);
const MANIFEST = new URL('.vite/autoload-manifest.json', DIST);
const BUDGETS = new URL('./size-budgets.json', import.meta.url);
const RATCHET = new URL('./size-ratchet.json', import.meta.url);
const SLACK = 1.01;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
/** A file's gzipped size, compressed once: the pages share Lit's and the engine's chunks. */
const sizes = new Map();
const gzipped = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(new URL(file, DIST)), { level: 9 }).length);
  return sizes.get(file);
};

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));
const pages = budgets.map(({ page, load, files, budget }) => {
  const downloaded = files ?? pageFiles(manifest, load);
  return { page, budget, files: downloaded, size: downloaded.reduce((sum, file) => sum + gzipped(file), 0) };
});

if (process.argv.includes('--update')) {
  const recorded = Object.fromEntries(pages.map(({ page, size }) => [page, size]));
  writeFileSync(RATCHET, `${JSON.stringify(recorded, null, 2)}\n`);
  console.log(`Recorded ${pages.length} sizes in scripts/size-ratchet.json.`);
  process.exit(0);
}

const recorded = JSON.parse(readFileSync(RATCHET, 'utf8'));
const failures = [];
console.log('Size (JavaScript a page downloads, gzip level 9):');
for (const { page, budget, files, size } of pages) {
  const before = recorded[page];
  const met = size <= budget;
  let ratchet = `recorded ${kb(before)}`;
  if (before === undefined) {
    ratchet = 'no size recorded';
    failures.push(`${page} has no recorded size (node scripts/check-size.mjs --update)`);
  } else if (!met && before <= budget) {
    failures.push(`${page} went over its budget: ${kb(size)} of ${kb(budget)}`);
  } else if (size > before * SLACK) {
    ratchet = `GREW from ${kb(before)}`;
    failures.push(`${page} grew from ${kb(before)} to ${kb(size)}`);
  } else if (size < before / SLACK) {
    ratchet += ', now smaller: record it with --update';
  }
  const verdict = met ? 'within budget' : `OVER BUDGET by ${kb(size - budget)}`;
  console.log(
    `  ${page}: ${kb(size)} of ${kb(budget)} (${verdict}; ${ratchet}; ${files.length} ${files.length === 1 ? 'file' : 'files'})`,
  );
  if (process.argv.includes('--files')) for (const file of files) console.log(`    ${kb(gzipped(file))}  ${file}`);
}
if (failures.length > 0) {
  console.error(`Size check failed: ${failures.join('; ')}.`);
  process.exit(1);
}
