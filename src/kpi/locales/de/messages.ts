import type { MessageParts, MessageWords } from '../pack.js';

/** "z. B." with a no-break space, so the abbreviation never breaks over two lines. */
const E_G = 'z.\u00a0B.';

/** The accepted form as the tail of a sentence, when the error carries an example. */
const like = (e: MessageParts) => (e.example ? `, ${E_G} ${e.field}="${e.example}"` : '');

/** The KPI named in a message when the catalog has no name for it. */
const SOME_KPI = 'Kennzahl';

/**
 * The KPI as German names it in a sentence: with its article, the name in quotes, as a name
 * without an article reads as a heading ("die Kennzahl „Conversion-Rate“").
 */
const kpi = (e: MessageParts, article: 'die' | 'der') =>
  e.kpiName === SOME_KPI ? `${article} Kennzahl` : `${article} Kennzahl „${e.kpiName}“`;

/** An entry of a series as the subject of a message: `Eintrag 2 in visitors`. */
const entryOf = (position: number, field: string) => `Eintrag ${position} in ${field}`;

export const messages: MessageWords = {
  entry: (position, field, given) => `${entryOf(position, field)} („${given}“)`,
  entryOf,
  holding: (subject, value) => `${subject} (${value})`,
  values: {
    object: 'ein Objekt',
    list: (count, shown) =>
      count === 0 ? 'eine leere Liste' : `eine Liste mit ${shown} ${count === 1 ? 'Eintrag' : 'Einträgen'}`,
    'nested-list': 'eine verschachtelte Liste',
    true: 'true',
    false: 'false',
    function: 'eine Funktion',
    symbol: 'ein Symbol',
    infinite: 'eine unendliche Zahl',
    'invalid-number': 'das Ergebnis einer fehlgeschlagenen Berechnung',
  },
  like: (field, example) => `, ${E_G} ${field}="${example}"`,
  between: (min, max) => `${min} bis ${max}`,
  atLeast: (min) => `mindestens ${min}`,
  atMost: (max) => `höchstens ${max}`,
  someKpi: SOME_KPI,
  codes: {
    'unknown-kpi': (e) =>
      `kpi="${e.given}" ist keine bekannte Kennzahl. Verwenden Sie eine ID aus dem Katalog, ${E_G} kpi="roas".`,
    missing: (e) =>
      `${e.fields.length > 1 ? `${e.fieldList} fehlen` : `${e.field} fehlt`}. Ergänzen Sie ${E_G} ${e.field}="${e.example}".`,
    'not-a-number': (e) => `${e.subject} ist keine Zahl. Schreiben Sie ${E_G} ${e.field}="${e.example}".`,
    'ambiguous-number': (e) =>
      `${e.subject} ist nicht eindeutig. Schreiben Sie Ziffern mit einem Punkt als Dezimaltrennzeichen, ohne Tausendertrennzeichen und ohne Währungszeichen, ${E_G} ${e.field}="${e.example}".`,
    'not-a-rate': (e) =>
      `${e.subject} ist kein Prozentwert zwischen 0 und 100\u00a0%. Schreiben Sie ${E_G} ${e.field}="5%" oder ${e.field}="0.05".`,
    negative: (e) => `${e.subject} ist negativ, muss aber mindestens 0 sein${like(e)}.`,
    'not-whole': (e) => `${e.subject} muss eine ganze Zahl sein, ${E_G} ${e.field}="${e.example}".`,
    'too-large': (e) =>
      `${e.subject} ist unrealistisch hoch. Bitte prüfen Sie den Wert${e.example ? ` und schreiben Sie ihn ${E_G} als ${e.field}="${e.example}"` : ''}.`,
    // The widget's title says it cannot be shown, the table's "Nicht berechnet": the message says why.
    'zero-divisor': (e) =>
      `Für ${kpi(e, 'die')} wird durch ${e.fieldList} geteilt, und ${e.fields.length > 1 ? 'das ergibt zusammen' : 'der Wert ist'} 0. Prüfen Sie ${e.fieldList}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} liegt außerhalb des zulässigen Bereichs (${e.range}). Schreiben Sie ${E_G} ${e.field}="${e.example}".`
        : e.range
          ? `Das Ergebnis ${kpi(e, 'der')} liegt außerhalb des möglichen Bereichs (${e.range}). Prüfen Sie ${e.fieldList}.`
          : `Das Ergebnis ${kpi(e, 'der')} ist unrealistisch hoch. Prüfen Sie ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} ist ungültig. Zulässig: ${e.acceptedList}.`,
    'not-text': (e) => `${e.subject} ist kein Text. Geben Sie Text an, ${E_G} ${e.field}="…".`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `Noch nichts anzuzeigen. Ergänzen Sie kpi="…" mit den Eingaben der Kennzahl oder ${e.fields[1]}="…".`
        : `Noch nichts anzuzeigen: ${e.fieldList} ${e.fields.length > 1 ? 'enthalten' : 'enthält'} nur leere Einträge. Geben Sie mindestens eine Zahl an${like(e)}.`,
    'invalid-json': (e) =>
      `Der Inhalt von <script type="application/json"> im Element ist kein JSON-Objekt („${e.given}…“). Schreiben Sie ihn als {"attribut": wert}, mit den Attributnamen als Schlüsseln.`,
    'length-mismatch': (e) =>
      `${e.field} hat ${e.lengths?.given ?? 0} ${e.lengths?.given === 1 ? 'Eintrag' : 'Einträge'}, ${e.fields[1] ?? ''} aber ${e.lengths?.expected ?? 0}. Beide brauchen gleich viele Einträge.`,
    'not-a-date': (e) =>
      `${e.subject} ist kein Datum. Schreiben Sie Jahr-Monat-Tag oder Jahr-Monat, ${E_G} ${e.field}="${e.example}".`,
    'fetch-failed': (e) =>
      `src="${e.given}" konnte nicht geladen werden (${e.reason}). Prüfen Sie die Adresse und ob der Server dieser Seite den Zugriff erlaubt.`,
    'invalid-source': (e) =>
      `Die Datei unter src="${e.given}" ist nicht lesbar (${e.reason}). Verwenden Sie eine CSV-Datei mit Kopfzeile, ein JSON-Objekt oder ein JSON-Array.`,
    'empty-period': (e) =>
      `Die Daten enthalten keine Zeilen für period="${e.given}"${e.reason ? ` (sie umfassen ${e.reason})` : ''}. Wählen Sie einen Zeitraum, den die Daten abdecken, oder prüfen Sie date-field.`,
  },
};
