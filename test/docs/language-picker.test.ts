import { expect } from '@open-wc/testing';
import { DOCS_PAGES, loadDocsPage } from './docs-page.js';

describe('the language picker of the docs', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  // The client report is a document in Dutch: its widgets follow its language, with no picker.
  for (const name of DOCS_PAGES.filter((page) => page !== 'report')) {
    it(`is one styled control named "Language" in the header of ${name}.html`, async () => {
      const { doc } = await loadDocsPage(name, { width: 1280 });
      const pickers = doc.querySelectorAll('select#language');
      expect(pickers.length, 'one picker').to.equal(1);
      const select = pickers[0] as HTMLSelectElement;
      expect(select.closest('.site-header') ?? null, 'in the header').not.to.equal(null);
      // Its accessible name: the label's text, the select's own options aside.
      const label = select.labels[0]?.cloneNode(true) as HTMLElement | undefined;
      label?.querySelector('select')?.remove();
      expect(label?.textContent?.trim(), 'its name').to.equal('Language');
      expect([...select.options].map((option) => option.value)).to.include.members([
        'en-US',
        'nl-NL',
        'de-DE',
        'fr-FR',
      ]);
      // Drawn by the docs, not the browser: a bordered, rounded field with a globe, as wide as its text.
      const style = doc.defaultView?.getComputedStyle(select);
      expect(style?.appearance).to.equal('none');
      expect(parseFloat(style?.borderTopLeftRadius ?? '0')).to.be.at.least(6);
      expect(select.parentElement?.querySelector('svg[aria-hidden="true"]') ?? null, 'a globe').not.to.equal(null);
    });
  }

  it('shares the header line with the brand on a phone, the pages in a strip below', async () => {
    const { doc } = await loadDocsPage('catalog', { width: 390 });
    const brand = doc.querySelector('.brand')?.getBoundingClientRect();
    const picker = doc.querySelector('select#language')?.getBoundingClientRect();
    const strip = doc.querySelector<HTMLElement>('.site-nav ul');
    const current = doc.querySelector('.site-nav [aria-current="page"]')?.getBoundingClientRect();
    if (!brand || !picker || !strip || !current) throw new Error('no header');
    expect(picker.top, 'same line').to.be.below(brand.bottom);
    expect(picker.right).to.be.at.most(390);
    expect(strip.scrollWidth, 'the pages scroll in their strip').to.be.above(strip.clientWidth);
    expect(current.left, 'the current page in view').to.be.at.least(0);
    expect(current.right).to.be.at.most(390);
  });

  it('switches the page language and keeps the choice', async () => {
    const { doc } = await loadDocsPage('index', { width: 1280 });
    const select = doc.querySelector<HTMLSelectElement>('select#language');
    if (!select) throw new Error('no picker');
    select.value = 'nl-NL';
    select.dispatchEvent(new Event('change'));
    expect(doc.documentElement.lang).to.equal('nl-NL');
    expect(localStorage.getItem('kpi-kit-docs-locale')).to.equal('nl-NL');
    localStorage.removeItem('kpi-kit-docs-locale');
  });
});
