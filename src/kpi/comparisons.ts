import { compareValues, type Comparison } from './compare.js';
import { invalidOption, readOption } from './errors.js';
import type { Figure } from './figure.js';
import { exampleFor, isBlank, kindForUnit } from './parse.js';
import type { Better, KpiError, Result, Unit } from './types.js';

/** What a card can compare its figure with: the period before, the same period a year earlier, its target. */
export const BASELINES = ['previous', 'year', 'target'] as const;
export type Baseline = (typeof BASELINES)[number];

/** How a change is told: by how much, by what share of the earlier figure, or both. */
export const CHANGE_FORMS = ['absolute', 'relative', 'both'] as const;
export type ChangeForm = (typeof CHANGE_FORMS)[number];

/**
 * Reads `compare`: baselines in the order they show, separated by spaces or commas
 * (`previous year target`). Blank means every baseline the figures have, in that order; a
 * baseline listed twice shows once. Anything else is an error naming `compare`.
 */
export const readCompare = (
  raw: string | null | undefined,
  available: Readonly<Record<Baseline, boolean>>,
): Result<readonly Baseline[]> => {
  const words = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return { ok: true, value: BASELINES.filter((baseline) => available[baseline]) };
  const wrong = words.find((word) => !(BASELINES as readonly string[]).includes(word));
  if (wrong !== undefined) return invalidOption('compare', raw, BASELINES);
  return { ok: true, value: [...new Set(words as Baseline[])] };
};

/**
 * How a unit's change is told unless `change` says otherwise: a rate in percentage points, a score
 * in points (neither has a zero to take a share of), every count, amount or ratio by both.
 */
export const defaultChangeForm = (unit: Unit): ChangeForm =>
  unit === 'percent' || unit === 'score' ? 'absolute' : 'both';

/** Reads `change`: blank is the unit's default (see `defaultChangeForm`); anything else names `change`. */
export const readChangeForm = (raw: string | null | undefined, unit: Unit): Result<ChangeForm> =>
  isBlank(raw) ? { ok: true, value: defaultChangeForm(unit) } : readOption(raw, CHANGE_FORMS, 'change');

/** A change as a card tells it: the figures compared, and which parts of the change to show. */
export interface ToldChange {
  readonly comparison: Comparison;
  /** Show the change itself (`+€2,000`, `+0.4 pp`). */
  readonly absolute: boolean;
  /** The relative change to show (0.2 is +20 %), or `null`. */
  readonly relative: number | null;
}

/**
 * Compares a figure with an earlier one and decides how the change is told in `form`. A relative
 * change is never told where it means nothing (a score, an earlier figure of 0 or of the other
 * sign, no change at all): asked for alone, the change itself is told instead.
 */
export const tellChange = (
  current: number,
  earlier: number,
  unit: Unit,
  better: Better,
  form: ChangeForm,
): ToldChange => {
  const comparison = compareValues(current, earlier, better, unit);
  const meaningful = comparison.direction === 'flat' ? null : comparison.relative;
  const relative = form === 'absolute' ? null : meaningful;
  return { comparison, absolute: form !== 'relative' || relative === null, relative };
};

/** The attribute prefix of each earlier period's inputs: `previous-revenue`, `year-ago-revenue`. */
export const BASELINE_PREFIX = { previous: 'previous-', year: 'year-ago-' } as const;

/**
 * Why a baseline `compare` lists has no figure, as the console warning says it: the attributes
 * that would give it (the KPI's inputs with the baseline's prefix, then the ready value) or `target`.
 */
export const missingBaseline = (baseline: Baseline, { kpi, unit }: Figure): KpiError => {
  if (baseline === 'target') return { code: 'missing', fields: ['target'], example: exampleFor(kindForUnit(unit)) };
  const prefix = BASELINE_PREFIX[baseline];
  const inputs = kpi?.inputs.map((input) => `${prefix}${input.name}`) ?? [];
  const example = exampleFor(kpi?.inputs[0]?.kind ?? kindForUnit(unit));
  return { code: 'missing', fields: [...inputs, `${prefix}value`], example };
};
