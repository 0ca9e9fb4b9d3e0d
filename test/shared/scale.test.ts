import { expect } from '@open-wc/testing';
import { linearScale } from '../../src/shared/scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range, either way round', () => {
    const y = linearScale({ domain: [0, 10], range: [100, 0] });
    expect([y(0), y(2.5), y(10), y(12)]).to.deep.equal([100, 75, 0, -20]);
  });

  it('widens to round numbers and ticks them as d3 does', () => {
    const y = linearScale({ domain: [0.018, 0.033], range: [100, 0], nice: 3 });
    expect(y.domain).to.deep.equal([0.015, 0.035]);
    expect(y.ticks(3)).to.deep.equal([0.015, 0.02, 0.025, 0.03, 0.035]);
    expect(y(0.025)).to.be.closeTo(50, 1e-9);
    expect(linearScale({ domain: [645286, 831244], range: [0, 1], nice: 3 }).domain).to.deep.equal([600000, 900000]);
  });

  it('maps an empty domain to the start of the range instead of dividing by zero', () => {
    const y = linearScale({ domain: [5, 5], range: [40, 0], nice: 3 });
    expect(y(5)).to.equal(40);
    expect(y(7)).to.equal(40);
  });
});
