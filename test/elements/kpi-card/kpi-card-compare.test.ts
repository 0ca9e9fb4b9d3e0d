import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import { collectWarnings } from '../../helpers/console.js';
import { readAloud, settle } from '../../helpers/screen-reader.js';

const format = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
/** Money as a change shows it: to the cent. */
const money = (locale: string, value: number, signDisplay: Intl.NumberFormatOptions['signDisplay'] = 'auto') =>
  format(locale, { style: 'currency', currency: 'EUR', signDisplay }).format(value);
const share = (locale: string, value: number, signDisplay: Intl.NumberFormatOptions['signDisplay'] = 'exceptZero') =>
  format(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay }).format(value);

const card = async (markup: string) => {
  const element = await fixture<KpiCard>(markup);
  await settle(element);
  return element;
};

/** Each comparison line as a sighted reader sees it: its mark and text apart, whitespace folded. */
const lines = (element: Element) =>
  [...(element.shadowRoot?.querySelectorAll('[part~="comparison"]') ?? [])].map((line) =>
    [...line.children]
      .map((child) => child.textContent ?? '')
      .join(' ')
      .replace(/[ \t\n\r]+/g, ' ')
      .trim(),
  );

/** Revenue of June 2026 against May 2026 and June 2025. */
const REVENUE = 'revenue="60000" spend="15000" previous-revenue="48000" previous-spend="15000"';
const YEAR_AGO = 'year-ago-revenue="75000" year-ago-spend="15000"';

describe('<kpi-card> compare and change (issue 27)', () => {
  const warnings = collectWarnings();

  it('compares with the previous period and a year earlier, a line each with its own arrow, sign and words', async () => {
    const element = await card(
      `<kpi-card label="Revenue" value="60000" unit="currency" previous-value="48000" year-ago-value="75000" currency="EUR" locale="en-US"></kpi-card>`,
    );
    expect(lines(element)).to.deep.equal([
      `${money('en-US', 12000, 'always')} (${share('en-US', 0.25)}) better vs previous period`,
      `${money('en-US', -15000, 'always')} (${share('en-US', -0.2)}) worse vs same period last year`,
    ]);
    const badges = [...(element.shadowRoot?.querySelectorAll('[part="delta"]') ?? [])];
    expect(badges.map((badge) => badge.classList.contains('good'))).to.deep.equal([true, false]);
    expect(readAloud(element)).to.contain(
      `Up ${money('en-US', 12000)} (${share('en-US', 0.25, 'auto')}) vs previous period, better. ` +
        `Down ${money('en-US', 15000)} (${share('en-US', 0.2, 'auto')}) vs same period last year, worse.`,
    );
    await expect(element).to.be.accessible();
  });

  it('shows what compare lists, in its order, and rates the figure by the first', async () => {
    const events: string[] = [];
    const element = await card(
      `<kpi-card kpi="roas" ${REVENUE} ${YEAR_AGO} target="3.5" compare="year target" locale="en-US"></kpi-card>`,
    );
    element.addEventListener('kpi-change', (event) => events.push(event.detail.status));
    expect(lines(element)).to.deep.equal([
      `-1 (${share('en-US', -0.2)}) worse vs same period last year`,
      '✓ Target 3.5 : 1 – met, 0.5 above',
    ]);
    expect(readAloud(element)).to.contain(
      `Return on ad spend: 4.0 : 1. Down 1 (${share('en-US', 0.2, 'auto')}) vs same period last year, worse. Target 3.5 : 1 – met, 0.5 above.`,
    );
    element.compare = 'target year';
    await settle(element);
    expect(lines(element)[0]).to.equal('✓ Target 3.5 : 1 – met, 0.5 above');
    expect(events).to.deep.equal(['good']);
  });

  it('tells a change as change asks: absolute, relative or both; a rate in points by default', async () => {
    const rate = (change = '') =>
      card(
        `<kpi-card kpi="conversion-rate" conversions="30" visitors="1000" previous-conversions="20" previous-visitors="1000" ${change} locale="en-US"></kpi-card>`,
      );
    const points = `+${format('en-US', { maximumFractionDigits: 1 }).format(1)} pp`;
    expect(lines(await rate())).to.deep.equal([`${points} better vs previous period`]);
    expect(lines(await rate('change="relative"'))).to.deep.equal([`${share('en-US', 0.5)} better vs previous period`]);
    expect(lines(await rate('change="both"'))).to.deep.equal([
      `${points} (${share('en-US', 0.5)}) better vs previous period`,
    ]);
    const spend = await card(
      `<kpi-card label="Revenue" value="60000" unit="currency" previous-value="48000" currency="EUR" change="absolute" locale="en-US"></kpi-card>`,
    );
    expect(lines(spend)).to.deep.equal([`${money('en-US', 12000, 'always')} better vs previous period`]);
    expect(readAloud(spend)).to.contain(`Up ${money('en-US', 12000)} vs previous period, better.`);
  });

  it('never tells a relative change where it means nothing: a score shows its points', async () => {
    const element = await card(
      `<kpi-card kpi="nps" promoters="60" passives="25" detractors="15" previous-promoters="50" previous-passives="25" previous-detractors="25" change="relative" locale="en-US"></kpi-card>`,
    );
    expect(lines(element)).to.deep.equal(['+20 better vs previous period']);
  });

  it('takes a ready year-ago-value and its own year-label', async () => {
    const element = await card(
      `<kpi-card label="Leads" value="120" year-ago-value="100" year-label="vs June 2025" locale="en-US"></kpi-card>`,
    );
    expect(lines(element)).to.deep.equal([`+20 (${share('en-US', 0.2)}) better vs June 2025`]);
    expect(readAloud(element)).to.contain(`Leads: 120. Up 20 (${share('en-US', 0.2, 'auto')}) vs June 2025, better.`);
  });

  it('says a listed baseline has no figure, and warns naming the attributes to add', async () => {
    const element = await card(
      `<kpi-card kpi="roas" revenue="8" spend="2" compare="previous year" locale="en-US"></kpi-card>`,
    );
    expect(lines(element)).to.deep.equal([
      '– No figure for the previous period',
      '– No figure for the same period last year',
    ]);
    expect(readAloud(element)).to.contain(
      'No figure for the previous period. No figure for the same period last year.',
    );
    expect(warnings.join('\n')).to.contain('previous-revenue').and.contain('year-ago-value');
    const count = warnings.length;
    element.label = 'ROAS';
    await settle(element);
    expect(warnings.length, 'warned once while it stays').to.equal(count);
    await expect(element).to.be.accessible();
  });

  it('names compare or change when they hold anything else, in the error state and a warning', async () => {
    const element = await card(
      `<kpi-card kpi="roas" revenue="8" spend="2" compare="last-year" locale="en-US"></kpi-card>`,
    );
    expect(readAloud(element)).to.contain('compare').and.contain('previous');
    expect(warnings.join('\n')).to.contain('compare');
    const change = await card(`<kpi-card kpi="roas" revenue="8" spend="2" change="percent" locale="en-US"></kpi-card>`);
    expect(readAloud(change)).to.contain('change');
  });

  describe('in Dutch', () => {
    it('says each comparison in Dutch, in the line and the sentence', async () => {
      const element = await card(
        `<kpi-card label="Omzet" value="60000" unit="currency" previous-value="48000" year-ago-value="75000" currency="EUR" locale="nl-NL"></kpi-card>`,
      );
      expect(lines(element)).to.deep.equal([
        `${money('nl-NL', 12000, 'always')} (${share('nl-NL', 0.25)}) beter dan de vorige periode`,
        `${money('nl-NL', -15000, 'always')} (${share('nl-NL', -0.2)}) slechter dan dezelfde periode vorig jaar`,
      ]);
      const sentence =
        `Gestegen met ${money('nl-NL', 12000)} (${share('nl-NL', 0.25, 'auto')}) ten opzichte van de vorige periode, beter. ` +
        `Gedaald met ${money('nl-NL', 15000)} (${share('nl-NL', 0.2, 'auto')}) ten opzichte van dezelfde periode vorig jaar, slechter.`;
      // What a screen reader gets, spaces folded as readAloud folds them (Intl writes € and the figure apart with a no-break space).
      expect(readAloud(element)).to.contain(sentence.replace(/\s+/g, ' '));
    });

    it('says a missing baseline and a bad compare in Dutch', async () => {
      const missing = await card(
        `<kpi-card kpi="roas" revenue="8" spend="2" compare="year" locale="nl-NL"></kpi-card>`,
      );
      expect(lines(missing)).to.deep.equal(['– Geen cijfer voor dezelfde periode vorig jaar']);
      const wrong = await card(
        `<kpi-card kpi="roas" revenue="8" spend="2" compare="vorig-jaar" locale="nl-NL"></kpi-card>`,
      );
      expect(readAloud(wrong)).to.contain('compare').and.contain('vorig-jaar');
    });
  });
});
