import { clamp } from '../../kpi/index.js';
import { round } from '../../shared/scale.js';

/** The round shapes: a 240° arc open at the bottom, or a full ring. */
export type RoundShape = 'arc' | 'ring';

/** A stretch of the gauge from 0 (start) to 1 (end), with a level the styles color. */
export interface Stretch<Level extends string = string> {
  readonly from: number;
  readonly to: number;
  readonly level: Level;
}

export interface ArcGeometry<Level extends string = string> {
  readonly viewBox: string;
  readonly track: string;
  /** Empty when there is nothing to fill. */
  readonly fill: string;
  readonly zones: readonly { readonly d: string; readonly level: Level }[];
  /** A tick across the track at the goal; empty without one. */
  readonly goalMark: string;
}

/** Radii in viewBox units: the track, and a thin ring outside it for bands. */
const OUTER = 88;
const INNER = 72;
const ZONE_INNER = 94;
const ZONE_OUTER = 98;
const TICK = 3;

/** Half of the sweep, in radians from 12 o'clock, clockwise. */
const HALF_SWEEP: Record<RoundShape, number> = { arc: (2 * Math.PI) / 3, ring: Math.PI };

/** The viewBox: the arc's lowest points lie at cos(60°) of the radius below the center. */
const VIEW_BOX: Record<RoundShape, string> = { arc: '-100 -100 200 156', ring: '-100 -100 200 200' };

/** The angle of a share of the gauge, for a shape. */
export const angleAt = (shape: RoundShape, share: number): number => {
  const half = HALF_SWEEP[shape];
  return shape === 'ring' ? clamp(share) * 2 * half : -half + clamp(share) * 2 * half;
};

/** A point at a radius and an angle (0 at 12 o'clock, clockwise). */
const point = (radius: number, angle: number) =>
  `${round(radius * Math.sin(angle))},${round(-radius * Math.cos(angle))}`;

/** A whole circle as two half-circle arcs (one arc cannot end where it starts), closed. */
const circle = (radius: number, sweep: 0 | 1) =>
  `M${point(radius, 0)}A${radius},${radius} 0 1,${sweep} ${point(radius, Math.PI)}A${radius},${radius} 0 1,${sweep} ${point(radius, 0)}Z`;

/**
 * The band between two radii from angle `from` to `to`, clockwise. `rounded` ends it in half
 * circles that stay inside the angles (what d3's `arc().cornerRadius(thickness / 2)` draws); a
 * stretch too short for both becomes a dot. A full turn is a ring.
 */
const sector = (inner: number, outer: number, from: number, to: number, rounded: boolean): string => {
  const span = to - from;
  if (span <= 1e-9) return '';
  if (span >= 2 * Math.PI - 1e-9) return circle(outer, 1) + circle(inner, 0);
  const cap = (outer - inner) / 2;
  const inset = rounded ? Math.min(Math.asin(cap / (outer - cap)), span / 2) : 0;
  const [start, end] = [from + inset, to - inset];
  const large = end - start > Math.PI ? 1 : 0;
  // Across the band at either end: a half circle outwards, or a straight edge.
  const across = rounded ? `A${cap},${cap} 0 0,1 ` : 'L';
  return (
    `M${point(outer, start)}A${outer},${outer} 0 ${large},1 ${point(outer, end)}` +
    `${across}${point(inner, end)}A${inner},${inner} 0 ${large},0 ${point(inner, start)}` +
    `${across}${point(outer, start)}Z`
  );
};

/**
 * The paths of a round gauge: the track, the fill up to `fill` (0 to 1), band zones on a thin
 * outer ring, and a tick at the goal. Shares outside 0–1 are clamped: an over-achieved goal
 * draws a full gauge.
 */
export const gaugeArc = <Level extends string>(
  shape: RoundShape,
  fill: number,
  zones: readonly Stretch<Level>[] = [],
  goalAt: number | null = null,
): ArcGeometry<Level> => {
  const at = (share: number) => angleAt(shape, share);
  // A ring's track is a closed circle; a full ring's fill needs no ends either.
  const roundedTrack = shape !== 'ring';
  const goalAngle = goalAt === null ? 0 : at(goalAt);
  return {
    viewBox: VIEW_BOX[shape],
    track: sector(INNER, OUTER, at(0), at(1), roundedTrack),
    fill: sector(INNER, OUTER, at(0), at(fill), roundedTrack || fill < 1),
    zones: zones
      .map(({ from, to, level }) => ({ d: sector(ZONE_INNER, ZONE_OUTER, at(from), at(to), false), level }))
      .filter(({ d }) => d !== ''),
    goalMark: goalAt === null ? '' : `M${point(INNER - TICK, goalAngle)}L${point(OUTER + TICK, goalAngle)}`,
  };
};
