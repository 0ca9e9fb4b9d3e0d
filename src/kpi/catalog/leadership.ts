import { defineKpi, growth, input, quotient, GROWTH, NON_NEGATIVE } from './define.js';

const spendOnCustomers = input('spend', 'amount');
const customersAcquired = input('customers', 'count');
const arpu = input('arpu', 'amount');
const churn = input('churn', 'rate');

export const leadership = [
  defineKpi({
    id: 'romi',
    inputs: [input('revenue', 'amount'), input('spend', 'amount')],
    unit: 'percent',
    better: 'higher',
    range: GROWTH,
    formula: ({ revenue, spend }, divide) => divide(revenue - spend, spend, 'spend'),
  }),
  defineKpi({
    id: 'roi',
    inputs: [input('revenue-growth', 'signed'), input('spend', 'amount'), input('organic-growth', 'signed', 0)],
    unit: 'percent',
    better: 'higher',
    formula: (v, divide) => divide(v['revenue-growth'] - v['organic-growth'] - v.spend, v.spend, 'spend'),
  }),
  quotient({
    id: 'ltv',
    numerator: arpu,
    denominator: churn,
    unit: 'currency',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'cac',
    numerator: spendOnCustomers,
    denominator: customersAcquired,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
    benchmark: {
      min: 10,
      max: 500,
      currency: 'USD',
      source: 'WordStream, quoted in the long-form “KPI marketing” guide',
    },
  }),
  defineKpi({
    id: 'ltv-cac',
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
    current: input('current', 'amount'),
    previous: input('previous', 'amount'),
  }),
  defineKpi({
    id: 'marketing-return',
    inputs: [input('revenue', 'amount'), input('spend', 'amount')],
    unit: 'currency',
    better: 'higher',
    // A loss is a real figure here: no lower bound.
    formula: ({ revenue, spend }) => revenue - spend,
  }),
];
