import { expect } from '@open-wc/testing';

/** What a test page records of what would break a host page (see pages/record.js). */
export interface EmbedRecord {
  errors: string[];
  violations: string[];
}

/**
 * Loads a page of test/embed/pages in an iframe `width` px wide and waits until its widgets have
 * rendered: `host` (a plain page), or `host?style=root-rem` for it with a style sheet.
 */
export const loadPage = async (name: string, width = 900): Promise<Document> => {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '1200';
  const [page, query] = name.split('?');
  frame.src = `/test/embed/pages/${page}.html${query ? `?${query}` : ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error(`no document for ${name}`);
  const deadline = performance.now() + 8000;
  const rendered = () =>
    [...doc.querySelectorAll('main > *')].every((widget) => widget.shadowRoot?.querySelector('[part="value"]'));
  while (!rendered() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  return doc;
};

export const recordOf = (doc: Document): EmbedRecord =>
  (doc.defaultView as unknown as { kpiKitEmbed: EmbedRecord }).kpiKitEmbed;

/** The first element of `tag` in the page's part `name`, in its shadow root. */
export const part = (doc: Document, tag: string, name: string): HTMLElement | null =>
  doc.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** The four widgets of the pages, rendered with the right figures, and nothing broken. */
export const expectWidgetsRendered = (doc: Document): void => {
  // Its target (3.5) has a decimal, so the value shows one too.
  expect(part(doc, 'kpi-card', 'value')?.textContent?.trim()).to.equal('4.0 : 1');
  expect(part(doc, 'kpi-trend', 'value')?.textContent?.trim()).to.equal('1.7%');
  expect(part(doc, 'funnel-ratio', 'value')?.textContent?.trim()).to.equal('0.2%');
  expect(part(doc, 'goal-gauge', 'meter')?.getAttribute('aria-valuetext')).to.contain('19,400 of 20,000');
  // The text written inside the tags is the no-JavaScript fallback: gone once rendered.
  expect(doc.body.innerText).not.to.contain('ROAS 4 : 1');
  expect(doc.body.innerText).not.to.contain('Conversion rate 1.7 %');
  expect(doc.body.innerText).not.to.contain('19,400 of 20,000 visitors');
  expect(recordOf(doc)).to.deep.equal({ errors: [], violations: [] });
};
