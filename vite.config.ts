import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/** Every element folder holds `<tag>.ts`, which defines the tag: one entry per element. */
const elements = (existsSync(src('elements')) ? readdirSync(src('elements'), { withFileTypes: true }) : [])
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Per-element modules for npm users, who bring their own Lit and d3. */
const entries = {
  index: src('index.ts'),
  engine: src('kpi/index.ts'),
  ...Object.fromEntries(elements.map((tag) => [tag, src(`elements/${tag}/${tag}.ts`)])),
};

/**
 * `npm start` serves the demo; `vite build` writes the npm modules to dist/, and
 * `vite build --mode bundle` writes dist/kpi-kit.js, one file with every dependency inlined.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: resolve(import.meta.dirname, 'demo'), server: { host: true } };
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
        ? { output: { codeSplitting: false, minify: true } }
        : { external: [/^lit($|\/)/, /^@lit\//, /^d3-/], output: { minify: true } },
    },
  };
});
