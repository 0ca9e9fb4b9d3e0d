import { compareValues, type Comparison } from './compare.js';
import { resolveKpi } from './compute.js';
import { fail } from './errors.js';
import { readOptionalInUnit, readUnit } from './figure.js';
import { isBlank, isMissingSeries, kindForUnit, parseSeries, type RawValue } from './parse.js';
import { computeSeries, summarizeSeries, type SeriesSummary } from './series.js';
import type { Better, KpiDefinition, KpiError, Result, Series, Unit } from './types.js';

/** A trend ready to draw and describe: one entry per period, and what it did. */
export interface TrendData {
  /** The value of every period, `null` for a gap. */
  readonly values: Series;
  /**
   * Why a KPI could not be computed for a period, by index; a gap without one is no data. Kept
   * apart from the values, so a long ready series holds numbers, not an object per period.
   */
  readonly errors: ReadonlyMap<number, KpiError>;
  readonly summary: SeriesSummary;
  readonly unit: Unit;
  readonly better: Better;
  /** The KPI computed per period; absent for a ready series. */
  readonly kpi?: KpiDefinition;
  /** The target, in the trend's unit. */
  readonly target?: number;
}

export interface TrendSource {
  /** The `kpi` attribute: when set, the KPI is computed per period from its input series. */
  readonly kpi?: string | null;
  /** The ready series (used without `kpi`): attribute text, or an array of numbers and gaps from data. */
  readonly values?: RawValue | readonly RawValue[];
  /** The unit of `values`: one of `UNITS`, `number` when blank. */
  readonly unit?: string | null;
  /** The attribute `values` come from, as errors name it: `values` (the trend's), or the card's `value`. */
  readonly valuesField?: string;
  /** The `target` attribute, in the trend's unit (`3%` or `0.03` for percent KPIs). */
  readonly target?: RawValue;
  /** Overrides the KPI's better direction. */
  readonly better?: Better;
  /** Reads an attribute, for the KPI's input series. */
  readonly read: (attribute: string) => RawValue;
}

type Periods = Pick<TrendData, 'values' | 'errors' | 'unit' | 'kpi'>;

const readPeriods = ({ kpi, values, unit, read, valuesField = 'values' }: TrendSource): Result<Periods> => {
  if (!isBlank(kpi)) {
    const definition = resolveKpi(kpi);
    if (!definition.ok) return definition;
    const periods = computeSeries(definition.value, read);
    if (!periods.ok) return periods;
    const errors = new Map<number, KpiError>();
    periods.value.forEach(({ error }, index) => {
      if (error) errors.set(index, error);
    });
    const computed = periods.value.map((period) => period.value);
    return { ok: true, value: { values: computed, errors, unit: definition.value.unit, kpi: definition.value } };
  }
  const shown = readUnit(unit);
  if (!shown.ok) return shown;
  if (isMissingSeries(values)) return fail({ code: 'missing', fields: [valuesField], example: '12,15,,18' });
  const parsed = parseSeries(values, valuesField, kindForUnit(shown.value));
  return parsed.ok ? { ok: true, value: { values: parsed.value, errors: new Map(), unit: shown.value } } : parsed;
};

/**
 * Reads a trend the way `readFigure` reads one value: a KPI computed per period from its input
 * series when `kpi` is set, else the ready series in `values` with its `unit`; the target in the
 * trend's unit. A trend with no value at all is an error: the reason a period could not be
 * computed, or else the series that hold only gaps.
 */
export const readTrend = (source: TrendSource): Result<TrendData> => {
  const periods = readPeriods(source);
  if (!periods.ok) return periods;
  const { values, errors, unit, kpi } = periods.value;
  const summary = summarizeSeries(values);
  if (!summary) {
    const [reason] = errors.values();
    if (reason) return fail(reason);
    const given = kpi?.inputs.map((input) => input.name).filter((name) => !isBlank(source.read(name)));
    const fields = given?.length ? given : [source.valuesField ?? 'values'];
    return fail({ code: 'no-figure', fields, example: '12,15,,18' });
  }
  const target = readOptionalInUnit(source.target, unit, 'target');
  if (!target.ok) return target;
  return {
    ok: true,
    value: {
      values,
      errors,
      summary,
      unit,
      better: source.better ?? kpi?.better ?? 'higher',
      ...(kpi ? { kpi } : {}),
      ...(target.value === undefined ? {} : { target: target.value }),
    },
  };
};

/** The latest value against the one before it (gaps skipped), when there is one. */
export const latestChange = ({ summary, better, unit }: TrendData): Comparison | undefined =>
  summary.previous ? compareValues(summary.last.value, summary.previous.value, better, unit) : undefined;

/** What the trend did over its span: the last value against the first (gaps skipped). */
export const spanChange = ({ summary, better, unit }: TrendData): Comparison =>
  compareValues(summary.last.value, summary.first.value, better, unit);
