/**
 * Round tick values, ported from d3-array 3.2 (ISC licence, Mike Bostock). d3-array ships as one
 * file whose top-level `bisector(...)` calls no bundler can drop, so importing `ticks` from it
 * carried 2.6 KB of sorting and binning code we never call. The port keeps d3's trick: ticks are
 * counted in whole steps and divided by a power of ten only at the end, so 0.1 + 0.2 never shows
 * as 0.30000000000000004.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The first and last tick as whole multiples of `step`; a negative step means "divide by -step". */
type TickSpec = readonly [first: number, last: number, step: number];

const tickSpec = (start: number, stop: number, count: number): TickSpec => {
  const rough = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(rough));
  const error = rough / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let first: number;
  let last: number;
  let step: number;
  if (power < 0) {
    step = 10 ** -power / factor;
    first = Math.round(start * step);
    last = Math.round(stop * step);
    if (first / step < start) ++first;
    if (last / step > stop) --last;
    step = -step;
  } else {
    step = 10 ** power * factor;
    first = Math.round(start / step);
    last = Math.round(stop / step);
    if (first * step < start) ++first;
    if (last * step > stop) --last;
  }
  if (last < first && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, step];
};

/** About `count` round values from `start` to `stop`, both ends included when round; `start <= stop`. */
export const ticks = (start: number, stop: number, count: number): number[] => {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [first, last, step] = tickSpec(start, stop, count);
  // Spans of subnormal numbers give infinite counts, where d3 throws a RangeError.
  if (!(last >= first) || !Number.isFinite(last - first)) return [];
  const values = new Array<number>(last - first + 1);
  for (let i = 0; i < values.length; i++) values[i] = step < 0 ? (first + i) / -step : (first + i) * step;
  return values;
};

/** The tick step for `count` ticks; negative when it is the reciprocal of a power-of-ten step. */
export const tickIncrement = (start: number, stop: number, count: number): number => tickSpec(start, stop, count)[2];
