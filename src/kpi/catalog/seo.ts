import { growth, input, quotient, SHARE } from './define.js';

export const seo = [
  growth({
    id: 'backlink-growth',
    current: input('current', 'count'),
    previous: input('previous', 'count'),
  }),
  quotient({
    id: 'organic-ctr',
    numerator: input('clicks', 'count'),
    denominator: input('impressions', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    // A reference figure, not a range: one position's average says nothing of a whole site's CTR.
    benchmark: {
      source: 'SEO section of the source articles (organic CTR at position 1)',
    },
  }),
];
