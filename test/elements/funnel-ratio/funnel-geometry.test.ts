import { expect } from '@open-wc/testing';
import {
  barBox,
  funnelGeometry,
  funnelSegment,
  LOG_FLOOR,
  MODES,
  ORIENTATIONS,
  stageSizes,
  STEEP,
} from '../../../src/elements/funnel-ratio/funnel-geometry.js';

/** A path's points as numbers, so the tests speak of coordinates rather than of path syntax. */
const pointsOf = (path: string) =>
  [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);

/**
 * How wide a vertical funnel segment is at `along` (0 at the top of its cell, 100 at the bottom), or
 * at its `start` and `end` (a little past the cell's edges, where it overlaps its neighbours).
 */
const widthAt = (path: string, place: number | 'start' | 'end') => {
  const ys = pointsOf(path).map(([, y]) => y);
  const along = place === 'start' ? Math.min(...ys) : place === 'end' ? Math.max(...ys) : place;
  const xs = pointsOf(path)
    .filter(([, y]) => y === along)
    .map(([x]) => x);
  return Math.max(...xs) - Math.min(...xs);
};

const B2B = [10000, 500, 200, 80, 20];

describe('funnel geometry', () => {
  it('lists the default orientation and mode first', () => {
    expect(ORIENTATIONS[0]).to.equal('vertical');
    expect(MODES[0]).to.equal('bars');
  });

  it('sizes each stage straight against the largest one, not the first, when no stage is under a tenth of it', () => {
    expect(stageSizes([100, 50, 0])).to.deep.equal({ scale: 'linear', sizes: [1, 0.5, 0] });
    expect(stageSizes([100, 120, 30])).to.deep.equal({ scale: 'linear', sizes: [100 / 120, 1, 0.25] });
    expect(stageSizes([1000, 100]).scale).to.equal('linear');
  });

  it('draws a steep funnel on a log scale, so no stage after a 95 % loss is a sliver', () => {
    // Drawn straight, 500, 200, 80 and 20 of 10,000 are 5 %, 2 %, 0.8 % and 0.2 % of the first bar.
    const { scale, sizes } = stageSizes(B2B);
    expect(scale).to.equal('log');
    expect(sizes[0]).to.equal(1);
    expect(sizes.at(-1)).to.be.closeTo(LOG_FLOOR, 1e-9);
    for (const size of sizes) expect(size).to.be.at.least(LOG_FLOOR);
    // Still in order, and the biggest drop is still the biggest step down.
    expect(sizes).to.deep.equal([...sizes].sort((a, b) => b - a));
    const steps = sizes.slice(1).map((size, index) => (sizes[index] ?? 0) - size);
    expect(Math.max(...steps)).to.equal(steps[0]);
  });

  it('gives equal step conversions equal lengths on the log scale', () => {
    const [first = 0, second = 0, third = 0] = stageSizes([10000, 1000, 100]).sizes;
    expect(first - second).to.be.closeTo(second - third, 1e-9);
  });

  it('switches to the log scale just under a tenth, and never draws a stage of zero', () => {
    expect(stageSizes([1000, 1000 * STEEP]).scale).to.equal('linear');
    expect(stageSizes([1000, 1000 * STEEP - 1]).scale).to.equal('log');
    const { sizes } = stageSizes([1_000_000, 1, 0]);
    expect(sizes[1]).to.be.closeTo(LOG_FLOOR, 1e-9);
    expect(sizes[2]).to.equal(0);
    expect(stageSizes([0, 0])).to.deep.equal({ scale: 'linear', sizes: [0, 0] });
    expect(stageSizes([])).to.deep.equal({ scale: 'linear', sizes: [] });
  });

  it('places bars across a row (vertical) or up a column (horizontal), in percent of the cell', () => {
    expect(barBox(0.5, 'vertical')).to.deep.equal({ x: 0, y: 0, width: 50, height: 100 });
    expect(barBox(0.25, 'horizontal')).to.deep.equal({ x: 26, y: 75, width: 48, height: 25 });
    expect(barBox(0, 'vertical')).to.equal(null);
  });

  it('draws each bar in front of the stage before, so what the step lost shows as the uncovered track', () => {
    const { shapes } = funnelGeometry([100, 50, 0, 0], 'vertical', 'bars');
    expect(shapes[0]).to.deep.equal({ kind: 'bar', bar: barBox(1, 'vertical'), track: null });
    expect(shapes[1]).to.deep.equal({ kind: 'bar', bar: barBox(0.5, 'vertical'), track: barBox(1, 'vertical') });
    // A stage of zero after one of 50: only the track, all of it lost; then nothing at all.
    expect(shapes[2]).to.deep.equal({ kind: 'bar', bar: null, track: barBox(0.5, 'vertical') });
    expect(shapes[3]).to.deep.equal({ kind: 'none' });
  });

  it('narrows each funnel segment from the stage before to its own width by past the middle of its cell', () => {
    const segment = funnelSegment(1, 0.5, 'vertical');
    expect(widthAt(segment, 'start')).to.equal(100);
    expect(widthAt(segment, 0)).to.equal(100);
    expect(widthAt(segment, 55)).to.equal(50);
    expect(widthAt(segment, 'end')).to.equal(50);
    // Centred, and reaching past the cell so neighbours overlap instead of leaving a seam.
    expect(pointsOf(segment).map(([x]) => x)).to.include.members([0, 100, 25, 75]);
    expect(Math.min(...pointsOf(segment).map(([, y]) => y))).to.be.below(0);
    expect(Math.max(...pointsOf(segment).map(([, y]) => y))).to.be.above(100);
    // Across the cell when horizontal.
    const across = pointsOf(funnelSegment(1, 0.5, 'horizontal'));
    expect(across.filter(([x]) => x === 55).map(([, y]) => y)).to.have.members([25, 75]);
  });

  it('keeps a steep funnel a funnel: its last segment is a fifth of the first, not a line', () => {
    const { shapes, scale } = funnelGeometry(B2B, 'vertical', 'funnel');
    expect(scale).to.equal('log');
    const paths = shapes.map((shape) => (shape.kind === 'segment' ? shape.path : ''));
    expect(widthAt(paths[0] ?? '', 'end')).to.equal(100);
    expect(widthAt(paths.at(-1) ?? '', 'end')).to.be.closeTo(100 * LOG_FLOOR, 0.01);
  });

  it('draws a funnel segment into a stage of zero, but nothing from zero to zero', () => {
    const { shapes } = funnelGeometry([100, 0, 0], 'vertical', 'funnel');
    expect(shapes.map((shape) => shape.kind)).to.deep.equal(['segment', 'segment', 'none']);
    expect(funnelGeometry([], 'vertical', 'bars').shapes).to.deep.equal([]);
  });

  it('gives one shape per stage with the layout and scale it was drawn for', () => {
    const geometry = funnelGeometry([100, 50, 0], 'horizontal', 'funnel');
    expect(geometry).to.include({ orientation: 'horizontal', mode: 'funnel', scale: 'linear' });
    expect(geometry.shapes).to.have.length(3);
  });
});
