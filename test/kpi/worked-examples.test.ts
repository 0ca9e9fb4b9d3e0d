import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { computeKpi, formatValue, progressToGoal, type Result } from '../../src/kpi/index.js';

const valueOf = (result: Result<number>): number => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

/** The worked examples of the reference catalog, as the articles state them. */
describe('worked examples of the catalog', () => {
  it("ClickUp's organic traffic grew 2.94 % from January to February", () => {
    const growth = valueOf(computeKpi('traffic-growth', { current: '664234', previous: '645286' }));
    expect(formatValue(growth, 'percent', { locale: 'en-US', decimals: 2 })).to.equal('2.94%');
    expect(formatValue(growth, 'percent', { locale: 'nl-NL', decimals: 2 })).to.equal('2,94%');
  });

  const euros = (value: number, locale: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);

  it('SEO: 20 visitors per lead, a €1,000 lead for a €400 article returns €600', () => {
    expect(valueOf(computeKpi('visitors-per-lead', { visitors: '2000', leads: '100' }))).to.equal(20);
    expect(valueOf(computeKpi('lead-value', { revenue: '1000', leads: '1' }))).to.equal(1000);
    const back = valueOf(computeKpi('marketing-return', { revenue: '1000', spend: '400' }));
    expect(back).to.equal(600);
    expect(formatValue(back, 'currency', { locale: 'nl-NL', currency: 'EUR' })).to.equal(euros(600, 'nl-NL'));
    expect(valueOf(computeKpi('romi', { revenue: '1000', spend: '400' })) * 400).to.equal(600);
  });

  it('Facebook: a €300 lead for €150 of ads and time returns €150', () => {
    expect(valueOf(computeKpi('marketing-return', { revenue: '300', spend: '150' }))).to.equal(150);
  });

  it('Facebook with the whole €400: 6 leads × €300 = €1,800 of lead value, a €1,400 return', () => {
    expect(valueOf(computeKpi('lead-value', { revenue: '1800', leads: '6' }))).to.equal(300);
    const back = valueOf(computeKpi('marketing-return', { revenue: '1800', spend: '400' }));
    expect(formatValue(back, 'currency', { locale: 'en-US', currency: 'EUR' })).to.equal(euros(1400, 'en-US'));
    const romi = valueOf(computeKpi('romi', { revenue: '1800', spend: '400' }));
    expect(romi * 400).to.equal(1400);
    expect(formatValue(romi, 'percent', { locale: 'en-US' })).to.equal('350%');
  });

  it('a lead took 30 days on average to become a customer, and went back to 50', () => {
    const days = (value: number, locale: string) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
    const before = valueOf(computeKpi('lead-to-customer-time', { days: '30' }));
    expect(formatValue(before, 'duration', { locale: 'en-US' })).to.equal(days(30, 'en-US'));
    expect(formatValue(50, 'duration', { locale: 'nl-NL' })).to.equal(days(50, 'nl-NL'));
    expect(formatValue(50, 'duration', { locale: 'nl-NL' })).to.equal('50 dagen');
  });

  it('the website went from 8,000 to 20,000 visitors a month: a count, higher is better', () => {
    expect(valueOf(computeKpi('visitors', { count: '19400' }))).to.equal(19400);
  });

  it('$10 earned for every $1 of ads is a ROAS of 10 : 1', () => {
    const roas = valueOf(computeKpi('roas', { revenue: '10', spend: '1' }));
    expect(formatValue(roas, 'ratio', { locale: 'en-US' })).to.equal('10 : 1');
  });

  it('19,400 visitors against 20,000 is 97 % of the goal and 95 % of the way from 8,000', () => {
    const progress = progressToGoal(19400, 20000, 'higher', 8000);
    expect(progress.ofGoal).to.be.closeTo(0.97, 1e-12);
    expect(progress.ofWay).to.be.closeTo(0.95, 1e-12);
  });

  it('a website converting 2 % sits at the low end of the 2–5 % benchmark, below the 3 % target', () => {
    const rate = valueOf(computeKpi('conversion-rate', { conversions: '20', visitors: '1000' }));
    expect(rate).to.equal(0.02);
    expect(formatValue(rate, 'percent', { locale: 'nl-NL' })).to.equal('2%');
  });
});
