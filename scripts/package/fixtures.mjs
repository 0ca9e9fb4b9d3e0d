/**
 * The files of the fresh user project that test-package.mjs installs the tarball into: a
 * TypeScript file that uses the package's types as a user would, and the pages loaded in Chromium.
 */

export const USER_PACKAGE = { name: 'kpi-kit-user', version: '1.0.0', private: true, type: 'module' };

/** Node: the engine's README example, and the text the card shows for it. */
export const ENGINE_CHECK = `
import { computeKpi, formatValue } from 'kpi-kit/engine';
const roas = computeKpi('roas', { revenue: '12000', spend: '3000' });
const text = roas.ok ? formatValue(roas.value, 'ratio', { locale: 'en-US' }) : '';
console.log(JSON.stringify({ roas, text }));
`;

/** Types a user relies on: the tag map, the event map, the engine's signatures. */
export const TYPES_CHECK = `
import type { KpiCard, KpiChangeEvent } from 'kpi-kit';
import { computeKpi, formatValue, type FormatOptions } from 'kpi-kit/engine';
import 'kpi-kit/kpi-card.js';

const card: HTMLElementTagNameMap['kpi-card'] = document.createElement('kpi-card');
const sameClass: KpiCard = card;
sameClass.addEventListener('kpi-change', (event: KpiChangeEvent) => {
  const text: string = event.detail.text;
  console.log(text);
});
const options: FormatOptions = { locale: 'en-US' };
const roas = computeKpi('roas', { revenue: '12000', spend: '3000' });
if (roas.ok) {
  const shown: string = formatValue(roas.value, 'ratio', options);
  console.log(shown);
}
// @ts-expect-error: 'ratios' is not a unit
formatValue(4, 'ratios', options);
`;

/** tsconfig for the user project, per module resolution. */
export const tsconfig = (moduleResolution) => ({
  compilerOptions: {
    target: 'ES2022',
    module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
    moduleResolution,
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: ['check.ts'],
});

/** Lit for a page without a bundler: each package's root module, and its folder for subpaths. */
const LIT_IMPORTS = {
  lit: '/node_modules/lit/index.js',
  'lit/': '/node_modules/lit/',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
};

const CARD = '<kpi-card kpi="roas" revenue="12000" spend="3000"></kpi-card>';

const page = (head) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
${head}
</head>
<body>
${CARD}
</body>
</html>
`;

/** The one-file build, as the README's quick start loads it. */
export const bundlePage = (src) => page(`<script type="module" src="${src}"></script>`);

/** The per-element module with the user's own Lit, through an import map. */
export const elementPage = (elementUrl) =>
  page(`<script type="importmap">
${JSON.stringify({ imports: { ...LIT_IMPORTS, 'kpi-kit/kpi-card.js': elementUrl } }, null, 2)}
</script>
<script type="module">import 'kpi-kit/kpi-card.js';</script>`);
