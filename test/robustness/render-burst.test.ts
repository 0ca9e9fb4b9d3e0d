import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { FunnelRatio } from '../../src/elements/funnel-ratio/funnel-ratio.js';
import { GoalGauge } from '../../src/elements/goal-gauge/goal-gauge.js';
import { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';
import { defineElement } from '../../src/shared/define.js';
import { partText } from '../helpers/screen-reader.js';

/**
 * A thousand attribute and property changes in one task cause one render per element.
 *
 * Renders are counted by test-only subclasses, registered under their own tags, whose `updated()`
 * counts every completed update. Counting `kpi-change` events would not do: the base fires one only
 * when what the element shows changes, so a second render that shows the same thing, the very
 * waste this test is about, would go unseen.
 */

interface Counting {
  renders: number;
}

class BurstCard extends KpiCard implements Counting {
  renders = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renders += 1;
  }
}
class BurstTrend extends KpiTrend implements Counting {
  renders = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renders += 1;
  }
}
class BurstFunnel extends FunnelRatio implements Counting {
  renders = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renders += 1;
  }
}
class BurstGauge extends GoalGauge implements Counting {
  renders = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.renders += 1;
  }
}
defineElement('burst-kpi-card', BurstCard);
defineElement('burst-kpi-trend', BurstTrend);
defineElement('burst-funnel-ratio', BurstFunnel);
defineElement('burst-goal-gauge', BurstGauge);

type Widget = HTMLElement & Counting & { updateComplete: Promise<boolean>; label?: string; locale?: string };

/** What each element starts as, and the KPI input the burst changes: observed, not declared. */
const SETUPS = [
  { tag: 'burst-kpi-card', attributes: { kpi: 'roas', revenue: '1000', spend: '250' }, input: 'revenue' },
  {
    tag: 'burst-kpi-trend',
    attributes: { kpi: 'roas', revenue: '100,200,300', spend: '50,50,50' },
    input: 'revenue',
  },
  {
    tag: 'burst-funnel-ratio',
    attributes: { stages: 'Visitors,Leads,Customers', values: '1000,100,10' },
    input: 'values',
  },
  { tag: 'burst-goal-gauge', attributes: { kpi: 'roas', revenue: '1000', spend: '250', goal: '5' }, input: 'revenue' },
] as const;

/** Every queued task, microtask, observer callback and frame has run, and any render it asked for. */
const quiet = async (element: Widget) => {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise(requestAnimationFrame);
    await element.updateComplete;
  }
};

const create = async (tag: string, attributes: Readonly<Record<string, string>>): Promise<Widget> => {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) element.setAttribute(name, value);
  await fixture(element);
  await quiet(element);
  element.renders = 0;
  return element;
};

describe('a burst of changes in one task', () => {
  afterEach(() => fixtureCleanup());

  for (const { tag, attributes, input } of SETUPS) {
    it(`renders <${tag}> once for a thousand changes of declared properties and observed inputs`, async () => {
      const element = await create(tag, attributes);
      const base = input === 'values' ? '1000,100,' : input === 'revenue' && tag.includes('trend') ? '100,200,' : '';
      // A property set first, so Lit's update is queued before the observer's callback.
      for (let i = 1; i <= 1000; i += 1) {
        switch (i % 5) {
          case 0:
            element.setAttribute('label', `Label ${i}`);
            break;
          case 1:
            element.label = `Label ${i}`;
            break;
          case 2:
            element.locale = i % 2 ? 'nl-NL' : 'en-US';
            break;
          case 3:
            element.setAttribute(input, `${base}${i}`);
            break;
          default:
            element.setAttribute('locale', i % 3 ? 'en-US' : 'nl-NL');
        }
      }
      await quiet(element);
      expect(element.renders).to.equal(1);
      // And that one render shows the last of every change.
      expect(partText(element, 'label')).to.equal('Label 1000');
      expect(partText(element, 'error')).to.equal('');
    });

    it(`renders <${tag}> once when only observed inputs change, and once when only properties do`, async () => {
      const element = await create(tag, attributes);
      const base = input === 'values' ? '1000,100,' : input === 'revenue' && tag.includes('trend') ? '100,200,' : '';
      for (let i = 1; i <= 1000; i += 1) element.setAttribute(input, `${base}${i}`);
      await quiet(element);
      expect(element.renders).to.equal(1);
      element.renders = 0;
      for (let i = 1; i <= 1000; i += 1) element.label = `Label ${i}`;
      await quiet(element);
      expect(element.renders).to.equal(1);
    });
  }

  it('renders once when a reflected property is set with an observed input', async () => {
    const element = await create('burst-kpi-card', SETUPS[0].attributes);
    (element as unknown as KpiCard).theme = 'dark';
    element.setAttribute('revenue', '2000');
    await quiet(element);
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(element.renders).to.equal(1);
  });
});
