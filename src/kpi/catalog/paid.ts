import { input, quotient, NON_NEGATIVE, SHARE } from './define.js';

const spend = input('spend', 'amount');
const cost = input('cost', 'amount');
const clicks = input('clicks', 'count');
const impressions = input('impressions', 'count');

export const paid = [
  quotient({
    id: 'roas',
    name: { en: 'Return on ad spend', nl: 'Rendement op advertentie-uitgaven' },
    // No typical range: the sources give 3 : 1, 4 : 1 and 10 : 1 as worked examples, not as a norm.
    definition: {
      en: 'Total conversion value from ads divided by ad spend: $10 earned for every $1 of ads is 10 : 1.',
      nl: 'Totale conversiewaarde uit advertenties gedeeld door de advertentie-uitgaven: € 10 omzet per € 1 advertentiegeld is 10 : 1.',
    },
    numerator: input('revenue', 'amount'),
    denominator: spend,
    unit: 'ratio',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'cpc',
    name: { en: 'Cost per click', nl: 'Kosten per klik' },
    definition: { en: 'Ad cost divided by clicks.', nl: 'Advertentiekosten gedeeld door kliks.' },
    numerator: cost,
    denominator: clicks,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'cpm',
    name: { en: 'Cost per mille', nl: 'Kosten per duizend vertoningen' },
    definition: {
      en: 'Ad spend divided by impressions, times 1,000.',
      nl: 'Advertentie-uitgaven gedeeld door vertoningen, maal 1.000.',
    },
    numerator: spend,
    denominator: impressions,
    scale: 1000,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'ctr',
    name: { en: 'Click-through rate', nl: 'Klikfrequentie' },
    definition: { en: 'Ad clicks divided by ad impressions.', nl: 'Kliks op advertenties gedeeld door vertoningen.' },
    numerator: clicks,
    denominator: impressions,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    benchmark: {
      min: 0.005,
      note: {
        en: 'display ads: above 0.5 % as a quality target; banners about 0.2 %',
        nl: 'display-advertenties: boven 0,5 % als kwaliteitsdoel; banners ongeveer 0,2 %',
      },
      source: 'Paid marketing section of the source articles',
    },
  }),
];
