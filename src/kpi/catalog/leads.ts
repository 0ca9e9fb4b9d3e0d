import { defineKpi, input, plainCount, quotient, NON_NEGATIVE, SHARE } from './define.js';

const leads = input('leads', 'count');
const visitors = input('visitors', 'count');
const customers = input('customers', 'count');
const conversions = input('conversions', 'count');
const cost = input('cost', 'amount');
const revenue = input('revenue', 'amount');
const mqls = input('mqls', 'count');

export const leadGeneration = [
  quotient({
    id: 'conversion-rate',
    numerator: conversions,
    denominator: visitors,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    benchmark: {
      min: 0.02,
      max: 0.05,
      source: 'Lead generation section of the source articles',
    },
  }),
  plainCount('mql'),
  plainCount('sql'),
  quotient({
    id: 'lead-to-mql',
    numerator: mqls,
    denominator: leads,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
  quotient({
    id: 'mql-to-sql',
    numerator: input('sqls', 'count'),
    denominator: mqls,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
  quotient({
    id: 'cpl',
    numerator: cost,
    denominator: leads,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
    benchmark: {
      min: 10,
      max: 500,
      currency: 'EUR',
      source: 'Lead generation section of the source articles',
    },
  }),
  quotient({
    id: 'cpa',
    numerator: cost,
    denominator: conversions,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'aov',
    numerator: revenue,
    denominator: input('orders', 'count'),
    unit: 'currency',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'lead-value',
    numerator: input('revenue', 'amount'),
    denominator: leads,
    unit: 'currency',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'leads-per-customer',
    numerator: leads,
    denominator: customers,
    unit: 'number',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'visitors-per-lead',
    numerator: visitors,
    denominator: leads,
    unit: 'number',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  plainCount('leads'),
  plainCount('new-customers'),
  defineKpi({
    id: 'lead-to-customer-time',
    inputs: [input('days', 'number')],
    unit: 'duration',
    better: 'lower',
    range: NON_NEGATIVE,
    formula: ({ days }) => days,
  }),
];
