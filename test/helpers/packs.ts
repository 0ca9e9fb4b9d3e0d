import {
  KPI_IDS,
  languages,
  loadedNotes,
  loadNotes,
  packFor,
  type KpiId,
  type KpiName,
  type KpiNotes,
} from '../../src/kpi/index.js';

/**
 * Pure tests call the engine synchronously, in every language: each shipped locale pack, and its
 * KPIs' notes, are loaded before they run. (Elements wait for what they need before rendering;
 * their tests need no help.)
 */
await Promise.all(languages().map(loadNotes));

/** The KPIs' definitions and benchmark notes of a language, loaded above. */
export const notesFor = (lang: string): Readonly<Record<KpiId, KpiNotes>> => {
  const notes = loadedNotes(lang);
  if (!notes) throw new Error(`The ${lang} notes did not load.`);
  return notes;
};

/** A built-in KPI's name and notes in a language, as its pack and notes give them. */
export const packedWords = (lang: string, id: KpiId): KpiName & KpiNotes => ({
  ...packFor(lang).kpis[id],
  ...notesFor(lang)[id],
});

/** Every built-in KPI's name and notes in a language. */
export const allPackedWords = (lang: string): (KpiName & KpiNotes)[] => KPI_IDS.map((id) => packedWords(lang, id));
