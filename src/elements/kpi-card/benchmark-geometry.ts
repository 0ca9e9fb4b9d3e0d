import { scaleLinear } from 'd3-scale';
import { isBounded, type Range } from '../../kpi/index.js';

/** Where a label sits against its point: centred on it, or starting or ending there near an end of the track. */
export type LabelAnchor = 'start' | 'middle' | 'end';

/** A point on the track, in percent of its length, and how its label hangs from it. */
export interface TrackPoint {
  readonly at: number;
  readonly anchor: LabelAnchor;
}

/** A benchmark range and a value on a track, in percent of its length from its inline start. */
export interface BenchmarkGeometry {
  /** Where the range's band starts on the track, and how long it is. */
  readonly bandStart: number;
  readonly bandWidth: number;
  /** Where the value stands: the marker, labelled with the value. */
  readonly marker: TrackPoint;
  /** The range's labelled ends: its bounds, where it has them (one for a one-sided range or a range of one point). */
  readonly min?: TrackPoint;
  readonly max?: TrackPoint;
}

/**
 * A label centred on a point this close to an end of the track would run off it: it starts or
 * ends at the point instead. A label is a few characters (`25.0%`, `3.5 : 1`), about a fifth of
 * a narrow track.
 */
const EDGE = 12;

const point = (at: number): TrackPoint => ({
  at,
  anchor: at < EDGE ? 'start' : at > 100 - EDGE ? 'end' : 'middle',
});

/**
 * The stretch of values the track covers: a range with room on both sides, so a value just
 * outside it still shows as outside; a one-sided range ("at least 0.5 %") from zero to twice its
 * bound. A range of non-negative values never pads below zero.
 */
const trackDomain = (min: number | undefined, max: number | undefined): [number, number] => {
  if (min !== undefined && max !== undefined) {
    const padding = (max - min) / 2 || Math.abs(min) || 1;
    return [min >= 0 ? Math.max(0, min - padding) : min - padding, max + padding];
  }
  return [0, 2 * Math.abs(min ?? max ?? 0) || 1];
};

/**
 * Lays out a range and a value on a 0–100 track, for a small bar with its ends and the value
 * labelled. A value far outside the range is held at the end of the track. Nothing to draw
 * without bounds.
 */
export const benchmarkGeometry = (value: number, range: Range): BenchmarkGeometry | undefined => {
  if (!isBounded(range)) return undefined;
  const { min, max } = range;
  const x = scaleLinear().domain(trackDomain(min, max)).range([0, 100]).clamp(true);
  const bandStart = min === undefined ? 0 : x(min);
  const bandEnd = max === undefined ? 100 : x(max);
  return {
    bandStart,
    bandWidth: bandEnd - bandStart,
    marker: point(x(value)),
    ...(min === undefined ? {} : { min: point(bandStart) }),
    // A range of one point has one end to label.
    ...(max === undefined || max === min ? {} : { max: point(bandEnd) }),
  };
};
