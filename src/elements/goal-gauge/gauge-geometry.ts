import { scaleLinear } from 'd3-scale';
import { gaugeArc, type ArcGeometry, type RoundShape, type Stretch } from './arc-geometry.js';
import type { Shape } from './gauge-model.js';

/** Shares of the bar to percents of its length, clamped: 112 % fills it and no more. */
const alongBar = scaleLinear([0, 1], [0, 100]).clamp(true);

/** A share as an SVG length for the bar shape: `97.3%`, to a hundredth of a percent. */
export const barLength = (share: number): string => `${Math.round(alongBar(share) * 100) / 100}%`;

/** The bar: lengths along it, from the inline start. */
export interface BarGeometry<Level extends string = string> {
  readonly shape: 'bar';
  /** Empty when there is nothing to fill. */
  readonly fill: string;
  readonly zones: readonly { readonly x: string; readonly width: string; readonly level: Level }[];
  /** Where the goal tick stands; empty without one. */
  readonly goalMark: string;
}

/** A round dial, with where its percent and caption sit and the percent's size, in viewBox units. */
export interface RoundGeometry<Level extends string = string> extends ArcGeometry<Level> {
  readonly shape: RoundShape;
  readonly headline: { readonly y: number; readonly size: number };
  readonly caption: { readonly y: number };
}

export type GaugeGeometry<Level extends string = string> = BarGeometry<Level> | RoundGeometry<Level>;

/** What the drawing needs from the model: positions from 0 to 1 along the gauge, and the texts inside a dial. */
export interface GaugeMarks<Level extends string> {
  readonly fill: number;
  readonly zones: readonly Stretch<Level>[];
  readonly goalMark: number | null;
  readonly headline: string;
  readonly caption: string;
}

/**
 * The drawing of a gauge. A round dial has its percent written inside the drawing, so the text
 * scales with the dial (without a container query, which costs every gauge a style pass of its
 * own during layout): a little above the center of the arc, centered in the ring. A long headline
 * (a value shown without a goal percent) gets a smaller size so it stays inside the track.
 */
export const gaugeGeometry = <Level extends string>(shape: Shape, marks: GaugeMarks<Level>): GaugeGeometry<Level> => {
  const { fill, zones, goalMark, headline, caption } = marks;
  if (shape === 'bar') {
    return {
      shape,
      fill: fill > 0 ? barLength(fill) : '',
      zones: zones.map(({ from, to, level }) => ({ x: barLength(from), width: barLength(to - from), level })),
      goalMark: goalMark === null ? '' : barLength(goalMark),
    };
  }
  const lift = shape === 'arc' ? -6 : 0;
  return {
    ...gaugeArc(shape, fill, zones, goalMark),
    shape,
    headline: { y: lift + (caption ? 4 : 10), size: Math.min(30, Math.round(220 / Math.max(headline.length, 1))) },
    caption: { y: lift + 22 },
  };
};
