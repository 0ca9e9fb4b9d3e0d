import { defineKpi, growth, input, quotient, NON_NEGATIVE } from './define.js';

export const content = [
  growth({
    id: 'traffic-growth',
    name: { en: 'Traffic growth', nl: 'Verkeersgroei' },
    definition: {
      en: "This period's traffic minus the previous period's, divided by the previous period's.",
      nl: 'Het verkeer van deze periode min dat van de vorige, gedeeld door dat van de vorige.',
    },
    current: input('current', 'count'),
    previous: input('previous', 'count'),
  }),
  quotient({
    id: 'publishing-frequency',
    name: { en: 'Publishing frequency', nl: 'Publicatiefrequentie' },
    definition: {
      en: 'Pieces of content published divided by the number of periods.',
      nl: 'Aantal gepubliceerde stukken gedeeld door het aantal perioden.',
    },
    numerator: input('pieces', 'count'),
    denominator: input('periods', 'number'),
    unit: 'number',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  defineKpi({
    id: 'first-30-days-traffic',
    name: { en: 'First 30 days traffic', nl: 'Eerste 30 dagen verkeer' },
    definition: {
      en: 'Visitors a piece of content drew in its first 30 days: a plain count.',
      nl: 'Bezoekers die een stuk content in de eerste 30 dagen trok: een telling.',
    },
    inputs: [input('visitors', 'count')],
    unit: 'count',
    better: 'higher',
    range: NON_NEGATIVE,
    formula: ({ visitors }) => visitors,
  }),
];
