import {
  compareValues,
  describeError,
  formatChange,
  formatValue,
  type Better,
  type Comparison,
  type FormatOptions,
  type KpiDefinition,
  type KpiError,
  type Lang,
  type Series,
  type Unit,
} from '../../kpi/index.js';
import type { SeriesSummary } from '../../kpi/series.js';
import { TREND_STRINGS } from './kpi-trend.strings.js';
import type { PeriodNames } from './period-labels.js';

/** Everything the texts of a trend are built from. */
export interface TrendContext {
  readonly label: string;
  /** The value of every period, `null` for a gap. */
  readonly values: Series;
  /** Why a KPI could not be computed for a period, by index. */
  readonly errors: ReadonlyMap<number, KpiError>;
  readonly summary: SeriesSummary;
  readonly names: PeriodNames;
  readonly unit: Unit;
  readonly better: Better;
  readonly format: FormatOptions;
  readonly lang: Lang;
  readonly target?: number;
  /** The KPI computed per period; absent for a ready series. */
  readonly kpi?: KpiDefinition;
}

export const formatted = (context: TrendContext, value: number): string =>
  formatValue(value, context.unit, context.format);

/** The latest value against the one before it (gaps skipped), when there is one. */
export const latestChange = ({ summary, better }: TrendContext): Comparison | undefined =>
  summary.previous ? compareValues(summary.last.value, summary.previous.value, better) : undefined;

/** A period's value as text, or why it has none. */
export const periodValue = (context: TrendContext, index: number): string => {
  const value = context.values[index] ?? null;
  const words = TREND_STRINGS[context.lang];
  if (value === null) {
    const error = context.errors.get(index);
    return error ? `${words.notComputed}: ${describeError(error, context.lang)}` : words.noData;
  }
  return formatted(context, value);
};

/** What the focus readout says: "Mar 2026: 1.8%". */
export const describePeriod = (context: TrendContext, index: number): string => {
  const words = TREND_STRINGS[context.lang];
  const value = context.values[index] ?? null;
  const gap = context.errors.has(index) ? words.notComputed : words.noData;
  const text = value === null ? gap : formatted(context, value);
  return `${context.names.label(index)}: ${text}`;
};

/**
 * The text alternative of the chart, saying what a sighted reader sees: "Conversion rate,
 * Jan – Apr 2026: rose from 1.2% to 1.7% (+0.5 pp); high 1.8% in March, low 1.2% in January".
 */
export const summarize = (context: TrendContext): string => {
  const { summary, names, lang, target } = context;
  const words = TREND_STRINGS[lang];
  const show = (value: number) => formatted(context, value);
  const parts: string[] = [];
  if (summary.count === 1) {
    parts.push(words.only(show(summary.last.value)));
  } else {
    const { direction, change } = compareValues(summary.last.value, summary.first.value, context.better);
    const changeText = formatChange(change, context.unit, context.format);
    parts.push(words.moved(direction, show(summary.first.value), show(summary.last.value), changeText));
    const { high, low } = summary;
    parts.push(words.extremes(show(high.value), names.at(high.index), show(low.value), names.at(low.index)));
  }
  const gaps = context.values.length - summary.count;
  if (gaps > 0) parts.push(words.gaps(gaps, formatValue(gaps, 'count', { locale: context.format.locale })));
  if (target !== undefined) parts.push(`${words.target.toLocaleLowerCase(context.format.locale)} ${show(target)}`);
  return `${context.label}, ${names.span}: ${parts.join('; ')}`;
};
