import {
  computeFunnel,
  formatShare,
  wordPeriods,
  type ComparedPeriods,
  type FormatOptions,
  type FunnelInput,
  type FunnelWords,
  type News,
} from '../../kpi/index.js';
import {
  buildStageModel,
  changeOf,
  columnFormats,
  dash,
  type Cell,
  type Change,
  type Column,
  type StageModel,
} from './funnel-stage-model.js';
import { summaryOf } from './funnel-summary-model.js';

export type { Column } from './funnel-stage-model.js';

/** The fixed words of the table and its heading. */
export type TableWords = Pick<
  FunnelWords,
  | 'stage'
  | 'overall'
  | 'vsPrevious'
  | 'biggestLoss'
  | 'grew'
  | 'count'
  | 'step'
  | 'fromFirst'
  | 'lost'
  | 'change'
  | 'logScale'
>;

/** Everything `<funnel-ratio>` shows, as text, and what `kpi-change` reports. */
export interface FunnelModel {
  readonly title: string;
  /** The period a `period` of daily data covers, marked while under way: "June 2026 (so far)". */
  readonly period?: string;
  /** What the change is compared with: "vs previous period", or the earlier period by name ("vs May 1 – 17, 2026"). */
  readonly versus: string;
  readonly overall: Cell;
  readonly overallChange?: Change;
  readonly summary: string;
  /** The measures shown per stage: the change only with a previous period. */
  readonly columns: readonly Column[];
  readonly stages: readonly StageModel[];
  readonly words: TableWords;
  /** The overall conversion as a fraction, for `kpi-change`; `null` when the first stage is 0. */
  readonly figure: number | null;
  /** Good or bad against the previous period's overall conversion, else neutral. */
  readonly status: News;
}

export interface FunnelModelOptions {
  readonly format: FormatOptions;
  readonly strings: FunnelWords;
  /** The `label` attribute; blank gives the default title. */
  readonly label?: string;
  /** The period the counts cover and the one they are compared with, when `period` added up daily data. */
  readonly periods?: ComparedPeriods;
}

/** Everything the element shows, as text, from a valid funnel: pure, so every wording is unit-tested. */
export const buildFunnelModel = (input: FunnelInput, options: FunnelModelOptions): FunnelModel => {
  const { format, strings } = options;
  const { stages } = input;
  const funnel = computeFunnel(input.counts, input.previous);
  const overall = funnel.overallComparison;
  const formats = columnFormats(funnel, format);
  const worded = options.periods && wordPeriods(options.periods, format.locale);
  return {
    title: options.label?.trim() || strings.title,
    ...(worded ? { period: worded.covered } : {}),
    versus: worded?.previous ?? strings.vsPrevious,
    // The overall conversion is the last stage's share of the first: it reads as that column does.
    overall:
      funnel.overall === null
        ? dash(strings.isZero(stages[0] ?? ''))
        : { text: formatShare(funnel.overall, formats.fromFirst) },
    ...(overall ? { overallChange: changeOf(overall, format, strings) } : {}),
    summary: summaryOf(funnel, stages, formats, strings),
    columns: ['count', 'step', 'fromFirst', 'lost', ...(input.previous ? (['change'] as const) : [])],
    stages: funnel.steps.map((step) => buildStageModel(step, funnel, stages, formats, strings)),
    words: strings,
    figure: funnel.overall,
    status: overall?.news ?? 'neutral',
  };
};
