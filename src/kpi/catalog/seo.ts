import { growth, input, quotient, SHARE } from './define.js';

export const seo = [
  growth({
    id: 'backlink-growth',
    name: { en: 'Backlink growth', nl: 'Backlink-groei' },
    definition: {
      en: "This period's backlinks minus the previous period's, divided by the previous period's.",
      nl: 'De backlinks van deze periode min die van de vorige, gedeeld door die van de vorige.',
    },
    current: input('current', 'count'),
    previous: input('previous', 'count'),
  }),
  quotient({
    id: 'organic-ctr',
    name: { en: 'Organic click-through rate', nl: 'Organische klikfrequentie' },
    definition: {
      en: 'Clicks from search results divided by impressions in search results.',
      nl: 'Kliks vanuit zoekresultaten gedeeld door vertoningen in zoekresultaten.',
    },
    numerator: input('clicks', 'count'),
    denominator: input('impressions', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    // A reference figure, not a range: one position's average says nothing of a whole site's CTR.
    benchmark: {
      note: {
        en: 'the first search result gets about 31.7 % of clicks',
        nl: 'het eerste zoekresultaat krijgt ongeveer 31,7 % van de klikken',
      },
      source: 'SEO section of the source articles (organic CTR at position 1)',
    },
  }),
];
