/**
 * kpi-kit's autoloader: one `<script type="module" src=".../autoloader.js">` on a page, and each of
 * the kit's elements is downloaded the first time its tag is on the page, in the document or added
 * later (a CMS block, a tag manager, a client-side router). A page with cards alone never
 * downloads the trend, the funnel, the gauge or d3; a language is downloaded only when a widget
 * needs it (each element asks for its pack).
 *
 * The model is Shoelace's autoloader. Like it, it watches the document, not the shadow roots of a
 * page's own components: a widget inside one needs its element imported (`kpi-kit/kpi-card.js`).
 * Loading it twice is harmless: the second copy does nothing.
 */

/** Each tag and the import of its element: one chunk per element, its dependencies shared. */
const ELEMENTS = {
  'kpi-card': () => import('./elements/kpi-card/kpi-card.js'),
  'kpi-trend': () => import('./elements/kpi-trend/kpi-trend.js'),
  'funnel-ratio': () => import('./elements/funnel-ratio/funnel-ratio.js'),
  'goal-gauge': () => import('./elements/goal-gauge/goal-gauge.js'),
} as const satisfies Readonly<Record<string, () => Promise<unknown>>>;

type Tag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as Tag[];

/** Set on the page by the first copy of the autoloader, so a second one steps aside. */
const RUNNING = Symbol.for('kpi-kit.autoloader');

/** The tags asked for, each once; a failed download is forgotten, so the next tag seen tries again. */
const requested = new Set<Tag>();

const load = (tag: Tag): void => {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  ELEMENTS[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`kpi-kit: <${tag}> could not be loaded.`, error);
  });
};

/** Loads the element of every kit tag in `root`, `root` itself included. */
const discover = (root: Element | Document): void => {
  for (const tag of TAGS) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
};

/** Watches for tags added later, until every element has been asked for. */
const watch = (): void => {
  const observer = new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) for (const node of addedNodes) if (node instanceof Element) discover(node);
    if (requested.size === TAGS.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
};

/**
 * A widget rendered on a server (kpi-kit/ssr) has its shadow root before its element is defined:
 * the hydration support then loads first, before Lit's LitElement (its own chunk, apart from Lit's).
 */
const serverRendered = (): boolean =>
  TAGS.some((tag) => [...document.getElementsByTagName(tag)].some((widget) => widget.shadowRoot));

const start = (): void => {
  discover(document);
  if (requested.size < TAGS.length) watch();
};

const page = globalThis as typeof globalThis & { [RUNNING]?: true };
if (!page[RUNNING]) {
  page[RUNNING] = true;
  // Without it (a failed download) the widgets render afresh, replacing the server's DOM.
  if (serverRendered()) import('./hydrate-support.js').then(start, start);
  else start();
}
