import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import fc from 'fast-check';
import {
  computeKpi,
  describeError,
  formatChange,
  formatMagnitude,
  formatNumber,
  formatPoints,
  formatRelative,
  formatValue,
  LARGEST_FIGURE,
  listKpis,
  parseNumber,
  parseSeries,
  type FormatOptions,
  type InputKind,
  type KpiDefinition,
  type KpiError,
  type RawValue,
  type Unit,
  VALUE_KINDS,
} from '../../src/kpi/index.js';
import { FORBIDDEN, labelText, LONGEST_MESSAGE, longText, numberText, scrubGiven, seriesText } from './hostile.js';
import { oddValue } from './hostile-data.js';
import { assertReplayable } from './replay.js';

/**
 * Properties of the pure engine: whatever it is given, it answers with finite numbers or a typed
 * error whose message, in every language, names the field, says no `NaN`, `Infinity`, `undefined`,
 * `null` or `[object Object]` it was not given as text, and quotes at most a short excerpt of it.
 * A failure starts with "replay with seed=…, path=…" (see ./replay.ts).
 */

const KINDS: readonly InputKind[] = ['count', 'amount', 'signed', 'rate', 'number', 'answer', 'percent'];
const UNITS: readonly Unit[] = ['percent', 'currency', 'ratio', 'count', 'number', 'score'];
const FIELDS = ['revenue', 'previous-spend', 'churn', 'values', 'target', 'goal', 'scores'] as const;
const LOCALES = ['en-US', 'en-GB', 'en', 'nl-NL', 'nl-BE', 'nl', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'hi-IN'] as const;
const KPIS = listKpis();

const NUM_RUNS = { parse: 3000, series: 1000, compute: 3000, format: 3000, messages: 2000 } as const;

/** The languages of the packs, each with a region, so numbers in messages are formatted for it. */
const MESSAGE_LOCALES = ['en-US', 'nl-NL', 'de-DE', 'fr-FR'] as const;

/** Every language's message, checked for what every message must do; returns English and Dutch for more checks. */
const checkMessages = (error: KpiError, given: readonly string[] = []): { en: string; nl: string } => {
  const [en = '', nl = '', ...others] = MESSAGE_LOCALES.map((locale) => describeError(error, locale));
  for (const text of [en, nl, ...others]) {
    expect(text, 'a message').to.match(/\w/);
    expect(scrubGiven(text, [error.given ?? '', ...given]), text).not.to.match(FORBIDDEN);
    expect(text, `${text} names ${error.fields[0]}`).to.contain(error.fields[0]);
    expect(text.length, `a message of ${text.length} characters: ${text.slice(0, 300)}`).to.be.below(LONGEST_MESSAGE);
  }
  return { en, nl };
};

/**
 * What a value says when written as text, as a reader wrote it: text, a finite number, `true`.
 * `NaN`, `Infinity`, `undefined` and objects are nothing a reader wrote, so no message may echo them.
 */
const spoken = (raw: unknown): string[] =>
  typeof raw === 'string' || typeof raw === 'boolean' || typeof raw === 'bigint' || Number.isFinite(raw)
    ? [String(raw)]
    : [];

/** What a script may hand the engine at run time, whatever the types say. */
const rawValue = (): fc.Arbitrary<RawValue> =>
  fc.oneof(
    { weight: 60, arbitrary: numberText() },
    { weight: 20, arbitrary: fc.double() },
    { weight: 10, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 10, arbitrary: oddValue() as fc.Arbitrary<RawValue> },
    { weight: 1, arbitrary: longText() },
  );

/** A value of a kind written the way it is accepted, so properties reach the formulas, not only the parser. */
const plausible = (kind: InputKind): fc.Arbitrary<string> => {
  switch (kind) {
    case 'count':
      return fc.oneof(fc.nat({ max: 1_000_000 }).map(String), fc.constant('0'));
    case 'answer':
      return fc.integer({ min: 0, max: 10 }).map(String);
    case 'rate':
      return fc.oneof(
        fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
        fc.double({ min: 0, max: 1, noNaN: true }).map(String),
      );
    case 'percent':
      return fc.double({ min: -5, max: 5, noNaN: true }).map((n) => `${(n * 100).toFixed(1)}%`);
    case 'signed':
      return fc.double({ min: -1e9, max: 1e9, noNaN: true }).map(String);
    default:
      return fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }).map(String), fc.constant('0'));
  }
};

/** Raw inputs for a KPI: each input plausible, hostile, or left out. */
const inputsFor = (definition: KpiDefinition) =>
  fc.record(
    Object.fromEntries(
      definition.inputs.map((input) => [
        input.name,
        input.list
          ? fc.oneof(
              seriesText(),
              fc.array(plausible(input.kind), { maxLength: 20 }).map((e) => e.join(',')),
            )
          : fc.oneof({ weight: 3, arbitrary: plausible(input.kind) }, { weight: 1, arbitrary: rawValue() }),
      ]),
    ) as Record<string, fc.Arbitrary<RawValue>>,
    { requiredKeys: [] },
  );

const formatOptions = (): fc.Arbitrary<FormatOptions> =>
  fc.record(
    {
      locale: fc.constantFrom(...LOCALES),
      currency: fc.constantFrom('EUR', 'USD', 'JPY', 'GBP', 'SRD'),
      decimals: fc.integer({ min: 0, max: 10 }),
      notation: fc.constantFrom('standard', 'compact'),
    },
    { requiredKeys: ['locale'] },
  );

const expectClean = (text: string, what: string) => expect(text, what).not.to.match(FORBIDDEN);

describe('engine properties', function () {
  // Thousands of cases per property: more than mocha's default time, never a timing assertion.
  this.timeout(60_000);

  it(`parseNumber never throws: a finite number of its kind, or an error naming the field (${NUM_RUNS.parse} cases)`, async () => {
    await assertReplayable(
      fc.property(rawValue(), fc.constantFrom(...FIELDS), fc.constantFrom(...KINDS), (raw, field, kind) => {
        const result = parseNumber(raw, field, kind);
        if (result.ok) {
          const { value } = result;
          expect(Number.isFinite(value), String(value)).to.equal(true);
          expect(Math.abs(value)).to.be.at.most(LARGEST_FIGURE);
          expect(Object.is(value, -0), 'never -0').to.equal(false);
          if (kind === 'rate') expect(value).to.be.within(0, 1);
          if (kind !== 'signed' && kind !== 'percent') expect(value).to.be.at.least(0);
          if (kind === 'count' || kind === 'answer') expect(Number.isInteger(value)).to.equal(true);
          if (kind === 'answer') expect(value).to.be.at.most(10);
          return;
        }
        expect(result.error.fields).to.deep.equal([field]);
        const { en, nl } = checkMessages(result.error, spoken(raw));
        // The accepted form: an example of the field written right.
        if (result.error.example) {
          expect(en, en).to.contain(result.error.example);
          expect(nl, nl).to.contain(result.error.example);
        }
      }),
      { numRuns: NUM_RUNS.parse },
    );
  });

  it(`parseSeries never throws: an entry per period, or an error naming the field and entry (${NUM_RUNS.series} cases)`, async () => {
    await assertReplayable(
      fc.property(
        fc.oneof(seriesText(), fc.array(rawValue(), { maxLength: 10 }) as fc.Arbitrary<RawValue[]>, rawValue()),
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...KINDS),
        (raw, field, kind) => {
          const result = parseSeries(raw as Parameters<typeof parseSeries>[0], field, kind);
          if (result.ok) {
            expect(result.value.length).to.be.greaterThan(0);
            for (const entry of result.value) {
              if (entry !== null) expect(Number.isFinite(entry), String(entry)).to.equal(true);
            }
            if (typeof raw === 'string') expect(result.value).to.have.length(raw.split(',').length);
            return;
          }
          expect(result.error.fields).to.deep.equal([field]);
          const given = Array.isArray(raw) ? raw.flatMap(spoken) : spoken(raw);
          const { en, nl } = checkMessages(result.error, given);
          if (result.error.position !== undefined) {
            expect(en).to.contain(`Entry ${result.error.position} of ${field}`);
            expect(nl).to.contain(`Waarde ${result.error.position} van ${field}`);
          }
        },
      ),
      { numRuns: NUM_RUNS.series },
    );
  });

  it(`computeKpi, for every catalog KPI: a finite value within its range, or a typed error (${NUM_RUNS.compute} cases)`, async () => {
    const kpiWithInputs = fc
      .constantFrom(...KPIS)
      .chain((definition) => fc.tuple(fc.constant(definition), inputsFor(definition), fc.boolean()));
    await assertReplayable(
      fc.property(kpiWithInputs, formatOptions(), ([definition, raw, previous], options) => {
        const field = (name: string) => (previous ? `previous-${name}` : name);
        const result = computeKpi(definition.id, raw, { field });
        if (result.ok) {
          const { value } = result;
          expect(Number.isFinite(value), `${definition.id} ${value}`).to.equal(true);
          expect(Object.is(value, -0), 'never -0').to.equal(false);
          const { min = -Infinity, max = Infinity } = definition.range ?? {};
          expect(value, definition.id).to.be.within(min, max);
          expectClean(formatValue(value, definition.unit, options), 'formatValue');
          expectClean(formatChange(value, definition.unit, options, true), 'formatChange');
          return;
        }
        const { fields } = result.error;
        expect(fields.length, 'names a field').to.be.greaterThan(0);
        const names = new Set(definition.inputs.map((input) => field(input.name)));
        for (const name of fields) expect(names.has(name), `${name} is an input of ${definition.id}`).to.equal(true);
        checkMessages(result.error, Object.values(raw).flatMap(spoken));
      }),
      { numRuns: NUM_RUNS.compute },
    );
  });

  it(`every formatter's output is free of NaN, Infinity, undefined and null (${NUM_RUNS.format} cases)`, async () => {
    await assertReplayable(
      fc.property(
        fc.oneof(
          { weight: 9, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
          { weight: 1, arbitrary: fc.double() },
        ),
        fc.constantFrom(...UNITS),
        formatOptions(),
        (value, unit, options) => {
          const outputs = {
            formatValue: formatValue(value, unit, options),
            formatChange: formatChange(value, unit, options),
            formatChangeLong: formatChange(value, unit, options, true),
            formatMagnitude: formatMagnitude(value, unit, options, true),
            formatRelative: formatRelative(value, options),
            formatPoints: formatPoints(value, options, true),
            formatNumber: formatNumber(value, options),
          };
          for (const [name, text] of Object.entries(outputs)) {
            expectClean(text, `${name}(${value}, ${unit}, ${JSON.stringify(options)}) = ${text}`);
            // A number that cannot be shown shows nothing, never a word for "no number".
            if (!Number.isFinite(value)) expect(text, name).to.equal('');
          }
        },
      ),
      { numRuns: NUM_RUNS.format },
    );
  });

  it(`describeError, for any error the kit can raise: names the field in every language, with nothing undefined, and short (${NUM_RUNS.messages} cases)`, async () => {
    const FIXED_FIELD: Partial<Record<KpiError['code'], string>> = {
      'unknown-kpi': 'kpi',
      'invalid-json': 'script',
      'fetch-failed': 'src',
      'invalid-source': 'src',
    };
    const error = fc
      .record(
        {
          code: fc.constantFrom<KpiError['code']>(
            'unknown-kpi',
            'missing',
            'not-a-number',
            'ambiguous-number',
            'not-a-rate',
            'negative',
            'not-whole',
            'too-large',
            'zero-divisor',
            'out-of-range',
            'invalid-option',
            'no-figure',
            'not-a-date',
            'invalid-json',
            'length-mismatch',
            'fetch-failed',
            'invalid-source',
          ),
          fields: fc.array(fc.constantFrom(...FIELDS, 'kpi', 'labels', 'stages'), { minLength: 1, maxLength: 3 }),
          given: fc.oneof({ weight: 9, arbitrary: labelText() }, { weight: 1, arbitrary: longText() }),
          givenValue: fc.record(
            {
              kind: fc.constantFrom(...VALUE_KINDS),
              length: fc.nat(100_000),
            },
            { requiredKeys: ['kind'] },
          ),
          range: fc.oneof(
            fc.record({ min: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
            fc.record({ max: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
            fc.constant({ min: 0, max: 1 }),
          ),
          accepted: fc.array(fc.constantFrom('higher', 'lower', '50%,80%', '> 0'), { minLength: 1, maxLength: 3 }),
          kpi: fc.constantFrom(...KPIS.map((kpi) => kpi.id), 'no-such-kpi'),
          example: fc.constantFrom('1250', '5%', '2026-02-15'),
          position: fc.integer({ min: 1, max: 5000 }),
          lengths: fc.record({ given: fc.nat(5000), expected: fc.nat(5000) }),
          reason: fc.constantFrom('HTTP 404', 'network error'),
        },
        { requiredKeys: ['code', 'fields'] },
      )
      .map((e) => (FIXED_FIELD[e.code] ? { ...e, fields: [FIXED_FIELD[e.code] as string] } : e));
    await assertReplayable(
      fc.property(error, (e) => {
        checkMessages(e);
      }),
      { numRuns: NUM_RUNS.messages },
    );
  });
});
