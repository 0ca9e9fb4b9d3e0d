import { input, quotient, NON_NEGATIVE, SHARE } from './define.js';

const spend = input('spend', 'amount');
const cost = input('cost', 'amount');
const clicks = input('clicks', 'count');
const impressions = input('impressions', 'count');

export const paid = [
  quotient({
    id: 'roas',
    // No typical range: the sources give 3 : 1, 4 : 1 and 10 : 1 as worked examples, not as a norm.
    numerator: input('revenue', 'amount'),
    denominator: spend,
    unit: 'ratio',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'cpc',
    numerator: cost,
    denominator: clicks,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'cpm',
    numerator: spend,
    denominator: impressions,
    scale: 1000,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'ctr',
    numerator: clicks,
    denominator: impressions,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    benchmark: {
      min: 0.005,
      source: 'Paid marketing section of the source articles',
    },
  }),
];
