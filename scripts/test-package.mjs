#!/usr/bin/env node
/**
 * npm run test:package: the package as a user gets it. Packs the repository (`npm pack` runs
 * `prepare`, the build), installs the tarball into a fresh project in a temporary folder (Lit
 * comes from the registry), and checks what a user relies on: the tarball's contents and
 * exports, the engine in Node, the types with TypeScript, a bundler keeping the element, and the
 * card rendering in Chromium from the one-file build and from the per-element module.
 * One line per check, then `package: N passed, N failed`; exits 1 on a failure.
 * `--keep` leaves the temporary folder for a look.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { assert, checks } from './lib/checks.mjs';
import { launch, readCard } from './package/browser.mjs';
import { bundlePage, elementPage, ENGINE_CHECK, tsconfig, TYPES_CHECK, USER_PACKAGE } from './package/fixtures.mjs';
import { serve } from './package/serve.mjs';

const started = performance.now();
const repo = fileURLToPath(new URL('..', import.meta.url));
const { version, license } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const BANNER = `/*! kpi-kit ${version} | ${license} */`;
/** What the tarball may hold, besides package.json, README.md, LICENSE and CHANGELOG.md. */
const SHIPPED = [
  /^dist\/[\w-]+\.js$/,
  // The autoloader's chunks, beside dist/autoloader.js.
  /^dist\/autoload\/[\w-]+\.js$/,
  // For Node: the `kpi-kit` command (kpi-kit render) and kpi-kit/ssr, with the chunks they share.
  /^dist\/node\/(assets\/)?[\w-]+\.js$/,
  /^dist\/types\/.+\.d\.ts$/,
  /^interop\/[\w.-]+\.(d\.ts|json)$/,
  /^custom-elements\.json$/,
];
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

const { check, fail, summary } = checks();

const plain = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (command, args, cwd) => {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', env: plain, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = stripVTControlCharacters(`${error.stdout ?? ''}${error.stderr ?? ''}`)
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
    throw new Error(`${command} ${args.join(' ')} failed:\n${output}`, { cause: error });
  }
};
const npm = (args, cwd) => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd);

/** Removes the temporary folder (unless `--keep`) and prints the closing lines. */
const finish = () => {
  if (process.argv.includes('--keep')) console.log(`kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
  console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(summary('package') ? 0 : 1);
};

const temp = mkdtempSync(join(tmpdir(), 'kpi-kit-package-'));
const app = join(temp, 'app');
const installed = join(app, 'node_modules', 'kpi-kit');
let tarball = '';
let files = [];

const packedOk = await check('npm pack builds and packs the package', () => {
  npm(['pack', '--pack-destination', temp, '--silent'], repo);
  const name = readdirSync(temp).find((file) => file.endsWith('.tgz'));
  assert(name, 'no tarball written');
  tarball = join(temp, name);
  files = run('tar', ['-tzf', tarball], temp)
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
  return `${name}, ${files.length} files`;
});

if (!packedOk) finish();

await check('the tarball holds the build, types, manifest, interop and docs, and nothing else', () => {
  const extra = files.filter((file) => !ALWAYS.includes(file) && !SHIPPED.some((pattern) => pattern.test(file)));
  assert(extra.length === 0, `unexpected files: ${extra.slice(0, 10).join(', ')}`);
  const missing = [
    ...ALWAYS,
    'custom-elements.json',
    'dist/kpi-kit.js',
    'dist/autoloader.js',
    'dist/types/index.d.ts',
  ].filter((file) => !files.includes(file));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
});

const installedOk = await check('a fresh project installs the tarball', () => {
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(USER_PACKAGE, null, 2)}\n`);
  npm(['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'], app);
  assert(existsSync(join(installed, 'package.json')), 'node_modules/kpi-kit is missing');
  assert(existsSync(join(app, 'node_modules', 'lit', 'package.json')), 'lit was not installed with it');
});

if (!installedOk) finish();
const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

await check('every export, main, types and customElements target is in the package', () => {
  const targets = new Set([manifest.main, manifest.module, manifest.types, manifest.customElements]);
  const collect = (target) =>
    typeof target === 'string' ? targets.add(target) : Object.values(target ?? {}).forEach(collect);
  collect(manifest.exports);
  const absent = [...targets].filter((target) => !target || !existsSync(join(installed, target)));
  assert(absent.length === 0, `missing: ${absent.join(', ')}`);
  return `${targets.size} targets`;
});

await check(`dist/kpi-kit.js and dist/kpi-card.js start with ${BANNER}`, () => {
  for (const file of ['dist/kpi-kit.js', 'dist/kpi-card.js']) {
    const head = readFileSync(join(installed, file), 'utf8').slice(0, BANNER.length);
    assert(head === BANNER, `${file} starts with ${JSON.stringify(head)}`);
  }
});

await check("kpi-kit/engine computes the README's ROAS in Node", () => {
  writeFileSync(join(app, 'engine.mjs'), ENGINE_CHECK);
  const { roas, text } = JSON.parse(run(process.execPath, ['engine.mjs'], app));
  assert(roas.ok === true && roas.value === 4, `computeKpi gave ${JSON.stringify(roas)}, not { ok: true, value: 4 }`);
  assert(text === '4 : 1', `formatValue gave ${JSON.stringify(text)}`);
  return `ROAS ${roas.value}, "${text}"`;
});

await check('kpi-kit/kpi-card.js resolves to a file', () => {
  writeFileSync(join(app, 'resolve.mjs'), "console.log(import.meta.resolve('kpi-kit/kpi-card.js'));\n");
  const url = run(process.execPath, ['resolve.mjs'], app).trim();
  const path = fileURLToPath(url);
  assert(existsSync(path), `${url} does not exist`);
  return relative(app, path);
});

const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
for (const resolution of ['bundler', 'nodenext']) {
  await check(`TypeScript (moduleResolution ${resolution}) type-checks a user's file`, () => {
    writeFileSync(join(app, 'check.ts'), TYPES_CHECK);
    writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(tsconfig(resolution), null, 2));
    run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], app);
  });
}

await check("a bundler keeps `import 'kpi-kit/kpi-card.js'` (sideEffects)", () => {
  writeFileSync(join(app, 'app.js'), "import 'kpi-kit/kpi-card.js';\n");
  const esbuild = join(repo, 'node_modules', '.bin', 'esbuild');
  run(esbuild, ['app.js', '--bundle', '--format=esm', '--minify', '--outfile=bundled.js', '--log-level=error'], app);
  const bundled = readFileSync(join(app, 'bundled.js'), 'utf8');
  assert(bundled.includes('kpi-card') && bundled.includes('customElements'), 'the element was tree-shaken away');
  return `${(bundled.length / 1000).toFixed(1)} kB`;
});

const server = await serve(app);
const browser = await launch().catch((error) => {
  fail(`Chromium: ${error.message}`);
  return null;
});
if (browser) {
  const element = `/node_modules/kpi-kit/${manifest.exports['./kpi-card.js'].default.replace(/^\.\//, '')}`;
  const pages = {
    'bundle.html': ['the one-file build (kpi-kit/kpi-kit.js)', bundlePage('/node_modules/kpi-kit/dist/kpi-kit.js')],
    'element.html': ['kpi-kit/kpi-card.js with Lit from an import map', elementPage(element)],
  };
  for (const [file, [name, html]] of Object.entries(pages)) {
    await check(`Chromium renders "4 : 1" from ${name}, no console error`, async () => {
      writeFileSync(join(app, file), html);
      const { text, problems } = await readCard(browser, `${server.origin}/${file}`);
      assert(problems.length === 0, problems.join('; '));
      assert(typeof text === 'string' && text.includes('4 : 1'), `the card shows ${JSON.stringify(text)}`);
      return text.slice(0, 60);
    });
  }
  await browser.close();
}
await server.close();

finish();
