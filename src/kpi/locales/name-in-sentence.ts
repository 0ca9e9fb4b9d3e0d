import type { KpiName } from './pack.js';

/**
 * How a pack writes a KPI's name inside a sentence, in the languages that lower-case a common
 * noun there (English, Dutch): "About conversion rate", "Uitleg over conversieratio". A name that
 * starts with an acronym or holds a proper name keeps its capitals ("LTV:CAC ratio", "Net
 * Promoter Score"), and so does a site's own label, which may be a brand: only the pack's own KPI
 * names are lowered.
 */
export const nameInSentence = (kpis: Readonly<Record<string, KpiName>>): ((label: string) => string) => {
  const names = new Set(Object.values(kpis).map((kpi) => kpi.name));
  return (label) =>
    names.has(label) && /^\p{Lu}-?\p{Ll}/u.test(label) && !/\s\p{Lu}/u.test(label)
      ? label.charAt(0).toLowerCase() + label.slice(1)
      : label;
};
