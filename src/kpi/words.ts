import type { KpiId } from './catalog/ids.js';
import { loadedNotes, packFor, type KpiWords, type LocalePack } from './locales/index.js';
import type { Category, KpiDefinition, LangText, Phrase } from './types.js';

/** A site's own text in a language, else its English, else nothing. */
const pick = (text: LangText | undefined, lang: string): string | undefined => text?.[lang] ?? text?.en;

/**
 * A KPI's words in a language: a site's own (given with `registerKpi`) first, then the pack's for
 * a built-in id, then the id itself, so a KPI always has a name to show. A built-in KPI's
 * definition and benchmark note come once the language's notes have loaded (`loadNotes`).
 */
export const kpiWords = (kpi: KpiDefinition, lang: string): KpiWords => {
  const id = kpi.id as KpiId;
  const packed = loadedNotes(lang)?.[id];
  const definition = pick(kpi.definition, lang) ?? packed?.definition;
  const benchmark = pick(kpi.benchmark?.note, lang) ?? packed?.benchmark;
  return {
    name: pick(kpi.name, lang) ?? packFor(lang).kpis[id]?.name ?? kpi.id,
    ...(definition === undefined ? {} : { definition }),
    ...(benchmark === undefined ? {} : { benchmark }),
  };
};

/** A part of marketing in a language, as a catalog's section title: `Paid ads`, `Betaalde advertenties`. */
export const categoryName = (category: Category, lang: string): string => packFor(lang).categories[category];

/** An accepted form or reason as a reader of the pack's language reads it; text as written stays as it is. */
export const phraseText = (text: string | Phrase, pack: LocalePack): string => {
  if (typeof text === 'string') return text;
  const words = pack.phrases[text.phrase];
  if (typeof words === 'string') return words;
  // Each phrase takes its own arguments; an error carries them as a list, in that order.
  return (words as (...args: readonly string[]) => string)(...(text.args ?? []));
};

/** A list as a sentence says it: `a, b and c`, or with `or`. */
export const listText = (items: readonly string[], pack: LocalePack, joiner: 'and' | 'or' = 'and'): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${pack.common[joiner]} ${items.at(-1)}`;
