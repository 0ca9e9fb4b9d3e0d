import type { CommonWords, PeriodWords, Phrases } from '../pack.js';

export const common: CommonWords = {
  and: 'en',
  or: 'of',
  colon: ': ',
  semicolon: '; ',
  // Na een getal blijft "procentpunt" enkelvoud, zoals "procent": "met 0,6 procentpunt gestegen".
  points: { short: 'pp', one: 'procentpunt', other: 'procentpunt' },
  cannotShow: 'Deze KPI kan niet worden getoond',
  loading: 'Gegevens worden geladen…',
  stale: (reason, when) => `Niet actueel: bijwerken is mislukt (${reason}). Deze cijfers zijn van ${when}.`,
};

export const phrases: Phrases = {
  'locale-tag': 'een andere BCP 47-taalcode',
  'currency-code': 'een andere ISO 4217-code',
  'decimals-range': 'een geheel getal van 0 tot en met 10',
  'refresh-seconds': 'een aantal seconden, minimaal 5',
  'network-error': 'netwerkfout',
  'not-json': 'het is geen geldige JSON',
  'json-shape': 'de JSON is geen object en geen lijst van rijen',
  'no-rows': 'er staan geen rijen onder de kopregel',
  'web-page': 'het is een webpagina, misschien een inlog- of foutpagina, geen CSV- of JSON-bestand',
  'file-too-large': (size, limit) => `het is ${size}, meer dan de ${limit} die een widget inleest`,
  'fields-pairs': 'paren invoer:Kolom, zoals fields="revenue:Omzet, spend:Advertentiekosten"',
  'json-object': 'een JSON-object',
  'no-column': (column, input) => `er is geen kolom "${column}" voor ${input}`,
  'no-key': (key, input) => `er is geen "${key}" voor ${input}`,
  'funnel-stages': 'minimaal twee fasen, gescheiden door komma’s',
  'funnel-labels': 'een naam voor elke fase',
  'single-numbers': 'een KPI met één getal per periode als invoer',
  'ready-series': 'values="…" met een kant-en-klare reeks',
  'labels-per-period': (count) => `${count} labels, één per periode`,
};

export const periods: PeriodWords = {
  period: (number) => `Periode ${number}`,
  inSentence: (number) => `periode ${number}`,
  periods: (from, to) => `perioden ${from}–${to}`,
  at: (name, mention) => (mention === 'week' ? `in de week van ${name}` : `${mention === 'day' ? 'op' : 'in'} ${name}`),
  week: (monday) => `week van ${monday}`,
  versus: (name) => `ten opzichte van ${name}`,
};
