import { listKpis } from '../../src/kpi/index.js';
import { loadManifest, type Manifest } from './elements.js';
import type { Listening } from './widget-checks.js';

/**
 * The page a batched property renders on, set up by the calling `describe` block: a container
 * for the widgets, the elements' manifest, and what the page hears (uncaught errors, unhandled
 * rejections, console warnings), put back afterwards.
 */
export interface Page {
  readonly container: HTMLElement;
  readonly listening: Listening;
  readonly manifest: Manifest;
}

/** Every name a message may rightly name: the elements' attributes, the KPIs' inputs, and the JSON child and list. */
const namesIn = (manifest: Manifest): RegExp => {
  const names = [
    ...Object.values(manifest.attributes).flat(),
    ...listKpis().flatMap((kpi) => kpi.inputs.flatMap((input) => [input.name, `previous-${input.name}`])),
    'script',
    'li',
    'data-value',
    'data-previous-value',
  ];
  const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(^|[^a-z-])(${alternatives})([^a-z-]|$)`);
};

/** Sets the page up before the block's tests and puts it back after them; read it inside a test. */
export const usePage = (): (() => Page) => {
  let page: Page | undefined;
  const errors: string[] = [];
  const warnings: string[] = [];
  const originalWarn = console.warn;
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  before(async () => {
    const manifest = await loadManifest();
    const named = namesIn(manifest);
    const container = document.createElement('div');
    // Narrow, so a hundred trends draw small charts.
    container.style.width = '320px';
    document.body.append(container);
    page = { container, manifest, listening: { errors, warnings, namesAttribute: (text) => named.test(text) } };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  after(() => {
    page?.container.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
  });
  return () => {
    if (!page) throw new Error('The page is set up in `before`: read it inside a test.');
    return page;
  };
};
