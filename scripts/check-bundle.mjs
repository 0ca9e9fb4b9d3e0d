#!/usr/bin/env node
/**
 * dist/kpi-kit.js must work from a single <script type="module"> on any page: no imports left,
 * bare or relative, and no eval-like code that a strict Content-Security-Policy would block.
 */
import { readFileSync } from 'node:fs';

const file = new URL('../dist/kpi-kit.js', import.meta.url);
const code = readFileSync(file, 'utf8');
const problems = [];
if (/(^|[;\s}])import\s*[\w{*"'`]|(^|[;\s}])export\s*\*\s*from|\bimport\s*\(/.test(code))
  problems.push('it imports another module');
if (/\bnew Function\s*\(|\beval\s*\(/.test(code))
  problems.push('it uses eval or new Function, which a strict CSP blocks');
if (problems.length > 0) {
  console.error(`dist/kpi-kit.js is not self-contained: ${problems.join('; ')}.`);
  process.exit(1);
}
console.log(`dist/kpi-kit.js is self-contained (${code.length} bytes).`);
