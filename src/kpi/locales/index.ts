import { en } from './en/index.js';
import { onDemand, type OnDemand } from '../on-demand.js';
import type { LocalePack } from './pack.js';

/**
 * The packs the kit ships besides English, each its own chunk: a page whose widgets are all in
 * English downloads none of them, and a Dutch widget downloads Dutch alone.
 */
const LOADERS: Readonly<Record<string, () => Promise<LocalePack>>> = {
  nl: () => import('./nl/index.js').then((module) => module.nl),
  de: () => import('./de/index.js').then((module) => module.de),
  fr: () => import('./fr/index.js').then((module) => module.fr),
};

const loaded = new Map<string, LocalePack>([[en.lang, en]]);

/** Each shipped pack's download, once; a pack that arrives is the language's from then on. */
const shipped = new Map(
  Object.entries(LOADERS).map(([lang, load]) => [
    lang,
    onDemand(() =>
      load().then((pack) => {
        loaded.set(lang, pack);
        return pack;
      }),
    ),
  ]),
);

/** English: always there, and the words of any language the kit has no pack for. */
export const ENGLISH = en;

/** The languages the kit has a pack for, shipped or registered. */
export const languages = (): readonly string[] => [...new Set([...loaded.keys(), ...Object.keys(LOADERS)])];

/** Whether the kit speaks this language (`de`), by a pack shipped or registered. */
export const hasPack = (lang: string): boolean => loaded.has(lang) || lang in LOADERS;

/** The pack of a language if it is loaded: elements render once their pack is here. */
export const isPackLoaded = (lang: string): boolean => loaded.has(lang);

/** The loaded pack of a language, else English (a pack still on its way, or a language without one). */
export const packFor = (lang: string): LocalePack => loaded.get(lang) ?? en;

/**
 * Loads the pack of a language, once; English and registered packs are there already. A language
 * without a pack, or a pack that fails to load (a network error), gives English.
 */
export const loadPack = (lang: string): Promise<LocalePack> => {
  const pack = loaded.get(lang);
  if (pack) return Promise.resolve(pack);
  const download = shipped.get(lang);
  if (!download) return Promise.resolve(en);
  // A pack that fails to load gives English; a later widget tries again (the network may be back).
  return download.load().then((shippedPack) => shippedPack ?? en);
};

type Notes = Awaited<ReturnType<LocalePack['notes']>>;

/** The download of each pack's KPI notes; a pack registered again downloads its own. */
const notesOf = new WeakMap<LocalePack, OnDemand<Notes>>();

const notesDemand = (pack: LocalePack): OnDemand<Notes> => {
  let demand = notesOf.get(pack);
  if (!demand) {
    demand = onDemand(() => pack.notes());
    notesOf.set(pack, demand);
  }
  return demand;
};

/**
 * The KPIs' definitions and benchmark notes in a language, once they have loaded: never another
 * language's while the language's own pack is still on its way.
 */
export const loadedNotes = (lang: string): Notes | undefined =>
  isPackLoaded(lang) || !hasPack(lang) ? notesOf.get(packFor(lang))?.module : undefined;

/**
 * Downloads the KPIs' definitions and benchmark notes of a language (its pack first, if it is
 * still on its way; English for a language without one), once. A download that fails is tried
 * again by the next caller; meanwhile the notes are missing, never wrong.
 */
export const loadNotes = async (lang: string): Promise<void> => {
  await notesDemand(await loadPack(lang)).load();
};

/**
 * Adds a language, or replaces a shipped one's words (a site's own wording of a KPI): the pack is
 * used by every widget whose locale is in its language from their next render.
 */
export const registerPack = (pack: LocalePack): LocalePack => {
  loaded.set(pack.lang, pack);
  return pack;
};

export type * from './pack.js';
