import { expect } from '@open-wc/testing';
import { DOCS_PAGES, loadDocsPage } from './docs-page.js';

const PHONE = 390;

/**
 * What makes the page as wide as it is, to name in a failure: the last element, in the page or in
 * a widget's shadow DOM, whose right edge is the page's, as `tag.class` under its hosts.
 */
const widest = (doc: Document): string => {
  const edge = doc.documentElement.scrollWidth;
  let found = 'nothing';
  const visit = (root: Document | ShadowRoot, path: string) => {
    for (const element of root.querySelectorAll('*')) {
      const name = `${path}${element.localName}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
      if (Math.abs(element.getBoundingClientRect().right - edge) < 1) found = name;
      if (element.shadowRoot) visit(element.shadowRoot, `${name} >> `);
    }
  };
  visit(doc, '');
  return `${found} reaches its right edge`;
};

describe('the docs on a 390 px phone', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of DOCS_PAGES) {
    it(`${name}.html fits without scrolling the page sideways`, async () => {
      const { doc } = await loadDocsPage(name, { width: PHONE });
      const { scrollWidth } = doc.documentElement;
      expect(scrollWidth, `${name}.html is ${scrollWidth} px wide: ${widest(doc)}`).to.be.at.most(PHONE);
    });
  }

  it('keeps a wide table scrolling inside its own box', async () => {
    const { doc } = await loadDocsPage('kpi-card', { width: PHONE });
    const scroller = doc.querySelector<HTMLElement>('[data-api] .table-scroll');
    expect(scroller ?? null, 'an API table').not.to.equal(null);
    expect(scroller?.scrollWidth, 'the table is wider than the phone').to.be.above(scroller?.clientWidth ?? 0);
    expect(scroller?.getAttribute('role')).to.equal('region');
    expect(scroller?.tabIndex, 'keyboard users can scroll it').to.equal(0);
  });
});
