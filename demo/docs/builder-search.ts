/**
 * The KPI builder's search: a KPI by its name in any of the kit's languages, with the catalog
 * page's own matching (`catalog-filter.ts`). Pure once the language packs are loaded.
 */
import { kpiWords, type KpiDefinition } from '../../src/kpi/index.js';
import { matchesQuery, searchTextOf } from './catalog-filter.js';
import { BUILDER_LANGS } from './builder-words.js';

/** What a search reads of a KPI: the catalog's search text in every language, each with English and the id. */
export const builderSearchText = (kpi: KpiDefinition): string =>
  BUILDER_LANGS.map((lang) => searchTextOf(kpi, lang)).join(' ');

export interface Match {
  readonly kpi: KpiDefinition;
  /**
   * The name in another language that the query found, when the page's language's name does
   * not hold it (`Klantacquisitiekosten` on an English page), with that language.
   */
  readonly alias?: { readonly lang: string; readonly name: string };
}

/** The KPIs whose words hold every word of `query`, in catalog order, each with the name it was found by. */
export const searchKpis = (kpis: readonly KpiDefinition[], query: string, lang: string): readonly Match[] =>
  kpis
    .filter((kpi) => matchesQuery(builderSearchText(kpi), query))
    .map((kpi) => {
      const own = kpiWords(kpi, lang).name;
      if (!query.trim() || matchesQuery(`${kpi.id} ${own}`.toLowerCase(), query)) return { kpi };
      const other = BUILDER_LANGS.find((candidate) => matchesQuery(kpiWords(kpi, candidate).name.toLowerCase(), query));
      return other ? { kpi, alias: { lang: other, name: kpiWords(kpi, other).name } } : { kpi };
    });
