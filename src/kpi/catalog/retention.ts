import { defineKpi, input, quotient, SHARE } from './define.js';

const start = input('start', 'count');

/** Score 9–10 is a promoter, 7–8 passive, 0–6 a detractor. */
const npsFromAnswers = (answers: readonly number[], divide: (n: number, d: number, ...f: string[]) => number) => {
  const promoters = answers.filter((answer) => answer >= 9).length;
  const detractors = answers.filter((answer) => answer <= 6).length;
  return divide((promoters - detractors) * 100, answers.length, 'scores');
};

export const retention = [
  quotient({
    id: 'churn-rate',
    name: { en: 'Churn rate', nl: 'Klantverloop' },
    definition: {
      en: 'Customers lost divided by customers at the start of the period.',
      nl: 'Verloren klanten gedeeld door het aantal klanten aan het begin van de periode.',
    },
    numerator: input('lost', 'count'),
    denominator: start,
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
  defineKpi({
    id: 'retention-rate',
    name: { en: 'Customer retention rate', nl: 'Klantbehoudpercentage' },
    definition: {
      en: 'Customers at the end minus new customers, divided by customers at the start.',
      nl: 'Klanten aan het eind min nieuwe klanten, gedeeld door klanten aan het begin.',
    },
    inputs: [input('end', 'count'), input('new', 'count'), start],
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    formula: (v, divide) => divide(v.end - v.new, v.start, 'start'),
  }),
  quotient({
    id: 'repeat-purchase-rate',
    name: { en: 'Repeat purchase rate', nl: 'Herhaalaankooppercentage' },
    definition: {
      en: 'Customers with more than one purchase divided by all customers.',
      nl: 'Klanten met meer dan één aankoop gedeeld door alle klanten.',
    },
    numerator: input('repeat', 'count'),
    denominator: input('customers', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
  defineKpi({
    id: 'nps',
    name: { en: 'Net Promoter Score', nl: 'Net Promoter Score' },
    definition: {
      en: 'Percentage of promoters (9–10) minus percentage of detractors (0–6), from −100 to +100.',
      nl: 'Percentage promotors (9–10) min percentage criticasters (0–6), van −100 tot +100.',
    },
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
    name: { en: 'Customer satisfaction score', nl: 'Klanttevredenheidsscore' },
    definition: {
      en: 'Satisfied responses divided by all responses.',
      nl: 'Tevreden antwoorden gedeeld door alle antwoorden.',
    },
    numerator: input('satisfied', 'count'),
    denominator: input('responses', 'count'),
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
];
