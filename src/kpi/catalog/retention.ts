import { defineKpi, input, quotient, SHARE, stock } from './define.js';

/** Customers at the start of the period, and at its end: stocks, never summed over days. */
const start = stock(input('start', 'count'), 'start');
const end = stock(input('end', 'count'), 'end');

/** Score 9–10 is a promoter, 7–8 passive, 0–6 a detractor. */
const npsFromAnswers = (answers: readonly number[], divide: (n: number, d: number, ...f: string[]) => number) => {
  const promoters = answers.filter((answer) => answer >= 9).length;
  const detractors = answers.filter((answer) => answer <= 6).length;
  return divide((promoters - detractors) * 100, answers.length, 'scores');
};

export const retention = [
  quotient({
    id: 'churn-rate',
    numerator: input('lost', 'count'),
    denominator: start,
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
  defineKpi({
    id: 'retention-rate',
    inputs: [end, input('new', 'count'), start],
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    formula: (v, divide) => divide(v.end - v.new, v.start, 'start'),
  }),
  quotient({
    id: 'repeat-purchase-rate',
    numerator: input('repeat', 'count'),
    denominator: input('customers', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
  defineKpi({
    id: 'nps',
    inputs: [
      input('promoters', 'count'),
      input('passives', 'count'),
      input('detractors', 'count'),
      { ...input('scores', 'answer'), list: true },
    ],
    requires: [['promoters', 'passives', 'detractors'], ['scores']],
    unit: 'score',
    better: 'higher',
    range: { min: -100, max: 100 },
    formula: (v, divide, lists) =>
      'scores' in lists
        ? npsFromAnswers(lists.scores, divide)
        : divide(
            (v.promoters - v.detractors) * 100,
            v.promoters + v.passives + v.detractors,
            'promoters',
            'passives',
            'detractors',
          ),
  }),
  quotient({
    id: 'csat',
    numerator: input('satisfied', 'count'),
    denominator: input('responses', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
];
