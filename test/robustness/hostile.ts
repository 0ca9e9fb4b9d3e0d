import fc from 'fast-check';

/**
 * Hostile input for the robustness properties: what CMS editors, spreadsheets and scripts really
 * hand an embed, as text (data beyond text is in ./hostile-data.ts). Shared by the engine and
 * element properties. A failure starts with "replay with seed=…, path=…" (see ./replay.ts).
 */

/**
 * Words that must never reach a reader unless the reader typed them: JavaScript's words for no
 * number and no value, and its stringification of an object (`[object Object]`, `[object Null]`).
 * `null` is a whole word: French writes "positive ou nulle".
 */
export const FORBIDDEN = /NaN|Infinity|undefined|\bnull\b|\[object \w+\]/;

/** Script payloads for labels and stages; any of them running sets `window.__pwned`. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
] as const;

/**
 * The tiniest numbers as text, down to subnormals like 5e-324, which scripts compute and fc.double
 * draws often: a figure of 1e-300 over one of 1e15 is subnormal. A trend whose values spanned less
 * than about 1e-306 once hung the page (./trend-geometry.property.test.ts keeps it fixed).
 */
const TINY_TEXTS = ['1e-300', '5e-324', '-9e-323', '1e-320'];

/** Numbers as people write them, right and wrong. */
const NUMBER_TEXTS = [
  '',
  ' ',
  '\t\n ',
  '0',
  '-0',
  '1',
  '12',
  '250',
  '1250.50',
  '-5',
  '5%',
  '0.05',
  '120%',
  '-3%',
  '1e309',
  '-1e309',
  '1e15',
  '1e16',
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  '1.234,5',
  '1,234.5',
  '€100',
  '$1,000',
  '1 000',
  '１２',
  '0x10',
  '.5',
  '5.',
  '+3',
  '1e',
  'e5',
  '%',
  '50 %',
  ' 7 ',
  '12abc',
  '٣',
] as const;

/** A number written any way at all, the tiniest included. */
export const numberText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NUMBER_TEXTS, ...TINY_TEXTS) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
    { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((n) => `${(n * 100).toFixed(2)}%`) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => n.toLocaleString('de-DE')) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => n.toLocaleString('nl-NL')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

/**
 * Long series of 1,000 to 3,000 entries, some with gaps: built once, arithmetically (fast-check
 * arrays of thousands of entries are slow to generate and to shrink).
 */
const LONG_SERIES = Array.from({ length: 24 }, (_, k) => {
  const [length, step, gaps] = [1000 + ((k * 397) % 2001), 1 + ((k * 37) % 1000), k % 3 === 0];
  return Array.from({ length }, (_, i) => (gaps && i % 97 === 13 ? '' : String((i * step) % 1013))).join(',');
});

/** A long series. */
const longSeries = (): fc.Arbitrary<string> => fc.constantFrom(...LONG_SERIES);

/** A comma-separated series: short and messy, or thousands of entries. */
export const seriesText = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.array(fc.oneof(numberText(), fc.constant('')), { maxLength: 8 }).map((e) => e.join(',')),
    },
    {
      weight: 4,
      arbitrary: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 8 }).map((e) => e.join(',')),
    },
    { weight: 1, arbitrary: longSeries() },
  );

/** Free text: labels, stages, period labels. */
export const labelText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...PAYLOADS),
    fc.constantFrom(
      '',
      '   ',
      'Revenue',
      'Omzet, Q2',
      'null',
      'undefined',
      'NaN',
      '[object Object]',
      'Ünïcødé 🚀',
      'x'.repeat(2000),
    ),
    fc.string({ maxLength: 30 }),
  );

/** A message quotes what it got as a short excerpt: even a 100 KB attribute gives a message shorter than this. */
export const LONGEST_MESSAGE = 1000;

/** The length of a very long attribute: a page's worth of pasted text, as in the issue. */
export const LONG = 100_000;

/**
 * Attribute texts of 100 KB: digits that turn into a letter at the very end (what makes a
 * backtracking number pattern take seconds), digits only, a series of 50,000 entries, blanks
 * around a number, a label. Built once: cases share them.
 */
const LONG_TEXTS = [
  `${'1'.repeat(LONG - 1)}x`,
  '9'.repeat(LONG),
  `${'1'.repeat(LONG / 2)}.${'1'.repeat(LONG / 2 - 2)}.x`,
  `${'1,'.repeat(LONG / 2 - 1)}1`,
  `${'1,'.repeat(LONG / 2 - 1)}x`,
  `${' '.repeat(LONG - 1)}5`,
  `${'-'.repeat(LONG - 1)}5`,
  `${'NaN,'.repeat(LONG / 4 - 1)}NaN`,
  'x'.repeat(LONG),
] as const;

/** A 100 KB attribute text. */
export const longText = (): fc.Arbitrary<string> => fc.constantFrom(...LONG_TEXTS);

/** Comma-separated free text, for `stages` and `labels`. */
export const labelList = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.array(labelText(), { maxLength: 6 }).map((labels) => labels.join(',')),
    fc.constantFrom('Visitors,Leads,MQL,SQL,Customers', '2026-01,2026-02,2026-03', '2026-02-30,2026-03', ''),
  );

/** Any text at all: what a junk attribute or a mistyped value holds. */
export const anyText = (): fc.Arbitrary<string> => fc.oneof(numberText(), labelText(), seriesText());

/** The longest excerpt of a value a message may quote, with room for a cut at any length up to it. */
const EXCERPT = 80;

/** The pieces of what a reader gave that hold a forbidden word, longest first: what a text may quote back. */
const piecesOf = (given: readonly string[]): string[] => {
  const pieces = new Set<string>();
  for (const raw of given) {
    if (!FORBIDDEN.test(raw)) continue;
    for (const piece of [raw, raw.trim(), ...raw.split(',').map((entry) => entry.trim())]) {
      if (FORBIDDEN.test(piece)) pieces.add(piece);
    }
    // A message quotes a long value cut short: the start of it, up to where it is cut.
    const start = raw.trim().slice(0, EXCERPT);
    const first = FORBIDDEN.exec(start);
    if (first)
      for (let end = first.index + first[0].length; end <= start.length; end++) pieces.add(start.slice(0, end));
  }
  return [...pieces].sort((a, b) => b.length - a.length);
};

/**
 * Removes from texts the parts a reader supplied, before they are checked for forbidden words: an
 * error that quotes `value="NaN"` back is right to do so, a computed `NaN` is not. What was given
 * is looked at only for a text that says a forbidden word, and then once.
 */
export const scrubber = (given: () => readonly string[]): ((text: string) => string) => {
  let pieces: string[] | undefined;
  return (text) => {
    // Most texts say nothing forbidden: nothing to look up.
    if (!FORBIDDEN.test(text)) return text;
    pieces ??= piecesOf(given());
    let scrubbed = text;
    for (const piece of pieces) scrubbed = scrubbed.split(piece).join('∅');
    return scrubbed;
  };
};

/** `text` without the parts of `given` it quotes (see `scrubber`). */
export const scrubGiven = (text: string, given: readonly string[]): string => scrubber(() => given)(text);
