import {
  isBlank,
  kindForUnit,
  parseNumber,
  parseSeries,
  type KpiError,
  type RawValue,
  type Result,
  type Unit,
} from '../../kpi/index.js';
import { readDating, type Dating, type DatingAttributes } from './goal-dating.js';
import type { Figure } from '../../kpi/index.js';

export type Shape = 'arc' | 'ring' | 'bar';
export const SHAPES: readonly Shape[] = ['arc', 'ring', 'bar'];

/** The goal attributes as given. */
export interface GoalAttributes extends DatingAttributes {
  readonly goal: RawValue;
  readonly baseline: RawValue;
  readonly min: RawValue;
  readonly max: RawValue;
  readonly shape: RawValue;
  readonly bands: RawValue;
}

/** The goal attributes, validated. */
export interface GoalSetup {
  readonly goal: number;
  readonly baseline?: number;
  /** The gauge's own scale, when both `min` and `max` are set. */
  readonly scale?: { readonly min: number; readonly max: number };
  readonly shape: Shape;
  /** Ascending shares of the goal that separate bad, warning and good. */
  readonly bands: readonly number[];
  readonly dating?: Dating;
}

const fail = (error: KpiError): Result<never> => ({ ok: false, error });
const invalid = (field: string, given: RawValue, accepted: readonly string[]) =>
  fail({ code: 'invalid-option', fields: [field], given: String(given ?? ''), accepted });

/**
 * A number in the figure's unit; percent goals take `2%` or `0.02`. Errors show an example in that
 * unit that the gauge takes (`goal="20000"`, not the signed `-1250.50` a plain value may be).
 */
const readNumber = (raw: RawValue, field: string, unit: Unit): Result<number> => {
  const parsed = parseNumber(raw, field, kindForUnit(unit));
  if (parsed.ok) return parsed;
  const example = field === 'min' ? '0' : unit === 'percent' ? '3%' : '20000';
  return fail({ ...parsed.error, example });
};
const readOptional = (raw: RawValue, field: string, unit: Unit): Result<number | undefined> =>
  isBlank(raw) ? { ok: true, value: undefined } : readNumber(raw, field, unit);

/** Without a baseline a goal must be above zero; with one, beyond it in the better direction. */
const checkGoal = (goal: number, baseline: number | undefined, figure: Figure, raw: RawValue): Result<number> => {
  if (baseline === undefined) return goal > 0 ? { ok: true, value: goal } : invalid('goal', raw, ['> 0']);
  const beyond = figure.better === 'higher' ? goal > baseline : goal < baseline;
  const sign = figure.better === 'higher' ? '>' : '<';
  return beyond ? { ok: true, value: goal } : invalid('goal', raw, [`${sign} baseline (${baseline})`]);
};

const readBands = (raw: RawValue): Result<readonly number[]> => {
  if (isBlank(raw)) return { ok: true, value: [] };
  const parsed = parseSeries(raw, 'bands', 'percent');
  if (!parsed.ok) return parsed;
  const shares = parsed.value;
  const valid =
    shares.length <= 2 && shares.every((share, i) => share !== null && share > 0 && share > (shares[i - 1] ?? 0));
  return valid ? { ok: true, value: shares as number[] } : invalid('bands', raw, ['50%,80%', '0.5,0.8']);
};

/** Validates the goal attributes against the figure; errors name the attribute to fix. */
export const readGoalSetup = (attributes: GoalAttributes, figure: Figure): Result<GoalSetup> => {
  const { unit } = figure;
  const rawGoal = readNumber(attributes.goal, 'goal', unit);
  if (!rawGoal.ok) return rawGoal;
  const baseline = readOptional(attributes.baseline, 'baseline', unit);
  if (!baseline.ok) return baseline;
  const goal = checkGoal(rawGoal.value, baseline.value, figure, attributes.goal);
  if (!goal.ok) return goal;
  const min = readOptional(attributes.min, 'min', unit);
  if (!min.ok) return min;
  const max = readOptional(attributes.max, 'max', unit);
  if (!max.ok) return max;
  if ((min.value === undefined) !== (max.value === undefined)) {
    const field = min.value === undefined ? 'min' : 'max';
    const example = field === 'min' ? '0' : unit === 'percent' ? '100%' : '25000';
    return fail({ code: 'missing', fields: [field], example });
  }
  if (min.value !== undefined && max.value !== undefined && max.value <= min.value) {
    return invalid('max', attributes.max, [`> min (${min.value})`]);
  }
  const shape = isBlank(attributes.shape) ? 'arc' : String(attributes.shape).trim();
  if (!(SHAPES as readonly string[]).includes(shape)) return invalid('shape', shape, SHAPES);
  const bands = readBands(attributes.bands);
  if (!bands.ok) return bands;
  const dating = readDating(attributes, figure, baseline.value);
  if (!dating.ok) return dating;
  return {
    ok: true,
    value: {
      goal: goal.value,
      shape: shape as Shape,
      bands: bands.value,
      ...(baseline.value === undefined ? {} : { baseline: baseline.value }),
      ...(min.value !== undefined && max.value !== undefined ? { scale: { min: min.value, max: max.value } } : {}),
      ...(dating.value ? { dating: dating.value } : {}),
    },
  };
};
