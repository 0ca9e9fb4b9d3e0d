import type { InputKind, KpiDefinition } from '../../src/kpi/index.js';

/**
 * Realistic inputs for each built-in KPI's example card, as attribute text. Pure data: the
 * catalog page computes each one with the engine, so a wrong example shows its error, not a number.
 */
const EXAMPLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  romi: { revenue: '48000', spend: '12000' },
  roi: { 'revenue-growth': '30000', spend: '10000', 'organic-growth': '5000' },
  ltv: { arpu: '50', churn: '4%' },
  cac: { spend: '18000', customers: '100' },
  'ltv-cac': { ltv: '1250', cac: '200' },
  'traffic-growth': { current: '664234', previous: '645286' },
  'publishing-frequency': { pieces: '24', periods: '12' },
  'first-30-days-traffic': { visitors: '4800' },
  'conversion-rate': { conversions: '36', visitors: '1200' },
  mql: { count: '200' },
  sql: { count: '80' },
  'lead-to-mql': { mqls: '200', leads: '500' },
  'mql-to-sql': { sqls: '80', mqls: '200' },
  cpl: { cost: '5000', leads: '100' },
  cpa: { cost: '2500', conversions: '40' },
  aov: { revenue: '24000', orders: '320' },
  'lead-value': { revenue: '1800', leads: '6' },
  'leads-per-customer': { leads: '500', customers: '20' },
  'visitors-per-lead': { visitors: '2000', leads: '100' },
  followers: { counts: '12400,8300,2100' },
  impressions: { counts: '182000,96000,41000' },
  'follower-growth': { new: '450', start: '9000' },
  'engagement-rate': { interactions: '840', reach: '21000' },
  'share-of-voice': { own: '320', total: '1600' },
  'backlink-growth': { current: '1380', previous: '1200' },
  'organic-ctr': { clicks: '2400', impressions: '80000' },
  'subscriber-growth': { end: '10800', start: '10000' },
  'open-rate': { opened: '4200', sent: '20000', bounces: '400' },
  'email-ctr': { clicked: '560', sent: '20000', bounces: '400' },
  'unsubscribe-rate': { unsubscribes: '48', delivered: '19600' },
  'bounce-rate': { bounces: '400', sent: '20000' },
  roas: { revenue: '12000', spend: '3000' },
  cpc: { cost: '1500', clicks: '3000' },
  cpm: { spend: '1500', impressions: '250000' },
  ctr: { clicks: '3000', impressions: '250000' },
  'churn-rate': { lost: '18', start: '1200' },
  'retention-rate': { end: '1150', new: '100', start: '1200' },
  'repeat-purchase-rate': { repeat: '270', customers: '1000' },
  nps: { promoters: '60', passives: '25', detractors: '15' },
  csat: { satisfied: '430', responses: '500' },
  'press-mentions': { count: '14' },
  'campaign-backlinks': { count: '36' },
  'launch-day-traffic': { count: '5200' },
  'event-attendees': { count: '448' },
  'new-leads': { count: '480' },
  'new-members': { count: '120' },
  'active-members': { count: '2300' },
  'post-views': { count: '15800' },
  visitors: { count: '19400' },
  'web-bounce-rate': { bounces: '5200', sessions: '12400' },
  leads: { count: '640' },
  'new-customers': { count: '32' },
  'lead-to-customer-time': { days: '30' },
  'revenue-growth': { current: '115000', previous: '100000' },
  'marketing-return': { revenue: '1000', spend: '400' },
};

/** A plausible value per input kind, for KPIs a site registers itself. */
const BY_KIND: Readonly<Record<InputKind, string>> = {
  count: '100',
  amount: '1000',
  signed: '500',
  rate: '5%',
  number: '10',
  answer: '9,10,8,7,10',
  percent: '12.5%',
};

/** Example inputs for a KPI: the hand-picked ones, else one value per required input of the first input set. */
export const exampleInputs = (kpi: KpiDefinition): Readonly<Record<string, string>> => {
  const known = EXAMPLES[kpi.id];
  if (known) return known;
  const needed = kpi.requires?.[0] ?? kpi.inputs.filter((input) => input.default === undefined).map(({ name }) => name);
  return Object.fromEntries(
    kpi.inputs
      .filter((input) => needed.includes(input.name))
      .map((input) => [input.name, input.list && input.kind !== 'answer' ? '120,340,80' : BY_KIND[input.kind]]),
  );
};
