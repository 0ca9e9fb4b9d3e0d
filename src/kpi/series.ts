import { fail, invalidOption } from './errors.js';
import { computeKpi, resolveKpi } from './compute.js';
import { isBlank, parseSeries, type RawValue } from './parse.js';
import type { KpiDefinition, KpiError, Result, Series } from './types.js';

/** One period of a computed series: a value, or a gap with the reason it could not be computed. */
export interface Period {
  readonly value: number | null;
  /** Why the KPI could not be computed for this period; absent for an empty entry (no data). */
  readonly error?: KpiError;
}

export interface Point {
  readonly index: number;
  readonly value: number;
}

/** What a series did, ignoring gaps: the first and last values, the highest and the lowest. */
export interface SeriesSummary {
  readonly first: Point;
  readonly last: Point;
  /** The earliest period with the highest value. */
  readonly high: Point;
  /** The earliest period with the lowest value. */
  readonly low: Point;
  /** The value before the last one, skipping gaps, when there is one. */
  readonly previous?: Point;
  /** How many periods have a value. */
  readonly count: number;
}

/** Period-level failures: the period becomes a gap with its reason; other errors stop the series. */
const PER_PERIOD: readonly KpiError['code'][] = ['zero-divisor', 'out-of-range'];

/**
 * Computes a KPI for every period from comma-separated input series, one entry per period
 * (`conversions="12,15,18"`, `visitors="1000,1100,1050"`). An empty entry in any input is a gap
 * without a reason; a period whose KPI cannot be computed (a zero divisor) is a gap with its
 * reason. Inputs that are lists themselves (NPS `scores`) cannot be split per period.
 */
export const computeSeries = (
  kpi: string | KpiDefinition | null | undefined,
  read: (input: string) => RawValue,
  field: (input: string) => string = (input) => input,
): Result<Period[]> => {
  const resolved = resolveKpi(kpi);
  if (!resolved.ok) return resolved;
  const definition = resolved.value;
  const listInput = definition.inputs.find((input) => input.list && !isBlank(read(input.name)));
  if (listInput) {
    return invalidOption('kpi', definition.id, [{ phrase: 'single-numbers' }, { phrase: 'ready-series' }]);
  }
  const series = new Map<string, Series>();
  let length: number | undefined;
  for (const input of definition.inputs) {
    const raw = read(input.name);
    if (isBlank(raw)) continue;
    const parsed = parseSeries(raw, field(input.name), input.kind);
    if (!parsed.ok) return parsed;
    length ??= parsed.value.length;
    if (parsed.value.length !== length) {
      const first = definition.inputs.find((other) => series.has(other.name))?.name ?? input.name;
      return fail({
        code: 'length-mismatch',
        fields: [field(input.name), field(first)],
        lengths: { given: parsed.value.length, expected: length },
      });
    }
    series.set(input.name, parsed.value);
  }
  const periods: Period[] = [];
  for (let index = 0; index < (length ?? 1); index += 1) {
    const entries = [...series.values()].map((values) => values[index]);
    if (length !== undefined && entries.some((entry) => entry === null)) {
      periods.push({ value: null });
      continue;
    }
    const computed = computeKpi(definition, (name) => series.get(name)?.[index], { field });
    if (computed.ok) periods.push({ value: computed.value });
    else if (PER_PERIOD.includes(computed.error.code)) periods.push({ value: null, error: computed.error });
    else return computed;
  }
  return { ok: true, value: periods };
};

/** The summary of a series, ignoring gaps, or `undefined` when every period is a gap. */
export const summarizeSeries = (values: Series): SeriesSummary | undefined => {
  // Indices while scanning, points at the end: a long series allocates nothing per value.
  let [first, last, previous, high, low, count] = [-1, -1, -1, -1, -1, 0];
  const valueAt = (index: number) => values[index] as number;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? null;
    if (value === null) continue;
    count += 1;
    if (first < 0) first = index;
    previous = last;
    last = index;
    if (high < 0 || value > valueAt(high)) high = index;
    if (low < 0 || value < valueAt(low)) low = index;
  }
  if (count === 0) return undefined;
  const point = (index: number): Point => ({ index, value: valueAt(index) });
  const summary = { first: point(first), last: point(last), high: point(high), low: point(low), count };
  return previous < 0 ? summary : { ...summary, previous: point(previous) };
};
