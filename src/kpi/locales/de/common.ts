import type { CommonWords, PeriodWords, Phrases } from '../pack.js';

export const common: CommonWords = {
  and: 'und',
  or: 'oder',
  colon: ': ',
  semicolon: '; ',
  points: { short: 'Pp.', one: 'Prozentpunkt', other: 'Prozentpunkte' },
  cannotShow: 'Diese Kennzahl kann nicht angezeigt werden',
  loading: 'Daten werden geladen\u00a0…',
  // `when` is a time of today (`14:05`) or a date and time (`06.12.2026, 14:05`): "Stand" fits both.
  stale: (reason, when) => `Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen (${reason}). Stand: ${when}.`,
};

/**
 * Accepted forms follow "Zulässig:" in a message, so they are noun phrases in the nominative;
 * reasons stand in parentheses, so they start in lower case.
 */
export const phrases: Phrases = {
  'locale-tag': 'ein anderer Sprachcode nach BCP 47',
  'currency-code': 'ein anderer Währungscode nach ISO 4217',
  'decimals-range': 'eine ganze Zahl von 0 bis 10',
  'refresh-seconds': 'eine Angabe in Sekunden, mindestens 5',
  'network-error': 'Netzwerkfehler',
  'not-json': 'kein gültiges JSON',
  'json-shape': 'das JSON ist weder ein Objekt noch eine Liste von Zeilen',
  'no-rows': 'keine Zeilen unter der Kopfzeile',
  'web-page': 'es ist eine Webseite, vielleicht eine Anmelde- oder Fehlerseite, keine CSV- oder JSON-Datei',
  'file-too-large': (size, limit) => `sie ist ${size} groß, mehr als die ${limit}, die ein Widget einliest`,
  'fields-pairs': 'Paare aus Eingabe:Spalte, z.\u00a0B. fields="revenue:Umsatz, spend:Werbeausgaben"',
  'json-object': 'ein JSON-Objekt',
  'no-column': (column, input) => `keine Spalte „${column}“ für ${input}`,
  'no-key': (key, input) => `kein Feld „${key}“ für ${input}`,
  'funnel-stages': 'mindestens zwei Stufen, durch Kommas getrennt',
  'funnel-labels': 'eine Bezeichnung für jede Stufe',
  'single-numbers': 'eine Kennzahl, deren Eingaben einzelne Zahlen pro Zeitraum sind',
  'ready-series': 'values="…" mit einer fertigen Datenreihe',
  'labels-per-period': (count) => `${count} ${count === '1' ? 'Bezeichnung' : 'Bezeichnungen'}, eine pro Zeitraum`,
};

/**
 * A numbered period inside a sentence. The period names lower-case "Zeitraum 3" there, as English
 * and Dutch write a common noun; a German noun keeps its capital ("in Zeitraum 3").
 */
export const inSentence = (name: string): string => name.replace(/^zeitraum(?= )/, 'Zeitraum');

export const periods: PeriodWords = {
  period: (number) => `Zeitraum ${number}`,
  inSentence: (number) => `Zeitraum ${number}`,
  periods: (from, to) => `Zeiträume ${from}–${to}`,
  // "im März", "am 15. März", "in der Woche vom 4. Mai", "in Q3", "in Zeitraum 3".
  at: (name, mention) =>
    mention === 'week'
      ? `in der Woche vom ${name}`
      : `${mention === 'day' ? 'am' : mention === 'month' ? 'im' : 'in'} ${inSentence(name)}`,
  week: (monday) => `Woche vom ${monday}`,
  versus: (name) => `gegenüber ${name}`,
};
