import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/** Per-element modules for npm users, who bring their own Lit and d3. */
const entries = {
  index: src('index.ts'),
  engine: src('kpi/index.ts'),
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
