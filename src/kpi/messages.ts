import { formatValue } from './format.js';
import { langOf } from './locale.js';
import { getKpi } from './registry.js';
import type { KpiError, Lang, Range, Text } from './types.js';

const CONJUNCTIONS = { and: { en: 'and', nl: 'en' }, or: { en: 'or', nl: 'of' } } as const;

const list = (names: readonly string[], lang: Lang, joiner: keyof typeof CONJUNCTIONS = 'and') =>
  names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${CONJUNCTIONS[joiner][lang]} ${names.at(-1)}`;

/** A text as it reads in a language: words come in every language, values as written. */
const inLang = (text: string | Text, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);

const EXAMPLE_LOCALE: Record<Lang, string> = { en: 'en-US', nl: 'nl-NL' };

const rangeText = (range: Range, kpiId: string | undefined, lang: Lang) => {
  const unit = (kpiId && getKpi(kpiId)?.unit) || 'number';
  const show = (value: number) => formatValue(value, unit, { locale: EXAMPLE_LOCALE[lang], currency: 'EUR' });
  const { min, max } = range;
  if (min !== undefined && max !== undefined)
    return lang === 'nl' ? `${show(min)} tot ${show(max)}` : `${show(min)} to ${show(max)}`;
  if (min !== undefined) return lang === 'nl' ? `minstens ${show(min)}` : `at least ${show(min)}`;
  return max === undefined ? '' : lang === 'nl' ? `hoogstens ${show(max)}` : `at most ${show(max)}`;
};

/** What a phrase needs: the error plus the pieces of text every language builds the same way. */
type Parts = Omit<KpiError, 'reason' | 'accepted'> & {
  given: string;
  /** What went wrong, in the message's language. */
  reason: string;
  /** The accepted values and forms, in the message's language. */
  accepted: readonly string[];
  example: string;
  /** The attribute to fix. */
  field: string;
  /** The attribute and its text as written (`spend="€100"`), or the entry of a series. */
  subject: string;
  fieldList: string;
  kpiName: string;
  range: string;
};

type Phrases = Record<KpiError['code'], (parts: Parts) => string>;

/** The accepted form as a tail to a sentence, when the error carries an example: `, like spend="1250.50"`. */
const like = (e: Parts, lang: Lang) =>
  e.example ? `${lang === 'nl' ? ', zoals' : ', like'} ${e.field}="${e.example}"` : '';

const PHRASES: Record<Lang, Phrases> = {
  en: {
    'unknown-kpi': (e) =>
      `kpi="${e.given}" is not a KPI this kit knows. Use an id from the catalog, such as kpi="roas".`,
    missing: (e) =>
      e.fields.length > 1
        ? `${e.fieldList} are missing. Add them, for example ${e.field}="${e.example}".`
        : `${e.field} is missing. Add it, for example ${e.field}="${e.example}".`,
    'not-a-number': (e) => `${e.subject} is not a number. Write it like ${e.field}="${e.example}".`,
    'ambiguous-number': (e) =>
      `${e.subject} is ambiguous. Write digits with a dot for decimals and no thousands separators or currency signs, like ${e.field}="${e.example}".`,
    'not-a-rate': (e) =>
      `${e.subject} is not a rate between 0 and 100 %. Write it like ${e.field}="5%" or ${e.field}="0.05".`,
    negative: (e) => `${e.subject} is negative. It must be zero or more${like(e, 'en')}.`,
    'not-whole': (e) => `${e.subject} must be a whole number, like ${e.field}="${e.example}".`,
    'too-large': (e) => `${e.subject} is too large to be a real figure. Check it${like(e, 'en')}.`,
    'zero-divisor': (e) =>
      `${e.kpiName} cannot be computed: it divides by ${e.fieldList}, which ${e.fields.length > 1 ? 'come to' : 'is'} 0. Check ${e.fieldList}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} is outside the accepted range (${e.range})${like(e, 'en')}.`
        : e.range
          ? `${e.kpiName} comes out outside its possible range (${e.range}). Check ${e.fieldList}.`
          : `${e.kpiName} comes out too large to be real. Check ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} is not valid. Use ${list(e.accepted, 'en', 'or')}.`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `There is nothing to show yet. Add kpi="…" with the KPI's inputs, or ${e.fields[1]}="…".`
        : `There is nothing to show yet: ${e.fieldList} ${e.fields.length > 1 ? 'have' : 'has'} only empty entries. Give at least one number${like(e, 'en')}.`,
    'invalid-json': (e) =>
      `The <script type="application/json"> inside the element is not a JSON object ("${e.given}…"). Write it like {"name": value}, with attribute names as keys.`,
    'length-mismatch': (e) =>
      `${e.field} has ${e.lengths?.given ?? 0} ${e.lengths?.given === 1 ? 'entry' : 'entries'}, but ${e.fields[1] ?? ''} has ${e.lengths?.expected ?? 0}. Give one entry for each.`,
    'not-a-date': (e) =>
      `${e.subject} is not a date. Write it as year-month-day or year-month, like ${e.field}="${e.example}".`,
    'fetch-failed': (e) =>
      `src="${e.given}" could not be loaded (${e.reason}). Check the address, and that its server lets this page read it.`,
    'invalid-source': (e) =>
      `The file at src="${e.given}" cannot be read: ${e.reason}. Use a CSV file with a header row, or a JSON object or array.`,
  },
  nl: {
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
    negative: (e) => `${e.subject} is negatief. Het moet nul of meer zijn${like(e, 'nl')}.`,
    'not-whole': (e) => `${e.subject} moet een geheel getal zijn, zoals ${e.field}="${e.example}".`,
    'too-large': (e) => `${e.subject} is te groot om een echt cijfer te zijn. Controleer het${like(e, 'nl')}.`,
    'zero-divisor': (e) =>
      `${e.kpiName} is niet te berekenen: er wordt gedeeld door ${e.fieldList}, en dat ${e.fields.length > 1 ? 'komt samen op' : 'is'} 0. Controleer ${e.fieldList}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} valt buiten het toegestane bereik (${e.range})${like(e, 'nl')}.`
        : e.range
          ? `${e.kpiName} valt buiten het mogelijke bereik (${e.range}). Controleer ${e.fieldList}.`
          : `${e.kpiName} komt te groot uit om echt te zijn. Controleer ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} is niet geldig. Gebruik ${list(e.accepted, 'nl', 'or')}.`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `Er is nog niets te tonen. Voeg kpi="…" toe met de invoer van de KPI, of ${e.fields[1]}="…".`
        : `Er is nog niets te tonen: ${e.fieldList} ${e.fields.length > 1 ? 'hebben' : 'heeft'} alleen lege waarden. Geef minstens één getal${like(e, 'nl')}.`,
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

/** A message a CMS editor can act on: what is wrong, in which attribute, and the accepted form. */
export const describeError = (error: KpiError, locale = 'en'): string => {
  const lang = langOf(locale);
  const field = error.fields[0] ?? '';
  const given = error.given ?? '';
  const subject = error.position
    ? lang === 'nl'
      ? `Waarde ${error.position} van ${field} ("${given}")`
      : `Entry ${error.position} of ${field} ("${given}")`
    : `${field}="${given}"`;
  const kpiName = (error.kpi && getKpi(error.kpi)?.name[lang]) || 'KPI';
  return PHRASES[lang][error.code]({
    ...error,
    given,
    reason: error.reason === undefined ? '' : inLang(error.reason, lang),
    accepted: (error.accepted ?? []).map((text) => inLang(text, lang)),
    example: error.example ?? '',
    field,
    subject,
    fieldList: list(error.fields, lang),
    kpiName,
    range: error.range ? rangeText(error.range, error.kpi, lang) : '',
  });
};
