import {
  isBlank,
  isMissingSeries,
  type KpiError,
  kindForUnit,
  parseNumber,
  parseSeries,
  resolveKpi,
  type Better,
  type KpiDefinition,
  type RawValue,
  type Result,
  type Unit,
} from '../../kpi/index.js';
import { computeSeries, summarizeSeries, type SeriesSummary } from '../../kpi/series.js';
import { UNITS } from '../../kpi/index.js';

/** A trend ready to draw: one entry per period, and what it did. */
export interface TrendData {
  /** The value of every period, `null` for a gap. */
  readonly values: readonly (number | null)[];
  /**
   * Why a KPI could not be computed for a period, by index; a gap without one is no data. Kept
   * apart from the values, so a long ready series holds numbers, not an object per period.
   */
  readonly errors: ReadonlyMap<number, KpiError>;
  readonly summary: SeriesSummary;
  readonly unit: Unit;
  readonly better: Better;
  readonly kpi?: KpiDefinition;
  readonly target?: number;
}

export interface TrendSource {
  readonly kpi?: string | null;
  /** The ready series: attribute text, or an array of numbers and gaps from data. */
  readonly values?: RawValue | readonly RawValue[];
  readonly unit?: string | null;
  readonly target?: RawValue;
  readonly better?: Better;
  /** Reads an attribute, for the KPI's input series. */
  readonly read: (attribute: string) => RawValue;
}

const isUnit = (unit: string): unit is Unit => (UNITS as readonly string[]).includes(unit);

const readPeriods = ({
  kpi,
  values,
  unit,
  read,
}: TrendSource): Result<Pick<TrendData, 'values' | 'errors' | 'unit' | 'kpi'>> => {
  if (!isBlank(kpi)) {
    const definition = resolveKpi(kpi);
    if (!definition.ok) return definition;
    const periods = computeSeries(definition.value, read);
    if (!periods.ok) return periods;
    const errors = new Map<number, KpiError>();
    periods.value.forEach(({ error }, index) => {
      if (error) errors.set(index, error);
    });
    const values = periods.value.map((period) => period.value);
    return { ok: true, value: { values, errors, unit: definition.value.unit, kpi: definition.value } };
  }
  const shown = isBlank(unit) ? 'number' : unit.trim();
  if (!isUnit(shown))
    return { ok: false, error: { code: 'invalid-option', fields: ['unit'], given: shown, accepted: UNITS } };
  if (isMissingSeries(values))
    return { ok: false, error: { code: 'missing', fields: ['values'], example: '12,15,,18' } };
  const parsed = parseSeries(values, 'values', kindForUnit(shown));
  if (!parsed.ok) return parsed;
  return { ok: true, value: { values: parsed.value, errors: new Map(), unit: shown } };
};

/**
 * Reads a trend the same way `readFigure` reads one value: a KPI computed per period from its
 * input series when `kpi` is set, else the ready series in `values` with its `unit`.
 */
export const readTrend = (source: TrendSource): Result<TrendData> => {
  const read = readPeriods(source);
  if (!read.ok) return read;
  const { values, errors, unit, kpi } = read.value;
  const summary = summarizeSeries(values);
  if (!summary) {
    const [reason] = errors.values();
    // Every period is a gap: name the series that hold the gaps.
    const given = kpi?.inputs.map((input) => input.name).filter((name) => !isBlank(source.read(name)));
    const fields = given?.length ? given : ['values'];
    return { ok: false, error: reason ?? { code: 'no-figure', fields, example: '12,15,,18' } };
  }
  let target: number | undefined;
  if (!isBlank(source.target)) {
    const parsed = parseNumber(source.target, 'target', kindForUnit(unit));
    if (!parsed.ok) return parsed;
    target = parsed.value;
  }
  const better = source.better ?? kpi?.better ?? 'higher';
  return {
    ok: true,
    value: {
      values,
      errors,
      summary,
      unit,
      better,
      ...(kpi ? { kpi } : {}),
      ...(target === undefined ? {} : { target }),
    },
  };
};
