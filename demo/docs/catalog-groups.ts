import { CATEGORIES, categoryName, langOf, type Category, type KpiDefinition } from '../../src/kpi/index.js';

/** A section of the catalog page: a part of marketing (the KPIs' `category`), or a site's own KPIs. */
export interface CatalogGroup {
  readonly id: Category | 'own';
  readonly title: string;
}

/** The KPIs of one section, in catalog order. */
export interface GroupedKpis {
  readonly group: CatalogGroup;
  readonly kpis: readonly KpiDefinition[];
}

/** Where a site's own KPIs without a category (`registerKpi`) go: after the built-in groups. */
export const OWN_GROUP: CatalogGroup = { id: 'own', title: 'Registered by this site' };

/**
 * The KPIs by the part of marketing they measure, as the engine's catalog marks them, in the
 * engine's order of parts and titled in the page's language; a site's KPIs without a category go
 * last. Parts without a KPI are left out.
 */
export const groupKpis = (kpis: readonly KpiDefinition[], locale = 'en-US'): readonly GroupedKpis[] => {
  const lang = langOf(locale);
  const ofCategory = (category: Category | undefined) => kpis.filter((kpi) => kpi.category === category);
  return [
    ...CATEGORIES.map((category) => ({
      group: { id: category, title: categoryName(category, lang) },
      kpis: ofCategory(category),
    })),
    { group: OWN_GROUP, kpis: ofCategory(undefined) },
  ].filter((entry) => entry.kpis.length > 0);
};
