import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/kpi-trend/kpi-trend.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (element: Element) => element.shadowRoot as ShadowRoot;
const chart = (element: Element) => root(element).querySelector('[role="group"]') as HTMLElement;
const svg = (element: Element) => root(element).querySelector('svg') as SVGSVGElement;
const readout = (element: Element) => text(root(element).querySelector('[aria-live="polite"]'));
const drawn = (element: Element) => waitUntil(() => svg(element)?.querySelector('path'), 'the chart draws');

const LABELS = '2026-01,2026-02,2026-03,2026-04';

describe('<kpi-trend> chart', () => {
  it('is one tab stop: a labelled group with a hint, its drawing hidden from assistive technology', async () => {
    const element = await fixture<KpiTrend>(html`<kpi-trend values="1,2,3" locale="en-US"></kpi-trend>`);
    await drawn(element);
    const group = chart(element);
    expect(group.tabIndex).to.equal(0);
    expect(svg(element).getAttribute('aria-hidden')).to.equal('true');
    const hint = root(element).getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(text(hint)).to.equal('Use the arrow keys, Home and End to explore the periods.');
    expect(root(element).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  for (const type of ['line', 'area', 'bar'] as const) {
    it(`draws a ${type} chart with its axes, and names the high and the low under it`, async () => {
      const element = await fixture<KpiTrend>(
        html`<kpi-trend values="3,1,4,2" type=${type} labels=${LABELS} axis locale="en-US"></kpi-trend>`,
      );
      await drawn(element);
      const box = svg(element).getBBox();
      expect(box.width).to.be.above(svg(element).clientWidth / 2);
      const ticks = [...svg(element).querySelectorAll('text')].map(text);
      // A month's tick says its year in full: "Jan 26" would read as the 26th of January.
      const month = (m: number) =>
        new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
          new Date(Date.UTC(2026, m - 1)),
        );
      expect(ticks).to.include(month(1)).and.include(month(4)).and.include('4');
      expect(ticks).not.to.include('Jan 26');
      expect(text(root(element)))
        .to.contain('High 4 Mar 2026')
        .and.contain('Low 1 Feb 2026');
      await expect(element).to.be.accessible();
    });
  }

  it('labels a year of months by the calendar, each month with its year, February and November included', async () => {
    const months = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`);
    const element = await fixture<KpiTrend>(
      html`<kpi-trend
        values="645,664,689,702,698,731,744,739,768,792,805,831"
        labels=${months.join(',')}
        axis
        locale="en-US"
        style="width: 1100px"
      ></kpi-trend>`,
    );
    await drawn(element);
    const ticks = [...svg(element).querySelectorAll('text')].map(text).filter((tick) => /\p{L}/u.test(tick));
    const short = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });
    expect(ticks).to.deep.equal(months.map((iso) => short.format(new Date(`${iso}-01T00:00:00Z`))));
    // Narrower, it steps by quarters and says so.
    element.style.width = '420px';
    await waitUntil(() => [...svg(element).querySelectorAll('text')].some((tick) => text(tick) === 'Q1 2025'));
    expect([...svg(element).querySelectorAll('text')].map(text)).to.include.members(['Q2 2025', 'Q3 2025']);
  });

  it('draws a smooth curve with curve="monotone", and steps with curve="step"', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend values="3,1,4,2" curve="monotone" locale="en-US"></kpi-trend>`,
    );
    await drawn(element);
    expect(svg(element).querySelector('.line')?.getAttribute('d')).to.match(/C/);
    element.setAttribute('curve', 'step');
    await waitUntil(() => !/C/.test(svg(element).querySelector('.line')?.getAttribute('d') ?? 'C'), 'steps');
    const d = svg(element).querySelector('.line')?.getAttribute('d') ?? '';
    // Each value is held: every other segment is flat.
    const points = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((match) => Number(match[2]));
    expect(points[0]).to.equal(points[1]);
  });

  it('explores periods with the arrow keys, Home and End, announcing each politely', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend
        kpi="roas"
        revenue="100,,300,400"
        spend="50,50,50,50"
        labels=${LABELS}
        locale="en-US"
      ></kpi-trend>`,
    );
    await drawn(element);
    const unfocused = svg(element).querySelectorAll('*').length;
    chart(element).focus();
    expect(readout(element)).to.equal('');
    await sendKeys({ press: 'ArrowLeft' });
    expect(readout(element)).to.equal('Apr 2026: 8 : 1');
    await sendKeys({ press: 'ArrowLeft' });
    expect(readout(element)).to.equal('Mar 2026: 6 : 1');
    await sendKeys({ press: 'ArrowLeft' });
    expect(readout(element)).to.equal('Feb 2026: No data');
    await sendKeys({ press: 'Home' });
    expect(readout(element)).to.equal('Jan 2026: 2 : 1');
    await sendKeys({ press: 'ArrowLeft' });
    expect(readout(element)).to.equal('Jan 2026: 2 : 1');
    await sendKeys({ press: 'End' });
    expect(readout(element)).to.equal('Apr 2026: 8 : 1');
    // The focus marker is drawn while a period is in focus, and goes with the focus.
    expect(svg(element).querySelectorAll('*').length).to.be.above(unfocused);
    await sendKeys({ press: 'Tab' });
    expect(readout(element)).to.equal('');
    expect(svg(element).querySelectorAll('*').length).to.equal(unfocused);
  });

  it('shows the period under the pointer, and nothing once it leaves', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend values="10,20,30,40" labels="Q1,Q2,Q3,Q4" locale="en-US"></kpi-trend>`,
    );
    await drawn(element);
    const box = svg(element).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => readout(element) !== '', 'hover shows a period');
    expect(readout(element)).to.equal('Q1: 10');
    await sendMouse({ type: 'move', position: [Math.round(box.right - 10), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => readout(element) === 'Q4: 40', 'hover follows the pointer');
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => readout(element) === '', 'leaving clears it');
  });

  it('resizes with its container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><kpi-trend values="1,2,3" locale="en-US"></kpi-trend></div>`,
    );
    const element = wrapper.querySelector('kpi-trend') as KpiTrend;
    await drawn(element);
    const before = Number(svg(element).getAttribute('width'));
    wrapper.style.width = '250px';
    await waitUntil(() => Number(svg(element).getAttribute('width')) < before, 'the drawing follows the container');
    expect(before - Number(svg(element).getAttribute('width'))).to.equal(150);
  });

  it('measures its new chart after an error is fixed, and follows its container again', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><kpi-trend values="1,x,3" locale="en-US"></kpi-trend></div>`,
    );
    const element = wrapper.querySelector('kpi-trend') as KpiTrend;
    await element.updateComplete;
    expect(root(element).querySelectorAll('[part="error"]')).to.have.length(1);
    element.values = '1,2,3';
    await drawn(element);
    const before = Number(svg(element).getAttribute('width'));
    expect(before).to.be.above(300);
    wrapper.style.width = '300px';
    await waitUntil(() => Number(svg(element).getAttribute('width')) === before - 100, 'the new chart follows');
  });

  it('leaves no observer behind when removed from the page', async () => {
    const element = await fixture<KpiTrend>(html`<kpi-trend values="1,2,3" locale="en-US"></kpi-trend>`);
    await drawn(element);
    const originals = [ResizeObserver.prototype.disconnect, MutationObserver.prototype.disconnect] as const;
    const disconnected: string[] = [];
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      disconnected.push('resize');
      originals[0].call(this);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      disconnected.push('mutation');
      originals[1].call(this);
    };
    try {
      element.remove();
    } finally {
      [ResizeObserver.prototype.disconnect, MutationObserver.prototype.disconnect] = originals;
    }
    expect(disconnected).to.include('resize').and.include('mutation');
  });

  for (const type of ['line', 'bar'] as const) {
    it(`draws 10,000 points as a ${type} without a node per point, keeping the summary and table exact`, async function () {
      // Opening a 10,000-row table is real work on a shared 2-core machine; this is a budget, not a timing assertion.
      this.timeout(30_000);
      const values = Array.from({ length: 10_000 }, (_, index) => (index === 4321 ? 5000 : 100 + (index % 50)));
      const element = await fixture<KpiTrend>(
        html`<kpi-trend values=${values.join(',')} type=${type} axis locale="en-US"></kpi-trend>`,
      );
      await drawn(element);
      expect(svg(element).querySelectorAll('*').length).to.be.below(60);
      const label = chart(element).getAttribute('aria-label') ?? '';
      expect(label)
        .to.contain('periods 1–10,000')
        .and.contain('high 5,000 in period 4,322')
        .and.contain('low 100 in period 1');
      expect(root(element).querySelector('table')).to.equal(null);
      if (type === 'bar') return;
      root(element).querySelector('summary')?.click();
      await waitUntil(
        () => root(element).querySelectorAll('tr:has(> th[scope="row"])').length === 10_000,
        'all rows once opened',
        {
          timeout: 25_000,
        },
      );
      expect(text(root(element).querySelectorAll('tr:has(> th[scope="row"])')[4321])).to.equal('Period 4,322 5,000');
    });
  }
});
