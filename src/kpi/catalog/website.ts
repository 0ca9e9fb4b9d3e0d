import { input, plainCount, quotient, SHARE } from './define.js';

/** Web analytics: what the articles measure a site by before any lead or sale. */
export const website = [
  plainCount('visitors'),
  quotient({
    id: 'web-bounce-rate',
    numerator: input('bounces', 'count'),
    denominator: input('sessions', 'count'),
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
];
