import { expect } from '@open-wc/testing';
import { computeKpi, getKpi, listKpis, registerKpi } from '../../src/kpi/index.js';

/** Every KPI of the catalog with inputs and the value its formula must give. */
const CASES: [id: string, inputs: Record<string, string>, expected: number][] = [
  ['romi', { revenue: '1000', spend: '400' }, 1.5],
  ['roi', { 'revenue-growth': '1800', spend: '400' }, 3.5],
  ['roi', { 'revenue-growth': '1800', 'organic-growth': '200', spend: '400' }, 3],
  ['ltv', { arpu: '50', churn: '5%' }, 1000],
  ['cac', { spend: '10000', customers: '50' }, 200],
  ['ltv-cac', { ltv: '1200', cac: '400' }, 3],
  ['ltv-cac', { arpu: '50', churn: '0.05', spend: '10000', customers: '50' }, 5],
  ['ltv-cac', { arpu: '50', churn: '5%', cac: '250' }, 4],
  ['ltv-cac', { ltv: '900', spend: '6000', customers: '20' }, 3],
  ['traffic-growth', { current: '664234', previous: '645286' }, (664234 - 645286) / 645286],
  ['publishing-frequency', { pieces: '12', periods: '4' }, 3],
  ['first-30-days-traffic', { visitors: '5400' }, 5400],
  ['conversion-rate', { conversions: '30', visitors: '1000' }, 0.03],
  ['mql', { count: '120' }, 120],
  ['sql', { count: '48' }, 48],
  ['lead-to-mql', { mqls: '200', leads: '500' }, 0.4],
  ['mql-to-sql', { sqls: '80', mqls: '200' }, 0.4],
  ['cpl', { cost: '400', leads: '8' }, 50],
  ['cpa', { cost: '1500', conversions: '30' }, 50],
  ['aov', { revenue: '9000', orders: '120' }, 75],
  ['lead-value', { revenue: '1800', leads: '6' }, 300],
  ['leads-per-customer', { leads: '500', customers: '20' }, 25],
  ['visitors-per-lead', { visitors: '2000', leads: '100' }, 20],
  ['followers', { counts: '1200,3400,560' }, 5160],
  ['impressions', { counts: '10000, 25000' }, 35000],
  ['follower-growth', { new: '150', start: '3000' }, 0.05],
  ['engagement-rate', { interactions: '90', reach: '3000' }, 0.03],
  ['share-of-voice', { own: '250', total: '1000' }, 0.25],
  ['backlink-growth', { current: '1100', previous: '1000' }, 0.1],
  ['organic-ctr', { clicks: '317', impressions: '1000' }, 0.317],
  ['subscriber-growth', { end: '5500', start: '5000' }, 0.1],
  ['open-rate', { opened: '200', sent: '1050', bounces: '50' }, 0.2],
  ['open-rate', { opened: '200', sent: '1000' }, 0.2],
  ['email-ctr', { clicked: '30', sent: '1000' }, 0.03],
  ['unsubscribe-rate', { unsubscribes: '5', delivered: '1000' }, 0.005],
  ['bounce-rate', { bounces: '20', sent: '1000' }, 0.02],
  ['roas', { revenue: '10', spend: '1' }, 10],
  ['roas', { revenue: '12000', spend: '3000' }, 4],
  ['cpc', { cost: '150', clicks: '300' }, 0.5],
  ['cpm', { spend: '50', impressions: '10000' }, 5],
  ['ctr', { clicks: '50', impressions: '10000' }, 0.005],
  ['churn-rate', { lost: '25', start: '500' }, 0.05],
  ['retention-rate', { end: '520', new: '70', start: '500' }, 0.9],
  ['repeat-purchase-rate', { repeat: '300', customers: '1200' }, 0.25],
  ['nps', { promoters: '60', passives: '25', detractors: '15' }, 45],
  ['nps', { scores: '10,9,8,7,6,0,10,9,9,3' }, 20],
  ['csat', { satisfied: '85', responses: '100' }, 0.85],
  ['press-mentions', { count: '14' }, 14],
  ['campaign-backlinks', { count: '32' }, 32],
  ['launch-day-traffic', { count: '12000' }, 12000],
  ['event-attendees', { count: '250' }, 250],
  ['new-leads', { count: '75' }, 75],
  ['new-members', { count: '40' }, 40],
  ['active-members', { count: '310' }, 310],
  ['post-views', { count: '98000' }, 98000],
];

describe('KPI catalog', () => {
  for (const [id, inputs, expected] of CASES) {
    it(`computes ${id} from ${JSON.stringify(inputs)}`, () => {
      const result = computeKpi(id, inputs);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      if (result.ok) expect(result.value).to.be.closeTo(expected, 1e-12);
    });
  }

  it('has a case above for every built-in KPI', () => {
    const tested = new Set(CASES.map(([id]) => id));
    const untested = listKpis()
      .map((kpi) => kpi.id)
      .filter((id) => !tested.has(id));
    expect(untested).to.deep.equal([]);
  });

  it('names and defines every KPI in English and Dutch', () => {
    for (const kpi of listKpis()) {
      for (const text of [kpi.name, kpi.definition]) {
        expect(text.en.trim(), `${kpi.id} en`).not.to.equal('');
        expect(text.nl.trim(), `${kpi.id} nl`).not.to.equal('');
      }
    }
  });

  it('uses the catalog ids, lower-case and kebab-case', () => {
    for (const kpi of listKpis()) expect(kpi.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const ids = listKpis().map((kpi) => kpi.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('states the better direction and benchmark of the catalog', () => {
    expect(getKpi('cac')?.better).to.equal('lower');
    expect(getKpi('unsubscribe-rate')?.better).to.equal('lower');
    expect(getKpi('roas')?.benchmark).to.include({ min: 3, max: 4 });
    expect(getKpi('open-rate')?.benchmark).to.include({ min: 0.15, max: 0.25 });
    expect(getKpi('email-ctr')?.benchmark).to.include({ min: 0.02, max: 0.05 });
    expect(getKpi('conversion-rate')?.benchmark).to.include({ min: 0.02, max: 0.05 });
    expect(getKpi('ctr')?.benchmark).to.include({ min: 0.005 });
    expect(getKpi('ltv-cac')?.benchmark).to.include({ min: 3 });
  });

  it('finds KPIs case-insensitively and ignores surrounding space', () => {
    expect(getKpi(' ROAS ')?.id).to.equal('roas');
  });

  it('lets a site register its own KPI in the same shape', () => {
    registerKpi({
      id: 'cost-per-install',
      name: { en: 'Cost per install', nl: 'Kosten per installatie' },
      definition: { en: 'Spend divided by installs.', nl: 'Uitgaven gedeeld door installaties.' },
      inputs: [
        { name: 'spend', kind: 'amount' },
        { name: 'installs', kind: 'count' },
      ],
      unit: 'currency',
      better: 'lower',
      formula: ({ spend, installs }, divide) => divide(spend, installs, 'installs'),
    });
    expect(computeKpi('cost-per-install', { spend: '300', installs: '150' })).to.deep.equal({ ok: true, value: 2 });
    expect(computeKpi('cost-per-install', { spend: '300', installs: '0' })).to.deep.include({ ok: false });
  });
});
