import type { KpiDefinition } from '../../src/kpi/index.js';

/** A section of the catalog page: what a marketer looks under, and the KPIs in it, in catalog order. */
export interface CatalogGroup {
  readonly id: string;
  readonly title: string;
  readonly kpis: readonly string[];
}

/**
 * The built-in KPIs by the part of marketing they measure, as the engine's catalog files group
 * them (src/kpi/catalog/*.ts). The engine does not export its groups, so the docs name them here; a
 * test checks every built-in KPI is in exactly one.
 */
export const CATALOG_GROUPS: readonly CatalogGroup[] = [
  {
    id: 'revenue',
    title: 'Revenue and return',
    kpis: ['romi', 'roi', 'ltv', 'cac', 'ltv-cac', 'revenue-growth', 'marketing-return'],
  },
  { id: 'website', title: 'Website', kpis: ['visitors', 'web-bounce-rate'] },
  { id: 'content', title: 'Content', kpis: ['traffic-growth', 'publishing-frequency', 'first-30-days-traffic'] },
  {
    id: 'leads',
    title: 'Leads and sales',
    kpis: [
      'conversion-rate',
      'mql',
      'sql',
      'lead-to-mql',
      'mql-to-sql',
      'cpl',
      'cpa',
      'aov',
      'lead-value',
      'leads-per-customer',
      'visitors-per-lead',
      'leads',
      'new-customers',
      'lead-to-customer-time',
    ],
  },
  {
    id: 'social',
    title: 'Social media',
    kpis: ['followers', 'impressions', 'follower-growth', 'engagement-rate', 'share-of-voice'],
  },
  { id: 'seo', title: 'SEO', kpis: ['backlink-growth', 'organic-ctr'] },
  {
    id: 'email',
    title: 'E-mail',
    kpis: ['subscriber-growth', 'open-rate', 'email-ctr', 'unsubscribe-rate', 'bounce-rate'],
  },
  { id: 'paid', title: 'Paid ads', kpis: ['roas', 'cpc', 'cpm', 'ctr'] },
  {
    id: 'retention',
    title: 'Retention and satisfaction',
    kpis: ['churn-rate', 'retention-rate', 'repeat-purchase-rate', 'nps', 'csat'],
  },
  {
    id: 'community',
    title: 'PR, events and community',
    kpis: [
      'press-mentions',
      'campaign-backlinks',
      'launch-day-traffic',
      'event-attendees',
      'new-leads',
      'new-members',
      'active-members',
      'post-views',
    ],
  },
];

/** Where a site's own KPIs (`registerKpi`) go: after the built-in groups. */
export const OWN_GROUP: CatalogGroup = { id: 'own', title: 'Registered by this site', kpis: [] };

/** The KPIs of each group that has any, in the groups' order; KPIs no group names go to the last. */
export const groupKpis = (
  kpis: readonly KpiDefinition[],
): readonly { readonly group: CatalogGroup; readonly kpis: readonly KpiDefinition[] }[] => {
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const named = new Set(CATALOG_GROUPS.flatMap((group) => group.kpis));
  const own = kpis.filter((kpi) => !named.has(kpi.id));
  return [
    ...CATALOG_GROUPS.map((group) => ({
      group,
      kpis: group.kpis.flatMap((id) => {
        const kpi = byId.get(id);
        return kpi ? [kpi] : [];
      }),
    })),
    { group: OWN_GROUP, kpis: own },
  ].filter((entry) => entry.kpis.length > 0);
};
