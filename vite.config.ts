import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/** Every element folder holds `<tag>.ts`, which defines the tag: one entry per element. */
const elements = (existsSync(src('elements')) ? readdirSync(src('elements'), { withFileTypes: true }) : [])
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Per-element modules for npm users, who bring their own Lit. */
const entries = {
  index: src('index.ts'),
  engine: src('kpi/index.ts'),
  ...Object.fromEntries(elements.map((tag) => [tag, src(`elements/${tag}/${tag}.ts`)])),
};

/**
 * A licence banner such as "/*! kpi-kit 0.1.0 | MIT *\/" on top of every built file, read from
 * package.json. It is a `postBanner`, added after minification: as a `banner`, the minifier drops it.
 */
const { name, version, license } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
};
const banner = `/*! ${name} ${version} | ${license} */`;

/**
 * The autoloader's shared chunks, named for what they hold: Lit, the engine (its core; the
 * languages other than English, every language's KPI notes and the reader of `src` files, with
 * the period totals it alone takes, stay chunks of their own), d3's scales and d3's shapes. An element
 * chunk downloads only the ones it imports.
 */
const AUTOLOAD_CHUNKS = [
  { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/, priority: 4 },
  { name: 'd3-shape', test: /node_modules[\\/](d3-shape|d3-path)[\\/]/, priority: 3 },
  { name: 'd3-scale', test: /node_modules[\\/]d3-[a-z-]+[\\/]/, priority: 2 },
  {
    name: 'engine',
    // Left to their own chunks: other languages, the notes, and the reader of `src` files with
    // what only it takes (CSV, adding up a period's rows).
    test: /[\\/]src[\\/](kpi[\\/](?!locales[\\/](nl|de|fr|en[\\/]notes)[\\/.]|aggregate\.|report-period\.|group-periods\.)|shared[\\/](?!remote-data\.|csv\.|period-data\.|dated-rows\.|grouped-data\.))/,
    priority: 1,
  },
];

const demo = resolve(import.meta.dirname, 'demo');
const site = resolve(import.meta.dirname, 'site');

/** The documentation site's pages: every `demo/*.html`, each one an entry of the multi-page build. */
const pages = () =>
  Object.fromEntries(
    readdirSync(demo)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.slice(0, -'.html'.length), resolve(demo, file)]),
  );

/**
 * package.json lists only dist/ files as having side effects, so a build of the demo would drop its
 * `import '../src/elements/….js'`, the very imports that define the elements. The pages build
 * from the sources, whose modules do have them.
 */
const sources = `${normalizePath(src(''))}/`;
const sourceSideEffects: Plugin = {
  name: 'kpi-kit:source-side-effects',
  transform: (code, id) => (id.startsWith(sources) ? { code, map: null, moduleSideEffects: true } : null),
};

/**
 * `npm start` serves the demo, which is the documentation site; `npm run docs` (`--mode docs`)
 * builds it into site/ with relative URLs, so it can be hosted under any path, and
 * `vite preview --mode docs` serves that build. `vite build` writes the npm modules to dist/, and
 * `vite build --mode bundle` writes dist/kpi-kit.js, one file with every dependency inlined, and
 * `vite build --mode autoload` writes dist/autoloader.js with its chunks in dist/autoload/: Lit,
 * the engine, d3, each element and each language apart, downloaded as a page needs them.
 * `vite build --mode node` writes the `kpi-kit` command (dist/node/cli.js).
 */
export default defineConfig(({ command, mode, isPreview }) => {
  if (mode === 'docs') {
    // Preview keeps the repository as root, so `--outDir site` names the same folder as the build.
    if (isPreview) return { build: { outDir: site } };
    return {
      root: demo,
      base: './',
      build: {
        target: 'es2022',
        outDir: site,
        emptyOutDir: true,
        rolldownOptions: { input: pages() },
      },
      plugins: [sourceSideEffects],
    };
  }
  if (command === 'serve') {
    // Localhost only, as Vite does by default; `npm start -- --host` serves the network too.
    return { root: demo };
  }
  if (mode === 'node') {
    // For Node: the `kpi-kit` command (`kpi-kit render`) and `kpi-kit/ssr` (`renderToHtml`). Node's
    // modules and the packages (Lit, d3, puppeteer-core, @lit-labs/ssr, parse5) stay imports.
    return {
      // `kpi-kit/ssr` imports the elements for what their modules do: define the tags.
      plugins: [sourceSideEffects, minifyCssLiterals()],
      build: {
        target: 'node20',
        outDir: 'dist/node',
        emptyOutDir: true,
        ssr: true,
        minify: false,
        rolldownOptions: {
          input: { cli: src('node/cli.ts'), ssr: src('ssr/render-to-html.ts') },
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
          },
        },
      },
    };
  }
  if (mode === 'autoload') {
    return {
      plugins: [minifyCssLiterals()],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        // What each chunk imports, for the size check's pages (scripts/check-size.mjs); not shipped.
        manifest: '.vite/autoload-manifest.json',
        lib: { entry: src('autoloader.ts'), formats: ['es'], fileName: () => 'autoloader.js' },
        rolldownOptions: {
          output: {
            minify: true,
            postBanner: banner,
            chunkFileNames: 'autoload/[name]-[hash].js',
            // Left alone, Rolldown puts Lit and the engine in the chunk of d3-scale, the first module
            // they share: a page of cards would download d3's scales to get Lit. Each is a chunk of its own.
            codeSplitting: { groups: AUTOLOAD_CHUNKS },
          },
        },
      },
    };
  }
  const bundle = mode === 'bundle';
  return {
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !bundle,
      lib: bundle
        ? { entry: src('index.ts'), formats: ['es'], fileName: () => 'kpi-kit.js' }
        : { entry: entries, formats: ['es'] },
      rolldownOptions: bundle
        ? { output: { codeSplitting: false, minify: true, postBanner: banner } }
        : {
            // The user's Lit (and the hydration support that patches it), never a copy of ours.
            external: [/^lit($|\/)/, /^lit-(html|element)($|\/)/, /^@lit\//, /^@lit-labs\//],
            output: { minify: true, postBanner: banner },
          },
    },
  };
});
