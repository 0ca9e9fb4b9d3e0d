import {
  isBlank,
  packFor,
  readLatestFigures,
  readPeriodNames,
  readTrend,
  type PeriodFigures,
  type PeriodNames,
  type RawValue,
  type Result,
  type TrendData,
} from '../../kpi/index.js';
import type { Settings } from '../../shared/settings.js';
import type { drawSeries, SeriesDrawing } from './card-sparkline.js';

/**
 * Whether an input can be a series, one entry per period: a list of two or more from data, or
 * attribute text with a comma (`revenue="1000,1200,1500"`). The card takes series only when every
 * input it is given is one (see `isSeries`), so a decimal comma beside a plain figure
 * (`revenue="1.234,5" spend="300"`) is still the ambiguous number it is.
 */
export const isSeriesInput = (raw: RawValue): boolean =>
  Array.isArray(raw) ? raw.length > 1 : typeof raw === 'string' && raw.includes(',');

/** Whether a card's given inputs are series: at least one is given, and every one given is a list. */
export const isSeries = (given: readonly RawValue[]): boolean => {
  const present = given.filter((raw) => !isBlank(raw));
  return present.length > 0 && present.every(isSeriesInput);
};

/** What a card given series reads them from: its `kpi`, `value`, `unit`, `labels`, and its other inputs. */
export interface CardSeriesSource {
  readonly kpi?: string | null;
  readonly value?: RawValue;
  readonly unit?: string | null;
  /** Names the periods: free text, ISO months or dates, as the trend's `labels`. */
  readonly labels?: RawValue;
  readonly label?: string | undefined;
  readonly yearAgoValue?: RawValue;
  readonly target?: RawValue;
  readonly read: (attribute: string) => RawValue;
}

/** What the series adds to the card: the period before named, and the trend's drawing and sentence. */
export interface CardSeries {
  /** "vs May 2026", when `labels` name the periods. */
  readonly previousLabel?: string;
  /** The drawing and where the series went, once the drawing's module is here. */
  readonly drawing?: SeriesDrawing;
}

/**
 * Reads a card's series the trend's way (`readTrend`): the latest value is the card's figure, the
 * one before it (gaps skipped) the previous period's. `draw` (loaded on demand, with d3) adds the
 * trend's sparkline and summary sentence. Errors name the attribute and the entry to fix.
 */
export const readCardSeries = (
  source: CardSeriesSource,
  settings: Settings,
  draw?: typeof drawSeries,
): Result<{ readonly figures: PeriodFigures; readonly series: CardSeries }> => {
  const { kpi, value, unit, labels, read } = source;
  const trend = readTrend({
    kpi,
    values: value,
    unit,
    read,
    valuesField: 'value',
    ...(settings.better && { better: settings.better }),
  });
  if (!trend.ok) return trend;
  const count = trend.value.values.length;
  const names = readPeriodNames(labels, count, settings.format.locale);
  if (!names.ok) return names;
  const figures = readLatestFigures(trend.value, source);
  if (!figures.ok) return figures;
  const previousLabel = named(trend.value, names.value, labels, settings);
  const drawing = draw?.(trend.value, names.value, { label: source.label, labels, settings });
  return {
    ok: true,
    value: {
      figures: figures.value,
      series: { ...(previousLabel ? { previousLabel } : {}), ...(drawing ? { drawing } : {}) },
    },
  };
};

/** The period before the latest, in the trend's words ("vs May 2026"), when `labels` name it. */
const named = ({ summary }: TrendData, names: PeriodNames, labels: RawValue, { lang }: Settings) =>
  summary.previous && !isBlank(labels)
    ? packFor(lang).trend.vsPrevious(names.named(summary.previous.index))
    : undefined;
