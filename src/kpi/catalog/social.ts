import { defineKpi, input, quotient, NON_NEGATIVE, SHARE, stock } from './define.js';

/** A total over every platform, given one count per platform: followers are a stock, impressions a flow. */
const perPlatformSum = (id: string, measure: 'flow' | 'stock') =>
  defineKpi({
    id,
    inputs: [
      measure === 'stock'
        ? stock({ ...input('counts', 'count'), list: true }, 'end')
        : { ...input('counts', 'count'), list: true },
    ],
    unit: 'count',
    better: 'higher',
    range: NON_NEGATIVE,
    formula: ({ counts }) => counts,
  });

export const social = [
  perPlatformSum('followers', 'stock'),
  perPlatformSum('impressions', 'flow'),
  quotient({
    id: 'follower-growth',
    numerator: input('new', 'count'),
    denominator: stock(input('start', 'count'), 'start'),
    unit: 'percent',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'engagement-rate',
    numerator: input('interactions', 'count'),
    denominator: input('reach', 'count'),
    unit: 'percent',
    better: 'higher',
    range: NON_NEGATIVE,
    benchmark: {
      min: 0.01,
      max: 0.05,
      source: 'Social media section of the source articles',
    },
  }),
  quotient({
    id: 'share-of-voice',
    numerator: input('own', 'count'),
    denominator: input('total', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
];
