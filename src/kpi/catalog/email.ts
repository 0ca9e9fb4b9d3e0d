import { defineKpi, growth, input, quotient, SHARE } from './define.js';

const sent = input('sent', 'count');
const bounces = input('bounces', 'count', 0);

/** A share of the e-mails that reached an inbox: sent minus bounces. */
const perDelivered = (
  id: string,
  en: string,
  nl: string,
  action: { en: string; nl: string },
  benchmark: { min: number; max: number },
) =>
  defineKpi({
    id,
    name: { en, nl },
    definition: {
      en: `E-mails ${action.en} divided by e-mails delivered (sent minus bounces).`,
      nl: `E-mails ${action.nl} gedeeld door afgeleverde e-mails (verzonden min bounces).`,
    },
    inputs: [input(action.en, 'count'), sent, bounces],
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    benchmark: {
      ...benchmark,
      note: { en: 'usual', nl: 'gebruikelijk' },
      source: 'E-mail section of the source articles',
    },
    formula: (values, divide) => divide(values[action.en], values.sent - values.bounces, 'sent', 'bounces'),
  });

export const email = [
  growth({
    id: 'subscriber-growth',
    name: { en: 'Subscriber growth rate', nl: 'Abonnee groeipercentage' },
    definition: {
      en: 'Subscribers at the end minus those at the start, divided by those at the start.',
      nl: 'Abonnees aan het eind min die aan het begin, gedeeld door die aan het begin.',
    },
    current: input('end', 'count'),
    previous: input('start', 'count'),
  }),
  perDelivered('open-rate', 'Open rate', 'Openratio', { en: 'opened', nl: 'geopend' }, { min: 0.15, max: 0.25 }),
  perDelivered(
    'email-ctr',
    'Click-through rate',
    'Klikfrequentie',
    { en: 'clicked', nl: 'aangeklikt' },
    { min: 0.02, max: 0.05 },
  ),
  quotient({
    id: 'unsubscribe-rate',
    name: { en: 'Unsubscribe rate', nl: 'Uitschrijfpercentage' },
    definition: {
      en: 'Unsubscribes divided by e-mails delivered.',
      nl: 'Uitschrijvingen gedeeld door afgeleverde e-mails.',
    },
    numerator: input('unsubscribes', 'count'),
    denominator: input('delivered', 'count'),
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
  quotient({
    id: 'bounce-rate',
    name: { en: 'E-mail bounce rate', nl: 'E-mailbouncepercentage' },
    definition: {
      en: 'E-mails that bounced divided by e-mails sent.',
      nl: 'Gebouncete e-mails gedeeld door verzonden e-mails.',
    },
    numerator: input('bounces', 'count'),
    denominator: sent,
    unit: 'percent',
    better: 'lower',
    range: SHARE,
  }),
];
