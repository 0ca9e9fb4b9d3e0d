import type { KpiId } from '../../catalog/ids.js';
import type { KpiNotes } from '../pack.js';

/**
 * Every built-in KPI's definition (its formula in words) and benchmark note. A card downloads them
 * when it shows its benchmark or opens its definition: most pages never need them.
 */
export const notes: Readonly<Record<KpiId, KpiNotes>> = {
  romi: {
    definition: 'Revenue attributed to marketing minus marketing spend, divided by marketing spend.',
  },
  roi: {
    definition: 'Revenue growth minus organic growth minus spend, divided by spend.',
  },
  ltv: {
    definition: 'Average monthly revenue per customer divided by the monthly churn rate.',
  },
  cac: {
    definition: 'All cost of acquiring customers divided by the number of customers acquired.',
    benchmark: 'depending on the industry and product; B2B about $200',
  },
  'ltv-cac': {
    definition:
      'Customer lifetime value divided by customer acquisition cost; either may be given or computed from its own inputs.',
    benchmark: 'healthy',
  },
  'revenue-growth': {
    definition: "This period's revenue minus the previous period's, divided by the previous period's.",
  },
  'marketing-return': {
    definition:
      'Revenue (or lead value) a marketing activity brought minus what it cost, in money: a €400 article that brings €1,000 returns €600.',
  },
  visitors: {
    definition: 'The number of visits to the website in the period (or of unique visitors, if the label says so).',
  },
  'web-bounce-rate': {
    definition: 'Sessions that left after viewing a single page divided by all sessions.',
  },
  'traffic-growth': {
    definition: "This period's traffic minus the previous period's, divided by the previous period's.",
  },
  'publishing-frequency': {
    definition: 'Pieces of content published divided by the number of periods.',
  },
  'first-30-days-traffic': {
    definition: 'The number of visitors a piece of content drew in its first 30 days.',
  },
  'conversion-rate': {
    definition: 'Conversions divided by visitors (or leads).',
    benchmark: 'websites; 2% is average, 3% a common target; e-commerce 1%–4%',
  },
  mql: {
    definition: 'The number of marketing qualified leads (MQLs).',
  },
  sql: {
    definition: 'The number of sales qualified leads (SQLs).',
  },
  'lead-to-mql': {
    definition: 'Marketing qualified leads divided by leads.',
  },
  'mql-to-sql': {
    definition: 'Sales qualified leads divided by marketing qualified leads.',
  },
  cpl: {
    definition: 'Cost divided by the number of leads.',
    benchmark: 'depending on the industry',
  },
  cpa: {
    definition: 'Cost divided by the number of conversions.',
  },
  aov: {
    definition: 'Revenue divided by the number of orders.',
  },
  'lead-value': {
    definition: 'Revenue from a lead source divided by the leads it brought in the same period.',
  },
  'leads-per-customer': {
    definition: 'Leads divided by the customers they became.',
  },
  'visitors-per-lead': {
    definition: 'Visitors divided by the leads they gave.',
  },
  leads: {
    definition: 'The number of new leads in the period.',
  },
  'new-customers': {
    definition: 'The number of customers won in the period.',
  },
  'lead-to-customer-time': {
    definition: 'The average number of days from a lead coming in to it becoming a customer.',
  },
  followers: {
    definition: 'The number of followers on all platforms together.',
  },
  impressions: {
    definition: 'The number of impressions on all platforms together.',
  },
  'follower-growth': {
    definition: 'Followers gained divided by followers at the start of the period.',
  },
  'engagement-rate': {
    definition: 'Interactions (likes, comments, shares, saves) divided by reach (or followers).',
    benchmark: 'a healthy rate on social media',
  },
  'share-of-voice': {
    definition: 'Your mentions (or clicks) divided by those of the whole market.',
  },
  'backlink-growth': {
    definition: "This period's backlinks minus the previous period's, divided by the previous period's.",
  },
  'organic-ctr': {
    definition: 'Clicks from search results divided by impressions in search results.',
    benchmark: 'the first search result gets about 31.7% of clicks',
  },
  'subscriber-growth': {
    definition: 'Subscribers at the end minus those at the start, divided by those at the start.',
  },
  'open-rate': {
    definition: 'E-mails opened divided by e-mails delivered (sent minus bounces).',
    benchmark: 'e-mail campaigns',
  },
  'email-ctr': {
    definition: 'E-mails clicked divided by e-mails delivered (sent minus bounces).',
    benchmark: 'e-mail campaigns',
  },
  'unsubscribe-rate': {
    definition: 'Unsubscribes divided by e-mails delivered.',
  },
  'bounce-rate': {
    definition: 'E-mails that bounced divided by e-mails sent.',
  },
  roas: {
    definition: 'Total conversion value from ads divided by ad spend: $10 earned for every $1 of ads is 10 : 1.',
  },
  cpc: {
    definition: 'Ad cost divided by clicks.',
  },
  cpm: {
    definition: 'Ad spend divided by impressions, times 1,000.',
  },
  ctr: {
    definition: 'Ad clicks divided by ad impressions.',
    benchmark: 'display ads, as a quality target; banners about 0.2%',
  },
  'churn-rate': {
    definition: 'Customers lost divided by customers at the start of the period.',
  },
  'retention-rate': {
    definition: 'Customers at the end minus new customers, divided by customers at the start.',
  },
  'repeat-purchase-rate': {
    definition: 'Customers with more than one purchase divided by all customers.',
  },
  nps: {
    definition: 'Percentage of promoters (9–10) minus percentage of detractors (0–6), from −100 to +100.',
  },
  csat: {
    definition: 'Satisfied responses divided by all responses.',
  },
  'press-mentions': {
    definition: 'The number of mentions in the press.',
  },
  'campaign-backlinks': {
    definition: 'The number of backlinks a campaign earned.',
  },
  'launch-day-traffic': {
    definition: 'The number of visitors on launch day.',
  },
  'event-attendees': {
    definition: 'The number of people who attended the event.',
  },
  'new-leads': {
    definition: 'The number of new sales leads.',
  },
  'new-members': {
    definition: 'The number of new community members.',
  },
  'active-members': {
    definition: 'The number of members active in the last 30 days.',
  },
  'post-views': {
    definition: 'All views of and interactions with your posts.',
  },
};
