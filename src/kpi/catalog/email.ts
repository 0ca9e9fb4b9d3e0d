import { defineKpi, growth, input, quotient, SHARE, stock } from './define.js';

const sent = input('sent', 'count');
const bounces = input('bounces', 'count', 0);

/** A share of the e-mails that reached an inbox: sent minus bounces. */
const perDelivered = <Action extends string>(id: string, action: Action, benchmark: { min: number; max: number }) =>
  defineKpi<Action | 'sent' | 'bounces'>({
    id,
    inputs: [input(action, 'count'), sent, bounces],
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    benchmark: {
      ...benchmark,
      source: 'E-mail section of the source articles',
    },
    formula: (values, divide) => divide(values[action], values.sent - values.bounces, 'sent', 'bounces'),
  });

export const email = [
  growth({
    id: 'subscriber-growth',
    current: stock(input('end', 'count'), 'end'),
    previous: stock(input('start', 'count'), 'start'),
  }),
  perDelivered('open-rate', 'opened', { min: 0.15, max: 0.25 }),
  perDelivered('email-ctr', 'clicked', { min: 0.02, max: 0.05 }),
  quotient({
    id: 'unsubscribe-rate',
    numerator: input('unsubscribes', 'count'),
    denominator: input('delivered', 'count'),
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
  quotient({
    id: 'bounce-rate',
    numerator: input('bounces', 'count'),
    denominator: sent,
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
];
