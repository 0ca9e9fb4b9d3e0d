import { formatChange, formatShare, type FormatOptions, type Funnel, type FunnelWords } from '../../kpi/index.js';

/** The sentence that says what the funnel shows, for everyone: overall, change, biggest loss, flags. */
export const summaryOf = (
  funnel: Funnel,
  stages: readonly string[],
  format: FormatOptions,
  strings: FunnelWords,
): string => {
  const first = stages[0] ?? '';
  const last = stages.at(-1) ?? '';
  const parts = [
    funnel.overall === null
      ? strings.summaryUndefined(first, last, first)
      : strings.summary(first, last, formatShare(funnel.overall, format)),
  ];
  const change = funnel.overallComparison;
  if (change) {
    parts.push(strings.summaryChange(formatChange(change.change, 'percent', format, true), strings.news[change.news]));
  }
  const loss = funnel.biggestLoss === null ? undefined : funnel.steps[funnel.biggestLoss];
  parts.push(
    loss?.lostShare
      ? strings.summaryLoss(stages[loss.index - 1] ?? '', stages[loss.index] ?? '', formatShare(loss.lostShare, format))
      : strings.summaryNoLoss,
  );
  for (const index of funnel.grown) parts.push(strings.summaryGrew(stages[index] ?? '', stages[index - 1] ?? ''));
  return `${parts.join('')}.`;
};
