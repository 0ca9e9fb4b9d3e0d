// The kit's trend geometry in plain code: the same scales, thinning and means, so the content floor
// draws the kit's paths to the hundredth of a pixel, and the Lit floor binds the same paths.
import { round } from './dom.js';

/** The kit's scales in a box: periods across between 8 px margins, values between 10 px ones. */
export const plot = (values, { low, high }, width, height) => {
  const [left, right, top, bottom] = [8, width - 8, 10, height - 10];
  const pad = values[high] > values[low] ? 0 : Math.abs(values[low]) / 10 || 1;
  // One value throughout: a band a tenth of it either side, as the kit's scale makes.
  const [from, to] = [values[low] - pad, values[high] + pad];
  const [last, span] = [values.length - 1, to - from];
  return {
    left,
    right,
    x: (index) => left * (1 - index / last) + right * (index / last),
    y: (value) => bottom * (1 - (value - from) / span) + top * ((value - from) / span),
  };
};

/** A path through `(index, value)` pairs. */
const line = (indices, valueAt, { x, y }) => {
  let d = '';
  for (const index of indices) d += `${d ? 'L' : 'M'}${round(x(index))},${round(y(valueAt(index)))}`;
  return d;
};

/** Per pixel column, the first, lowest, highest and last period (every period of a short series). */
const thinned = (values, columns) => {
  const count = values.length;
  if (count <= columns * 4) return values.keys();
  const kept = [];
  for (let column = 0; column < columns; column += 1) {
    const [from, to] = [Math.ceil((column * count) / columns), Math.ceil(((column + 1) * count) / columns)];
    let [low, high] = [from, from];
    for (let index = from + 1; index < to; index += 1) {
      if (values[index] < values[low]) low = index;
      if (values[index] > values[high]) high = index;
    }
    for (const index of [from, Math.min(low, high), Math.max(low, high), to - 1]) {
      if (index !== kept.at(-1)) kept.push(index);
    }
  }
  return kept;
};

/** The line of a series too dense to draw point by point: the mean of every 3 px. */
const means = (values, buckets) => {
  const [count, points] = [values.length, new Map()];
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const [start, end] = [Math.floor((bucket * count) / buckets), Math.floor(((bucket + 1) * count) / buckets)];
    let sum = 0;
    for (let index = start; index < end; index += 1) sum += values[index];
    points.set(Math.floor((start + end - 1) / 2), sum / (end - start));
  }
  return points;
};

/** The line (and, when dense, the texture of every period under it) in a plot, as the kit draws it. */
export const series = (values, scale) => {
  const columns = Math.ceil(scale.right - scale.left);
  const all = (index) => values[index];
  if (values.length <= (scale.right - scale.left) / 2) return { line: line(thinned(values, columns), all, scale) };
  const points = means(values, Math.floor((scale.right - scale.left) / 3));
  return {
    line: line(points.keys(), (index) => points.get(index), scale),
    texture: line(thinned(values, columns), all, scale),
  };
};

/** The high, the low and the last period of a series without gaps. */
export const summarize = (values) => {
  let [high, low] = [0, 0];
  for (let index = 1; index < values.length; index += 1) {
    if (values[index] > values[high]) high = index;
    if (values[index] < values[low]) low = index;
  }
  return { high, low, last: values.length - 1 };
};

/** The sparkline's marks in its own 200 × 50 units, stretched to the box. */
export const sparklineMarks = (values, summary) => {
  const scale = plot(values, summary, 200, 50);
  const { line: d } = series(values, scale);
  return { line: d, latest: `M${round(scale.x(summary.last))},${round(scale.y(values[summary.last]))}h0` };
};

/** A high or low marker's path, 4 px off its point, unless the latest point's dot is within 12 px. */
const markerPath = (at, latest, up) =>
  Math.hypot(at.x - latest.x, at.y - latest.y) < 12
    ? undefined
    : up
      ? `M${at.x},${round(at.y - 4 - 5)}l5,8h-10Z`
      : `M${at.x},${round(at.y + 4 + 5)}l5,-8h-10Z`;

/**
 * The full trend's marks at the chart's size (160 × 40 px here: the kit measures it, then draws):
 * the line (and, when dense, its texture), the high and low markers where they show, the latest dot.
 */
export const chartMarks = (values, summary, width, height) => {
  const scale = plot(values, summary, width, height);
  const point = (index) => ({ x: round(scale.x(index)), y: round(scale.y(values[index])) });
  const { line, texture } = series(values, scale);
  const latest = point(summary.last);
  const [high, low] = [markerPath(point(summary.high), latest, true), markerPath(point(summary.low), latest, false)];
  return { line, texture, high, low, latest };
};
