import type { Comparison, News } from './compare.js';
import {
  BASELINE_PREFIX,
  readCompare,
  readChangeForm,
  tellChange,
  type Baseline,
  type ToldChange,
} from './comparisons.js';
import { readFigure, readOptionalInUnit, type Figure } from './figure.js';
import { checkTarget, type TargetCheck } from './goal.js';
import { isBlank, type RawValue } from './parse.js';
import type { TrendData } from './trend.js';
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
  /** The value a year earlier, used when none of the KPI's `year-ago-` inputs is given. */
  readonly yearAgoValue?: RawValue;
  /** The target, in the figure's unit. */
  readonly target?: RawValue;
  /** Reads any attribute: the KPI's inputs and their `previous-` and `year-ago-` twins. */
  readonly read: (attribute: string) => RawValue;
}

/** A period's figure, the previous period's, the same period's a year earlier and a target, all in the figure's unit. */
export interface PeriodFigures {
  readonly current: Figure;
  readonly previous?: number;
  readonly yearAgo?: number;
  readonly target?: number;
}

/**
 * An earlier period's value: computed from the KPI's inputs with `prefix` when any is given
 * (`previous-revenue`, `year-ago-revenue`; a KPI input called `previous` is read from
 * `previous-previous`), else the ready value (`previous-value`, `year-ago-value`) in the figure's unit.
 */
const readEarlier = (
  { kpi, unit }: Figure,
  prefix: (typeof BASELINE_PREFIX)[keyof typeof BASELINE_PREFIX],
  value: RawValue,
  read: (attribute: string) => RawValue,
): Result<number | undefined> => {
  if (kpi?.inputs.some((input) => !isBlank(read(`${prefix}${input.name}`)))) {
    const figure = readFigure({ kpi: kpi.id, read, prefix });
    return figure.ok ? { ok: true, value: figure.value.value } : figure;
  }
  return readOptionalInUnit(value, unit, `${prefix}value`);
};

/**
 * Reads one period's figures: the current figure, the previous period's value, the value a year
 * earlier and the target, all in the figure's unit (`3%` or `0.03` for a percent KPI). Errors
 * name the attribute to fix.
 */
export const readPeriodFigures = (source: PeriodFigureSource): Result<PeriodFigures> => {
  const { kpi, value, unit, better, previousValue, read } = source;
  const current = readFigure({ kpi, value, unit, better, read });
  if (!current.ok) return current;
  const previous = readEarlier(current.value, BASELINE_PREFIX.previous, previousValue, read);
  if (!previous.ok) return previous;
  return withYearAndTarget(current.value, previous.value, source);
};

/**
 * A period's figures from its figure and the previous period's value: the value a year earlier
 * (its `year-ago-` inputs, or `year-ago-value`) and the target read in the figure's unit.
 */
const withYearAndTarget = (
  current: Figure,
  previous: number | undefined,
  { yearAgoValue, target, read }: Pick<PeriodFigureSource, 'yearAgoValue' | 'target' | 'read'>,
): Result<PeriodFigures> => {
  const yearAgo = readEarlier(current, BASELINE_PREFIX.year, yearAgoValue, read);
  if (!yearAgo.ok) return yearAgo;
  const goal = readOptionalInUnit(target, current.unit, 'target');
  if (!goal.ok) return goal;
  return {
    ok: true,
    value: {
      current,
      ...(previous === undefined ? {} : { previous }),
      ...(yearAgo.value === undefined ? {} : { yearAgo: yearAgo.value }),
      ...(goal.value === undefined ? {} : { target: goal.value }),
    },
  };
};

/**
 * The figures of a series' latest period, for a card given series: the latest value, the one
 * before it (gaps skipped) as the previous period's, the value a year earlier from its `year-ago-`
 * inputs or `year-ago-value`, and the target, in the series' unit. The series gives the previous
 * period, so no `previous-` input is read.
 */
export const readLatestFigures = (
  { summary, unit, better, kpi }: TrendData,
  source: Pick<PeriodFigureSource, 'yearAgoValue' | 'target' | 'read'>,
): Result<PeriodFigures> => {
  const current: Figure = { value: summary.last.value, unit, better, ...(kpi ? { kpi } : {}) };
  return withYearAndTarget(current, summary.previous?.value, source);
};

/**
 * How a figure reads: by the change or target it is compared with first; with neither, neutral.
 */
export const figureStatus = (first?: Comparison | TargetCheck): News =>
  !first ? 'neutral' : 'news' in first ? first.news : first.met ? 'good' : 'bad';

/** What a card's `compare` and `change` ask of its figures (see `readCompare`, `readChangeForm`). */
export interface AssessmentOptions {
  readonly compare?: string | null;
  readonly change?: string | null;
}

/** A period's figure weighed against each baseline it is compared with, in the order they show. */
export interface PeriodAssessment {
  /** The baselines, in the order `compare` lists them (by default: each the figures have). */
  readonly baselines: readonly Baseline[];
  /** The change since the previous period, and since a year earlier, where there is that figure. */
  readonly changes: Readonly<Partial<Record<Exclude<Baseline, 'target'>, ToldChange>>>;
  /** Whether the target is met, when there is one. */
  readonly target?: TargetCheck;
  /** The news of the first baseline that has a figure. */
  readonly status: News;
}

/**
 * Compares a period's figure with the baselines `compare` lists (the previous period, the same
 * period a year earlier, the target), in its own unit and direction, each change told as
 * `change` asks. A listed baseline without its figure is in `baselines` but not compared: the
 * card says it has no figure for it.
 */
export const assessPeriod = (figures: PeriodFigures, options: AssessmentOptions = {}): Result<PeriodAssessment> => {
  const { current, previous, yearAgo, target } = figures;
  const { value, unit, better } = current;
  const baselines = readCompare(options.compare, {
    previous: previous !== undefined,
    year: yearAgo !== undefined,
    target: target !== undefined,
  });
  if (!baselines.ok) return baselines;
  const form = readChangeForm(options.change, unit);
  if (!form.ok) return form;
  const told = (earlier?: number) =>
    earlier === undefined ? undefined : tellChange(value, earlier, unit, better, form.value);
  const changes = { previous: told(previous), year: told(yearAgo) };
  const check = target === undefined ? undefined : checkTarget(value, target, better);
  const first = baselines.value
    .map((baseline) => (baseline === 'target' ? check : changes[baseline]?.comparison))
    .find((found) => found !== undefined);
  return {
    ok: true,
    value: {
      baselines: baselines.value,
      changes: Object.fromEntries(Object.entries(changes).filter(([, change]) => change)),
      ...(check ? { target: check } : {}),
      status: figureStatus(first),
    },
  };
};
