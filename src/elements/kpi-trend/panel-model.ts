import {
  capitalize,
  formatChange,
  formatValue,
  latestChange,
  packFor,
  type Direction,
  type FormatOptions,
  type Lang,
  type News,
  type PeriodNames,
  type TrendData,
} from '../../kpi/index.js';

/** The highest or the lowest value, and when: "High 4 Mar 2026". */
export interface Extreme {
  readonly word: string;
  readonly value: string;
  readonly when: string;
}

/** What the full trend shows around its chart, in words. */
export interface TrendPanel {
  /** The change on the period before ("-0.05 pp"), its direction and its news in words ("worse"). */
  readonly delta?: { readonly direction: Direction; readonly news: News; readonly text: string; readonly word: string };
  /** The latest period: "Apr 2026"; without labels, where it stands: "Latest of 10,000 values". */
  readonly period: string;
  /** The period it is compared with: "vs Mar 2026"; without labels, "vs the value before". */
  readonly vsPrevious?: string;
  /** The key of the target line: "Target 20%". */
  readonly target?: string;
  /** The whole span: "Jan – Apr 2026". */
  readonly span: string;
  /** The high and the low, with more than one value. */
  readonly extremes?: { readonly high: Extreme; readonly low: Extreme };
  /** How to explore the chart by keyboard. */
  readonly hint: string;
  /** The name of the data table: "Data table (4 periods)". */
  readonly table: string;
  /** The table's column headers: the period, and the KPI. */
  readonly headers: readonly [string, string];
}

/**
 * The words around the full chart, for a trend read by the engine with its periods named. With
 * `numbered` periods (no labels), "Period 10,000, vs period 9,999" would tell the reader nothing:
 * the headline says how many values the latest ends, and compares it with the value before.
 */
export const buildTrendPanel = (
  trend: TrendData,
  names: PeriodNames,
  label: string,
  format: FormatOptions,
  lang: Lang,
  numbered = false,
): TrendPanel => {
  const { summary, unit, target } = trend;
  const words = packFor(lang).trend;
  const show = (value: number) => formatValue(value, unit, format);
  const change = latestChange(trend);
  const extreme = (word: string, { index, value }: { index: number; value: number }): Extreme => ({
    word,
    value: show(value),
    when: names.named(index),
  });
  const count = formatValue(trend.values.length, 'count', { locale: format.locale });
  return {
    ...(change && {
      delta: {
        direction: change.direction,
        news: change.news,
        text: formatChange(change.change, unit, format),
        word: words.news[change.news],
      },
    }),
    period: numbered
      ? words.latestOf(summary.count, formatValue(summary.count, 'count', { locale: format.locale }))
      : names.label(summary.last.index),
    ...(summary.previous && {
      vsPrevious: numbered ? words.vsValueBefore : words.vsPrevious(names.named(summary.previous.index)),
    }),
    ...(target !== undefined && { target: `${words.target} ${show(target)}` }),
    // Numbered periods' span starts in lower case for sentences ("periods 1–4"); here it starts a line.
    span: numbered ? capitalize(names.span, format.locale) : names.span,
    ...(summary.count > 1 && {
      extremes: { high: extreme(words.high, summary.high), low: extreme(words.low, summary.low) },
    }),
    hint: words.hint,
    table: words.table(count),
    headers: [words.periodHeader, label],
  };
};
