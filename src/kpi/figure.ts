import { computeKpi, resolveKpi } from './compute.js';
import { fail, invalidOption } from './errors.js';
import { isBlank, kindForUnit, parseNumber, type RawValue } from './parse.js';
import type { Better, KpiDefinition, Result, Unit } from './types.js';

/** One figure an element shows: a computed KPI, or a value given as it is. */
export interface Figure {
  readonly value: number;
  readonly unit: Unit;
  readonly better: Better;
  /** The KPI the value was computed for; absent for a plain `value`. */
  readonly kpi?: KpiDefinition;
}

export interface FigureSource {
  /** The `kpi` attribute: when set, the value is computed from the KPI's inputs. */
  readonly kpi?: string | null;
  /** A ready value, used when there is no `kpi` (the `value` or `previous-value` attribute). */
  readonly value?: RawValue;
  /** The unit of a ready value: one of `UNITS`, `number` by default. */
  readonly unit?: string | null;
  /** Overrides the KPI's better direction. */
  readonly better?: Better;
  /** Reads an attribute, for the KPI's inputs. */
  readonly read: (attribute: string) => RawValue;
  /** Prefix of the input attributes: `previous-` reads `previous-revenue` for `revenue`. */
  readonly prefix?: string;
  /** The attribute `value` came from, for messages. */
  readonly valueField?: string;
}

/** The units a ready value (`value`, `values`) may be given in, as the `unit` attribute takes them. */
export const UNITS: readonly Unit[] = ['percent', 'currency', 'ratio', 'count', 'number', 'score', 'duration'];

/** The `unit` attribute of a ready value: `number` when blank, else one of `UNITS`. */
export const readUnit = (raw: string | null | undefined): Result<Unit> => {
  const unit = isBlank(raw) ? 'number' : raw.trim();
  return (UNITS as readonly string[]).includes(unit)
    ? { ok: true, value: unit as Unit }
    : invalidOption('unit', unit, UNITS);
};

/**
 * A value in a figure's unit, as `target`, `goal`, `baseline`, `min` and `max` are given: percent
 * KPIs take `3%` or `0.03`, every other unit a plain (signed) decimal. Errors name `field`.
 */
export const readInUnit = (raw: RawValue, unit: Unit, field: string): Result<number> =>
  parseNumber(raw, field, kindForUnit(unit));

/** Like `readInUnit`, but a blank attribute is no value rather than an error. */
export const readOptionalInUnit = (raw: RawValue, unit: Unit, field: string): Result<number | undefined> =>
  isBlank(raw) ? { ok: true, value: undefined } : readInUnit(raw, unit, field);

/**
 * Reads the figure an element shows, the same way in every element: a KPI computed from its
 * inputs when `kpi` is set, else `value` in its `unit`. Errors name the attribute to fix.
 */
export const readFigure = ({
  kpi,
  value,
  unit,
  better,
  read,
  prefix = '',
  valueField = 'value',
}: FigureSource): Result<Figure> => {
  if (!isBlank(kpi)) {
    const definition = resolveKpi(kpi);
    if (!definition.ok) return definition;
    const computed = computeKpi(definition.value, (name) => read(prefix + name), { field: (name) => prefix + name });
    if (!computed.ok) return computed;
    const { unit: kpiUnit, better: kpiBetter } = definition.value;
    return {
      ok: true,
      value: { value: computed.value, unit: kpiUnit, better: better ?? kpiBetter, kpi: definition.value },
    };
  }
  const shownUnit = readUnit(unit);
  if (!shownUnit.ok) return shownUnit;
  if (isBlank(value)) return fail({ code: 'no-figure', fields: ['kpi', valueField] });
  const parsed = readInUnit(value, shownUnit.value, valueField);
  return parsed.ok
    ? { ok: true, value: { value: parsed.value, unit: shownUnit.value, better: better ?? 'higher' } }
    : parsed;
};

/**
 * The id an element reports in `kpi-change`: the catalog's own (`kpi="ROAS"` reports `roas`), the
 * text as given when the catalog does not know it, `null` without a `kpi`.
 */
export const reportedKpiId = (kpi: string | null | undefined): string | null => {
  if (isBlank(kpi)) return null;
  const resolved = resolveKpi(kpi);
  return resolved.ok ? resolved.value.id : kpi.trim();
};
