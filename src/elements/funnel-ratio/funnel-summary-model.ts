import { formatChange, formatShare, type Funnel, type FunnelWords } from '../../kpi/index.js';
import type { ColumnFormats } from './funnel-stage-model.js';

/**
 * The sentence that says what the funnel shows, for everyone: overall, change, biggest loss,
 * flags; its figures read as the table shows them.
 */
export const summaryOf = (
  funnel: Funnel,
  stages: readonly string[],
  formats: ColumnFormats,
  strings: FunnelWords,
): string => {
  const first = stages[0] ?? '';
  const last = stages.at(-1) ?? '';
  const parts = [
    funnel.overall === null
      ? strings.summaryUndefined(first, last, first)
      : strings.summary(first, last, formatShare(funnel.overall, formats.fromFirst)),
  ];
  const change = funnel.overallComparison;
  if (change) {
    parts.push(
      strings.summaryChange(formatChange(change.change, 'percent', formats.count, true), strings.news[change.news]),
    );
  }
  const loss = funnel.biggestLoss === null ? undefined : funnel.steps[funnel.biggestLoss];
  parts.push(
    loss?.lostShare
      ? strings.summaryLoss(
          stages[loss.index - 1] ?? '',
          stages[loss.index] ?? '',
          formatShare(loss.lostShare, formats.lost),
        )
      : strings.summaryNoLoss,
  );
  for (const index of funnel.grown) parts.push(strings.summaryGrew(stages[index] ?? '', stages[index - 1] ?? ''));
  return `${parts.join('')}.`;
};
