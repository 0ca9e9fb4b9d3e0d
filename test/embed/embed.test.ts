import { expect } from '@open-wc/testing';
import { expectWidgetsRendered, loadPage, part } from './embed-page.js';

describe('embedding', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('works from a plain static page with dist/kpi-kit.js in one script tag', async () => {
    expectWidgetsRendered(await loadPage('host'));
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
    const doc = await loadPage('host?style=hostile');
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
