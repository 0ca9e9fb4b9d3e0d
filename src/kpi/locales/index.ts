import { en } from './en/index.js';
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
const loading = new Map<string, Promise<LocalePack>>();

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
  const load = LOADERS[lang];
  if (!load) return Promise.resolve(en);
  let promise = loading.get(lang);
  if (!promise) {
    promise = load().then(
      (pack) => {
        loaded.set(lang, pack);
        return pack;
      },
      () => {
        // Let a later widget try again: the network may be back.
        loading.delete(lang);
        return en;
      },
    );
    loading.set(lang, promise);
  }
  return promise;
};

type Notes = Awaited<ReturnType<LocalePack['notes']>>;

/** The KPIs' notes of each pack that has downloaded them; a pack registered again loads its own. */
const notesOf = new WeakMap<LocalePack, Notes>();
const notesLoading = new WeakMap<LocalePack, Promise<void>>();

/** The KPIs' definitions and benchmark notes in a language, once they have loaded. */
export const loadedNotes = (lang: string): Notes | undefined => notesOf.get(packFor(lang));

/**
 * Downloads the KPIs' definitions and benchmark notes of a language (its pack first, if it is
 * still on its way; English for a language without one), once. A download that fails is tried
 * again by the next caller; meanwhile the notes are missing, never wrong.
 */
export const loadNotes = async (lang: string): Promise<void> => {
  const pack = await loadPack(lang);
  if (notesOf.has(pack)) return;
  let promise = notesLoading.get(pack);
  if (!promise) {
    promise = pack.notes().then(
      (notes) => void notesOf.set(pack, notes),
      () => void notesLoading.delete(pack),
    );
    notesLoading.set(pack, promise);
  }
  return promise;
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
