import type { Series } from '../../kpi/index.js';

/**
 * The indices of a long series worth drawing at a given number of pixel columns: per column and
 * per unbroken run, the first, lowest, highest and last point (so the drawn shape is the same as
 * with every point), and one gap index where a run breaks. Short series keep every index.
 */
export const thinIndices = (values: Series, columns: number): number[] => {
  const count = values.length;
  if (columns < 1 || count <= columns * 4) return [...values.keys()];
  // A plain loop over plain numbers: this runs over every period of every long series.
  const kept: number[] = [];
  let [first, last, low, high] = [-1, -1, -1, -1];
  let column = -1;
  const flush = () => {
    if (first < 0) return;
    const [a, b] = low < high ? [low, high] : [high, low];
    for (const index of [first, a, b, last]) if (index !== kept[kept.length - 1]) kept.push(index);
    first = -1;
  };
  for (let index = 0; index < count; index++) {
    const value = values[index] ?? null;
    const at = Math.floor((index * columns) / count);
    if (at !== column) {
      flush();
      column = at;
    }
    if (value === null) {
      flush();
      const previous = kept[kept.length - 1];
      if (previous === undefined || values[previous] !== null) kept.push(index);
    } else if (first < 0) {
      first = last = low = high = index;
    } else {
      last = index;
      if (value < (values[low] as number)) low = index;
      if (value > (values[high] as number)) high = index;
    }
  }
  flush();
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
    let [sum, shown] = [0, 0];
    for (let index = start; index < end; index++) {
      const value = values[index] ?? null;
      if (value !== null) [sum, shown] = [sum + value, shown + 1];
    }
    means.push({ index: Math.floor((start + end - 1) / 2), value: shown ? sum / shown : null });
  }
  return means;
};
