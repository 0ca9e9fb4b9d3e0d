// The size floor: what a bundle must weigh before any element code, measured from the sources as
// they are. The size budgets of scripts/size-budgets.json (checked by `npm test`) read against it as
// the time budgets read against the floor's milliseconds.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ROOT } from './matrix.mjs';

/** The parts of Lit every element uses: the base class, templates, styles and decorators. */
const LIT = `import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
export { LitElement, css, html, nothing, svg, property, state };`;

/** The budget of scripts/size-budgets.json for a page, in bytes (KB of 1,000), by its first words. */
const budgetOf = (page) => {
  const entry = JSON.parse(readFileSync(`${ROOT}scripts/size-budgets.json`, 'utf8')).find((check) =>
    check.page.startsWith(page),
  );
  return entry && { name: entry.page, bytes: entry.budget };
};

/**
 * What a page downloads only when a widget needs it (other languages, the KPIs' notes, the reader
 * of `src` files, d3 for a card's benchmark bar) stays out, as the autoloader's pages leave it.
 */
const onDemandStaysOut = {
  name: 'on-demand-stays-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * A minified bundle of `contents` (or of the file `entry`), and its size gzipped at level 9. What
 * loads on demand stays out, unless `whole` (as in dist/kpi-kit.js, the one file with everything).
 */
const bundle = async (contents, { entry, metafile = false, whole = false } = {}) => {
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
    plugins: whole ? [] : [onDemandStaysOut],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const size = { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  return metafile ? { ...size, metafile: result.metafile } : size;
};

/** The engine's modules (src/kpi/) that a bundle of `entry` takes in (`whole`: with what loads on demand). */
const engineModulesOf = async (entry, whole = false) => {
  // Bundled as an entry point: imported from a stub, package.json's sideEffects would drop it.
  const { metafile } = await bundle(undefined, { entry, metafile: true, whole });
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => path.startsWith('src/kpi/') && bytesInOutput > 0)
    .map(([path]) => path);
};

/**
 * d3 as the elements import it: every `import { … } from 'd3-…'` of src/elements, gathered from
 * the sources, so the floor follows them.
 */
const d3Imports = () => {
  const elements = `${ROOT}src/elements/`;
  const imports = new Map();
  for (const file of readdirSync(elements, { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(`${elements}${file}`, 'utf8');
    for (const [, names, from] of source.matchAll(/import \{([^}]+)\} from '(d3-[a-z-]+)'/g)) {
      const list = imports.get(from) ?? new Set();
      for (const name of names.split(',')) if (!name.includes('type ')) list.add(name.trim());
      imports.set(from, list);
    }
  }
  return [...imports].map(([from, names]) => `export { ${[...names].join(', ')} } from '${from}';`).join('\n');
};

const withModules = (modules) => `${LIT}\n${modules.map((path) => `export * from './${path}';`).join('\n')}`;

/**
 * Lit alone; Lit with the engine modules `<kpi-card>` takes in (the catalog's formulas and names,
 * the English words, its error messages, parsing and formatting); Lit with every engine module the
 * four elements take in, and with d3 too. Each is a floor under its budget: no element, no style,
 * no shared element base.
 */
export const sizeFloor = async () => {
  const [cardEngine, kitEngine, dutch, wholeEngine] = await Promise.all([
    engineModulesOf('src/elements/kpi-card/kpi-card.ts'),
    engineModulesOf('src/index.ts'),
    engineModulesOf('src/kpi/locales/nl/index.ts'),
    engineModulesOf('src/index.ts', true),
  ]);
  const withDutch = [...new Set([...kitEngine, ...dutch])];
  return [
    { name: 'Lit (base class, templates, styles, decorators)', budget: undefined, ...(await bundle(LIT)) },
    {
      name: `Lit + the engine <kpi-card> takes in (${cardEngine.length} modules)`,
      budget: budgetOf('autoloader + one English <kpi-card>'),
      ...(await bundle(withModules(cardEngine))),
    },
    {
      name: `Lit + the engine the four elements take in, in English (${kitEngine.length} modules)`,
      budget: undefined,
      ...(await bundle(withModules(kitEngine))),
    },
    {
      name: 'Lit + that engine + d3 as the elements import it',
      budget: budgetOf('autoloader + all four elements, English'),
      ...(await bundle(`${withModules(kitEngine)}\n${d3Imports()}`)),
    },
    {
      name: 'Lit + that engine + d3 + the Dutch pack',
      budget: budgetOf('autoloader + all four elements, Dutch'),
      ...(await bundle(`${withModules(withDutch)}\n${d3Imports()}`)),
    },
    {
      name: `Lit + the whole engine (${wholeEngine.length} modules: four languages and their KPI notes) + d3`,
      budget: budgetOf('dist/kpi-kit.js'),
      ...(await bundle(`${withModules(wholeEngine)}\n${d3Imports()}`, { whole: true })),
    },
  ];
};
