#!/usr/bin/env node
/**
 * The test stages that run after the build, one after the other, each whole even when an earlier
 * one failed (a WordPress failure should not hide a browser one): the browser tests (wtr), the
 * packed package, client reports (print, PDF and PNG), and the WordPress plugin. Each prints its own closing counts; this adds up the
 * closing line of the whole suite, "All: N passed, N failed, N skipped", and fails if any stage did.
 */
import { spawn } from 'node:child_process';

const STAGES = [
  { name: 'browsers', command: 'npx', args: ['wtr'], counts: /^Tests: (\d+) passed, (\d+) failed, (\d+) skipped/ },
  {
    name: 'package',
    command: 'npm',
    args: ['run', '--silent', 'test:package'],
    counts: /^package: (\d+) passed, (\d+) failed/,
  },
  {
    name: 'reports',
    command: 'npm',
    args: ['run', '--silent', 'test:reports'],
    counts: /^reports: (\d+) passed, (\d+) failed/,
  },
  {
    name: 'wordpress',
    command: 'npm',
    args: ['run', '--silent', 'test:wordpress'],
    counts: /^wordpress: (\d+) passed, (\d+) failed/,
  },
];

/** Runs a stage with its output passed through, and reads its closing counts from it. */
const run = ({ command, args, counts }) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'] });
    let found;
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const text of lines) found = counts.exec(text.trim()) ?? found;
    });
    child.on('close', (code) => {
      found = counts.exec(pending.trim()) ?? found;
      const [passed = 0, failed = 0, skipped = 0] = (found?.slice(1) ?? []).map(Number);
      // A stage that exits with an error but printed no failure (it crashed) counts as one.
      resolve({ passed, failed: code !== 0 && failed === 0 ? 1 : failed, skipped, ok: code === 0 });
    });
  });

const results = [];
for (const stage of STAGES) results.push({ ...stage, ...(await run(stage)) });
const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
console.log('');
for (const { name, passed, failed, skipped } of results) {
  console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
console.log(`All: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
