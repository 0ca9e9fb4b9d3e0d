import { kpiWords, langOf, type KpiDefinition } from '../../src/kpi/index.js';

/**
 * What a search of the catalog looks in, lower case: the KPI's id, its words in the page's language
 * and in English (the language of these docs), and its input names; again without hyphens, so
 * "email" finds "e-mails" and "ltvcac" finds "ltv-cac".
 */
export const searchTextOf = (kpi: KpiDefinition, locale: string): string => {
  const words = [
    kpi.id,
    ...new Set([langOf(locale), 'en'].flatMap((lang) => Object.values(kpiWords(kpi, lang)))),
    ...kpi.inputs.map((input) => input.name),
  ]
    .join(' ')
    .toLowerCase();
  return `${words} ${words.replace(/-/g, '')}`;
};

/** Whether a search text holds every word of a query; an empty query matches everything. */
export const matchesQuery = (text: string, query: string): boolean =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));

/** The line under the controls: how many KPIs show, out of how many. */
export const countText = (shown: number, total: number, query: string): string =>
  shown === 0
    ? `No KPI matches “${query.trim()}”.`
    : shown === total
      ? `${total} KPIs`
      : `Showing ${shown} of ${total} KPIs`;
