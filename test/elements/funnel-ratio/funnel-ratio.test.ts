import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { KpiChangeDetail } from '../../../src/shared/events.js';
import { spoken } from '../../helpers/screen-reader.js';
import { fixedPercent as fixed } from '../../helpers/intl.js';

const percent = (value: number, locale = 'en-US', digits = 1) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
const count = (value: number, locale = 'en-US') => new Intl.NumberFormat(locale).format(value);
const signed = (value: number, digits = 1) =>
  new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const root = (element: Element) => element.shadowRoot as ShadowRoot;
const shown = (element: Element) => clean(root(element).textContent);
const summary = (element: Element) => clean(root(element).querySelector('[part="summary"]')?.textContent);
/** The table as a screen reader walks it: one array of cell texts per row, headers included. */
const tableOf = (element: Element) =>
  [...root(element).querySelectorAll('tr')].map((row) => [...row.cells].map((cell) => clean(spoken(cell))));

const B2B = 'Visitors,Leads,MQL,SQL,Customers';

describe('<funnel-ratio>', () => {
  const originalWarn = console.warn;
  beforeEach(() => {
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('shows each step: 5 %, 40 %, 40 %, 25 % and 0.2 % overall for the issue example', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages=${B2B} values="10000,500,200,80,20"></funnel-ratio>`,
    );
    const rows = tableOf(element);
    expect(rows[0]).to.deep.equal(['Stage', 'Count', 'Step conversion', 'From first stage', 'Drop-off']);
    expect(rows.slice(1).map((row) => row[0])).to.deep.equal(B2B.split(','));
    expect(rows.slice(2).map((row) => row[2])).to.deep.equal([0.05, 0.4, 0.4, 0.25].map((v) => percent(v)));
    // One number of decimals in a column: "5.0%" above "0.8%", never "5%".
    expect(rows.slice(1).map((row) => row[3])).to.deep.equal([1, 0.05, 0.02, 0.008, 0.002].map((v) => fixed(v, 1)));
    expect(rows[1][1]).to.equal(count(10000));
    expect(rows[2][4]).to.contain(`${count(9500)} (${percent(0.95)})`);
    expect(root(element).querySelector('[part="value"]')?.textContent).to.equal(percent(0.002));
    await expect(element).to.be.accessible();
  });

  it('says the whole story in one sentence', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages=${B2B} values="10000,500,200,80,20"></funnel-ratio>`,
    );
    expect(summary(element)).to.equal(
      `Visitors to Customers: ${percent(0.002)} overall; biggest drop-off from Visitors to Leads: ${percent(0.95)}.`,
    );
  });

  it('keeps the numbers in a real table named by the label, with the drawing hidden from screen readers', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio label="Lead funnel" stages=${B2B} values="10000,500,200,80,20"></funnel-ratio>`,
    );
    const table = root(element).querySelector('table');
    const title = root(element).getElementById(table?.getAttribute('aria-labelledby') ?? '');
    expect(clean(title?.textContent)).to.equal('Lead funnel');
    expect(root(element).querySelectorAll('th[scope="col"]')).to.have.length(5);
    expect(root(element).querySelectorAll('tbody th[scope="row"]')).to.have.length(5);
    const shapes = [...root(element).querySelectorAll('svg')];
    expect(shapes).to.have.length(5);
    expect(shapes.every((shape) => shape.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(root(element).querySelector('[style]')).to.equal(null);
  });

  it('names the table with its own title when the label is only whitespace', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio label="   " stages="A,B" values="10,5" locale="en-US"></funnel-ratio>`,
    );
    const table = root(element).querySelector('table');
    const title = root(element).getElementById(table?.getAttribute('aria-labelledby') ?? '');
    expect(clean(title?.textContent)).to.equal('Conversion funnel');
  });

  it('marks the biggest drop-off in words, in its row', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="A,B,C" values="100,90,30"></funnel-ratio>`,
    );
    const rows = tableOf(element);
    expect(rows[3][4]).to.contain('Biggest drop-off');
    expect(rows[2][4]).not.to.contain('Biggest drop-off');
    expect(summary(element)).to.contain(`biggest drop-off from B to C: ${percent(2 / 3)}`);
  });

  it('shows a stage larger than the one before as it is, and flags it', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="Leads,MQL,SQL" values="100,120,30"></funnel-ratio>`,
    );
    const mql = tableOf(element)[2];
    expect(mql[2]).to.equal(percent(1.2));
    expect(mql[4]).to.contain('20 more').and.contain('Larger than the stage before');
    expect(summary(element)).to.contain('MQL is larger than Leads, check the tracking');
    await expect(element).to.be.accessible();
  });

  it('leaves the steps after a stage of zero undefined, in words', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="Clicks,Sign-ups,SQL,Customers" values="1800,96,0,0"></funnel-ratio>`,
    );
    const rows = tableOf(element);
    expect(rows[4][2]).to.equal('none, SQL is 0');
    expect(rows[3][2]).to.equal(fixed(0, 1));
    expect(shown(element)).not.to.match(/NaN|Infinity|undefined|null/);
    await expect(element).to.be.accessible();
  });

  it('has no overall conversion when the first stage is zero, and says why', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="A,B" values="0,0"></funnel-ratio>`,
    );
    expect(summary(element)).to.equal('A to B: no overall conversion, A is 0; no drop-off at any step.');
    expect(tableOf(element)[2]).to.deep.equal(['B', '0', 'none, A is 0', 'none, A is 0', '0']);
    expect(shown(element)).not.to.match(/NaN|Infinity|undefined|null/);
  });

  it('compares each step with a previous period in percentage points, good or bad', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio
        locale="en-US"
        stages=${B2B}
        values="10000,500,200,80,20"
        previous-values="10000,400,200,60,15"
      ></funnel-ratio>`,
    );
    const rows = tableOf(element);
    expect(rows[0][5]).to.equal('Step vs previous period');
    expect(rows.slice(2).map((row) => row[5])).to.deep.equal([
      `${signed(1)} pp (better)`,
      `${signed(-10)} pp (worse)`,
      `${signed(10)} pp (better)`,
      `${signed(0)} pp (no change)`,
    ]);
    expect(rows[1][5]).to.equal('not applicable, first stage');
    const arrows = [...root(element).querySelectorAll('tbody td:last-child .cell-value')].map(
      (cell) => clean(cell.textContent)[0],
    );
    expect(arrows).to.deep.equal(['—', '▲', '▼', '▲', '0']);
    // 0.2 % against 0.15 %: a change of 0.05 points, shown with the percent's one decimal, as every change is.
    expect(summary(element)).to.contain(`(${signed(0.05)} percentage points on the previous period, better)`);
  });

  it('reports the overall conversion in kpi-change, good or bad against the previous period', async () => {
    const element = document.createElement('funnel-ratio');
    element.setAttribute('locale', 'en-US');
    element.setAttribute('stages', 'Sent,Delivered,Opened,Clicked');
    element.setAttribute('values', '48000,46560,12100,1450');
    element.setAttribute('previous-values', '46500,45200,12650,1400');
    const event = oneEvent(element, 'kpi-change');
    document.body.append(element);
    const { detail } = await event;
    // The overall reads as its column (from the first stage) does: 25.2% there gives it one decimal.
    expect(detail).to.deep.include({ kpi: null, text: fixed(1450 / 48000, 1), status: 'good' });
    expect(detail.value).to.be.closeTo(1450 / 48000, 1e-12);
    const next = oneEvent(element, 'kpi-change');
    element.setAttribute('previous-values', '46500,45200,12650,1600');
    expect((await next).detail.status).to.equal('bad');
    element.removeAttribute('previous-values');
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    element.remove();
  });

  it('is neutral without a previous period, and reports errors as such', async () => {
    const element = await fixture<FunnelRatio>(html`<funnel-ratio stages="A,B" values="10,5"></funnel-ratio>`);
    const events: KpiChangeDetail[] = [];
    element.addEventListener('kpi-change', (event) => events.push(event.detail));
    element.values = '10,4';
    await element.updateComplete;
    expect(events.at(-1)).to.deep.include({ value: 0.4, text: percent(0.4), status: 'neutral' });
    element.values = '10,x';
    await element.updateComplete;
    expect(events.at(-1)).to.deep.include({ value: null, status: 'error' });
    expect(events.at(-1)?.text).to.contain('Entry 2 of values ("x")');
  });

  it('never shows a conversion that is not zero as 0%, even one in a million or with decimals="0"', async () => {
    // The funnel's own rounding read zero for both: "0.000%" (it stopped at three decimals) and "0%" (it kept `decimals`).
    const tiny = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" stages="Impressions,Sales" values="1000000,4"></funnel-ratio>`,
    );
    expect(tableOf(tiny)[2][2]).to.equal(percent(0.000004, 'en-US', 4));
    expect(root(tiny).querySelector('[part="value"]')?.textContent).to.equal(percent(0.000004, 'en-US', 4));
    const whole = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="en-US" decimals="0" stages="Visitors,Buyers" values="1000,4"></funnel-ratio>`,
    );
    expect(tableOf(whole)[2][2]).to.equal(percent(0.004));
    // The column that needs a decimal for 0.4% shows it for 100% too.
    expect(tableOf(whole)[1][3]).to.equal(fixed(1, 1));
    expect(summary(whole)).to.contain(`Visitors to Buyers: ${percent(0.004)} overall;`);
  });

  it('formats numbers and words in the locale', async () => {
    const element = await fixture<FunnelRatio>(
      html`<funnel-ratio locale="nl-NL" stages="Bezoekers,Leads,Klanten" values="12000,600,30"></funnel-ratio>`,
    );
    const rows = tableOf(element);
    expect(rows[0]).to.deep.equal(['Fase', 'Aantal', 'Conversie per stap', 'Vanaf eerste fase', 'Uitval']);
    expect(rows[1][1]).to.equal(count(12000, 'nl-NL'));
    expect(summary(element)).to.equal(
      `Van Bezoekers naar Klanten: ${percent(0.0025, 'nl-NL')} totale conversie; grootste uitval van Bezoekers naar Leads: ${percent(0.95, 'nl-NL')}.`,
    );
    expect(shown(element)).to.contain('Conversiefunnel');
    await expect(element).to.be.accessible();
  });

  it('follows the page language', async () => {
    const wrapper = await fixture(html`<div lang="nl"><funnel-ratio stages="A,B" values="10,5"></funnel-ratio></div>`);
    const element = wrapper.querySelector('funnel-ratio') as FunnelRatio;
    await element.updateComplete;
    expect(summary(element)).to.contain('totale conversie');
    wrapper.setAttribute('lang', 'en-US');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(summary(element)).to.contain('overall');
  });
});
