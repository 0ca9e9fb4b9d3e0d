import {
  isBlank,
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
import { computeSeries, summarizeSeries, type Period, type SeriesSummary } from '../../kpi/series.js';
import { UNITS } from '../../shared/figure.js';

/** A trend ready to draw: one entry per period, and what it did. */
export interface TrendData {
  readonly periods: readonly Period[];
  readonly values: readonly (number | null)[];
  readonly summary: SeriesSummary;
  readonly unit: Unit;
  readonly better: Better;
  readonly kpi?: KpiDefinition;
  readonly target?: number;
}

export interface TrendSource {
  readonly kpi?: string | null;
  readonly values?: RawValue;
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
}: TrendSource): Result<{ periods: Period[]; unit: Unit; kpi?: KpiDefinition }> => {
  if (!isBlank(kpi)) {
    const definition = resolveKpi(kpi);
    if (!definition.ok) return definition;
    const periods = computeSeries(definition.value, read);
    return periods.ok
      ? { ok: true, value: { periods: periods.value, unit: definition.value.unit, kpi: definition.value } }
      : periods;
  }
  const shown = isBlank(unit) ? 'number' : unit.trim();
  if (!isUnit(shown))
    return { ok: false, error: { code: 'invalid-option', fields: ['unit'], given: shown, accepted: UNITS } };
  if (isBlank(values)) return { ok: false, error: { code: 'missing', fields: ['values'], example: '12,15,,18' } };
  const parsed = parseSeries(values, 'values', kindForUnit(shown));
  if (!parsed.ok) return parsed;
  return { ok: true, value: { periods: parsed.value.map((value) => ({ value })), unit: shown } };
};

/**
 * Reads a trend the same way `readFigure` reads one value: a KPI computed per period from its
 * input series when `kpi` is set, else the ready series in `values` with its `unit`.
 */
export const readTrend = (source: TrendSource): Result<TrendData> => {
  const read = readPeriods(source);
  if (!read.ok) return read;
  const { periods, unit, kpi } = read.value;
  const values = periods.map((period) => period.value);
  const summary = summarizeSeries(values);
  if (!summary) {
    const reason = periods.find((period) => period.error)?.error;
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
      periods,
      values,
      summary,
      unit,
      better,
      ...(kpi ? { kpi } : {}),
      ...(target === undefined ? {} : { target }),
    },
  };
};
