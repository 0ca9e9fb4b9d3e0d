import { fail, invalidOption } from './errors.js';
import { readOptionalInUnit, type Figure } from './figure.js';
import { readDating, type Dating, type DatingAttributes } from './goal-dating.js';
import type { GoalTerms } from './goal.js';
import { isBlank, parseSeries, type RawValue } from './parse.js';
import type { Result, Unit } from './types.js';

/** The goal attributes as given. */
export interface GoalAttributes extends DatingAttributes {
  readonly goal?: RawValue;
  readonly baseline?: RawValue;
  readonly min?: RawValue;
  readonly max?: RawValue;
  readonly bands?: RawValue;
}

/** The goal attributes, validated against the figure. */
export interface GoalSetup extends GoalTerms {
  /** A scale of its own (`min`, `max`), both or neither. */
  readonly scale?: { readonly min: number; readonly max: number };
  /** One or two ascending shares of the goal that separate bad, warning and good. */
  readonly bands: readonly number[];
  readonly dating?: Dating;
}

/**
 * An example of a value a goal takes, in its unit (`goal="20000"`, `goal="3%"`, `min="0"`), for
 * messages: not the signed `-1250.50` a plain value may be.
 */
const exampleOf = (field: string, unit: Unit, max = '20000') =>
  field === 'min' ? '0' : unit === 'percent' ? (field === 'max' ? '100%' : '3%') : max;

/** A value in the figure's unit (`readInUnit`), blank as none; errors show an example a goal takes. */
const readValue = (raw: RawValue, field: string, unit: Unit): Result<number | undefined> => {
  const read = readOptionalInUnit(raw, unit, field);
  return read.ok ? read : fail({ ...read.error, example: exampleOf(field, unit) });
};

/** Without a baseline a goal must be above zero; with one, beyond it in the better direction. */
const checkGoal = (goal: number, baseline: number | undefined, figure: Figure, raw: RawValue): Result<number> => {
  if (baseline === undefined) return goal > 0 ? { ok: true, value: goal } : invalidOption('goal', raw, ['> 0']);
  const higher = figure.better === 'higher';
  return (higher ? goal > baseline : goal < baseline)
    ? { ok: true, value: goal }
    : invalidOption('goal', raw, [`${higher ? '>' : '<'} baseline (${baseline})`]);
};

/** `min` and `max` together, max above min, or neither. */
const readScale = (attributes: GoalAttributes, unit: Unit): Result<GoalSetup['scale']> => {
  const min = readValue(attributes.min, 'min', unit);
  if (!min.ok) return min;
  const max = readValue(attributes.max, 'max', unit);
  if (!max.ok) return max;
  if (min.value === undefined && max.value === undefined) return { ok: true, value: undefined };
  if (min.value === undefined || max.value === undefined) {
    const field = min.value === undefined ? 'min' : 'max';
    return fail({ code: 'missing', fields: [field], example: exampleOf(field, unit, '25000') });
  }
  return max.value > min.value
    ? { ok: true, value: { min: min.value, max: max.value } }
    : invalidOption('max', attributes.max, [`> min (${min.value})`]);
};

/** One or two ascending shares above zero: `50%,80%` or `0.5,0.8`. */
const readBands = (raw: RawValue): Result<readonly number[]> => {
  if (isBlank(raw)) return { ok: true, value: [] };
  const parsed = parseSeries(raw, 'bands', 'percent');
  if (!parsed.ok) return parsed;
  const shares = parsed.value;
  const valid = shares.length <= 2 && shares.every((share, i) => share !== null && share > (shares[i - 1] ?? 0));
  return valid ? { ok: true, value: shares as number[] } : invalidOption('bands', raw, ['50%,80%', '0.5,0.8']);
};

/**
 * Validates a goal's attributes against the figure: `goal` (and `baseline`, `min`, `max`) in the
 * figure's unit, the goal beyond the baseline in the better direction, a scale with both ends,
 * bands as shares of the goal, and the period to pace over. Errors name the attribute to fix.
 */
export const readGoalSetup = (attributes: GoalAttributes, figure: Figure): Result<GoalSetup> => {
  const { unit } = figure;
  const rawGoal = readValue(attributes.goal, 'goal', unit);
  if (!rawGoal.ok) return rawGoal;
  if (rawGoal.value === undefined) return fail({ code: 'missing', fields: ['goal'], example: exampleOf('goal', unit) });
  const baseline = readValue(attributes.baseline, 'baseline', unit);
  if (!baseline.ok) return baseline;
  const goal = checkGoal(rawGoal.value, baseline.value, figure, attributes.goal);
  if (!goal.ok) return goal;
  const scale = readScale(attributes, unit);
  if (!scale.ok) return scale;
  const bands = readBands(attributes.bands);
  if (!bands.ok) return bands;
  const dating = readDating(attributes, figure, baseline.value);
  if (!dating.ok) return dating;
  return {
    ok: true,
    value: {
      goal: goal.value,
      bands: bands.value,
      ...(baseline.value === undefined ? {} : { baseline: baseline.value }),
      ...(scale.value ? { scale: scale.value } : {}),
      ...(dating.value ? { dating: dating.value } : {}),
    },
  };
};
