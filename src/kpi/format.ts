import { langOf, shownCurrency } from './locale.js';
import { packFor } from './locales/index.js';
import { memo } from './memo.js';
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

/** Most decimals each unit shows by default: enough to tell values apart, no more. */
const DEFAULT_DECIMALS: Record<Unit, number> = {
  percent: 1,
  currency: 2,
  ratio: 1,
  count: 0,
  number: 1,
  score: 0,
  duration: 1,
};

const digits = (unit: Unit, { decimals, notation }: FormatOptions): Intl.NumberFormatOptions => {
  if (decimals !== undefined) return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (notation === 'compact') return { maximumFractionDigits: 1 };
  // Currency keeps Intl's own minor units (cents), so €12.50 never shows as €12.5.
  return unit === 'currency' ? {} : { maximumFractionDigits: DEFAULT_DECIMALS[unit] };
};

const intlOptions = (unit: Unit, options: FormatOptions, signed: boolean): Intl.NumberFormatOptions => ({
  ...(unit === 'percent' ? { style: 'percent' } : {}),
  ...(unit === 'currency' ? { style: 'currency', currency: shownCurrency(options) } : {}),
  // Days in words the reader's language uses: "30 days", "30 dagen", "30 Tage".
  ...(unit === 'duration' ? { style: 'unit', unit: 'day', unitDisplay: 'long' } : {}),
  ...(options.notation === 'compact' && unit !== 'percent' ? { notation: 'compact' } : {}),
  ...digits(unit, options),
  // 'negative' keeps a value that rounds to zero from reading "-0%" (-0.0001 shows as 0%).
  signDisplay: signed || unit === 'score' ? 'exceptZero' : 'negative',
});

/** What a formatter shows: a value in a unit, a relative change, or a change in percentage points. */
type Style = Unit | 'relative' | 'points';

const styleOptions = (style: Style, options: FormatOptions, signed: boolean): Intl.NumberFormatOptions =>
  style === 'relative'
    ? { style: 'percent', signDisplay: 'exceptZero', ...digits('percent', options) }
    : style === 'points'
      ? { signDisplay: 'exceptZero', ...digits('percent', options) }
      : intlOptions(style, options, signed);

const formatters = memo<Intl.NumberFormat>();

/**
 * Building an Intl.NumberFormat is slow, and dashboards format thousands of numbers with a few.
 * The cache key is made of the few fields that decide the options, so a hit builds no objects.
 */
const formatterFor = (style: Style, options: FormatOptions, signed = false): Intl.NumberFormat => {
  const { locale, currency, decimals, notation } = options;
  return formatters(
    `${style}|${signed}|${locale}|${currency}|${decimals}|${notation}`,
    () => new Intl.NumberFormat(locale, styleOptions(style, options, signed)),
  );
};

const plurals = memo<Intl.PluralRules>();

/** Plural rules that round like the points formatter, so "1.0" reads as one point and "1.5" as points. */
const pluralFor = (options: FormatOptions): Intl.PluralRules =>
  plurals(
    `${options.locale}|${options.decimals}|${options.notation}`,
    () => new Intl.PluralRules(options.locale, digits('percent', options)),
  );

/**
 * A number that is not finite has no text: it shows nothing, never `NaN` or `∞`. The engine never
 * computes one; this keeps a caller's mistake from reaching a reader.
 */
const shows = (value: number) => Number.isFinite(value);

/**
 * The options that show a change that is not zero as more than zero. At a unit's usual precision,
 * or at the page's `decimals`, a rise of 0.04 pp reads "0 pp" beside an arrow that says it rose:
 * the change gets up to three more decimals, as few as it needs. `shown` is the change in the
 * units it is shown in (points and percent for percent). Money keeps its cents: less than a cent
 * is no change to show.
 */
const precise = (shown: number, unit: Unit, options: FormatOptions): FormatOptions => {
  if (unit === 'currency' || shown === 0) return options;
  const usual = options.decimals ?? (options.notation === 'compact' ? 1 : DEFAULT_DECIMALS[unit]);
  for (let decimals = usual; decimals <= usual + 3; decimals++) {
    if (Math.abs(shown) >= 0.5 * 10 ** -decimals) return decimals === usual ? options : { ...options, decimals };
  }
  return options;
};

/** A KPI value as a reader sees it: `12.5%`, `€1,250.00`, `4 : 1`, `+42`. */
export const formatValue = (value: number, unit: Unit, options: FormatOptions): string => {
  if (!shows(value)) return '';
  const text = formatterFor(unit, options).format(value);
  return unit === 'ratio' ? `${text} : 1` : text;
};

/**
 * A share of a whole (a funnel step's conversion, what it lost): a percent that gets the decimals
 * it needs, so a share that is not zero never reads `0%` (`0.04%`), and a share short of the
 * whole never reads `100%` (996 of 1,000 lost is `99.6%`).
 */
export const formatShare = (share: number, options: FormatOptions): string =>
  formatValue(share, 'percent', shareOptions(share, options));

/** The options that show a share as `formatShare` does: more decimals where it would read `0%` or `100%`. */
const shareOptions = (share: number, options: FormatOptions): FormatOptions => {
  const aboveZero = precise(share * 100, 'percent', options);
  return share > 0 && share < 1 ? precise((1 - share) * 100, 'percent', aboveZero) : aboveZero;
};

/** The decimals a unit shows unless told otherwise: money its currency's minor units (cents; none for yen). */
const usualDecimals = (unit: Unit, options: FormatOptions): number =>
  unit === 'currency'
    ? (formatterFor('currency', { ...options, decimals: undefined }).resolvedOptions().maximumFractionDigits ?? 2)
    : DEFAULT_DECIMALS[unit];

/**
 * The fewest decimals, from `least` up to `most`, that show a figure without rounding it. Scaled
 * arithmetic, not `toFixed`: a trend asks this of every one of its values, 10,000 of them.
 */
const neededDecimals = (figure: number, unit: Unit, least: number, most: number): number => {
  const shown = unit === 'percent' ? figure * 100 : figure;
  // Whole numbers (counts, and every double past 2^53) need none.
  if (Number.isInteger(shown)) return least;
  const tolerance = 1e-9 * Math.max(1, Math.abs(shown));
  for (let decimals = least; decimals < most; decimals++) {
    const scale = 10 ** decimals;
    if (Math.abs(shown - Math.round(shown * scale) / scale) <= tolerance) return decimals;
  }
  return most;
};

/**
 * One rule for the decimals of a unit across a widget: its value and the figures quoted beside it
 * (a target, a range's bounds) show the same number of decimals, so `21.4%` stands beside
 * `Target 22.0%` and `15.0%–25.0%`, never beside `22%`, and a `Target 3.00%` never beside a range
 * of `2%–5%`. That number is as many as the most precise of them needs, up to the unit's usual
 * (`3%` with `Target 3%`; `3.0%` with `Target 3.5%`), or the page's `decimals`. A figure quoted
 * beside the value is never rounded to another figure (`Target 0.5%` never reads `Target 1%`): it
 * may take the decimals it needs, up to the unit's usual, even past the page's `decimals`. Money
 * keeps its minor units (cents); compact notation keeps its own rule. Figures that are not finite
 * are left out.
 */
export const sharedDecimals = (
  value: number,
  quoted: readonly (number | null | undefined)[],
  unit: Unit,
  options: FormatOptions,
): FormatOptions => {
  if (options.notation === 'compact') return options;
  const usual = usualDecimals(unit, options);
  const least = options.decimals ?? (unit === 'currency' ? usual : 0);
  const most = Math.max(least, usual);
  let decimals = Number.isFinite(value) ? neededDecimals(value, unit, least, options.decimals ?? usual) : least;
  for (const figure of quoted) {
    // Past the most any figure may take, a long series has nothing more to say.
    if (decimals >= most) break;
    if (typeof figure === 'number' && Number.isFinite(figure)) {
      decimals = Math.max(decimals, neededDecimals(figure, unit, least, most));
    }
  }
  return decimals === options.decimals ? options : { ...options, decimals };
};

/**
 * One column of percentages (a funnel's conversions, its losses, its changes in points): the
 * options that show every figure in it with the same decimals, so `5.0%` stands above `0.8%`,
 * never `5%`, and the figures line up. As many decimals as the column's most precise figure needs,
 * up to the percent's usual one (or exactly the page's `decimals`); more for the whole column where
 * one figure needs them not to read as zero or the whole (`0.04%`, `99.96%`). `shares` are shown
 * as `formatShare` shows them, `points` as `formatPoints` does; figures that are not finite are
 * left out.
 */
export const columnDecimals = (
  figures: readonly (number | null | undefined)[],
  kind: 'shares' | 'points',
  options: FormatOptions,
): FormatOptions => {
  const shown = figures.filter((figure): figure is number => typeof figure === 'number' && shows(figure));
  const usual = DEFAULT_DECIMALS.percent;
  const least = options.decimals ?? Math.max(0, ...shown.map((figure) => neededDecimals(figure, 'percent', 0, usual)));
  const base = { ...options, decimals: least };
  const needs = (figure: number) =>
    (kind === 'shares' ? shareOptions(figure, base) : precise(figure * 100, 'percent', base)).decimals ?? least;
  const decimals = Math.max(least, ...shown.map(needs));
  return decimals === options.decimals ? options : { ...options, decimals };
};

/**
 * A range of figures in a unit, or a range with one bound: `15%–25%`, `≥ 0.5%`, `≤ €40.00`. A
 * ratio range carries its ": 1" once: "3–4 : 1" reads better than "3 : 1–4 : 1".
 */
export const formatBounds = (min: number | undefined, max: number | undefined, unit: Unit, options: FormatOptions) => {
  const shown = unit === 'ratio' ? 'number' : unit;
  const show = (bound: number) => formatValue(bound, shown, options);
  const suffix = unit === 'ratio' ? ' : 1' : '';
  if (min !== undefined && max !== undefined) return `${show(min)}–${show(max)}${suffix}`;
  if (min !== undefined) return `≥ ${show(min)}${suffix}`;
  return max === undefined ? '' : `≤ ${show(max)}${suffix}`;
};

/** A plain number, for axes and counts that are not a KPI value. */
export const formatNumber = (value: number, options: FormatOptions): string => formatValue(value, 'number', options);

/** A relative change, signed: `+50%`, `-12.5%`. */
export const formatRelative = (relative: number, options: FormatOptions): string =>
  !shows(relative) ? '' : formatterFor('relative', precise(relative * 100, 'percent', options)).format(relative);

/**
 * A change in a percent KPI, in percentage points: `+1 pp` or, for screen readers and
 * explanations, `+1 percentage point` / `+1 procentpunt`. `change` is a fraction (0.01 is 1 pp).
 */
export const formatPoints = (change: number, options: FormatOptions, long = false): string => {
  if (!shows(change)) return '';
  const points = change * 100;
  const shown = precise(points, 'percent', options);
  const formatter = formatterFor('points', shown);
  const words = packFor(langOf(options.locale)).common.points;
  if (!long) return `${formatter.format(points)} ${words.short}`;
  const plural = pluralFor(shown).select(Math.abs(points));
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
  return formatterFor(shown, precise(change, shown, options), true).format(change);
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
  const shown = unit === 'ratio' || unit === 'score' ? 'number' : unit;
  return formatValue(size, shown, precise(size, shown, options));
};

/** Money in a rough figure: from 100 up its cents say nothing, unless the page chose `decimals`. */
const rough = (value: number, unit: Unit, options: FormatOptions): FormatOptions =>
  unit === 'currency' && options.decimals === undefined && Math.abs(value) >= 100
    ? { ...options, decimals: 0 }
    : options;

/**
 * A level that is an estimate, such as the value expected by now or projected at a period's end:
 * in the KPI's own unit like any value (a percent KPI's level is a percent, `2.5%`, never points),
 * money from 100 up without cents (`€137,363`).
 */
export const formatEstimate = (value: number, unit: Unit, options: FormatOptions): string =>
  formatValue(value, unit, rough(value, unit, options));

/**
 * An amount a goal still needs per day, week or month (see `paceNeed`). It is a difference, so it
 * has no sign and a percent KPI's need is in points (`0.4 pp`); it is an average, so a count may
 * show a decimal (`35.7`); money from 100 up has no cents. One too small for the usual decimals
 * gets the decimals it needs, as any change does.
 */
export const formatNeed = (amount: number, unit: Unit, options: FormatOptions): string =>
  formatMagnitude(amount, unit === 'count' ? 'number' : unit, rough(amount, unit, options));

/**
 * The smallest amount that is not zero in a unit, as a reader sees it: 1 for a count or a score
 * (whole things and whole points); otherwise one step of the page's `decimals` or the unit's own:
 * 0.1 pp (0.001) for a percent, the currency's minor unit for money (a cent; a yen), 0.1 for a
 * ratio, a plain number or days.
 */
export const smallestShown = (unit: Unit, options: FormatOptions): number => {
  if (unit === 'count' || unit === 'score') return 1;
  const decimals =
    options.decimals ??
    (unit === 'currency'
      ? (formatterFor('currency', options).resolvedOptions().maximumFractionDigits ?? 2)
      : DEFAULT_DECIMALS[unit]);
  return 10 ** -decimals / (unit === 'percent' ? 100 : 1);
};
