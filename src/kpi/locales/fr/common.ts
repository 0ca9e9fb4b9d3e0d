import type { CommonWords, Mention, PeriodWords, Phrases } from '../pack.js';
import { COLON, firstOfMonth, quoted } from './typography.js';

export const common: CommonWords = {
  and: 'et',
  or: 'ou',
  colon: '\u202f: ',
  semicolon: '\u202f; ',
  // "pt" is a symbol, invariable like "km": "+0,6 pt", "+2 pt"; in words, singular below 2.
  points: { short: 'pt', one: 'point de pourcentage', other: 'points de pourcentage' },
  cannotShow: 'Impossible d’afficher cet indicateur',
  loading: 'Chargement des données…',
  stale: (reason, when) =>
    `Données pas à jour${COLON}la dernière actualisation a échoué (${reason}). Dernière mise à jour réussie${COLON}${when}.`,
};

export const phrases: Phrases = {
  'locale-tag': 'un autre code de langue BCP 47',
  'currency-code': 'un autre code de devise ISO 4217',
  'decimals-range': 'un nombre entier de 0 à 10',
  'refresh-seconds': 'un nombre de secondes, 5 au minimum',
  'network-error': 'erreur réseau',
  'not-json': 'ce n’est pas du JSON valide',
  'json-shape': 'son JSON n’est ni un objet ni une liste de lignes',
  'no-rows': 'il ne contient aucune ligne sous la ligne d’en-tête',
  'web-page': 'c’est une page web, peut-être une page de connexion ou d’erreur, pas un fichier CSV ou JSON',
  'file-too-large': (size, limit) => `il pèse ${size}, plus que les ${limit} qu’un widget accepte de lire`,
  'fields-pairs':
    'des paires donnée:Colonne, par exemple fields="revenue:Chiffre d’affaires, spend:Dépenses publicitaires"',
  'json-object': 'un objet JSON',
  'no-column': (column, input) => `il n’a pas de colonne ${quoted(column)} pour ${input}`,
  'no-key': (key, input) => `il n’a pas de clé ${quoted(key)} pour ${input}`,
  'funnel-stages': 'au moins deux étapes, séparées par des virgules',
  'funnel-labels': 'un libellé pour chaque étape',
  'single-numbers': 'un indicateur dont chaque donnée d’entrée est un seul nombre par période',
  'ready-series': 'values="…" avec une série de valeurs toute prête',
  'labels-per-period': (count) => `${count} libellés, un par période`,
};

/** "Période 3": the word the periods of a trend without labels are named with. */
const PERIOD = 'Période';

/** A numbered period within a sentence takes its article: "à la période 3", "par rapport à la période 2". */
export const isNumberedPeriod = (name: string): boolean =>
  name.toLocaleLowerCase('fr').startsWith(`${PERIOD.toLocaleLowerCase('fr')} `);

/** "la période 3" for a numbered period, any other name as it is ("nov. 2025", "T3 2025"). */
export const periodName = (name: string): string =>
  isNumberedPeriod(name) ? `la ${name.toLocaleLowerCase('fr')}` : name;

/**
 * A period within a sentence: "en mars", "le 1er mars", "à la période 3"; a label written by
 * the page ("T3 2025", "Q3 2024") as a season is said: "en T3 2025".
 */
const at = (name: string, mention: Mention): string => {
  if (mention === 'day') return `le ${firstOfMonth(name)}`;
  if (mention === 'week') return `la semaine du ${firstOfMonth(name)}`;
  if (mention === 'text' && isNumberedPeriod(name)) return `à ${periodName(name)}`;
  return `en ${name}`;
};

export const periods: PeriodWords = {
  period: (number) => `${PERIOD} ${number}`,
  inSentence: (number) => `période ${number}`,
  periods: (from, to) => `périodes ${from} à ${to}`,
  at,
  week: (monday) => `semaine du ${firstOfMonth(monday)}`,
  // « par rapport au T2 2025 », « au 1–15 mai 2026 », mais « à juin 2025 », « à 2025 ».
  versus: (name, kind) => `par rapport ${kind === 'quarter' || kind === 'days' ? 'au' : 'à'} ${name}`,
};
