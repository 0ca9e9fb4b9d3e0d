import { tickIncrement, ticks } from './ticks.js';

/**
 * A linear map from values to pixels, with round-number ticks. The charts need only this of
 * d3-scale, whose `scaleLinear` brings d3-interpolate, d3-color and d3-format with it (about 9 KB
 * gzipped, a quarter of the kit's budget) for colour and date interpolation we never use. Round
 * ticks come from a port of d3-array's, in `ticks.ts`.
 */
export interface LinearScale {
  (value: number): number;
  /** The values at the two ends, after `nice`. */
  readonly domain: readonly [number, number];
  /** About `count` round values inside the domain. */
  readonly ticks: (count: number) => number[];
}

export interface LinearScaleOptions {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Widen the domain to round numbers for about this many ticks, as d3's `nice(count)` does. */
  readonly nice?: number;
}

/** d3-scale's `linearish.nice`: widen until the tick step stops changing. */
const niceDomain = ([start, stop]: readonly [number, number], count: number): [number, number] => {
  let previousStep: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previousStep || !(step !== 0 && Number.isFinite(step))) break;
    [start, stop] =
      step > 0
        ? [Math.floor(start / step) * step, Math.ceil(stop / step) * step]
        : [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
    previousStep = step;
  }
  return [start, stop];
};

export const linearScale = ({ domain, range, nice }: LinearScaleOptions): LinearScale => {
  const [low, high] = nice === undefined || domain[0] >= domain[1] ? domain : niceDomain(domain, nice);
  const [from, to] = range;
  const slope = high === low ? 0 : (to - from) / (high - low);
  return Object.assign((value: number) => from + (value - low) * slope, {
    domain: [low, high] as const,
    ticks: (count: number) => ticks(low, high, count),
  });
};

/** A drawing coordinate to two decimals: a hundredth of a pixel is enough, and paths stay short. */
export const round = (n: number): number => Math.round(n * 100) / 100;
