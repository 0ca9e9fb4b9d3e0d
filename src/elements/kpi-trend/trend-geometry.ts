import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { clamp, MS_PER_DAY, type TrendData } from '../../kpi/index.js';

/** The kinds of chart a trend draws, the default first. */
export const TREND_TYPES = ['line', 'area', 'bar'] as const;
export type TrendType = (typeof TREND_TYPES)[number];

/**
 * How a line passes from one period to the next, the default first: straight; `monotone`, a smooth
 * curve that never overshoots the values it passes through (no bump above a high or below a low);
 * `step`, each value held until the next period starts.
 */
export const TREND_CURVES = ['linear', 'monotone', 'step'] as const;
export type TrendCurve = (typeof TREND_CURVES)[number];

/** Where periods and values land in the drawing, in pixels. */
export interface Plot {
  readonly type: TrendType;
  readonly count: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: (index: number) => number;
  readonly y: ScaleLinear<number, number>;
  /** The period nearest a horizontal position. */
  readonly indexAt: (x: number) => number;
  /**
   * The periods' calendar, when they are dates in order: their days (since 1970), and the time
   * scale across them, whose calendar ticks (months, quarters, years) label the period axis.
   */
  readonly calendar?: { readonly days: readonly number[]; readonly time: ScaleTime<number, number> };
}

export interface PlotOptions {
  readonly type: TrendType;
  readonly count: number;
  readonly width: number;
  readonly height: number;
  readonly axis: boolean;
  /** The lowest and highest values the scale must show: the data and the target. */
  readonly extent: readonly [number, number];
  /** How a value tick reads (`step` apart from the next), to leave room for the axis labels. */
  readonly valueTick: (value: number, step: number) => string;
  /** The day of each period, when the periods are dates in order: a line is then placed in time. */
  readonly days?: readonly number[] | undefined;
}

/** The smallest span of values a scale divides into pixels and ticks without overflowing. */
const MIN_SPAN = 1e-300;
/** The smallest span, as a share of the values' size, that doubles tell apart after rounding. */
const MIN_RELATIVE_SPAN = 1e-9;

/** A drawing coordinate to two decimals: a hundredth of a pixel is enough, and paths stay short. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** The value ticks of an axis: a few round numbers. */
export const valueTicks = (plot: Plot): number[] => plot.y.ticks(3);

/** How far apart ticks are, for them to share their decimals. */
export const tickStep = (ticks: readonly number[]): number => Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0));

/**
 * The values the scale spans. Areas and bars start at zero, since their size is read as the value
 * (an area from 600K up to 800K would show a growth of a third as a doubling); a line may start
 * near its values. Values too close to divide are widened to a band that holds them.
 */
const valueDomain = (type: TrendType, extent: readonly [number, number]): [number, number] => {
  let [low, high] = type === 'line' ? extent : [Math.min(0, extent[0]), Math.max(0, extent[1])];
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  if (!(high - low >= Math.max(MIN_SPAN, magnitude * MIN_RELATIVE_SPAN))) {
    // One value, or values too close for a scale to divide (subnormal doubles give it an infinite
    // slope, and d3's ticks a RangeError; a billionth of 1e15 is lost in rounding its round ends):
    // a band around their middle that holds them, a tenth of their size either side, or ±1 around
    // values too small to tell from zero.
    const middle = low / 2 + high / 2;
    const pad = magnitude >= MIN_SPAN ? Math.max(magnitude / 10, high - low) : 1;
    [low, high] = [middle - pad, middle + pad];
  }
  return [low, high];
};

/** The index whose day is nearest `day`, in days that rise. */
const nearestDay = (days: readonly number[], day: number): number => {
  let [low, high] = [0, days.length - 1];
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((days[middle] ?? 0) <= day) low = middle;
    else high = middle;
  }
  return day - (days[low] ?? 0) <= (days[high] ?? 0) - day ? low : high;
};

/** Days that rise from one period to the next: a calendar the periods can be placed on. */
const isCalendar = (days: readonly number[] | undefined, count: number): days is readonly number[] =>
  days !== undefined && days.length === count && days.every((day, i) => i === 0 || day > (days[i - 1] ?? day));

export const makePlot = ({ type, count, width, height, axis, extent, valueTick, days }: PlotOptions): Plot => {
  const [top, bottom] = axis ? [12, height - 24] : [10, height - 10];
  const y = scaleLinear().domain(valueDomain(type, extent)).range([bottom, top]);
  if (axis) y.nice(3);
  // Axis labels sit left of the plot; an estimate of their width (about 6.5 px a character at 11 px).
  const ticks = axis ? y.ticks(3) : [];
  const gutter = axis ? Math.max(...ticks.map((tick) => valueTick(tick, tickStep(ticks)).length)) * 6.5 + 8 : 0;
  const [left, right] = [Math.round(8 + gutter), Math.max(Math.round(9 + gutter), width - 8)];
  const frame = { type, count, left, right, top, bottom, y };
  const calendar = isCalendar(days, count)
    ? { days, time: scaleUtc().domain([(days[0] ?? 0) * MS_PER_DAY, (days[count - 1] ?? 0) * MS_PER_DAY]) }
    : undefined;
  if (type === 'bar') {
    // A band per period, in the order given: bars stand side by side, whatever their dates.
    const band = scaleLinear()
      .domain([-0.5, count - 0.5])
      .range([left, right]);
    return {
      ...frame,
      x: (index) => band(index),
      indexAt: (x) => clamp(Math.round(band.invert(x)), 0, count - 1),
      ...(calendar && { calendar: { ...calendar, time: calendar.time.range([left, right]) } }),
    };
  }
  if (count < 2) return { ...frame, x: () => (left + right) / 2, indexAt: () => 0 };
  if (calendar) {
    // Dates are placed in time: a missing month leaves its room, as on a calendar.
    const time = calendar.time.range([left, right]);
    return {
      ...frame,
      x: (index) => time((calendar.days[index] ?? 0) * MS_PER_DAY),
      indexAt: (x) => nearestDay(calendar.days, time.invert(x).getTime() / MS_PER_DAY),
      calendar: { days: calendar.days, time },
    };
  }
  const step = scaleLinear()
    .domain([0, count - 1])
    .range([left, right]);
  return { ...frame, x: (index) => step(index), indexAt: (x) => clamp(Math.round(step.invert(x)), 0, count - 1) };
};

/** Where a trend lands in a box of this size: its values and its target inside the scale. */
export const plotTrend = (
  { values, summary, target }: TrendData,
  options: Omit<PlotOptions, 'count' | 'extent'>,
): Plot => {
  const extent = [
    Math.min(summary.low.value, target ?? Infinity),
    Math.max(summary.high.value, target ?? -Infinity),
  ] as const;
  return makePlot({ ...options, count: values.length, extent });
};
