import { defineKpi, growth, input, quotient, GROWTH, NON_NEGATIVE } from './define.js';

const spendOnCustomers = input('spend', 'amount');
const customersAcquired = input('customers', 'count');
const arpu = input('arpu', 'amount');
const churn = input('churn', 'rate');

export const leadership = [
  defineKpi({
    id: 'romi',
    name: { en: 'Return on marketing investment', nl: 'Rendement op marketinginvestering' },
    definition: {
      en: 'Revenue attributed to marketing minus marketing spend, divided by marketing spend.',
      nl: 'Omzet toegeschreven aan marketing min de marketinguitgaven, gedeeld door de marketinguitgaven.',
    },
    inputs: [input('revenue', 'amount'), input('spend', 'amount')],
    unit: 'percent',
    better: 'higher',
    range: GROWTH,
    formula: ({ revenue, spend }, divide) => divide(revenue - spend, spend, 'spend'),
  }),
  defineKpi({
    id: 'roi',
    name: { en: 'Return on investment', nl: 'Rendement op investering' },
    definition: {
      en: 'Revenue growth minus organic growth minus spend, divided by spend.',
      nl: 'Omzetgroei min organische groei min de uitgaven, gedeeld door de uitgaven.',
    },
    inputs: [input('revenue-growth', 'signed'), input('spend', 'amount'), input('organic-growth', 'signed', 0)],
    unit: 'percent',
    better: 'higher',
    formula: (v, divide) => divide(v['revenue-growth'] - v['organic-growth'] - v.spend, v.spend, 'spend'),
  }),
  quotient({
    id: 'ltv',
    name: { en: 'Customer lifetime value', nl: 'Levensduurwaarde' },
    definition: {
      en: 'Average monthly revenue per customer divided by the monthly churn rate.',
      nl: 'Gemiddelde maandomzet per klant gedeeld door het maandelijkse klantverloop.',
    },
    numerator: arpu,
    denominator: churn,
    unit: 'currency',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'cac',
    name: { en: 'Customer acquisition cost', nl: 'Klantacquisitiekosten' },
    definition: {
      en: 'All cost of acquiring customers divided by the number of customers acquired.',
      nl: 'Alle kosten om klanten te werven gedeeld door het aantal geworven klanten.',
    },
    numerator: spendOnCustomers,
    denominator: customersAcquired,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
    benchmark: {
      min: 10,
      max: 500,
      currency: 'USD',
      note: {
        en: '$10–$500, depending on the industry and product; B2B about $200',
        nl: '$ 10–$ 500, afhankelijk van branche en product; B2B ongeveer $ 200',
      },
      source: 'WordStream, quoted in the long-form “KPI marketing” guide',
    },
  }),
  defineKpi({
    id: 'ltv-cac',
    name: { en: 'LTV:CAC ratio', nl: 'LTV:CAC-verhouding' },
    definition: {
      en: 'Customer lifetime value divided by customer acquisition cost; either may be given or computed from its own inputs.',
      nl: 'Levensduurwaarde gedeeld door klantacquisitiekosten; elk mag zelf gegeven of uit de eigen invoer berekend worden.',
    },
    inputs: [input('ltv', 'amount'), input('cac', 'amount'), arpu, churn, spendOnCustomers, customersAcquired],
    requires: [
      ['ltv', 'cac'],
      ['arpu', 'churn', 'cac'],
      ['ltv', 'spend', 'customers'],
      ['arpu', 'churn', 'spend', 'customers'],
    ],
    unit: 'ratio',
    better: 'higher',
    range: NON_NEGATIVE,
    benchmark: {
      min: 3,
      note: { en: 'healthy at 3 : 1 or more', nl: 'gezond vanaf 3 : 1' },
      source: 'Leadership section of the source articles',
    },
    // Only the inputs of the alternative that matched are present, hence Partial.
    formula: (v: Partial<Record<'ltv' | 'cac' | 'arpu' | 'churn' | 'spend' | 'customers', number>>, divide) => {
      const ltv = v.ltv ?? divide(v.arpu ?? 0, v.churn ?? 0, 'churn');
      const cac = v.cac ?? divide(v.spend ?? 0, v.customers ?? 0, 'customers');
      return divide(ltv, cac, v.cac === undefined ? 'spend' : 'cac');
    },
  }),
  growth({
    id: 'revenue-growth',
    name: { en: 'Revenue growth', nl: 'Omzetgroei' },
    definition: {
      en: "This period's revenue minus the previous period's, divided by the previous period's.",
      nl: 'De omzet van deze periode min die van de vorige, gedeeld door die van de vorige.',
    },
    current: input('current', 'amount'),
    previous: input('previous', 'amount'),
  }),
  defineKpi({
    id: 'marketing-return',
    name: { en: 'Marketing return', nl: 'Marketingrendement' },
    definition: {
      en: 'Revenue (or lead value) a marketing activity brought minus what it cost, in money: a €400 article that brings €1,000 returns €600.',
      nl: 'Omzet (of leadwaarde) die een marketingactiviteit opleverde min wat die kostte, in geld: een artikel van € 400 dat € 1.000 oplevert, rendeert € 600.',
    },
    inputs: [input('revenue', 'amount'), input('spend', 'amount')],
    unit: 'currency',
    better: 'higher',
    // A loss is a real figure here: no lower bound.
    formula: ({ revenue, spend }) => revenue - spend,
  }),
];
