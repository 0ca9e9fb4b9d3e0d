/**
 * How size-limit bundles one element for `.size-limit.json`: with Lit, as a page loads it. What it
 * imports on demand (the locale packs of other languages) stays out, as on a page whose widgets
 * are all in English; the packs themselves are budgeted as the chunks they are.
 */
const onDemandStaysOut = {
  name: 'on-demand-stays-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

export const elementConfig = (tag) => ({
  entryPoints: [new URL(`../../dist/${tag}.js`, import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: true,
  treeShaking: true,
  metafile: true,
  write: true,
  outdir: new URL(`../../.cache/size-limit/${tag}`, import.meta.url).pathname,
  plugins: [onDemandStaysOut],
});

export default elementConfig('kpi-card');
