import type { PeriodNames, RawValue, TrendData } from '../../kpi/index.js';
import type { Settings } from '../../shared/settings.js';
import { periodPlacement } from '../kpi-trend/period-days.js';
import { sparklineGeometry, type SparklineGeometry } from '../kpi-trend/sparkline-geometry.js';
import { buildTrendModel } from '../kpi-trend/trend-model.js';

/** The trend's sparkline of a card's series, and its sentence of where the series went. */
export interface SeriesDrawing {
  readonly geometry: SparklineGeometry;
  /** "ROAS, periods 1–3: rose from 2 to 3 (+1); high 3 in period 3, low 2 in period 1". */
  readonly sentence: string;
}

/**
 * Draws a card's series as the trend draws its `sparkline` (a line, periods placed in time when
 * `labels` are ISO months or dates) and says it in the trend's summary sentence. Loaded on demand
 * by the first card given a series: it pulls in d3's scales and shapes.
 */
export const drawSeries = (
  trend: TrendData,
  names: PeriodNames,
  { label, labels, settings }: { label?: string | undefined; labels?: RawValue; settings: Settings },
): SeriesDrawing => {
  const { numbered, days } = periodPlacement(labels, trend.values.length);
  const { format, lang } = settings;
  const model = buildTrendModel(trend, names, { label, format, lang, sparkline: true, days, numbered });
  return { geometry: sparklineGeometry(trend, 'line', 'linear', days), sentence: model.sentence };
};
