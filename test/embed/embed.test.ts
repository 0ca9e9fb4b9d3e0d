import { expect } from '@open-wc/testing';

interface EmbedRecord {
  errors: string[];
  violations: string[];
}

/** Loads a page of test/embed/pages in an iframe and waits until its widgets have rendered. */
const loadPage = async (name: string): Promise<Document> => {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '1200';
  frame.src = `/test/embed/pages/${name}.html`;
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

const recordOf = (doc: Document): EmbedRecord =>
  (doc.defaultView as unknown as { kpiKitEmbed: EmbedRecord }).kpiKitEmbed;

const part = (doc: Document, tag: string, name: string) =>
  doc.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

const expectWidgetsRendered = (doc: Document) => {
  expect(part(doc, 'kpi-card', 'value')?.textContent?.trim()).to.equal('4 : 1');
  expect(part(doc, 'kpi-trend', 'value')?.textContent?.trim()).to.equal('1.7%');
  expect(part(doc, 'funnel-ratio', 'value')?.textContent?.trim()).to.equal('0.2%');
  expect(part(doc, 'goal-gauge', 'meter')?.getAttribute('aria-valuetext')).to.contain('19,400 of 20,000');
  // The text written inside the tags is the no-JavaScript fallback: gone once rendered.
  expect(doc.body.innerText).not.to.contain('ROAS 4 : 1');
  expect(doc.body.innerText).not.to.contain('Conversion rate 1.7 %');
  expect(doc.body.innerText).not.to.contain('19,400 of 20,000 visitors');
  expect(recordOf(doc)).to.deep.equal({ errors: [], violations: [] });
};

describe('embedding', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works from a plain static page with dist/kpi-kit.js in one script tag', async () => {
    expectWidgetsRendered(await loadPage('plain'));
  });

  it('works under a strict Content-Security-Policy with no violation', async () => {
    const doc = await loadPage('csp');
    expectWidgetsRendered(doc);
    // Fetched and parsed as CSV without eval or inline styles.
    const fromSpreadsheet = doc.querySelectorAll('kpi-card')[1]?.shadowRoot?.querySelector('[part="value"]');
    expect(fromSpreadsheet?.textContent?.trim()).to.equal('4 : 1');
  });

  it('works when the bundle is loaded twice', async () => {
    expectWidgetsRendered(await loadPage('twice'));
  });

  it('works when the bundle loads after the tags are in the page', async () => {
    expectWidgetsRendered(await loadPage('late'));
  });

  it('works with the per-element modules and the page’s own Lit and d3', async () => {
    expectWidgetsRendered(await loadPage('elements'));
  });

  it('keeps its look on a page with hostile global CSS', async () => {
    const doc = await loadPage('hostile');
    expectWidgetsRendered(doc);
    const value = part(doc, 'kpi-card', 'value');
    const card = part(doc, 'kpi-card', 'card');
    if (!value || !card) throw new Error('card not rendered');
    const style = doc.defaultView?.getComputedStyle(value);
    expect(style?.color).to.equal('rgb(31, 35, 40)');
    expect(style?.fontSize).to.equal('32px');
    expect(style?.textTransform).to.equal('none');
    expect(doc.defaultView?.getComputedStyle(card).boxSizing).to.equal('border-box');
    const button = part(doc, 'kpi-card', 'info-button');
    expect(button && doc.defaultView?.getComputedStyle(button).display).not.to.equal('none');
    const chart = part(doc, 'kpi-trend', 'chart');
    expect(chart?.getBoundingClientRect().width).to.be.greaterThan(100);
  });
});
