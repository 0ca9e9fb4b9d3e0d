import { scaleLinear } from 'd3-scale';
import { arc, line, pointRadial } from 'd3-shape';

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
const INNER = 72;
const OUTER = 88;
const ZONE_INNER = 94;
const ZONE_OUTER = 98;
/** Paths to a hundredth of a unit: finer is invisible and only makes the markup longer. */
const DIGITS = 2;

/** Half of the sweep, in radians from 12 o'clock, clockwise. */
const HALF_SWEEP: Record<RoundShape, number> = { arc: (2 * Math.PI) / 3, ring: Math.PI };

/** The viewBox: the arc's lowest points lie at cos(60°) of the radius below the center. */
const VIEW_BOX: Record<RoundShape, string> = { arc: '-100 -100 200 156', ring: '-100 -100 200 200' };

/** Shares of the gauge to angles (0 at 12 o'clock, clockwise); clamped, so 112 % draws a full gauge. */
const ANGLES: Record<RoundShape, (share: number) => number> = {
  arc: scaleLinear([0, 1], [-HALF_SWEEP.arc, HALF_SWEEP.arc]).clamp(true),
  ring: scaleLinear([0, 1], [0, 2 * HALF_SWEEP.ring]).clamp(true),
};

/** The angle of a share of the gauge, for a shape. */
export const angleAt = (shape: RoundShape, share: number): number => ANGLES[shape](share);

interface Span {
  readonly startAngle: number;
  readonly endAngle: number;
}

/** The track and the fill, with round ends that stay inside their angles; a full turn is a plain ring. */
const rounded = arc<Span>()
  .innerRadius(INNER)
  .outerRadius(OUTER)
  .cornerRadius((OUTER - INNER) / 2)
  .digits(DIGITS);
/** A full ring's fill, and band zones: square ends, so zones meet without a gap. */
const square = (inner: number, outer: number) => arc<Span>().innerRadius(inner).outerRadius(outer).digits(DIGITS);
const squareTrack = square(INNER, OUTER);
const zoneBand = square(ZONE_INNER, ZONE_OUTER);
const tick = line().digits(DIGITS);

/** Nothing to draw for a stretch of no length; d3 would draw an empty path. */
const draw = (generator: (span: Span) => string | null, startAngle: number, endAngle: number) =>
  endAngle - startAngle > 1e-9 ? (generator({ startAngle, endAngle }) ?? '') : '';

/**
 * The paths of a round gauge: the track, the fill up to `fill` (0 to 1), band zones on a thin
 * outer ring, and a tick at the goal. Shares outside 0–1 are clamped: an over-achieved goal
 * draws a full gauge. The goal tick stays within the track's thickness: it marks a place on the
 * track, and one that sticks out reads as a needle.
 */
export const gaugeArc = <Level extends string>(
  shape: RoundShape,
  fill: number,
  zones: readonly Stretch<Level>[] = [],
  goalAt: number | null = null,
): ArcGeometry<Level> => {
  const at = (share: number) => angleAt(shape, share);
  // A ring's track is a closed circle: no ends to round.
  const trackDrawing = shape === 'ring' ? squareTrack : rounded;
  const goalAngle = goalAt === null ? 0 : at(goalAt);
  return {
    viewBox: VIEW_BOX[shape],
    track: draw(trackDrawing, at(0), at(1)),
    fill: draw(rounded, at(0), at(fill)),
    zones: zones
      .map(({ from, to, level }) => ({ d: draw(zoneBand, at(from), at(to)), level }))
      .filter(({ d }) => d !== ''),
    goalMark: goalAt === null ? '' : (tick([pointRadial(goalAngle, INNER), pointRadial(goalAngle, OUTER)]) ?? ''),
  };
};
