/** The pages of the docs site (demo/*.html). */
export const DOCS_PAGES = [
  'index',
  'kpi-card',
  'kpi-trend',
  'funnel-ratio',
  'goal-gauge',
  'theming',
  'report',
  'catalog',
  'builder',
] as const;
export type DocsPage = (typeof DOCS_PAGES)[number];

const STORAGE_KEY = 'kpi-kit-docs-locale';
const TAGS = 'kpi-card, kpi-trend, funnel-ratio, goal-gauge';

/**
 * The module the docs import custom-elements.json as. Vite turns a JSON import into a module; the
 * test server serves the file as JSON, so the page gets it through an import map, as Vite gives it.
 */
let manifestModule: Promise<string> | undefined;
const manifestUrl = () =>
  (manifestModule ??= fetch('/custom-elements.json')
    .then((response) => response.text())
    .then((json) => URL.createObjectURL(new Blob([`export default ${json};`], { type: 'text/javascript' }))));

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Whether every widget has rendered and the page's own scripts have filled their tables. */
const ready = (doc: Document): boolean =>
  [...doc.querySelectorAll(TAGS)].every((widget) => widget.shadowRoot?.firstElementChild) &&
  !doc.querySelector(':not(:defined)') &&
  !doc.querySelector('#examples:empty, #kpis:empty, #preview:empty, [data-api]:not(:has(.table-scroll))');

/**
 * Loads a docs page in an iframe `width` px wide, as a reader's browser would show it (optionally
 * in a language picked before, as the site remembers it), and waits until it has rendered.
 */
export const loadDocsPage = async (
  name: DocsPage,
  { width = 390, height = 900, locale }: { width?: number; height?: number; locale?: string } = {},
): Promise<{ frame: HTMLIFrameElement; doc: Document }> => {
  const imports = { '/custom-elements.json': await manifestUrl() };
  const html = (await (await fetch(`/demo/${name}.html`)).text())
    .replace(/(src|href)="\.\//g, '$1="/demo/')
    .replace(
      '<head>',
      `<head><base href="/demo/${name}.html" /><script type="importmap">${JSON.stringify({ imports })}</script>`,
    );
  if (locale) localStorage.setItem(STORAGE_KEY, locale);
  else localStorage.removeItem(STORAGE_KEY);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error(`no document for ${name}`);
  const deadline = performance.now() + 10_000;
  while (!ready(doc) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await doc.fonts.ready;
  await frames();
  localStorage.removeItem(STORAGE_KEY);
  return { frame, doc };
};
