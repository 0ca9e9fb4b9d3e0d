export default {
  globs: ['src/**/*.ts'],
  // The engine, and the code for Node (kpi-kit render, kpi-kit/ssr): no custom elements there.
  exclude: ['src/**/*.test.ts', 'src/kpi/**', 'src/node/**', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  // package.json names the committed manifest at the root, which scripts/generate.mjs writes from
  // the analyzer's raw output: the analyzer must not point it at its cache.
  packagejson: false,
};
