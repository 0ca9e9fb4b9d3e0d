import { expect } from '@open-wc/testing';
import { computeKpi, describeError, formatValue, getKpi, kpiWords, loadPack } from '../../src/kpi/index.js';
import { loadDocsPage } from './docs-page.js';

/** The row of the home page's worked examples whose KPI is `name`. */
const rowOf = (doc: Document, name: string) =>
  [...doc.querySelectorAll<HTMLTableRowElement>('#examples tr')].find(
    (row) => row.querySelector('.kpi-name')?.textContent === name,
  );

describe("the home page's worked examples", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows a refused input as an error: an icon, the error colour and normal weight, read as "Error:"', async () => {
    const { doc } = await loadDocsPage('index', { width: 1280 });
    const result = computeKpi('cac', { spend: '€10,000', customers: '50' });
    if (result.ok) throw new Error('the example is meant to be refused');
    const cell = rowOf(doc, 'Customer acquisition cost')?.querySelector('td');
    const note = cell?.querySelector<HTMLElement>('.error-note');
    expect(note ?? null, 'an error note').not.to.equal(null);
    if (!note) return;
    expect(note.textContent).to.equal(`Error: ${describeError(result.error, 'en-US')}`);
    // "Error:" is for the ear: the eye gets the icon and the colour.
    expect(note.querySelector('.visually-hidden')?.textContent).to.equal('Error: ');
    const icon = note.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).to.equal('true');
    expect(icon?.getBoundingClientRect().width).to.be.within(12, 18);

    const view = doc.defaultView;
    if (!view) throw new Error('no window');
    const bad = view.getComputedStyle(doc.documentElement).getPropertyValue('--doc-bad');
    const probe = doc.createElement('span');
    probe.style.color = bad;
    doc.body.append(probe);
    const style = view.getComputedStyle(note);
    expect(style.color, 'the error colour').to.equal(view.getComputedStyle(probe).color);
    expect(style.fontWeight, 'not bold').to.equal('400');
    expect(parseFloat(style.fontSize), 'the size of a note').to.be.below(
      parseFloat(view.getComputedStyle(cell!).fontSize),
    );
  });

  it('names each KPI and formats each result in the language picked', async () => {
    const { doc } = await loadDocsPage('index', { width: 1280, locale: 'de-DE' });
    await loadPack('de');
    const kpi = getKpi('lead-value');
    if (!kpi) throw new Error('no lead-value KPI');
    const cell = rowOf(doc, kpiWords(kpi, 'de').name)?.querySelector('td');
    expect(cell?.textContent).to.equal(formatValue(300, 'currency', { locale: 'de-DE', currency: 'EUR' }));
    expect(cell?.querySelector('.error-note')).to.equal(null);
  });
});
