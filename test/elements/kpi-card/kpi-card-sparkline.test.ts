import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import { collectWarnings } from '../../helpers/console.js';
import { readAloud, settle } from '../../helpers/screen-reader.js';

const number = (locale: string, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, options);
/** A ratio as the card shows it ("3 : 1"), or the trend's sentence with one decimal ("3.0 : 1"). */
const ratio = (locale: string, value: number, decimals = 0) =>
  `${number(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)} : 1`;
const signed = (locale: string, value: number) => number(locale, { signDisplay: 'always' }).format(value);
const share = (locale: string, value: number, signDisplay: Intl.NumberFormatOptions['signDisplay'] = 'exceptZero') =>
  number(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay }).format(value);
const month = (locale: string, index: number) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, index, 1));

const card = async (markup: string) => {
  const element = await fixture<KpiCard>(markup);
  await settle(element);
  return element;
};

const part = (element: Element, name: string) => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const shown = (element: Element, name: string) => part(element, name)?.textContent?.replace(/\s+/g, ' ').trim();

/** ROAS over three periods: 2 : 1, 2.4 : 1, 3 : 1. */
const ROAS = 'kpi="roas" revenue="1000,1200,1500" spend="500,500,500"';

describe('<kpi-card> given series: a sparkline inside the card (issue 27)', () => {
  const warnings = collectWarnings();

  it('shows the latest value, its change on the period before, the sparkline, and where the series went', async () => {
    const element = await card(`<kpi-card ${ROAS} locale="en-US"></kpi-card>`);
    await expect(element).to.be.accessible();
    expect(shown(element, 'value')).to.equal(ratio('en-US', 3));
    expect(shown(element, 'comparison')).to.equal(
      `${signed('en-US', 0.6)} (${share('en-US', 0.25)}) better vs previous period`,
    );
    const sparkline = part(element, 'sparkline');
    expect(sparkline?.getAttribute('aria-hidden')).to.equal('true');
    expect(sparkline?.querySelector('.line')?.getAttribute('d')).to.match(/^M/);
    expect(readAloud(element)).to.contain(
      `Return on ad spend: ${ratio('en-US', 3)}. Up ${number('en-US').format(0.6)} (${share('en-US', 0.25, 'auto')}) vs previous period, better. ` +
        `Return on ad spend, periods 1–3: rose from ${ratio('en-US', 2, 1)} to ${ratio('en-US', 3, 1)}`,
    );
  });

  it('takes the period before from the series, not from previous- inputs', async () => {
    const element = await card(
      `<kpi-card ${ROAS} previous-revenue="9000" previous-spend="500" previous-value="1" locale="en-US"></kpi-card>`,
    );
    expect(shown(element, 'comparison')).to.contain(`${signed('en-US', 0.6)} (${share('en-US', 0.25)})`);
  });

  it('speaks Dutch, and names the period before from labels', async () => {
    const element = await card(`<kpi-card ${ROAS} labels="2026-04,2026-05,2026-06" locale="nl-NL"></kpi-card>`);
    await expect(element).to.be.accessible();
    expect(shown(element, 'value')).to.equal(ratio('nl-NL', 3));
    expect(shown(element, 'delta')).to.equal(`${signed('nl-NL', 0.6)} (${share('nl-NL', 0.25)})`);
    expect(part(element, 'sparkline')).not.to.equal(null);
    const spoken = readAloud(element);
    expect(spoken).to.contain(
      `Gestegen met ${number('nl-NL').format(0.6)} (${share('nl-NL', 0.25, 'auto')}) ten opzichte van ${month('nl-NL', 4)}, beter.`,
    );
    expect(spoken).to.contain(`steeg van ${ratio('nl-NL', 2, 1)} naar ${ratio('nl-NL', 3, 1)}`);
  });

  it('reads inputs arrays, skipping a gap to find the period before', async () => {
    const element = document.createElement('kpi-card');
    element.setAttribute('kpi', 'roas');
    element.setAttribute('locale', 'en-US');
    element.inputs = { revenue: [1000, null, 1500], spend: [500, null, 500] };
    const wrapper = await fixture<HTMLDivElement>('<div></div>');
    wrapper.append(element);
    await settle(element);
    expect(shown(element, 'value')).to.equal(ratio('en-US', 3));
    expect(shown(element, 'comparison')).to.equal(
      `${signed('en-US', 1)} (${share('en-US', 0.5)}) better vs previous period`,
    );
    expect(part(element, 'sparkline')).not.to.equal(null);
    expect(readAloud(element)).to.contain('1 period without data');
    await expect(element).to.be.accessible();
  });

  it('shows a ready value series without kpi', async () => {
    const element = await card(`<kpi-card label="Sessions" value="120,,150" locale="nl-NL"></kpi-card>`);
    expect(shown(element, 'value')).to.equal(number('nl-NL').format(150));
    expect(part(element, 'sparkline')).not.to.equal(null);
  });

  it('names the attribute and the entry of a bad series, with no sparkline', async () => {
    const element = await card(
      `<kpi-card kpi="roas" revenue="1000,abc,1500" spend="500,500,500" locale="en-US"></kpi-card>`,
    );
    expect(readAloud(element)).to.contain('Entry 2 of revenue ("abc") is not a number');
    expect(warnings.at(-1)).to.contain('revenue');
    expect(part(element, 'sparkline')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says which attributes hold only gaps, in Dutch too', async () => {
    const english = await card(`<kpi-card kpi="roas" revenue=",," spend="500,500,500" locale="en-US"></kpi-card>`);
    expect(readAloud(english)).to.contain('revenue and spend have only empty entries');
    const dutch = await card(`<kpi-card value="1,x" locale="nl-NL"></kpi-card>`);
    expect(readAloud(dutch)).to.contain('value');
    expect(readAloud(dutch)).to.contain('"x"');
    await expect(dutch).to.be.accessible();
  });
});
