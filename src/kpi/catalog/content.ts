import { defineKpi, growth, input, quotient, NON_NEGATIVE } from './define.js';

export const content = [
  growth({
    id: 'traffic-growth',
    current: input('current', 'count'),
    previous: input('previous', 'count'),
  }),
  quotient({
    id: 'publishing-frequency',
    numerator: input('pieces', 'count'),
    denominator: input('periods', 'number'),
    unit: 'number',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  defineKpi({
    id: 'first-30-days-traffic',
    inputs: [input('visitors', 'count')],
    unit: 'count',
    better: 'higher',
    range: NON_NEGATIVE,
    formula: ({ visitors }) => visitors,
  }),
];
