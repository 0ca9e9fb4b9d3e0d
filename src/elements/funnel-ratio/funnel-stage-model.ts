import {
  columnDecimals,
  formatChange,
  formatShare,
  formatValue,
  type Comparison,
  type FormatOptions,
  type Funnel,
  type FunnelStep,
  type FunnelWords,
  type News,
} from '../../kpi/index.js';

/** The measures of a stage, in the order the table shows them. */
export type Column = 'count' | 'step' | 'fromFirst' | 'lost' | 'change';

/** How each column formats its figures. */
export type ColumnFormats = Readonly<Record<Column, FormatOptions>>;

/**
 * One number of decimals per column of percentages, so `5.0%` stands above `0.8%` and the figures
 * line up (see `columnDecimals`); counts keep the page's format.
 */
export const columnFormats = ({ steps }: Funnel, format: FormatOptions): ColumnFormats => {
  const column = (figure: (step: FunnelStep) => number | null | undefined, kind: 'shares' | 'points') =>
    columnDecimals(steps.map(figure), kind, format);
  return {
    count: format,
    step: column((step) => step.fromPrevious, 'shares'),
    fromFirst: column((step) => step.fromFirst, 'shares'),
    lost: column((step) => step.lostShare, 'shares'),
    change: column((step) => step.comparison?.change, 'points'),
  };
};

/** A table cell: a number, or a dash with the reason in words (`quiet` reasons are for screen readers only). */
export interface Cell {
  readonly text: string;
  readonly reason?: string;
  readonly quiet?: boolean;
}

/** A change against the previous period, with its direction shown by an arrow and a word, not colour alone. */
export interface Change extends Cell {
  readonly news?: News;
  readonly arrow?: string;
  readonly word?: string;
}

/** One stage's row (or column) of the table, as text. */
export interface StageModel {
  readonly label: string;
  readonly count: Cell;
  readonly step: Cell;
  readonly fromFirst: Cell;
  readonly lost: Cell;
  readonly change: Change;
  /** The step into this stage lost the largest share of the funnel. */
  readonly biggest: boolean;
  /** This stage is larger than the one before. */
  readonly grew: boolean;
}

export const DASH = '—';
const ARROWS = { up: '▲', down: '▼', flat: '' } as const;

export const dash = (reason: string, quiet = false): Cell => ({ text: DASH, reason, quiet });

/** A conversion's change in percentage points, with an arrow and a word for its direction. */
export const changeOf = (comparison: Comparison, format: FormatOptions, strings: FunnelWords): Change => ({
  text: formatChange(comparison.change, 'percent', format),
  news: comparison.news,
  arrow: ARROWS[comparison.direction],
  word: strings.news[comparison.news],
});

/** The cells of one stage: a dash says why a measure has no number (first stage, after a stage of 0). */
export const buildStageModel = (
  step: FunnelStep,
  funnel: Funnel,
  stages: readonly string[],
  formats: ColumnFormats,
  strings: FunnelWords,
): StageModel => {
  const share = (value: number | null, column: Column, none: Cell): Cell =>
    value === null ? none : { text: formatShare(value, formats[column]) };
  const count = (value: number) => formatValue(value, 'count', formats.count);
  const first = step.index === 0;
  const notApplicable = dash(strings.firstStage, true);
  const lostText = (lost: number) =>
    lost < 0
      ? strings.more(count(-lost))
      : step.lostShare === null
        ? count(lost)
        : `${count(lost)} (${formatShare(step.lostShare, formats.lost)})`;
  return {
    label: stages[step.index] ?? '',
    count: { text: count(step.count) },
    step: share(step.fromPrevious, 'step', first ? notApplicable : dash(strings.isZero(stages[step.index - 1] ?? ''))),
    fromFirst: share(step.fromFirst, 'fromFirst', dash(strings.isZero(stages[0] ?? ''))),
    lost: step.lost === null ? notApplicable : { text: lostText(step.lost) },
    change: step.comparison
      ? changeOf(step.comparison, formats.change, strings)
      : first
        ? notApplicable
        : dash(strings.noComparison, true),
    biggest: funnel.biggestLoss === step.index,
    grew: step.grew,
  };
};
