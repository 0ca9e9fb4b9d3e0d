import { defineKpi, input, quotient, NON_NEGATIVE, SHARE } from './define.js';

/** A total over every platform, given one count per platform. */
const perPlatformSum = (id: string) =>
  defineKpi({
    id,
    inputs: [{ ...input('counts', 'count'), list: true }],
    unit: 'count',
    better: 'higher',
    range: NON_NEGATIVE,
    formula: ({ counts }) => counts,
  });

export const social = [
  perPlatformSum('followers'),
  perPlatformSum('impressions'),
  quotient({
    id: 'follower-growth',
    numerator: input('new', 'count'),
    denominator: input('start', 'count'),
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
