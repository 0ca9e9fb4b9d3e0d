import type { Series } from '../../kpi/index.js';

/**
 * The indices of a long series worth drawing at a given number of pixel columns: per column and
 * per unbroken run, the first, lowest, highest and last point (so the drawn shape is the same as
 * with every point), and one gap index where a run breaks. Short series keep every index.
 */
export const thinIndices = (values: Series, columns: number): number[] => {
  const count = values.length;
  if (columns < 1 || count <= columns * 4) return [...values.keys()];
  // A plain loop over plain locals (no closure, no destructuring), so V8 keeps them in registers:
  // this runs over every period of every long series.
  const kept: number[] = [];
  const keep = (index: number) => {
    if (index !== kept[kept.length - 1]) kept.push(index);
  };
  let first = -1;
  let last = -1;
  let low = -1;
  let high = -1;
  let lowValue = 0;
  let highValue = 0;
  let column = -1;
  for (let index = 0; index <= count; index++) {
    const value = index < count ? (values[index] ?? null) : null;
    const at = index < count ? Math.floor((index * columns) / count) : column + 1;
    // A new column, a gap or the end closes the run: its first, lowest, highest and last point.
    if (first >= 0 && (at !== column || value === null)) {
      keep(first);
      keep(low < high ? low : high);
      keep(low < high ? high : low);
      keep(last);
      first = -1;
    }
    column = at;
    if (index === count) break;
    if (value === null) {
      const previous = kept[kept.length - 1];
      if (previous === undefined || values[previous] !== null) kept.push(index);
    } else if (first < 0) {
      first = last = low = high = index;
      lowValue = highValue = value;
    } else {
      last = index;
      if (value < lowValue) {
        low = index;
        lowValue = value;
      }
      if (value > highValue) {
        high = index;
        highValue = value;
      }
    }
  }
  return kept;
};

/** Per pixel column, the lowest and highest value of the periods in it (gaps ignored), for bars. */
export const columnExtents = (values: Series, columns: number): ({ low: number; high: number } | undefined)[] => {
  const extents: ({ low: number; high: number } | undefined)[] = Array.from({ length: columns }, () => undefined);
  values.forEach((value, index) => {
    if (value === null) return;
    const at = Math.min(columns - 1, Math.floor((index * columns) / values.length));
    const extent = extents[at];
    extents[at] = extent
      ? { low: Math.min(extent.low, value), high: Math.max(extent.high, value) }
      : { low: value, high: value };
  });
  return extents;
};

/**
 * The mean of each of `buckets` equal runs of periods (gaps ignored; `null` for a run of gaps
 * only), with the index in the middle of its run: a line a reader can follow through a series too
 * dense to draw point by point, where every zigzag would merge into a solid band.
 */
export const bucketMeans = (values: Series, buckets: number): { index: number; value: number | null }[] => {
  const count = values.length;
  const means: { index: number; value: number | null }[] = [];
  for (let bucket = 0; bucket < buckets; bucket++) {
    const [start, end] = [Math.floor((bucket * count) / buckets), Math.floor(((bucket + 1) * count) / buckets)];
    if (end <= start) continue;
    let sum = 0;
    let shown = 0;
    for (let index = start; index < end; index++) {
      const value = values[index] ?? null;
      if (value !== null) {
        sum += value;
        shown += 1;
      }
    }
    means.push({ index: Math.floor((start + end - 1) / 2), value: shown ? sum / shown : null });
  }
  return means;
};
