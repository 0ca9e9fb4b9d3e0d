import { expect } from '@open-wc/testing';
import { remember } from '../../../src/elements/kpi-trend/remember.js';

describe('remember', () => {
  it('makes a value again only when one of its inputs changes', () => {
    const once = remember<number[]>();
    const series = [1, 2, 3];
    let made = 0;
    const make = () => [++made];
    const first = once([series, 'en-US'], make);
    expect(once([series, 'en-US'], make)).to.equal(first);
    expect(once([[...series], 'en-US'], make)).not.to.equal(first);
    expect(once([series, 'en-US', 'line'], make)).to.deep.equal([3]);
  });
});
