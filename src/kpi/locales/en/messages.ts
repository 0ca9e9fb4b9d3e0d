import type { MessageParts, MessageWords } from '../pack.js';

/** The accepted form as the tail of a sentence, when the error carries an example. */
const like = (e: MessageParts) => (e.example ? `, like ${e.field}="${e.example}"` : '');

/** An entry of a series, as the subject of a message: `Entry 2 of visitors`. */
const entryOf = (position: number, field: string) => `Entry ${position} of ${field}`;

export const messages: MessageWords = {
  entry: (position, field, given) => `${entryOf(position, field)} ("${given}")`,
  entryOf,
  holding: (subject, value) => `${subject} (${value})`,
  values: {
    object: 'an object',
    list: (count, shown) => (count === 0 ? 'an empty list' : `a list of ${shown}`),
    'nested-list': 'a nested list',
    true: 'true',
    false: 'false',
    function: 'a function',
    symbol: 'a symbol',
    infinite: 'an infinite number',
    'invalid-number': 'the result of a failed calculation',
  },
  like: (field, example) => `, like ${field}="${example}"`,
  between: (min, max) => `${min} to ${max}`,
  atLeast: (min) => `at least ${min}`,
  atMost: (max) => `at most ${max}`,
  someKpi: 'The KPI',
  codes: {
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
      `${e.subject} is not a rate between 0 and 100%. Write it like ${e.field}="5%" or ${e.field}="0.05".`,
    negative: (e) => `${e.subject} is negative. It must be zero or more${like(e)}.`,
    'not-whole': (e) => `${e.subject} must be a whole number, like ${e.field}="${e.example}".`,
    'too-large': (e) =>
      `${e.subject} is too large to be a real figure. Check it${e.example ? ` and write it like ${e.field}="${e.example}"` : ''}.`,
    'zero-divisor': (e) =>
      `${e.kpiName} cannot be computed: it divides by ${e.fieldList}, which ${e.fields.length > 1 ? 'come to' : 'is'} 0. Check ${e.fieldList}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} is outside the accepted range (${e.range}). Write it like ${e.field}="${e.example}".`
        : e.range
          ? `${e.kpiName} falls outside its possible range (${e.range}). Check ${e.fieldList}.`
          : `${e.kpiName} comes out too large to be real. Check ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} is not valid. Use ${e.acceptedList}.`,
    'not-text': (e) => `${e.subject} is not text. Set it to text, like ${e.field}="…".`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `There is nothing to show yet. Add kpi="…" with the KPI's inputs, or ${e.fields[1]}="…".`
        : `There is nothing to show yet: ${e.fieldList} ${e.fields.length > 1 ? 'have' : 'has'} only empty entries. Give at least one number${like(e)}.`,
    'invalid-json': (e) =>
      `The <script type="application/json"> inside the element is not a JSON object ("${e.given}…"). Write it like {"name": value}, with attribute names as keys.`,
    'length-mismatch': (e) =>
      `${e.field} has ${e.lengths?.given ?? 0} ${e.lengths?.given === 1 ? 'entry' : 'entries'}, but ${e.fields[1] ?? ''} has ${e.lengths?.expected ?? 0}. Give both the same number of entries.`,
    'not-a-date': (e) =>
      `${e.subject} is not a date. Write it as year-month-day or year-month, like ${e.field}="${e.example}".`,
    'fetch-failed': (e) =>
      `src="${e.given}" could not be loaded (${e.reason}). Check the address, and that its server lets this page read it.`,
    'invalid-source': (e) =>
      `The file at src="${e.given}" cannot be read: ${e.reason}. Use a CSV file with a header row, or a JSON object or array.`,
    'empty-period': (e) =>
      `The data has no rows for period="${e.given}"${e.reason ? ` (it covers ${e.reason})` : ''}. Choose a period the data covers, or check date-field.`,
  },
};
