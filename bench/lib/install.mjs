import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import process from 'node:process';
import { BENCH } from './matrix.mjs';

const installed = () => {
  const { dependencies } = JSON.parse(readFileSync(`${BENCH}package.json`, 'utf8'));
  return Object.keys(dependencies).every((name) => existsSync(`${BENCH}node_modules/${name}/package.json`));
};

/**
 * The peers, esbuild and the browser driver are the bench's own dependencies, installed from
 * bench/package-lock.json by the first `npm run bench` only: the root's `npm ci` and `npm test`
 * never pull four chart libraries. The root's own node_modules (Lit, d3) must already be there.
 */
export const ensureDependencies = () => {
  if (!existsSync(`${BENCH}../node_modules/lit/package.json`)) {
    throw new Error('the kit is bundled from src/ with its own dependencies: run `npm ci` at the repo root first');
  }
  if (installed()) return;
  console.error('bench: installing the peers and tools into bench/node_modules (first run only)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npm ci in bench/ failed (exit ${result.status})`);
};
