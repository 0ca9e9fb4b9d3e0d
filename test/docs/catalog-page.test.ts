import { expect } from '@open-wc/testing';
import { categoryName, kpiWords, listKpis, loadPack } from '../../src/kpi/index.js';
import { groupKpis } from '../../demo/docs/catalog-groups.js';
import { loadDocsPage } from './docs-page.js';

const visible = (element: Element | null | undefined) => {
  const box = element?.getBoundingClientRect();
  return Boolean(box && box.width > 0 && box.height > 0);
};

/** Types into the search field, as a reader does. */
const search = (doc: Document, text: string) => {
  const field = doc.querySelector<HTMLInputElement>('#filter');
  if (!field) throw new Error('no search field');
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
};

const shownIds = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('.kpi-entry')].filter((entry) => visible(entry)).map((entry) => entry.id);

describe('the KPI catalog page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("names every KPI once, in the page's language, and shows its card", async () => {
    const { doc } = await loadDocsPage('catalog', { width: 1280, locale: 'nl-NL' });
    await loadPack('nl');
    const entries = [...doc.querySelectorAll('.kpi-entry')];
    expect(entries.length).to.equal(listKpis().length);
    for (const kpi of listKpis()) {
      const entry = doc.querySelector(`#kpi-${kpi.id}`);
      const name = kpiWords(kpi, 'nl').name;
      expect(entry?.querySelector('h3')?.textContent, kpi.id).to.equal(name);
      expect(entry?.textContent, `${kpi.id}: no list of names in every language`).not.to.match(/\ben: |· nl: /);
      // The card renders in the open, in the page's language: no disclosure to open first.
      const card = entry?.querySelector('kpi-card');
      expect(card?.closest('details'), `${kpi.id}: the card is not behind a disclosure`).to.equal(null);
      expect(visible(card), `${kpi.id}: its card shows`).to.equal(true);
      expect(
        card?.shadowRoot?.querySelector('[part~="value"], [role="alert"], .error') ?? null,
        `${kpi.id} renders`,
      ).not.to.equal(null);
    }
    expect(doc.querySelector('#kpi-cac kpi-card')?.shadowRoot?.textContent).to.contain(
      kpiWords(
        listKpis().find((kpi) => kpi.id === 'cac')!,
        'nl',
      ).name,
    );
  });

  it('groups the KPIs by what they measure, in sections with headings', async () => {
    const { doc } = await loadDocsPage('catalog', { width: 1280 });
    const sections = [...doc.querySelectorAll<HTMLElement>('section.kpi-group')];
    const groups = groupKpis(listKpis());
    expect(sections.map((section) => section.querySelector('h2')?.firstChild?.textContent)).to.deep.equal(
      groups.map(({ group }) => group.title),
    );
    for (const { group, kpis } of groups) {
      const section = sections.find((candidate) => candidate.dataset.group === group.id);
      expect([...(section?.querySelectorAll('.kpi-entry') ?? [])].map((entry) => entry.id)).to.deep.equal(
        kpis.map((kpi) => `kpi-${kpi.id}`),
      );
    }
  });

  it("titles the sections in the page's language", async () => {
    const { doc } = await loadDocsPage('catalog', { width: 1280, locale: 'de-DE' });
    await loadPack('de');
    expect(doc.querySelector('#group-paid')?.firstChild?.textContent).to.equal(categoryName('paid', 'de'));
    expect(categoryName('paid', 'de')).to.equal('Bezahlte Anzeigen');
  });

  it('lays the tiles out three to a row on a wide screen', async () => {
    const { doc } = await loadDocsPage('catalog', { width: 1280 });
    const tops = [...doc.querySelectorAll('#group-revenue + .kpi-grid > .kpi-entry')].map((entry) =>
      Math.round(entry.getBoundingClientRect().top),
    );
    expect(tops.filter((top) => top === tops[0]).length).to.be.at.least(3);
  });

  it('filters by name as the reader types, and says how many it shows', async () => {
    const { doc } = await loadDocsPage('catalog', { width: 1280 });
    search(doc, 'promoters');
    expect(shownIds(doc)).to.deep.equal(['kpi-nps']);
    expect(doc.querySelector('#count')?.textContent).to.equal(`Showing 1 of ${listKpis().length} KPIs`);
    // Groups without a match go, heading and all.
    expect([...doc.querySelectorAll('section.kpi-group')].filter(visible).length).to.equal(1);
    search(doc, 'nothing like this');
    expect(shownIds(doc)).to.deep.equal([]);
    expect(doc.querySelector('#count')?.textContent).to.equal('No KPI matches “nothing like this”.');
  });

  it('shows one group at a time from its chip', async () => {
    const { doc } = await loadDocsPage('catalog', { width: 1280 });
    const chip = [...doc.querySelectorAll<HTMLInputElement>('#groups input[type="radio"]')].find(
      (input) => input.value === 'paid',
    );
    expect(chip?.labels?.[0]?.textContent).to.contain('Paid ads');
    chip?.click();
    expect(shownIds(doc)).to.deep.equal(['kpi-roas', 'kpi-cpc', 'kpi-cpm', 'kpi-ctr']);
    doc.querySelector<HTMLInputElement>('#groups input[value=""]')?.click();
    expect(shownIds(doc).length).to.equal(listKpis().length);
  });
});
