import { defineKpi, input, quotient, NON_NEGATIVE, SHARE } from './define.js';

const perPlatformSum = (id: string, en: string, nl: string, thingEn: string, thingNl: string) =>
  defineKpi({
    id,
    name: { en, nl },
    definition: { en: `The sum of ${thingEn} over all platforms.`, nl: `De som van ${thingNl} over alle platforms.` },
    inputs: [{ ...input('counts', 'count'), list: true }],
    unit: 'count',
    better: 'higher',
    range: NON_NEGATIVE,
    formula: ({ counts }) => counts,
  });

export const social = [
  perPlatformSum('followers', 'Total followers', 'Totaal aantal volgers', 'followers', 'volgers'),
  perPlatformSum('impressions', 'Total impressions', 'Totaal aantal vertoningen', 'impressions', 'vertoningen'),
  quotient({
    id: 'follower-growth',
    name: { en: 'Follower growth rate', nl: 'Groeipercentage volgers' },
    definition: {
      en: 'Followers gained divided by followers at the start of the period.',
      nl: 'Gewonnen volgers gedeeld door het aantal volgers aan het begin van de periode.',
    },
    numerator: input('new', 'count'),
    denominator: input('start', 'count'),
    unit: 'percent',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'engagement-rate',
    name: { en: 'Engagement rate', nl: 'Betrokkenheidspercentage' },
    definition: {
      en: 'Interactions (likes, comments, shares, saves) divided by reach (or followers).',
      nl: 'Interacties (likes, reacties, shares, opslagen) gedeeld door bereik (of volgers).',
    },
    numerator: input('interactions', 'count'),
    denominator: input('reach', 'count'),
    unit: 'percent',
    better: 'higher',
    range: NON_NEGATIVE,
    benchmark: {
      min: 0.01,
      max: 0.05,
      note: { en: 'healthy', nl: 'gezond' },
      source: 'Social media section of the source articles',
    },
  }),
  quotient({
    id: 'share-of-voice',
    name: { en: 'Share of voice', nl: 'Share of voice' },
    definition: {
      en: 'Your mentions (or clicks) divided by those of the whole market.',
      nl: 'Jouw vermeldingen (of kliks) gedeeld door die van de hele markt.',
    },
    numerator: input('own', 'count'),
    denominator: input('total', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
];
