import type { Range } from '../../kpi/index.js';

/** A benchmark range and a value on a 0–100 track, for a small decorative bar. */
export interface BenchmarkBar {
  readonly bandStart: number;
  readonly bandEnd: number;
  readonly marker: number;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));

/**
 * Lays out a range with room on both sides, so a value just outside it still shows as outside.
 * A one-sided range ("at least 0.5 %") runs to the track's end.
 */
export const benchmarkBar = (value: number, { min, max }: Range): BenchmarkBar | undefined => {
  if (min === undefined && max === undefined) return undefined;
  let start: number;
  let end: number;
  if (min !== undefined && max !== undefined) {
    const padding = (max - min) / 2 || Math.abs(min) || 1;
    // A range of non-negative values never pads below zero.
    start = min >= 0 ? Math.max(0, min - padding) : min - padding;
    end = max + padding;
  } else {
    start = 0;
    end = 2 * Math.abs(min ?? max ?? 0) || 1;
  }
  const at = (x: number) => clamp(((x - start) / (end - start)) * 100);
  return {
    bandStart: min === undefined ? 0 : at(min),
    bandEnd: max === undefined ? 100 : at(max),
    marker: at(value),
  };
};
