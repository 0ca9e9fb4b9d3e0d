export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/kpi/**'],
  outdir: '.',
  litelement: true,
};
