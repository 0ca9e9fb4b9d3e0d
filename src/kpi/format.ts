import { defaultCurrency, langOf } from './locale.js';
import type { Unit } from './types.js';

export interface FormatOptions {
  /** A BCP 47 tag the caller has already checked (see `canonicalLocale`). */
  readonly locale: string;
  /** ISO 4217 code; defaults to the currency of the locale's region. */
  readonly currency?: string;
  /** Fixed number of decimals; each unit has its own default. */
  readonly decimals?: number;
  readonly notation?: 'standard' | 'compact';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Building an Intl.NumberFormat is slow; dashboards format thousands of numbers with a few. */
const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
};

/** Most decimals each unit shows by default: enough to tell values apart, no more. */
const DEFAULT_DECIMALS: Record<Unit, number> = { percent: 1, currency: 2, ratio: 1, count: 0, number: 1, score: 0 };

const digits = (unit: Unit, { decimals, notation }: FormatOptions): Intl.NumberFormatOptions => {
  if (decimals !== undefined) return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (notation === 'compact') return { maximumFractionDigits: 1 };
  // Currency keeps Intl's own minor units (cents), so €12.50 never shows as €12.5.
  return unit === 'currency' ? {} : { maximumFractionDigits: DEFAULT_DECIMALS[unit] };
};

const intlOptions = (unit: Unit, options: FormatOptions, signed: boolean): Intl.NumberFormatOptions => ({
  ...(unit === 'percent' ? { style: 'percent' } : {}),
  ...(unit === 'currency' ? { style: 'currency', currency: options.currency ?? defaultCurrency(options.locale) } : {}),
  ...(options.notation === 'compact' && unit !== 'percent' ? { notation: 'compact' } : {}),
  ...digits(unit, options),
  ...(signed || unit === 'score' ? { signDisplay: 'exceptZero' } : {}),
});

/**
 * A number that is not finite has no text: it shows nothing, never `NaN` or `∞`. The engine never
 * computes one; this keeps a caller's mistake from reaching a reader.
 */
const shows = (value: number) => Number.isFinite(value);

/** A KPI value as a reader sees it: `12.5%`, `€1,250.00`, `4 : 1`, `+42`. */
export const formatValue = (value: number, unit: Unit, options: FormatOptions): string => {
  if (!shows(value)) return '';
  const text = numberFormat(options.locale, intlOptions(unit, options, false)).format(value);
  return unit === 'ratio' ? `${text} : 1` : text;
};

/** A plain number, for axes and counts that are not a KPI value. */
export const formatNumber = (value: number, options: FormatOptions): string => formatValue(value, 'number', options);

/** A relative change, signed: `+50%`, `-12.5%`. */
export const formatRelative = (relative: number, options: FormatOptions): string =>
  !shows(relative)
    ? ''
    : numberFormat(options.locale, {
        style: 'percent',
        signDisplay: 'exceptZero',
        ...digits('percent', options),
      }).format(relative);

const POINTS = {
  en: { short: 'pp', one: 'percentage point', other: 'percentage points' },
  nl: { short: 'pp', one: 'procentpunt', other: 'procentpunten' },
} as const;

/**
 * A change in a percent KPI, in percentage points: `+1 pp` or, for screen readers and
 * explanations, `+1 percentage point` / `+1 procentpunt`. `change` is a fraction (0.01 is 1 pp).
 */
export const formatPoints = (change: number, options: FormatOptions, long = false): string => {
  if (!shows(change)) return '';
  const points = change * 100;
  const formatter = numberFormat(options.locale, { signDisplay: 'exceptZero', ...digits('percent', options) });
  const words = POINTS[langOf(options.locale)];
  if (!long) return `${formatter.format(points)} ${words.short}`;
  // Plural rules that round like the formatter, so "1.0" reads as one point and "1.5" as points.
  const plural = new Intl.PluralRules(options.locale, digits('percent', options)).select(Math.abs(points));
  return `${formatter.format(points)} ${plural === 'one' ? words.one : words.other}`;
};

/**
 * A change in a KPI's own unit, signed: percentage points for percent KPIs, otherwise the unit's
 * format with a sign (`+€12.00`, `+0.5`, `+3`).
 */
export const formatChange = (change: number, unit: Unit, options: FormatOptions, long = false): string => {
  if (!shows(change)) return '';
  if (unit === 'percent') return formatPoints(change, options, long);
  // A change in a ratio is not itself "x : 1"; it reads as a plain signed number.
  const shown = unit === 'ratio' ? 'number' : unit;
  return numberFormat(options.locale, intlOptions(shown, options, true)).format(change);
};

/**
 * The size of a change without its sign, for sentences that say the direction in words
 * ("down $20.00", "up 1 percentage point").
 */
export const formatMagnitude = (change: number, unit: Unit, options: FormatOptions, long = false): string => {
  const size = Math.abs(change);
  if (unit === 'percent') {
    const text = formatPoints(size, options, long);
    return size === 0 ? text : text.replace(/^\+/, '');
  }
  return formatValue(size, unit === 'ratio' || unit === 'score' ? 'number' : unit, options);
};
