import { formatValue, type FormatOptions } from './format.js';
import { placeInRange } from './goal.js';
import { shownCurrency } from './locale.js';
import type { Benchmark, Range, Unit } from './types.js';

/** Where a value stands against a benchmark's range. */
export type Placement = 'below' | 'within' | 'above';

/** What a benchmark says about a value. */
export interface BenchmarkJudgement {
  /**
   * The range as text, money in the range's own currency: `15%–25%`, `3–4 : 1`, `≥ 0.5%`,
   * `€10.00–€500.00`. Absent for a benchmark with neither bound (a note only).
   */
  readonly range?: string;
  /**
   * Where the value stands in the range; absent where the range cannot judge it: a benchmark
   * with no bounds, or a money range quoted in another currency than the value's.
   */
  readonly placement?: Placement;
}

/** Whether a range has a bound to judge or draw a value against. */
export const isBounded = ({ min, max }: Range): boolean => min !== undefined || max !== undefined;

/**
 * A range as text. Its bounds are quoted figures: they keep the unit's own decimals whatever
 * `decimals` the value is shown with (`≥ 0.5%` never reads `≥ 1%`), and round amounts of money
 * show no cents. A ratio range carries its
 * ": 1" once: "3–4 : 1" reads better than "3 : 1–4 : 1".
 */
export const formatRange = ({ min, max }: Range, unit: Unit, format: FormatOptions): string => {
  const { locale, currency, notation } = format;
  // Quoted amounts are round: "€10–€500", not "€10.00–€500.00".
  const whole = unit === 'currency' && [min, max].every((bound) => bound === undefined || Number.isInteger(bound));
  const quoted: FormatOptions = {
    locale,
    ...(currency ? { currency } : {}),
    ...(notation ? { notation } : {}),
    ...(whole ? { decimals: 0 } : {}),
  };
  const shown = unit === 'ratio' ? 'number' : unit;
  const show = (value: number) => formatValue(value, shown, quoted);
  const suffix = unit === 'ratio' ? ' : 1' : '';
  if (min !== undefined && max !== undefined) return `${show(min)}–${show(max)}${suffix}`;
  return min !== undefined ? `≥ ${show(min)}${suffix}` : `≤ ${show(max ?? 0)}${suffix}`;
};

/**
 * Judges a value against a KPI's benchmark. A money range (one with a `currency`) judges only a
 * value shown in that currency (`format.currency`, else the locale's); against any other it is a
 * reference, shown in its own currency but not judged: €10–€500 says nothing of $66.67. A
 * benchmark with no bounds judges nothing and has no range text: its note is all it says.
 */
export const judgeBenchmark = (
  value: number,
  benchmark: Benchmark,
  unit: Unit,
  format: FormatOptions,
): BenchmarkJudgement => {
  if (!isBounded(benchmark)) return {};
  const currency = benchmark.currency?.toUpperCase();
  const range = formatRange(benchmark, unit, currency ? { ...format, currency } : format);
  if (currency && currency !== shownCurrency(format)) return { range };
  return { range, placement: placeInRange(value, benchmark) };
};
