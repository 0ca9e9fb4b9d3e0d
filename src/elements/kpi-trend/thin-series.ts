import type { Series } from '../../kpi/index.js';

/**
 * The indices of a long series worth drawing at a given number of pixel columns: per column and
 * per unbroken run, the first, lowest, highest and last point (so the drawn shape is the same as
 * with every point), and one gap index where a run breaks. Short series keep every index.
 */
export const thinIndices = (values: Series, columns: number): number[] => {
  const count = values.length;
  const all = Array.from({ length: count }, (_, index) => index);
  if (columns < 1 || count <= columns * 4) return all;
  const kept: number[] = [];
  let run: { first: number; last: number; low: number; high: number } | undefined;
  let column = -1;
  const flush = () => {
    if (!run) return;
    kept.push(...new Set([run.first, run.low, run.high, run.last].sort((a, b) => a - b)));
    run = undefined;
  };
  for (const index of all) {
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
      continue;
    }
    if (!run) {
      run = { first: index, last: index, low: index, high: index };
      continue;
    }
    run.last = index;
    if (value < (values[run.low] ?? value)) run.low = index;
    if (value > (values[run.high] ?? value)) run.high = index;
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
