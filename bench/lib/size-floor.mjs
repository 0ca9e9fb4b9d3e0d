// The size floor: what a bundle must weigh before any element code, measured from the sources as
// they are. The size budgets of .size-limit.json read against it as the time budgets read against
// the floor's milliseconds.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ROOT } from './matrix.mjs';

/** The parts of Lit every element uses: the base class, templates, styles and decorators. */
const LIT = `import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
export { LitElement, css, html, nothing, svg, property, state };`;

/** The budget `.size-limit.json` (checked by `npm test`) sets for a dist file, in bytes (size-limit's "KB" is 1,000). */
const budgetOf = (path) => {
  const entry = JSON.parse(readFileSync(`${ROOT}.size-limit.json`, 'utf8')).find((check) => check.path === path);
  return entry && { name: entry.name, bytes: Number.parseFloat(entry.limit) * 1000 };
};

/** A minified bundle of `contents` (or of the file `entry`), and its size gzipped at level 9. */
const bundle = async (contents, { entry, metafile = false } = {}) => {
  const { build } = await import('esbuild');
  const result = await build({
    ...(entry
      ? { entryPoints: [`${ROOT}${entry}`] }
      : { stdin: { contents, resolveDir: ROOT, sourcefile: 'size-floor.entry.ts', loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: `${ROOT}tsconfig.json`,
    legalComments: 'none',
    write: false,
    metafile,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const size = { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  return metafile ? { ...size, metafile: result.metafile } : size;
};

/** The engine's modules (src/kpi/) that a bundle of `entry` takes in. */
const engineModulesOf = async (entry) => {
  // Bundled as an entry point: imported from a stub, package.json's sideEffects would drop it.
  const { metafile } = await bundle(undefined, { entry, metafile: true });
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => path.startsWith('src/kpi/') && bytesInOutput > 0)
    .map(([path]) => path);
};

const withModules = (modules) => `${LIT}\n${modules.map((path) => `export * from './${path}';`).join('\n')}`;

/**
 * Lit alone; Lit with the engine modules `<kpi-card>` takes in (the catalog's names, definitions
 * and benchmark notes in English and Dutch, its error messages, parsing and formatting); Lit with
 * every engine module the kit takes in. Each is a floor under its budget: no element, no style.
 */
export const sizeFloor = async () => {
  const [cardEngine, kitEngine] = await Promise.all([
    engineModulesOf('src/elements/kpi-card/kpi-card.ts'),
    engineModulesOf('src/index.ts'),
  ]);
  return [
    { name: 'Lit (base class, templates, styles, decorators)', budget: undefined, ...(await bundle(LIT)) },
    {
      name: `Lit + the engine <kpi-card> takes in (${cardEngine.length} modules)`,
      budget: budgetOf('dist/kpi-card.js'),
      ...(await bundle(withModules(cardEngine))),
    },
    {
      name: `Lit + the engine the kit takes in (${kitEngine.length} modules)`,
      budget: budgetOf('dist/kpi-kit.js'),
      ...(await bundle(withModules(kitEngine))),
    },
  ];
};
