import { input, plainCount, quotient, SHARE } from './define.js';

/** Web analytics: what the articles measure a site by before any lead or sale. */
export const website = [
  plainCount(
    'visitors',
    'Website visitors',
    'Websitebezoekers',
    'Visits to the website in the period (or unique visitors, labelled as such)',
    'Bezoeken aan de website in de periode (of unieke bezoekers, met dat label)',
  ),
  quotient({
    id: 'web-bounce-rate',
    name: { en: 'Bounce rate (website)', nl: 'Bouncepercentage (website)' },
    definition: {
      en: 'Sessions that left after viewing a single page divided by all sessions.',
      nl: 'Sessies die na het bekijken van slechts één pagina de site verlieten, gedeeld door alle sessies.',
    },
    numerator: input('bounces', 'count'),
    denominator: input('sessions', 'count'),
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
];
