import {
  describeError,
  formatChange,
  formatValue,
  kpiWords,
  latestChange,
  packFor,
  readPeriodNames,
  readTrend,
  spanChange,
  type FormatOptions,
  type Lang,
  type News,
  type PeriodNames,
  type RawValue,
  type Result,
  type TrendData,
  type TrendSource,
} from '../../kpi/index.js';
import type { Settings } from '../../shared/settings.js';
import { calendarLabel, type CalendarLabel } from './calendar-labels.js';
import { sharedFormat, tickFormat } from './shared-format.js';
import { buildTrendPanel, type TrendPanel } from './panel-model.js';
import { periodPlacement } from './period-days.js';
import { markPartial, partialNotes, type PartialEnds } from './partial-periods.js';

/** The numbers and words a trend shows, built once per change of its inputs. */
export interface TrendModel {
  /** The periods, their values and what they did. */
  readonly trend: TrendData;
  readonly names: PeriodNames;
  readonly label: string;
  /** What the chart shows, in one sentence: its accessible name, and the sparkline's. */
  readonly sentence: string;
  /** The latest value: "1.7%". */
  readonly value: string;
  /** Good or bad news of the latest change. */
  readonly status: News;
  /** The catalog's id of the KPI (`kpi="ROAS"` is `roas`), `null` for a ready series. */
  readonly kpi: string | null;
  /** How a value reads on the axis, `step` apart from the next tick: short (`1.2K`), with the step's decimals. */
  readonly valueTick: (value: number, step?: number) => string;
  /** How a calendar tick reads on the period axis: "Jan 2025", "Q1 2025", "2025". */
  readonly calendarTick: CalendarLabel;
  /** The day of each period, when the labels are ISO months or dates. */
  readonly days?: readonly number[];
  /** The periods have no labels, only their numbers. */
  readonly numbered: boolean;
  /** The ends the data covers only in part (grouped data), drawn dashed. */
  readonly partial?: PartialEnds;
  /** The words around the chart; absent for a sparkline, which shows only its drawing. */
  readonly panel?: TrendPanel;
  /** The rows of the data table, one per period: made when first asked for (the table opens), then kept. */
  readonly rows: () => readonly TableRow[];
  readonly format: FormatOptions;
  readonly lang: Lang;
}

export interface TrendModelOptions {
  /** The `label` attribute; the KPI's name when blank. */
  readonly label?: string | undefined;
  readonly format: FormatOptions;
  readonly lang: Lang;
  /** Only the drawing is shown: no words around it are built. */
  readonly sparkline?: boolean | undefined;
  /** The day of each period, when the labels are ISO months or dates. */
  readonly days?: readonly number[] | undefined;
  /** The periods have no labels, only their numbers. */
  readonly numbered?: boolean | undefined;
  /** The ends the data covers only in part: marked in names and said in the sentence. */
  readonly partial?: PartialEnds | undefined;
}

/**
 * The text alternative of the chart, saying what a sighted reader sees: "Conversion rate,
 * Jan – Apr 2026: rose from 1.2% to 1.7% (+0.5 pp); high 1.8% in March, low 1.2% in January".
 */
const sentenceOf = (
  trend: TrendData,
  names: PeriodNames,
  label: string,
  format: FormatOptions,
  lang: Lang,
  notes: readonly string[] = [],
) => {
  const { summary, unit, target } = trend;
  const { trend: words, common } = packFor(lang);
  const show = (value: number) => formatValue(value, unit, format);
  const parts: string[] = [];
  if (summary.count === 1) {
    parts.push(words.only(show(summary.last.value)));
  } else {
    const { direction, change } = spanChange(trend);
    parts.push(
      // Read aloud: the change in words ("1.5 percentage points"), not the short "pp" shown beside numbers.
      words.moved(
        direction,
        show(summary.first.value),
        show(summary.last.value),
        formatChange(change, unit, format, true),
      ),
    );
    const { high, low } = summary;
    parts.push(words.extremes(show(high.value), names.at(high.index), show(low.value), names.at(low.index)));
  }
  const gaps = trend.values.length - summary.count;
  if (gaps > 0) parts.push(words.gaps(gaps, formatValue(gaps, 'count', { locale: format.locale })));
  parts.push(...notes);
  if (target !== undefined) parts.push(words.targetIs(show(target)));
  return `${label}, ${names.span}${common.colon}${parts.join(common.semicolon)}`;
};

/** The model of a trend read by the engine, its periods named, in the reader's language. */
export const buildTrendModel = (trend: TrendData, given: PeriodNames, options: TrendModelOptions): TrendModel => {
  const { lang, days, numbered = false, partial } = options;
  const count = trend.values.length;
  const names = markPartial(given, partial, count, lang);
  const format = sharedFormat(trend, options.format);
  const label = options.label?.trim() || (trend.kpi && kpiWords(trend.kpi, lang).name) || packFor(lang).trend.untitled;
  let rows: readonly TableRow[] | undefined;
  const model: TrendModel = {
    trend,
    names,
    label,
    sentence: sentenceOf(trend, given, label, format, lang, partialNotes(given, partial, count, lang)),
    value: formatValue(trend.summary.last.value, trend.unit, format),
    status: latestChange(trend)?.news ?? 'neutral',
    kpi: trend.kpi?.id ?? null,
    valueTick: (value, step = 0) => formatValue(value, trend.unit, tickFormat(value, step, trend.unit, format)),
    calendarTick: calendarLabel(format.locale, lang),
    ...(days && { days }),
    numbered,
    ...(partial && { partial }),
    ...(options.sparkline ? {} : { panel: buildTrendPanel(trend, names, label, format, lang, numbered) }),
    rows: () => (rows ??= tableRows(model)),
    format,
    lang,
  };
  return model;
};

/** What a trend is read from: the engine's source, the period labels, and how it is shown. */
export interface TrendInputs extends Omit<TrendSource, 'better'> {
  /** The `labels` attribute, or labels from data. */
  readonly labels?: RawValue;
  /** The `label` attribute; the KPI's name when blank. */
  readonly label?: string | undefined;
  /** Only the drawing is shown: no words around it are built. */
  readonly sparkline?: boolean;
  /** The ends the data covers only in part, as grouped data reports them. */
  readonly partial?: PartialEnds | undefined;
}

/** Reads a trend and names its periods, then builds its model; an error names the attribute to fix. */
export const readTrendModel = (inputs: TrendInputs, { lang, format, better }: Settings): Result<TrendModel> => {
  const trend = readTrend({ ...inputs, ...(better && { better }) });
  if (!trend.ok) return trend;
  const names = readPeriodNames(inputs.labels, trend.value.values.length, format.locale);
  if (!names.ok) return names;
  const { label, sparkline, partial } = inputs;
  const count = trend.value.values.length;
  const { numbered, days } = periodPlacement(inputs.labels, count);
  return {
    ok: true,
    value: buildTrendModel(trend.value, names.value, { label, format, lang, sparkline, days, numbered, partial }),
  };
};

/** What the focus readout says of a period: "Mar 2026: 1.8%", "Feb 2026: No data". */
export const describePeriod = ({ trend, names, format, lang }: TrendModel, index: number): string => {
  const value = trend.values[index] ?? null;
  const { trend: words, common } = packFor(lang);
  const gap = trend.errors.has(index) ? words.notComputed : words.noData;
  return `${names.label(index)}${common.colon}${value === null ? gap : formatValue(value, trend.unit, format)}`;
};

/** A row of the data table: the period, and its value or why it has none. */
export type TableRow = readonly [period: string, value: string];

/** The rows of the data table, one per period. */
export const tableRows = ({ trend, names, format, lang }: TrendModel): TableRow[] => {
  const { trend: words, common } = packFor(lang);
  return trend.values.map((value, index) => {
    if (value !== null) return [names.label(index), formatValue(value, trend.unit, format)];
    const error = trend.errors.get(index);
    return [
      names.label(index),
      error ? `${words.notComputed}${common.colon}${describeError(error, lang)}` : words.noData,
    ];
  });
};
