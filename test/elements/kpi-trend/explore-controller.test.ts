import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ExploreController, nextPeriod, type Periods } from '../../../src/elements/kpi-trend/explore-controller.js';

describe('nextPeriod', () => {
  it('lands on the latest period at the first arrow, then steps, jumps a tenth and goes to the ends', () => {
    expect(nextPeriod('ArrowLeft', undefined, 20)).to.equal(19);
    expect(nextPeriod('ArrowRight', undefined, 20)).to.equal(19);
    expect(nextPeriod('ArrowLeft', 5, 20)).to.equal(4);
    expect(nextPeriod('ArrowUp', 5, 20)).to.equal(6);
    expect(nextPeriod('PageUp', 5, 20)).to.equal(3);
    expect(nextPeriod('PageDown', 5, 20)).to.equal(7);
    expect(nextPeriod('Home', undefined, 20)).to.equal(0);
    expect(nextPeriod('End', 3, 20)).to.equal(19);
  });

  it('stays within the periods, and ignores other keys and empty charts', () => {
    expect(nextPeriod('ArrowLeft', 0, 20)).to.equal(0);
    expect(nextPeriod('PageDown', 18, 20)).to.equal(19);
    expect(nextPeriod('Tab', 3, 20)).to.equal(undefined);
    expect(nextPeriod('Home', undefined, 0)).to.equal(undefined);
  });
});

class Host extends LitElement {
  periods?: Periods = { count: 4, indexAt: (x) => Math.round(x / 10) };
  renders = 0;
  readonly explore = new ExploreController(this, () => this.periods);
  override render() {
    this.renders += 1;
    return html`<div><svg width="40" height="10"></svg></div>`;
  }
}
customElements.define('explore-host', Host);

describe('ExploreController', () => {
  const key = (name: string) => new KeyboardEvent('keydown', { key: name, cancelable: true });

  it('hands the host the period in focus, from keys, and renders it again only for a change', async () => {
    const host = await fixture<Host>(html`<explore-host></explore-host>`);
    const { explore } = host;
    expect(explore.focus).to.equal(undefined);
    const first = key('ArrowLeft');
    explore.handlers.key(first);
    await host.updateComplete;
    expect([explore.focus, first.defaultPrevented]).to.deep.equal([3, true]);
    const renders = host.renders;
    explore.handlers.key(key('End'));
    await host.updateComplete;
    expect(host.renders).to.equal(renders);
    const other = key('a');
    explore.handlers.key(other);
    expect(other.defaultPrevented).to.equal(false);
    explore.handlers.blur();
    expect(explore.focus).to.equal(undefined);
  });

  it('gives no focus beyond the chart, nor without one', async () => {
    const host = await fixture<Host>(html`<explore-host></explore-host>`);
    host.explore.handlers.key(key('End'));
    host.periods = { count: 2, indexAt: () => 0 };
    expect(host.explore.focus).to.equal(undefined);
    host.periods = undefined;
    host.explore.handlers.key(key('Home'));
    expect(host.explore.focus).to.equal(undefined);
  });

  it('keeps whether the table is open', async () => {
    const host = await fixture<Host>(html`<explore-host></explore-host>`);
    const details = document.createElement('details');
    details.open = true;
    details.addEventListener('toggle', host.explore.handlers.toggle);
    details.dispatchEvent(new Event('toggle'));
    expect(host.explore.tableOpen).to.equal(true);
  });
});
