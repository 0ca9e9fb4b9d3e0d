/** The two languages the kit speaks. Every user-facing text in the engine comes in both. */
import type { PhraseKey } from './locales/pack.js';

/**
 * A language the kit's words come in: the subtag of a locale pack (`en`, `nl`, `de`, `fr`, or one
 * a site registers). Any other language reads English.
 */
export type Lang = string;

/**
 * A site's own words for a KPI it registers, by language (`{ en: 'Cost per install', de: … }`).
 * A language it lacks reads the English; built-in KPIs take their words from the locale packs.
 */
export type LangText = Readonly<Record<string, string>>;

/**
 * An accepted form or a reason that an error carries as a key into the locale packs, worded in
 * the widget's language when the message is shown. `args` are code or numbers already formatted.
 */
export interface Phrase {
  readonly phrase: PhraseKey;
  readonly args?: readonly string[];
}

/**
 * What kind of figure an input is, which decides how it is parsed and validated.
 * - `count`: a whole number of things, never negative (clicks, visitors).
 * - `amount`: money or another quantity, never negative (spend, revenue).
 * - `signed`: an amount that may be negative (revenue growth).
 * - `rate`: a fraction between 0 and 1, written `5%` or `0.05` (churn).
 * - `number`: any non-negative number, fractions allowed (periods, an LTV figure).
 * - `answer`: a survey answer, a whole number from 0 to 10 (NPS scores).
 * - `percent`: a KPI value in percent, signed and unbounded, written `12.5%` or `0.125`.
 */
export type InputKind = 'count' | 'amount' | 'signed' | 'rate' | 'number' | 'answer' | 'percent';

/**
 * How a KPI's value is shown. Percent values are fractions: 0.05 is 5 %. A `duration` is a number
 * of days (`30 days`, `30 dagen`).
 */
export type Unit = 'percent' | 'currency' | 'ratio' | 'count' | 'number' | 'score' | 'duration';

/** The parts of marketing the catalog's KPIs measure, in the catalog's order. */
export const CATEGORIES = [
  'revenue',
  'website',
  'content',
  'leads',
  'social',
  'seo',
  'email',
  'paid',
  'retention',
  'community',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which direction of change is good news. */
export type Better = 'higher' | 'lower';

/**
 * How an input adds up over the days of a period: a flow (visitors, revenue) is summed; a stock
 * (followers, subscribers) is read on the period's last day, or its first (`start` of a growth).
 */
export type Measure = 'flow' | 'stock-end' | 'stock-start';

export interface KpiInput<Name extends string = string> {
  readonly name: Name;
  readonly kind: InputKind;
  /** How it adds up over days; by default counts and amounts are flows, other kinds are read at the end. */
  readonly measure?: Measure;
  /** Used when the input is left out; an input with a default is optional. */
  readonly default?: number;
  /**
   * A comma-separated list (followers per platform, NPS answers). The formula gets its sum in
   * `values` and the entries in `lists`.
   */
  readonly list?: boolean;
}

/** A closed or half-open interval; a missing bound is unbounded. */
export interface Range {
  readonly min?: number;
  readonly max?: number;
}

/**
 * A typical range, or a reference figure, quoted by a source. Without `min` and `max` it is a
 * reference only (organic CTR at position 1 is about 31.7 %): shown, never used to judge a value.
 */
export interface Benchmark extends Range {
  /**
   * What the figure applies to (`websites; 2 % is average`): for a site's own KPI. A built-in
   * KPI's note is in the locale packs.
   */
  readonly note?: LangText;
  /** For money KPIs: the currency the range is quoted in; it judges values in that currency only. */
  readonly currency?: string;
  /**
   * Where the figure comes from, as the kit's KPI catalog (the source articles) records it. Every
   * built-in benchmark has one; a site's own benchmark should say where its figure comes from.
   */
  readonly source?: string;
}

/**
 * Divides and remembers a zero divisor instead of returning Infinity, so the engine can
 * name the attribute to fix. `divisors` are the inputs the denominator is made of.
 */
export type Divide = (numerator: number, denominator: number, ...divisors: string[]) => number;

export interface KpiDefinition<Name extends string = string> {
  /** Stable id, as used in the `kpi` attribute (`roas`, `open-rate`). */
  readonly id: string;
  /** A site's own KPI's name by language; a built-in KPI's name is in the locale packs. */
  readonly name?: LangText;
  /** One line that says what the KPI is, with its formula in words, by language (as `name`). */
  readonly definition?: LangText;
  /** The part of marketing it measures; every built-in KPI has one, a site's own may. */
  readonly category?: Category;
  readonly inputs: readonly KpiInput<Name>[];
  /**
   * Alternative sets of inputs that are each enough to compute the KPI, for KPIs that can be
   * derived from different sources (LTV:CAC from `ltv` and `cac`, or from their raw inputs).
   * Without it, every input that has no default is required.
   */
  readonly requires?: readonly (readonly Name[])[];
  readonly unit: Unit;
  readonly better: Better;
  /** The values the KPI can take; a result outside is reported as an input error. */
  readonly range?: Range;
  /** A typical range quoted in the catalog, for comparison. */
  readonly benchmark?: Benchmark;
  /**
   * The formula. Only inputs that were given (or have a default) are present in `values`;
   * with `requires`, only those of the alternative that matched are guaranteed.
   */
  readonly formula: (
    values: Readonly<Record<Name, number>>,
    divide: Divide,
    lists: Readonly<Record<Name, readonly number[]>>,
  ) => number;
}

/** Why a KPI could not be computed. `field` is the attribute (or input) to fix. */
export type KpiErrorCode =
  | 'unknown-kpi'
  | 'missing'
  | 'not-a-number'
  | 'ambiguous-number'
  | 'not-a-rate'
  | 'negative'
  | 'not-whole'
  | 'too-large'
  | 'zero-divisor'
  | 'out-of-range'
  | 'invalid-option'
  | 'not-text'
  | 'no-figure'
  | 'not-a-date'
  | 'invalid-json'
  | 'length-mismatch'
  | 'fetch-failed'
  | 'invalid-source'
  | 'empty-period';

/**
 * What a value is when it is neither text nor a real number: an object, a list (flat, or holding
 * lists), `true` or `false`, a function or a symbol from a script; and, for numbers, one too large
 * for JavaScript (`Infinity`) or the outcome of a failed calculation (`NaN`). Messages describe
 * such a value by its kind, in the reader's language, never by JavaScript's text for it.
 */
export type ValueKind =
  'object' | 'list' | 'nested-list' | 'true' | 'false' | 'function' | 'symbol' | 'infinite' | 'invalid-number';

/**
 * A value from data (a script's `inputs`, a JSON child, a fetched file) that is no text and no
 * number, as the engine gets it: its kind, never the value itself, so nothing reads it deeply.
 */
export interface DataValue {
  readonly kind: ValueKind;
  /** For a list: how many entries it has. */
  readonly length?: number;
}

export interface KpiError {
  readonly code: KpiErrorCode;
  /** The attribute or input names to fix, first the one to look at first. */
  readonly fields: readonly string[];
  /** The text that was given, when there was one. Messages quote at most its first characters. */
  readonly given?: string;
  /** What was given when it was no text (an object, a list, `Infinity`): described, not quoted. */
  readonly givenValue?: DataValue;
  /** For `out-of-range`: the KPI's valid range. For `invalid-option`: accepted values. */
  readonly range?: Range;
  /** Values as written (`compact`, `50%,80%`), or a form in words from the packs (`a whole number from 0 to 10`). */
  readonly accepted?: readonly (string | Phrase)[];
  /** For `unknown-kpi` and `out-of-range`: the KPI concerned. */
  readonly kpi?: string;
  /** The accepted form, as an attribute value (`5%`, `1250.50`). */
  readonly example?: string;
  /** For series: the 1-based entry that is wrong. */
  readonly position?: number;
  /** For `length-mismatch`: entries given in `fields[0]`, and entries in `fields[1]`, which it must match. */
  readonly lengths?: { readonly given: number; readonly expected: number };
  /** For `fetch-failed` and `invalid-source`: what went wrong (`HTTP 404`, or words from the packs: `no column "Spend"`). */
  readonly reason?: string | Phrase;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: KpiError };

/** A value or gap per period: `null` means "no data", never zero. */
export type Series = readonly (number | null)[];
