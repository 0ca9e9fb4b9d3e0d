import { formatValue, type FormatOptions } from '../../kpi/index.js';
import type { Funnel, FunnelStep } from '../../kpi/funnel.js';
import { changeOf, dash, percentOf, type Cell, type Change } from './funnel-format.js';
import type { FunnelInput } from './funnel-input.js';
import type { FunnelStrings } from './funnel-ratio.strings.js';
import { summaryOf } from './funnel-summary.js';

export type { Cell, Change };

export interface StageView {
  readonly label: string;
  readonly count: Cell;
  readonly step: Cell;
  readonly fromFirst: Cell;
  readonly lost: Cell;
  readonly change: Change;
  readonly biggest: boolean;
  readonly grew: boolean;
}

export interface FunnelView {
  readonly overall: Cell;
  readonly overallChange?: Change;
  readonly summary: string;
  readonly stages: readonly StageView[];
  readonly hasPrevious: boolean;
}

const stageView = (
  step: FunnelStep,
  funnel: Funnel,
  stages: readonly string[],
  format: FormatOptions,
  strings: FunnelStrings,
): StageView => {
  const percent = (value: number) => percentOf(value, format);
  const count = (value: number) => formatValue(value, 'count', format);
  const before = stages[step.index - 1] ?? '';
  const first = step.index === 0;
  const undefinedStep = first ? dash(strings.firstStage, true) : dash(strings.isZero(before));
  const lost =
    step.lost === null
      ? dash(strings.firstStage, true)
      : step.lost < 0
        ? { text: strings.more(count(-step.lost)) }
        : { text: step.lostShare === null ? count(step.lost) : `${count(step.lost)} (${percent(step.lostShare)})` };
  return {
    label: stages[step.index] ?? '',
    count: { text: count(step.count) },
    step: step.fromPrevious === null ? undefinedStep : { text: percent(step.fromPrevious) },
    fromFirst: step.fromFirst === null ? dash(strings.isZero(stages[0] ?? '')) : { text: percent(step.fromFirst) },
    lost,
    change: step.comparison
      ? changeOf(step.comparison, format, strings)
      : first
        ? dash(strings.firstStage, true)
        : dash(strings.noComparison, true),
    biggest: funnel.biggestLoss === step.index,
    grew: step.grew,
  };
};

/** Everything the element shows, as text, built from the funnel's maths. */
export const funnelView = (
  funnel: Funnel,
  input: FunnelInput,
  format: FormatOptions,
  strings: FunnelStrings,
): FunnelView => {
  const { stages } = input;
  return {
    overall:
      funnel.overall === null ? dash(strings.isZero(stages[0] ?? '')) : { text: percentOf(funnel.overall, format) },
    ...(funnel.overallComparison ? { overallChange: changeOf(funnel.overallComparison, format, strings) } : {}),
    summary: summaryOf(funnel, stages, format, strings),
    stages: funnel.steps.map((step) => stageView(step, funnel, stages, format, strings)),
    hasPrevious: input.previous !== undefined,
  };
};
