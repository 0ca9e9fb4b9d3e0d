import fc from 'fast-check';

/**
 * Hostile input for the robustness properties: what CMS editors, spreadsheets and scripts really
 * hand an embed. Shared by the engine and element properties.
 *
 * Failures are reproducible: fast-check's failure message carries `seed` and `path`; pass them as
 * `{ seed, path, endOnFailure: true }` in the failing `fc.assert` call to replay the case.
 */

/** Words that must never reach a reader unless the reader typed them. */
export const FORBIDDEN = /NaN|Infinity|undefined|null/;

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
  '1e-300',
  '5e-324',
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

/** A number written any way at all. */
export const numberText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
    { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((n) => `${(n * 100).toFixed(2)}%`) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => n.toLocaleString('de-DE')) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }).map((n) => n.toLocaleString('nl-NL')) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

/** A long series, built arithmetically: fast-check arrays of thousands of entries are slow to shrink. */
const longSeries = (): fc.Arbitrary<string> =>
  fc
    .record({
      length: fc.integer({ min: 1000, max: 3000 }),
      seed: fc.integer({ min: 1, max: 1000 }),
      gaps: fc.boolean(),
    })
    .map(({ length, seed, gaps }) =>
      Array.from({ length }, (_, i) => (gaps && i % 97 === 13 ? '' : String((i * seed) % 1013))).join(','),
    );

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
    fc.constantFrom('', '   ', 'Revenue', 'Omzet, Q2', 'null', 'undefined', 'NaN', 'Ünïcødé 🚀', 'x'.repeat(2000)),
    fc.string({ maxLength: 30 }),
  );

/** Comma-separated free text, for `stages` and `labels`. */
export const labelList = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.array(labelText(), { maxLength: 6 }).map((labels) => labels.join(',')),
    fc.constantFrom('Visitors,Leads,MQL,SQL,Customers', '2026-01,2026-02,2026-03', '2026-02-30,2026-03', ''),
  );

/** Any text at all: what a junk attribute or a mistyped value holds. */
export const anyText = (): fc.Arbitrary<string> => fc.oneof(numberText(), labelText(), seriesText());

/**
 * The parts of `text` a reader supplied, removed before the text is checked for forbidden words:
 * an error that quotes `value="NaN"` back is right to do so, a computed `NaN` is not.
 */
export const scrubGiven = (text: string, given: readonly string[]): string => {
  const pieces = new Set<string>();
  for (const raw of given) {
    for (const piece of [raw, raw.trim(), raw.trim().slice(0, 40), ...raw.split(',').map((entry) => entry.trim())]) {
      if (FORBIDDEN.test(piece)) pieces.add(piece);
    }
  }
  let scrubbed = text;
  for (const piece of [...pieces].sort((a, b) => b.length - a.length)) scrubbed = scrubbed.split(piece).join('∅');
  return scrubbed;
};
