import type { MessageParts, MessageWords } from '../pack.js';

/** De geaccepteerde vorm aan het eind van een zin, als de fout een voorbeeld meegeeft. */
const like = (e: MessageParts) => (e.example ? `, zoals ${e.field}="${e.example}"` : '');

/** Een waarde van een reeks als onderwerp van een melding: `Waarde 2 van visitors`. */
const entryOf = (position: number, field: string) => `Waarde ${position} van ${field}`;

export const messages: MessageWords = {
  entry: (position, field, given) => `${entryOf(position, field)} ("${given}")`,
  entryOf,
  holding: (subject, value) => `${subject} (${value})`,
  values: {
    object: 'een object',
    list: (count, shown) =>
      count === 0 ? 'een lege lijst' : `een lijst met ${shown} ${count === 1 ? 'waarde' : 'waarden'}`,
    'nested-list': 'een geneste lijst',
    true: 'true',
    false: 'false',
    function: 'een functie',
    symbol: 'een symbool',
    infinite: 'een oneindig getal',
    'invalid-number': 'de uitkomst van een mislukte berekening',
  },
  like: (field, example) => `, zoals ${field}="${example}"`,
  between: (min, max) => `${min} tot en met ${max}`,
  atLeast: (min) => `minimaal ${min}`,
  atMost: (max) => `maximaal ${max}`,
  someKpi: 'De KPI',
  codes: {
    'unknown-kpi': (e) =>
      `kpi="${e.given}" is geen bekende KPI. Gebruik een id uit de catalogus, bijvoorbeeld kpi="roas".`,
    missing: (e) =>
      e.fields.length > 1
        ? `${e.fieldList} ontbreken. Voeg ze toe, bijvoorbeeld ${e.field}="${e.example}".`
        : `${e.field} ontbreekt. Voeg het toe, bijvoorbeeld ${e.field}="${e.example}".`,
    'not-a-number': (e) => `${e.subject} is geen getal. Schrijf het als ${e.field}="${e.example}".`,
    'ambiguous-number': (e) =>
      `${e.subject} is niet eenduidig. Schrijf het getal met een punt als decimaalteken, zonder scheidingstekens voor duizendtallen en zonder valutateken, zoals ${e.field}="${e.example}".`,
    'not-a-rate': (e) =>
      `${e.subject} is geen percentage tussen 0 en 100%. Schrijf het als ${e.field}="5%" of ${e.field}="0.05".`,
    negative: (e) => `${e.subject} is negatief. Gebruik nul of een positief getal${like(e)}.`,
    'not-whole': (e) => `${e.subject} moet een geheel getal zijn, zoals ${e.field}="${e.example}".`,
    'too-large': (e) =>
      `${e.subject} is te groot om te kloppen. Controleer het getal${e.example ? ` en schrijf het als ${e.field}="${e.example}"` : ''}.`,
    'zero-divisor': (e) =>
      `${e.kpiName} is niet te berekenen: de formule deelt door ${e.fieldList}, en ${e.fields.length > 1 ? 'die komen samen uit op' : 'dat is'} 0. Controleer ${e.fieldList}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} valt buiten het toegestane bereik (${e.range}). Schrijf het als ${e.field}="${e.example}".`
        : e.range
          ? `${e.kpiName} valt buiten het mogelijke bereik (${e.range}). Controleer ${e.fieldList}.`
          : `${e.kpiName} komt te hoog uit om te kloppen. Controleer ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} is ongeldig. Gebruik ${e.acceptedList}.`,
    'not-text': (e) => `${e.subject} is geen tekst. Geef tekst op, zoals ${e.field}="…".`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `Er is nog niets om te tonen. Voeg kpi="…" toe met de invoer van die KPI, of ${e.fields[1]}="…".`
        : `Er is nog niets om te tonen: ${e.fieldList} ${e.fields.length > 1 ? 'bevatten' : 'bevat'} alleen lege waarden. Vul minimaal één getal in${like(e)}.`,
    'invalid-json': (e) =>
      `De <script type="application/json"> in het element is geen JSON-object ("${e.given}…"). Schrijf het als {"naam": waarde}, met de attribuutnamen als sleutels.`,
    'length-mismatch': (e) =>
      `${e.field} heeft ${e.lengths?.given ?? 0} ${e.lengths?.given === 1 ? 'waarde' : 'waarden'}, maar ${e.fields[1] ?? ''} heeft er ${e.lengths?.expected ?? 0}. Geef ze evenveel waarden.`,
    'not-a-date': (e) =>
      `${e.subject} is geen datum. Schrijf het als jaar-maand-dag of jaar-maand, zoals ${e.field}="${e.example}".`,
    'fetch-failed': (e) =>
      `src="${e.given}" kon niet worden geladen (${e.reason}). Controleer het adres en of de server deze pagina het bestand laat lezen.`,
    'invalid-source': (e) =>
      `Het bestand op src="${e.given}" is niet te lezen: ${e.reason}. Gebruik een CSV-bestand met een kopregel, of een JSON-object of -array.`,
    'empty-period': (e) =>
      `De gegevens hebben geen rijen voor period="${e.given}"${e.reason ? ` (ze beslaan ${e.reason})` : ''}. Kies een periode waarvoor gegevens zijn, of controleer date-field.`,
  },
};
