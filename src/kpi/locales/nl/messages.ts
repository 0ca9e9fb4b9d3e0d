import type { MessageParts, MessageWords } from '../pack.js';

/** The accepted form as the tail of a sentence, when the error carries an example. */
const like = (e: MessageParts) => (e.example ? `, zoals ${e.field}="${e.example}"` : '');

export const messages: MessageWords = {
  entry: (position, field, given) => `Waarde ${position} van ${field} ("${given}")`,
  like: (field, example) => `, zoals ${field}="${example}"`,
  between: (min, max) => `${min} tot ${max}`,
  atLeast: (min) => `minstens ${min}`,
  atMost: (max) => `hoogstens ${max}`,
  someKpi: 'KPI',
  codes: {
    'unknown-kpi': (e) =>
      `kpi="${e.given}" is geen KPI die deze kit kent. Gebruik een id uit de catalogus, zoals kpi="roas".`,
    missing: (e) =>
      e.fields.length > 1
        ? `${e.fieldList} ontbreken. Voeg ze toe, bijvoorbeeld ${e.field}="${e.example}".`
        : `${e.field} ontbreekt. Voeg het toe, bijvoorbeeld ${e.field}="${e.example}".`,
    'not-a-number': (e) => `${e.subject} is geen getal. Schrijf het als ${e.field}="${e.example}".`,
    'ambiguous-number': (e) =>
      `${e.subject} is dubbelzinnig. Schrijf cijfers met een punt voor decimalen, zonder scheidingstekens voor duizendtallen of valutatekens, zoals ${e.field}="${e.example}".`,
    'not-a-rate': (e) =>
      `${e.subject} is geen percentage tussen 0 en 100 %. Schrijf het als ${e.field}="5%" of ${e.field}="0.05".`,
    negative: (e) => `${e.subject} is negatief. Het moet nul of meer zijn${like(e)}.`,
    'not-whole': (e) => `${e.subject} moet een geheel getal zijn, zoals ${e.field}="${e.example}".`,
    'too-large': (e) => `${e.subject} is te groot om een echt cijfer te zijn. Controleer het${like(e)}.`,
    'zero-divisor': (e) =>
      `${e.kpiName} is niet te berekenen: er wordt gedeeld door ${e.fieldList}, en dat ${e.fields.length > 1 ? 'komt samen op' : 'is'} 0. Controleer ${e.fieldList}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} valt buiten het toegestane bereik (${e.range})${like(e)}.`
        : e.range
          ? `${e.kpiName} valt buiten het mogelijke bereik (${e.range}). Controleer ${e.fieldList}.`
          : `${e.kpiName} komt te groot uit om echt te zijn. Controleer ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} is niet geldig. Gebruik ${e.acceptedList}.`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `Er is nog niets te tonen. Voeg kpi="…" toe met de invoer van de KPI, of ${e.fields[1]}="…".`
        : `Er is nog niets te tonen: ${e.fieldList} ${e.fields.length > 1 ? 'hebben' : 'heeft'} alleen lege waarden. Geef minstens één getal${like(e)}.`,
    'invalid-json': (e) =>
      `De <script type="application/json"> in het element is geen JSON-object ("${e.given}…"). Schrijf het als {"naam": waarde}, met attribuutnamen als sleutels.`,
    'length-mismatch': (e) =>
      `${e.field} heeft ${e.lengths?.given ?? 0} ${e.lengths?.given === 1 ? 'waarde' : 'waarden'}, maar ${e.fields[1] ?? ''} heeft er ${e.lengths?.expected ?? 0}. Geef er één voor elk.`,
    'not-a-date': (e) =>
      `${e.subject} is geen datum. Schrijf het als jaar-maand-dag of jaar-maand, zoals ${e.field}="${e.example}".`,
    'fetch-failed': (e) =>
      `src="${e.given}" kon niet worden geladen (${e.reason}). Controleer het adres, en of de server deze pagina het laat lezen.`,
    'invalid-source': (e) =>
      `Het bestand op src="${e.given}" is niet te lezen: ${e.reason}. Gebruik een CSV-bestand met een kopregel, of een JSON-object of -array.`,
  },
};
