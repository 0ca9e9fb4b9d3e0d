import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/goal-gauge/goal-gauge.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import type { KpiChangeDetail } from '../../../src/shared/events.js';

const shown = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const meterOf = (element: Element) => element.shadowRoot?.querySelector('[role="meter"]') ?? null;
const aria = (element: Element, name: string) => meterOf(element)?.getAttribute(`aria-${name}`) ?? null;
const number = (value: number, locale = 'en-US') => new Intl.NumberFormat(locale).format(value);
const percent = (share: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
const euro = (value: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);

describe('<goal-gauge>', () => {
  it('shows the value, the percent of goal and what is left, as an accessible meter', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge label="Visitors" value="19400" unit="count" goal="20000" locale="en-US"></goal-gauge>`,
    );
    await expect(element).to.be.accessible();
    const text = shown(element);
    expect(text).to.contain(percent(0.97)).and.contain('of goal');
    expect(text).to.contain(`${number(19400)} of ${number(20000)}`);
    expect(text).to.contain(`${number(600)} to go`);
    const meter = meterOf(element);
    expect(meter).not.to.equal(null);
    expect(aria(element, 'valuemin')).to.equal('0');
    expect(aria(element, 'valuemax')).to.equal('100');
    expect(aria(element, 'valuenow')).to.equal('97');
    expect(aria(element, 'valuetext')).to.equal(
      `Visitors: ${number(19400)} of ${number(20000)}, ${percent(0.97)} of goal`,
    );
    const labelId = aria(element, 'labelledby') ?? '';
    expect(element.shadowRoot?.getElementById(labelId)?.textContent?.trim()).to.equal('Visitors');
  });

  it('counts progress from a baseline: one headline, 95 % of the way, and the 97 % of goal explained', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge label="Visitors" value="19400" unit="count" goal="20000" baseline="8000"></goal-gauge>`,
    );
    expect(aria(element, 'valuenow')).to.equal('95');
    const headline = element.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim();
    expect(headline).to.equal(percent(0.95));
    const text = shown(element);
    expect(text).to.contain(`${percent(0.95)} of the way`);
    // Each percent once: the headline, and the share of the goal saying what it is.
    expect(text.split(percent(0.95))).to.have.length(2);
    expect(text.split(percent(0.97))).to.have.length(2);
    expect(text).to.contain(`From a start of ${number(8000)} · ${percent(0.97)} of goal overall`);
    expect(text).not.to.match(/of goal ·/);
    expect(aria(element, 'valuetext')).to.equal(
      `Visitors: ${number(19400)} of ${number(20000)}, ${percent(0.95)} of the way from ${number(8000)}, ${percent(0.97)} of goal overall`,
    );
    await expect(element).to.be.accessible();
  });

  it('keeps the separator under the headline with the phrase before it, however narrow', async () => {
    for (const width of [150, 220, 400]) {
      const page = await fixture<HTMLElement>(
        html`<div style="width: ${width}px">
          <goal-gauge label="Visitors" value="19400" unit="count" goal="20000" baseline="8000"></goal-gauge>
        </div>`,
      );
      const element = page.querySelector('goal-gauge') as GoalGauge;
      await element.updateComplete;
      const walker = document.createTreeWalker(element.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
      const texts: Node[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.trim()) texts.push(node);
      }
      const index = texts.findIndex((text) => text.textContent?.includes('·'));
      const [before, node] = [texts[index - 1], texts[index]];
      if (!before?.textContent || !node?.textContent) throw new Error('expected a separator after a phrase');
      const at = node.textContent.indexOf('·');
      const top = (text: Node, offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect().top;
      };
      const phrase = before.textContent.trimEnd();
      expect(top(node, at), `${width}px`).to.equal(top(before, phrase.length - 1));
    }
  });

  it('writes every number in tabular figures, in each shape', async () => {
    for (const shape of ['arc', 'ring', 'bar']) {
      const element = await fixture<GoalGauge>(html`
        <goal-gauge
          shape=${shape}
          label="Leads"
          value="480"
          unit="count"
          goal="1000"
          baseline="100"
          period-start="2026-02"
          period-end="2026-02"
          as-of="2026-02-14"
        ></goal-gauge>
      `);
      const root = element.shadowRoot as ShadowRoot;
      const texts = [...root.querySelectorAll('text, p, span')].filter((el) => /\d/.test(el.textContent ?? ''));
      expect(texts.length, shape).to.be.greaterThan(6);
      for (const el of texts) {
        expect(getComputedStyle(el).fontVariantNumeric, `${shape}: ${el.textContent}`).to.contain('tabular-nums');
      }
    }
  });

  it('shows over-achievement at its real percent while the meter stays full', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge label="Attendees" value="448" unit="count" goal="400" locale="en-US"></goal-gauge>`,
    );
    expect(shown(element)).to.contain(percent(1.12));
    expect(shown(element)).to.contain(`Goal met, ${number(48)} over`);
    expect(aria(element, 'valuenow')).to.equal('100');
    expect(aria(element, 'valuetext')).to.contain(`${percent(1.12)} of goal, goal met`);
  });

  it('follows a lower-is-better KPI: a CPA of €62.50 against a €50 ceiling', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge kpi="cpa" cost="2500" conversions="40" goal="50" currency="EUR" locale="en-US"></goal-gauge>`,
    );
    // The value is the headline under a ceiling; "80% of goal" would read as progress.
    expect(element.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim()).to.equal(euro(62.5));
    expect(shown(element)).to.contain(`Goal at most ${euro(50)}`);
    expect(shown(element)).to.contain(`${euro(12.5)} above the goal`);
    expect(shown(element)).not.to.contain('of goal');
    expect(aria(element, 'valuenow')).to.equal('80');
    expect(aria(element, 'valuetext')).to.equal(`Cost per acquisition: ${euro(62.5)}, goal at most ${euro(50)}`);
    await expect(element).to.be.accessible();
  });

  it('colors a CPA above its ceiling as the miss its words say, not in the neutral accent', async () => {
    const element = document.createElement('goal-gauge');
    const attributes = { kpi: 'cpa', cost: '2500', conversions: '40', goal: '50', currency: 'EUR', locale: 'en-US' };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.style.cssText = '--kpi-color-bad: rgb(200, 0, 0); --kpi-color-accent: rgb(0, 0, 200)';
    const event = oneEvent(element, 'kpi-change');
    document.body.append(element);
    expect((await event).detail.status).to.equal('bad');
    await (element as GoalGauge).updateComplete;
    const fill = element.shadowRoot?.querySelector('[part="fill"]') as Element;
    expect(getComputedStyle(fill).fill).to.equal('rgb(200, 0, 0)');
    expect(shown(element)).to.contain(`${euro(12.5)} above the goal`);
    // Under the ceiling it is met, and good.
    const next = oneEvent(element, 'kpi-change');
    element.setAttribute('cost', '2250');
    element.setAttribute('conversions', '50');
    expect((await next).detail.status).to.equal('good');
    await (element as GoalGauge).updateComplete;
    const metFill = element.shadowRoot?.querySelector('[part="fill"]') as Element;
    expect(shown(element)).to.contain('Goal met');
    expect(getComputedStyle(metFill).fill).not.to.equal('rgb(200, 0, 0)');
    element.remove();
  });

  it('calls a CPA under its ceiling met, and lets better="lower" turn a plain value around', async () => {
    const met = await fixture<GoalGauge>(
      html`<goal-gauge kpi="cpa" cost="2250" conversions="50" goal="50" currency="EUR" locale="en-US"></goal-gauge>`,
    );
    expect(shown(met)).to.contain(`Goal met, ${euro(5)} under`);
    const churn = await fixture<GoalGauge>(
      html`<goal-gauge label="Churn" value="2.5%" unit="percent" goal="2%" better="lower" locale="en-US"></goal-gauge>`,
    );
    expect(aria(churn, 'valuenow')).to.equal('80');
    expect(shown(churn)).to.contain(`${percent(0.025)} Goal at most ${percent(0.02)}`);
  });

  it('accepts a percent goal written 3% or 0.03', async () => {
    for (const goal of ['3%', '0.03']) {
      const element = await fixture<GoalGauge>(
        html`<goal-gauge kpi="conversion-rate" conversions="27" visitors="1000" goal=${goal}></goal-gauge>`,
      );
      expect(aria(element, 'valuenow'), goal).to.equal('90');
    }
  });

  it('names the KPI in kpi-change as the catalog reads it, and none for a ready value', async () => {
    const named = await fixture<HTMLElement>(html`<goal-gauge goal="1000"></goal-gauge>`);
    const spaced = oneEvent(named, 'kpi-change');
    named.setAttribute('kpi', ' new-leads ');
    named.setAttribute('count', '800');
    expect((await spaced).detail.kpi).to.equal('new-leads');
    const ready = oneEvent(named, 'kpi-change');
    named.setAttribute('kpi', '');
    named.setAttribute('value', '800');
    expect((await ready).detail).to.include({ kpi: null, value: 800 });
  });

  it('fires kpi-change with the figure and a status: neutral, then good when the goal is met', async () => {
    const element = document.createElement('goal-gauge');
    element.setAttribute('kpi', 'new-leads');
    element.setAttribute('count', '800');
    element.setAttribute('goal', '1000');
    element.setAttribute('locale', 'en-US');
    const first = oneEvent(element, 'kpi-change');
    document.body.append(element);
    const event = await first;
    expect(event.detail).to.deep.equal({ kpi: 'new-leads', value: 800, text: number(800), status: 'neutral' });
    expect(event.bubbles && event.composed).to.equal(true);
    const next = oneEvent(element, 'kpi-change');
    element.setAttribute('count', '1000');
    const detail: KpiChangeDetail = (await next).detail;
    expect(detail).to.include({ value: 1000, status: 'good' });
    element.remove();
  });

  it('takes a value set as a property and re-renders', async () => {
    const element = await fixture<GoalGauge>(html`<goal-gauge unit="count" goal="200" locale="en-US"></goal-gauge>`);
    element.value = 50;
    await element.updateComplete;
    expect(aria(element, 'valuenow')).to.equal('25');
  });

  it('renders the README’s example as the README says: on track, mid-April, whatever today is', async () => {
    // Exactly the example in README.md; its texts are quoted there, so a change here is a change there.
    const page = await fixture(
      html`<div lang="en-US">
        <goal-gauge
          label="New leads, April"
          kpi="new-leads"
          count="260"
          goal="1000"
          period-start="2026-04-01"
          period-end="2026-04-30"
          as-of="2026-04-08"
        ></goal-gauge>
      </div>`,
    );
    const element = page.querySelector('goal-gauge') as GoalGauge;
    await element.updateComplete;
    const part = (name: string) =>
      element.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    const lines = [...(element.shadowRoot?.querySelectorAll('[part="pace"] > span') ?? [])].map(
      (line) => line.textContent,
    );
    const day = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(
      new Date('2026-04-30T00:00:00Z'),
    );
    expect(aria(element, 'valuetext')).to.equal(
      `New leads, April: ${number(260)} of ${number(1000)}, ${percent(0.26)} of goal, on track`,
    );
    expect(part('label')).to.equal('New leads, April');
    expect(part('headline')).to.equal(percent(0.26));
    expect(part('value')).to.equal(`${number(260)} of ${number(1000)}`);
    expect(part('remaining')).to.equal(`${number(740)} to go`);
    expect(part('status')).to.equal('✓On track');
    expect(shown(element)).to.contain('On track Day 8 of 30');
    expect(lines).to.deep.equal([
      `Expected ${number(267)} by now`,
      `Projected ${number(975)} by ${day}`,
      `Needs ${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(740 / 22)} a day`,
    ]);
    await expect(element).to.be.accessible();
  });
});
