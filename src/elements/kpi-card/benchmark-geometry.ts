import { clamp, isBounded, type Range } from '../../kpi/index.js';

/** The track is 100 units long; the value's marker is this wide. */
const TRACK = 100;
export const MARKER_WIDTH = 1.5;

/** A benchmark range and a value on a 0–100 track, for a small decorative bar. */
export interface BenchmarkGeometry {
  /** Where the range's band starts on the track, and how long it is. */
  readonly bandStart: number;
  readonly bandWidth: number;
  /** Where the value stands on the track. */
  readonly marker: number;
  /** The start of the marker's box, `MARKER_WIDTH` wide: centred on the value, kept on the track. */
  readonly markerX: number;
}

/**
 * Lays out a range with room on both sides, so a value just outside it still shows as outside.
 * A one-sided range ("at least 0.5 %") runs to the track's end. Nothing to draw without bounds.
 */
export const benchmarkGeometry = (value: number, range: Range): BenchmarkGeometry | undefined => {
  if (!isBounded(range)) return undefined;
  const { min, max } = range;
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
  const at = (x: number) => clamp(((x - start) / (end - start)) * TRACK, 0, TRACK);
  const bandStart = min === undefined ? 0 : at(min);
  const bandEnd = max === undefined ? TRACK : at(max);
  const marker = at(value);
  return {
    bandStart,
    bandWidth: bandEnd - bandStart,
    marker,
    markerX: clamp(marker - MARKER_WIDTH / 2, 0, TRACK - MARKER_WIDTH),
  };
};
