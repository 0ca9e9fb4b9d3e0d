import { expect } from '@open-wc/testing';
import { packedWords } from '../helpers/packs.js';
import {
  CATEGORIES,
  categoryName,
  computeKpi,
  getKpi,
  KPI_IDS,
  kpiWords,
  languages,
  listKpis,
  registerKpi,
} from '../../src/kpi/index.js';

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
  ['visitors', { count: '19400' }, 19400],
  ['web-bounce-rate', { bounces: '420', sessions: '1000' }, 0.42],
  ['leads', { count: '60' }, 60],
  ['new-customers', { count: '12' }, 12],
  ['lead-to-customer-time', { days: '30' }, 30],
  ['revenue-growth', { current: '115000', previous: '100000' }, 0.15],
  ['marketing-return', { revenue: '1000', spend: '400' }, 600],
  ['marketing-return', { revenue: '100', spend: '400' }, -300],
];

/**
 * Every benchmark the kit shows, as `../shared/kpi-catalog.md` (the source articles) gives it. A
 * benchmark added to the code without a line here, or changed from the catalog's figures, fails.
 */
const BENCHMARKS: Record<string, { min?: number; max?: number; currency?: string; mentions: readonly string[] }> = {
  'ltv-cac': { min: 3, mentions: ['healthy'] },
  cac: { min: 10, max: 500, currency: 'USD', mentions: ['industry and product', 'B2B about $200'] },
  'conversion-rate': { min: 0.02, max: 0.05, mentions: ['2% is average', '3%', 'e-commerce 1%–4%'] },
  cpl: { min: 10, max: 500, currency: 'EUR', mentions: ['industry'] },
  'engagement-rate': { min: 0.01, max: 0.05, mentions: ['healthy'] },
  'organic-ctr': { mentions: ['31.7%'] },
  'open-rate': { min: 0.15, max: 0.25, mentions: ['e-mail'] },
  'email-ctr': { min: 0.02, max: 0.05, mentions: ['e-mail'] },
  ctr: { min: 0.005, mentions: ['display ads', 'quality target', '0.2%'] },
};

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

  it('defines exactly the KPIs the locale packs word', () => {
    expect(listKpis().map((kpi) => kpi.id)).to.deep.equal([...KPI_IDS]);
  });

  it('names and defines every KPI in every language, a benchmark note where there is a benchmark', () => {
    for (const lang of languages()) {
      for (const kpi of listKpis()) {
        const words = kpiWords(kpi, lang);
        expect(words.name.trim(), `${kpi.id} ${lang}`).not.to.equal('');
        expect(words.name, `${kpi.id} ${lang} is named, not shown by its id`).not.to.equal(kpi.id);
        expect(words.definition?.trim(), `${kpi.id} ${lang}`).to.be.a('string').and.not.to.equal('');
        expect(words.benchmark === undefined, `${kpi.id} ${lang} benchmark note`).to.equal(!kpi.benchmark);
      }
    }
  });

  it('puts every built-in KPI in a part of marketing, and names every part in every language', () => {
    const parts = new Set(listKpis().map((kpi) => kpi.category));
    expect([...parts]).to.deep.equal([...CATEGORIES]);
    expect(getKpi('open-rate')?.category).to.equal('email');
    expect(getKpi('press-mentions')?.category).to.equal('community');
    for (const lang of languages()) {
      const names = CATEGORIES.map((category) => categoryName(category, lang));
      for (const name of names) expect(name.trim(), lang).not.to.equal('');
      expect(new Set(names).size, `${lang} names each part apart`).to.equal(names.length);
    }
  });

  it('uses the catalog ids, lower-case and kebab-case', () => {
    for (const kpi of listKpis()) expect(kpi.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const ids = listKpis().map((kpi) => kpi.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('states the better direction of the catalog', () => {
    const lower = listKpis().filter((kpi) => kpi.better === 'lower');
    expect(lower.map((kpi) => kpi.id)).to.deep.equal([
      'cac',
      'web-bounce-rate',
      'cpl',
      'cpa',
      'leads-per-customer',
      'visitors-per-lead',
      'lead-to-customer-time',
      'unsubscribe-rate',
      'bounce-rate',
      'cpc',
      'cpm',
      'churn-rate',
    ]);
  });

  it('shows only the benchmarks the source articles give, each with its source', () => {
    const shown = listKpis().filter((kpi) => kpi.benchmark);
    expect(shown.map((kpi) => kpi.id).sort()).to.deep.equal(Object.keys(BENCHMARKS).sort());
    for (const kpi of shown) {
      const { min, max, currency, source } = kpi.benchmark ?? {};
      const note = kpiWords(kpi, 'en').benchmark ?? '';
      const expected = BENCHMARKS[kpi.id];
      expect({ min, max, currency }, kpi.id).to.deep.equal({
        min: expected?.min,
        max: expected?.max,
        currency: expected?.currency,
      });
      for (const mention of expected?.mentions ?? []) expect(note, kpi.id).to.contain(mention);
      expect(source ?? '', `${kpi.id} source`).not.to.equal('');
    }
  });

  it('quotes no range for ROAS: the sources give 3 : 1, 4 : 1 and 10 : 1 only as examples', () => {
    expect(getKpi('roas')?.benchmark).to.equal(undefined);
  });

  it('names the e-mail bounce rate as an e-mail KPI, apart from the website one', () => {
    const name = (id: string, lang: string) =>
      kpiWords(getKpi(id) ?? { id, inputs: [], unit: 'percent', better: 'lower', formula: () => 0 }, lang).name;
    expect([name('bounce-rate', 'en'), name('bounce-rate', 'nl')]).to.deep.equal([
      'E-mail bounce rate',
      'Bouncepercentage (e-mail)',
    ]);
    expect(name('web-bounce-rate', 'nl')).to.equal('Bouncepercentage (website)');
    expect(getKpi('web-bounce-rate')?.better).to.equal('lower');
  });

  it('counts post views with interactions, as the article defines them', () => {
    expect(packedWords('en', 'post-views').definition).to.contain('interactions');
  });

  it('gives the lead-to-customer time in days, lower being better', () => {
    expect(getKpi('lead-to-customer-time')).to.deep.include({ unit: 'duration', better: 'lower' });
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
