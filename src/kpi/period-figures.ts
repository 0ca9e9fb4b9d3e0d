import { compareValues, type Comparison, type News } from './compare.js';
import { readFigure, readOptionalInUnit, type Figure } from './figure.js';
import { checkTarget, type TargetCheck } from './goal.js';
import { isBlank, type RawValue } from './parse.js';
import type { Better, Result } from './types.js';

/** The attributes one period's figure is read from, with the previous period's and a target. */
export interface PeriodFigureSource {
  /** The `kpi` attribute: when set, both periods are computed from the KPI's inputs. */
  readonly kpi?: string | null;
  /** A ready value, used when there is no `kpi`. */
  readonly value?: RawValue;
  /** The unit of a ready value. */
  readonly unit?: string | null;
  /** Overrides the KPI's better direction. */
  readonly better?: Better;
  /** The previous period's value, used when none of the KPI's `previous-` inputs is given. */
  readonly previousValue?: RawValue;
  /** The target, in the figure's unit. */
  readonly target?: RawValue;
  /** Reads any attribute: the KPI's inputs and their `previous-` twins. */
  readonly read: (attribute: string) => RawValue;
}

/** A period's figure, the previous period's value and a target, both in the figure's unit. */
export interface PeriodFigures {
  readonly current: Figure;
  readonly previous?: number;
  readonly target?: number;
}

/**
 * The previous period's value: computed from the KPI's `previous-` inputs when any is given
 * (`previous-revenue`; a KPI input called `previous` is read from `previous-previous`), else
 * `previous-value` in the figure's unit.
 */
const readPrevious = (
  { kpi, unit }: Figure,
  previousValue: RawValue,
  read: (attribute: string) => RawValue,
): Result<number | undefined> => {
  if (kpi?.inputs.some((input) => !isBlank(read(`previous-${input.name}`)))) {
    const figure = readFigure({ kpi: kpi.id, read, prefix: 'previous-' });
    return figure.ok ? { ok: true, value: figure.value.value } : figure;
  }
  return readOptionalInUnit(previousValue, unit, 'previous-value');
};

/**
 * Reads one period's figures: the current figure, the previous period's value and the target,
 * both in the figure's unit (`3%` or `0.03` for a percent KPI). Errors name the attribute to fix.
 */
export const readPeriodFigures = (source: PeriodFigureSource): Result<PeriodFigures> => {
  const { kpi, value, unit, better, previousValue, target, read } = source;
  const current = readFigure({ kpi, value, unit, better, read });
  if (!current.ok) return current;
  const previous = readPrevious(current.value, previousValue, read);
  if (!previous.ok) return previous;
  const goal = readOptionalInUnit(target, current.value.unit, 'target');
  if (!goal.ok) return goal;
  return {
    ok: true,
    value: {
      current: current.value,
      ...(previous.value === undefined ? {} : { previous: previous.value }),
      ...(goal.value === undefined ? {} : { target: goal.value }),
    },
  };
};

/**
 * How a figure reads: with a previous value, the news of its change; without one, a met target
 * is good and a missed one bad; with neither, neutral.
 */
export const figureStatus = (comparison?: Comparison, target?: TargetCheck): News =>
  comparison ? comparison.news : target ? (target.met ? 'good' : 'bad') : 'neutral';

/** A period's figure weighed against the previous period and the target. */
export interface PeriodAssessment {
  /** The change since the previous period, when there is one. */
  readonly comparison?: Comparison;
  /**
   * The relative change worth showing beside the change (0.1 is +10 %), or `null`: none when
   * nothing changed, where a percent of the previous value means nothing (see `compareValues`),
   * and none for percent KPIs, whose change is told in percentage points.
   */
  readonly relative: number | null;
  /** Whether the target is met, when there is one. */
  readonly target?: TargetCheck;
  readonly status: News;
}

/** Compares a period's figure with the previous period and checks its target, in its own unit and direction. */
export const assessPeriod = ({ current, previous, target }: PeriodFigures): PeriodAssessment => {
  const { value, unit, better } = current;
  const comparison = previous === undefined ? undefined : compareValues(value, previous, better, unit);
  const check = target === undefined ? undefined : checkTarget(value, target, better);
  const relative = comparison && unit !== 'percent' && comparison.direction !== 'flat' ? comparison.relative : null;
  return {
    ...(comparison ? { comparison } : {}),
    relative,
    ...(check ? { target: check } : {}),
    status: figureStatus(comparison, check),
  };
};
