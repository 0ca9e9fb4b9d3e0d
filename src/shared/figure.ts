import {
  computeKpi,
  isBlank,
  kindForUnit,
  parseNumber,
  resolveKpi,
  type Better,
  type KpiDefinition,
  type RawValue,
  type Result,
  type Unit,
} from '../kpi/index.js';

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
  /** The unit of a ready value: `percent`, `currency`, `ratio`, `count`, `number` (default) or `score`. */
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

export const UNITS: readonly Unit[] = ['percent', 'currency', 'ratio', 'count', 'number', 'score'];

const isUnit = (unit: string): unit is Unit => (UNITS as readonly string[]).includes(unit);

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
  const shownUnit = isBlank(unit) ? 'number' : unit.trim();
  if (!isUnit(shownUnit)) {
    return { ok: false, error: { code: 'invalid-option', fields: ['unit'], given: shownUnit, accepted: UNITS } };
  }
  if (isBlank(value)) return { ok: false, error: { code: 'no-figure', fields: ['kpi', valueField] } };
  const parsed = parseNumber(value, valueField, kindForUnit(shownUnit));
  return parsed.ok ? { ok: true, value: { value: parsed.value, unit: shownUnit, better: better ?? 'higher' } } : parsed;
};
