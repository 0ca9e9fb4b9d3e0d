import { defineKpi, input, plainCount, quotient, NON_NEGATIVE, SHARE } from './define.js';

const leads = input('leads', 'count');
const visitors = input('visitors', 'count');
const customers = input('customers', 'count');
const conversions = input('conversions', 'count');
const cost = input('cost', 'amount');
const revenue = input('revenue', 'amount');
const mqls = input('mqls', 'count');

export const leadGeneration = [
  quotient({
    id: 'conversion-rate',
    name: { en: 'Conversion rate', nl: 'Conversieratio' },
    definition: {
      en: 'Conversions divided by visitors (or leads).',
      nl: 'Conversies gedeeld door bezoekers (of leads).',
    },
    numerator: conversions,
    denominator: visitors,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
    benchmark: {
      min: 0.02,
      max: 0.05,
      note: {
        en: 'websites; 2 % is average, 3 % a common target; e-commerce 1–4 %',
        nl: 'websites; 2 % is gemiddeld, 3 % een gangbaar doel; e-commerce 1–4 %',
      },
      source: 'Lead generation section of the source articles',
    },
  }),
  plainCount(
    'mql',
    'Marketing qualified leads',
    'Marketing qualified leads',
    'Marketing qualified leads',
    'Marketing qualified leads',
  ),
  plainCount('sql', 'Sales qualified leads', 'Sales qualified leads', 'Sales qualified leads', 'Sales qualified leads'),
  quotient({
    id: 'lead-to-mql',
    name: { en: 'Lead-to-MQL ratio', nl: 'Lead-naar-MQL-ratio' },
    definition: {
      en: 'Marketing qualified leads divided by leads.',
      nl: 'Marketing qualified leads gedeeld door leads.',
    },
    numerator: mqls,
    denominator: leads,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
  quotient({
    id: 'mql-to-sql',
    name: { en: 'MQL-to-SQL ratio', nl: 'MQL-naar-SQL-ratio' },
    definition: {
      en: 'Sales qualified leads divided by marketing qualified leads.',
      nl: 'Sales qualified leads gedeeld door marketing qualified leads.',
    },
    numerator: input('sqls', 'count'),
    denominator: mqls,
    unit: 'percent',
    better: 'higher',
    range: SHARE,
  }),
  quotient({
    id: 'cpl',
    name: { en: 'Cost per lead', nl: 'Kosten per lead' },
    definition: { en: 'Cost divided by the number of leads.', nl: 'Kosten gedeeld door het aantal leads.' },
    numerator: cost,
    denominator: leads,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
    benchmark: {
      min: 10,
      max: 500,
      currency: 'EUR',
      note: { en: '€10–€500, depending on the industry', nl: '€ 10–€ 500, afhankelijk van de branche' },
      source: 'Lead generation section of the source articles',
    },
  }),
  quotient({
    id: 'cpa',
    name: { en: 'Cost per acquisition', nl: 'Kosten per acquisitie' },
    definition: { en: 'Cost divided by the number of conversions.', nl: 'Kosten gedeeld door het aantal conversies.' },
    numerator: cost,
    denominator: conversions,
    unit: 'currency',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'aov',
    name: { en: 'Average order value', nl: 'Gemiddelde bestelwaarde' },
    definition: { en: 'Revenue divided by the number of orders.', nl: 'Omzet gedeeld door het aantal bestellingen.' },
    numerator: revenue,
    denominator: input('orders', 'count'),
    unit: 'currency',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'lead-value',
    name: { en: 'Average lead value', nl: 'Gemiddelde leadwaarde' },
    definition: {
      en: 'Revenue from a lead source divided by the leads it brought in the same period.',
      nl: 'Omzet uit een leadbron gedeeld door de leads uit die bron in dezelfde periode.',
    },
    numerator: input('revenue', 'amount'),
    denominator: leads,
    unit: 'currency',
    better: 'higher',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'leads-per-customer',
    name: { en: 'Leads per customer', nl: 'Leads per klant' },
    definition: {
      en: 'Leads divided by the customers they became.',
      nl: 'Leads gedeeld door de klanten die ze werden.',
    },
    numerator: leads,
    denominator: customers,
    unit: 'number',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  quotient({
    id: 'visitors-per-lead',
    name: { en: 'Visitors per lead', nl: 'Bezoekers per lead' },
    definition: {
      en: 'Visitors divided by the leads they gave.',
      nl: 'Bezoekers gedeeld door de leads die ze opleverden.',
    },
    numerator: visitors,
    denominator: leads,
    unit: 'number',
    better: 'lower',
    range: NON_NEGATIVE,
  }),
  plainCount('leads', 'Leads', 'Aantal leads', 'New leads in the period', 'Nieuwe leads in de periode'),
  plainCount(
    'new-customers',
    'New customers',
    'Nieuwe klanten',
    'Customers won in the period',
    'Klanten die in de periode zijn gewonnen',
  ),
  defineKpi({
    id: 'lead-to-customer-time',
    name: { en: 'Lead-to-customer time', nl: 'Doorlooptijd van lead tot klant' },
    definition: {
      en: 'The average number of days from a lead coming in to it becoming a customer.',
      nl: 'Het gemiddelde aantal dagen van binnenkomende lead tot klant.',
    },
    inputs: [input('days', 'number')],
    unit: 'duration',
    better: 'lower',
    range: NON_NEGATIVE,
    formula: ({ days }) => days,
  }),
];
