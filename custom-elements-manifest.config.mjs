export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/kpi/**'],
  outdir: '.',
  litelement: true,
  // package.json names the committed manifest at the root, which scripts/generate.mjs writes from
  // the analyzer's raw output: the analyzer must not point it at its cache.
  packagejson: false,
};
