import { expect } from '@open-wc/testing';
import {
  funnelGeometry,
  MODES,
  ORIENTATIONS,
  relativeSizes,
  stagePolygon,
} from '../../../src/elements/funnel-ratio/funnel-geometry.js';

/** A polygon's corners as numbers, so the tests speak of coordinates rather than of path syntax. */
const corners = (points: string) => points.split(' ').map((point) => point.split(',').map(Number));

describe('funnel geometry', () => {
  it('lists the default orientation and mode first', () => {
    expect(ORIENTATIONS[0]).to.equal('vertical');
    expect(MODES[0]).to.equal('bars');
  });

  it('sizes each stage against the largest one, not the first', () => {
    expect(relativeSizes([100, 50, 0])).to.deep.equal([1, 0.5, 0]);
    expect(relativeSizes([100, 120, 30])).to.deep.equal([100 / 120, 1, 0.25]);
  });

  it('keeps a stage that is not zero visible, however small, and draws nothing for zero', () => {
    const [, tiny, none] = relativeSizes([1_000_000, 1, 0]);
    expect(tiny).to.be.greaterThan(0.01);
    expect(none).to.equal(0);
    expect(relativeSizes([0, 0])).to.deep.equal([0, 0]);
    expect(relativeSizes([])).to.deep.equal([]);
  });

  it('draws bars from the start of a row (vertical) or up from the bottom of a column (horizontal)', () => {
    const sizes = relativeSizes([100, 50, 0]);
    expect(corners(stagePolygon(sizes, 1, 'vertical', 'bars'))).to.deep.equal([
      [0, 18],
      [50, 18],
      [50, 82],
      [0, 82],
    ]);
    expect(corners(stagePolygon(sizes, 1, 'horizontal', 'bars'))).to.deep.equal([
      [18, 50],
      [82, 50],
      [82, 100],
      [18, 100],
    ]);
    expect(stagePolygon(sizes, 2, 'vertical', 'bars')).to.equal('');
  });

  it('draws funnel segments from a stage to the next, reaching past the cell so neighbours join', () => {
    const sizes = relativeSizes([100, 50, 10]);
    expect(corners(stagePolygon(sizes, 0, 'vertical', 'funnel'))).to.deep.equal([
      [0, -0.5],
      [25, 100.5],
      [75, 100.5],
      [100, -0.5],
    ]);
    expect(corners(stagePolygon(sizes, 1, 'horizontal', 'funnel'))).to.deep.equal([
      [-0.5, 25],
      [100.5, 45],
      [100.5, 55],
      [-0.5, 75],
    ]);
    // The last segment keeps its own size: there is no next stage to narrow to.
    const last = corners(stagePolygon(sizes, 2, 'horizontal', 'funnel'));
    expect(last[0][1]).to.equal(last[1][1]);
  });

  it('draws a funnel segment into a stage of zero, but nothing from zero to zero', () => {
    const sizes = relativeSizes([100, 0, 0]);
    expect(stagePolygon(sizes, 0, 'vertical', 'funnel')).not.to.equal('');
    expect(stagePolygon(sizes, 1, 'vertical', 'funnel')).to.equal('');
  });

  it('gives one shape per stage with the layout it was drawn for', () => {
    const geometry = funnelGeometry([100, 50, 0], 'horizontal', 'funnel');
    expect(geometry).to.include({ orientation: 'horizontal', mode: 'funnel' });
    expect(geometry.shapes).to.have.length(3);
    expect(geometry.shapes[2]).to.equal('');
    expect(funnelGeometry([], 'vertical', 'bars').shapes).to.deep.equal([]);
  });
});
