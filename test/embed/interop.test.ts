import { expect } from '@open-wc/testing';
import htm from 'htm';
import { h, render } from 'preact';
import { FunnelRatio, GoalGauge, KpiCard, KpiTrend } from '../../src/index.js';
import type { KpiChangeDetail } from '../../src/shared/events.js';
import { partText, readAloud, settle, spoken } from '../helpers/screen-reader.js';
import { fixedPercent } from '../helpers/intl.js';

/** Preact's templates without a build step: `htm` bound to Preact's `h`. */
const jsx = htm.bind(h);

type KitElement = KpiCard | KpiTrend | FunnelRatio | GoalGauge;

const percent = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(value);
const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every `kpi-change` detail that bubbles out of a container, in order. */
const recordChanges = (target: EventTarget): KpiChangeDetail[] => {
  const details: KpiChangeDetail[] = [];
  target.addEventListener('kpi-change', (event) => details.push((event as CustomEvent<KpiChangeDetail>).detail));
  return details;
};

/** A container on the page, in en-US so expected texts can be built with `Intl`. */
const mount = (): HTMLDivElement => {
  const container = document.createElement('div');
  container.lang = 'en-US';
  container.style.width = '480px';
  document.body.append(container);
  return container;
};

const only = <T extends KitElement>(container: Element, tag: string): T => {
  const element = container.querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in the container`);
  return element as T;
};

/** The ROAS card the examples use: 12,000 revenue on 3,000 spend is 4 : 1. */
const expectCard = (card: KpiCard, value: string) => {
  expect(partText(card, 'label')).to.equal('ROAS');
  expect(partText(card, 'value')).to.equal(value);
  expect(readAloud(card)).to.contain(`ROAS: ${value}.`);
};

/** The role="meter" of a gauge, with its value and the text a screen reader says for it. */
const meterOf = (gauge: GoalGauge) => {
  const meter = gauge.shadowRoot?.querySelector('[role="meter"]');
  if (!meter) throw new Error('no meter');
  const labelId = meter.getAttribute('aria-labelledby') ?? '';
  return {
    name: clean(gauge.shadowRoot?.getElementById(labelId)?.textContent),
    now: meter.getAttribute('aria-valuenow'),
    text: meter.getAttribute('aria-valuetext'),
  };
};

/** The funnel's table as a screen reader walks it: the stage names down the first column, and the counts. */
const funnelRows = (funnel: FunnelRatio) => {
  const table = funnel.shadowRoot?.querySelector('[part="table"]') as HTMLTableElement | null | undefined;
  if (!table) throw new Error('no table');
  const rows = [...table.rows].slice(1).map((row) => [...row.cells].map((cell) => clean(spoken(cell))));
  const labelledBy = table.getAttribute('aria-labelledby') ?? '';
  return {
    name: clean(funnel.shadowRoot?.getElementById(labelledBy)?.textContent),
    stages: rows.map((row) => row[0]),
    counts: rows.map((row) => row[1]),
  };
};

/** The trend example: conversion rate per month; the latest is 20 of 1,200, down from 18 of 1,050. */
const CONVERSIONS = { conversions: [12, 15, 18, 20], visitors: [1000, 1100, 1050, 1200] };
const LATER_CONVERSIONS = { conversions: [12, 15, 18, 30], visitors: [1000, 1100, 1050, 1200] };

describe('interop: created by innerHTML, by script and by a framework', function () {
  this.timeout(10000);
  let containers: HTMLElement[] = [];
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  const originalWarn = console.warn;

  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
    containers.forEach((container) => container.remove());
    containers = [];
  });
  const container = () => {
    const element = mount();
    containers.push(element);
    return element;
  };

  it('types document.createElement for every tag through HTMLElementTagNameMap', () => {
    // These lines compile only because each element declares its tag in HTMLElementTagNameMap.
    const card: KpiCard = document.createElement('kpi-card');
    const trend: KpiTrend = document.createElement('kpi-trend');
    const funnel: FunnelRatio = document.createElement('funnel-ratio');
    const gauge: GoalGauge = document.createElement('goal-gauge');
    // @ts-expect-error A gauge is not a card: the map gives each tag its own class.
    const wrong: KpiCard = document.createElement('goal-gauge');
    card.inputs = { revenue: 12000, spend: 3000 };
    expect(card).to.be.instanceOf(KpiCard);
    expect(trend).to.be.instanceOf(KpiTrend);
    expect(funnel).to.be.instanceOf(FunnelRatio);
    expect(gauge).to.be.instanceOf(GoalGauge);
    expect(wrong).not.to.be.instanceOf(KpiCard);
  });

  describe('<kpi-card>', () => {
    it('works from innerHTML on a container', async () => {
      const host = container();
      const changes = recordChanges(host);
      host.innerHTML = '<kpi-card kpi="roas" label="ROAS" revenue="12000" spend="3000"></kpi-card>';
      const card = only<KpiCard>(host, 'kpi-card');
      await settle(card);
      expectCard(card, '4 : 1');
      expect(changes).to.deep.equal([{ kpi: 'roas', value: 4, text: '4 : 1', status: 'neutral' }]);
      await expect(card).to.be.accessible();
    });

    it('works from document.createElement, with properties set before and after connecting', async () => {
      const host = container();
      const changes = recordChanges(host);
      const card = document.createElement('kpi-card');
      card.kpi = 'roas';
      card.label = 'ROAS';
      card.inputs = { revenue: 12000, spend: 3000 };
      host.append(card);
      await settle(card);
      expectCard(card, '4 : 1');
      expect(changes.at(-1)).to.deep.equal({ kpi: 'roas', value: 4, text: '4 : 1', status: 'neutral' });

      card.inputs = { revenue: 15000, spend: 3000, 'previous-revenue': 12000, 'previous-spend': 3000 };
      await settle(card);
      expectCard(card, '5 : 1');
      expect(partText(card, 'delta')).to.contain('+1');
      expect(changes.at(-1)).to.deep.equal({ kpi: 'roas', value: 5, text: '5 : 1', status: 'good' });
      await expect(card).to.be.accessible();
    });

    it('works in a Preact template: attributes, a property, a re-render and an unmount', async () => {
      const host = container();
      const changes: KpiChangeDetail[] = [];
      const onChange = (event: CustomEvent<KpiChangeDetail>) => changes.push(event.detail);
      const view = (revenue: number, inputs: Record<string, number>) =>
        jsx`<kpi-card kpi="roas" label="ROAS" revenue=${revenue} spend="3000" inputs=${inputs} onkpi-change=${onChange} />`;

      render(view(12000, {}), host);
      const card = only<KpiCard>(host, 'kpi-card');
      await settle(card);
      expect(card.getAttribute('revenue')).to.equal('12000');
      expect(card.hasAttribute('inputs'), 'inputs is set as a property').to.equal(false);
      expectCard(card, '4 : 1');
      expect(changes).to.deep.equal([{ kpi: 'roas', value: 4, text: '4 : 1', status: 'neutral' }]);

      render(view(15000, {}), host);
      await settle(card);
      expectCard(card, '5 : 1');

      render(view(15000, { spend: 5000 }), host);
      await settle(card);
      expect(card.inputs).to.deep.equal({ spend: 5000 });
      expectCard(card, '3 : 1');
      expect(changes.map((detail) => detail.text)).to.deep.equal(['4 : 1', '5 : 1', '3 : 1']);
      await expect(card).to.be.accessible();

      render(null, host);
      await settle(card);
      expect(host.childElementCount).to.equal(0);
      expect(card.isConnected).to.equal(false);
      expect(changes).to.have.length(3);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('<kpi-trend>', () => {
    // A trend shows all its values with one number of decimals: 1.2% and 1.7% give 2% one too.
    const trendPercent = (value: number) => fixedPercent(value, 1);
    const [before, latest] = [18 / 1050, 20 / 1200];
    const expectTrend = (trend: KpiTrend, value: number) => {
      expect(partText(trend, 'label')).to.equal('Conversion rate');
      expect(partText(trend, 'value')).to.equal(trendPercent(value));
      const chart = trend.shadowRoot?.querySelector('[role="group"]');
      expect(chart?.getAttribute('aria-label')).to.contain(`to ${trendPercent(value)}`);
    };

    it('works from innerHTML on a container', async () => {
      const host = container();
      const changes = recordChanges(host);
      host.innerHTML = `<kpi-trend kpi="conversion-rate" conversions="12,15,18,20" visitors="1000,1100,1050,1200"></kpi-trend>`;
      const trend = only<KpiTrend>(host, 'kpi-trend');
      await settle(trend);
      expectTrend(trend, latest);
      expect(partText(trend, 'delta')).to.contain('worse');
      expect(changes).to.have.length(1);
      expect(changes[0]).to.include({ kpi: 'conversion-rate', text: trendPercent(latest), status: 'bad' });
      expect(changes[0]?.value).to.be.closeTo(latest, 1e-12);
      expect(latest).to.be.below(before);
      await expect(trend).to.be.accessible();
    });

    it('works from document.createElement, with series as arrays set before and after connecting', async () => {
      const host = container();
      const changes = recordChanges(host);
      const trend = document.createElement('kpi-trend');
      trend.kpi = 'conversion-rate';
      trend.inputs = CONVERSIONS;
      host.append(trend);
      await settle(trend);
      expectTrend(trend, latest);
      expect(changes.at(-1)).to.include({ text: trendPercent(latest), status: 'bad' });

      trend.inputs = LATER_CONVERSIONS;
      await settle(trend);
      expectTrend(trend, 30 / 1200);
      expect(partText(trend, 'delta')).to.contain('better');
      expect(changes.at(-1)).to.include({ text: trendPercent(30 / 1200), status: 'good' });
      await expect(trend).to.be.accessible();
    });

    it('works in a Preact template: attributes, a property, a re-render and an unmount', async () => {
      const host = container();
      const changes: KpiChangeDetail[] = [];
      const onChange = (event: CustomEvent<KpiChangeDetail>) => changes.push(event.detail);
      const view = (visitors: string, inputs: Record<string, number[]>) =>
        jsx`<kpi-trend kpi="conversion-rate" visitors=${visitors} inputs=${inputs} onkpi-change=${onChange} />`;

      render(view('1000,1100,1050,1200', { conversions: CONVERSIONS.conversions }), host);
      const trend = only<KpiTrend>(host, 'kpi-trend');
      await settle(trend);
      expect(trend.getAttribute('visitors')).to.equal('1000,1100,1050,1200');
      expect(trend.hasAttribute('inputs'), 'inputs is set as a property').to.equal(false);
      expectTrend(trend, latest);

      render(view('1000,1100,1050,1000', { conversions: CONVERSIONS.conversions }), host);
      await settle(trend);
      expectTrend(trend, 20 / 1000);

      render(view('1000,1100,1050,1000', { conversions: LATER_CONVERSIONS.conversions }), host);
      await settle(trend);
      expectTrend(trend, 30 / 1000);
      expect(changes.map((detail) => detail.text)).to.deep.equal([latest, 20 / 1000, 30 / 1000].map(trendPercent));
      await expect(trend).to.be.accessible();

      render(null, host);
      await settle(trend);
      expect(host.childElementCount).to.equal(0);
      expect(changes).to.have.length(3);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('<funnel-ratio>', () => {
    const STAGES = ['Visitors', 'Leads', 'Customers'];

    it('works from innerHTML on a container', async () => {
      const host = container();
      const changes = recordChanges(host);
      host.innerHTML = '<funnel-ratio stages="Visitors,Leads,Customers" values="10000,500,20"></funnel-ratio>';
      const funnel = only<FunnelRatio>(host, 'funnel-ratio');
      await settle(funnel);
      expect(funnelRows(funnel)).to.deep.equal({
        name: 'Conversion funnel',
        stages: STAGES,
        counts: [10000, 500, 20].map(count),
      });
      expect(partText(funnel, 'value')).to.equal(percent(0.002));
      expect(changes).to.deep.equal([{ kpi: null, value: 0.002, text: percent(0.002), status: 'neutral' }]);
      await expect(funnel).to.be.accessible();
    });

    it('works from document.createElement, with stages and values as arrays set before and after connecting', async () => {
      const host = container();
      const changes = recordChanges(host);
      const funnel = document.createElement('funnel-ratio');
      funnel.label = 'Sign-ups';
      funnel.inputs = { stages: ['Visitors, all sources', 'Leads', 'Customers'], values: [10000, 500, 20] };
      host.append(funnel);
      await settle(funnel);
      expect(funnelRows(funnel)).to.deep.equal({
        name: 'Sign-ups',
        stages: ['Visitors, all sources', 'Leads', 'Customers'],
        counts: [10000, 500, 20].map(count),
      });
      expect(changes.at(-1)).to.deep.equal({ kpi: null, value: 0.002, text: percent(0.002), status: 'neutral' });

      funnel.inputs = { stages: STAGES, values: [10000, 800, 50], 'previous-values': [10000, 500, 20] };
      await settle(funnel);
      expect(funnelRows(funnel).counts).to.deep.equal([10000, 800, 50].map(count));
      expect(partText(funnel, 'value')).to.equal(percent(0.005));
      expect(changes.at(-1)).to.deep.equal({ kpi: null, value: 0.005, text: percent(0.005), status: 'good' });
      await expect(funnel).to.be.accessible();
    });

    it('works in a Preact template: attributes, a property, a re-render and an unmount', async () => {
      const host = container();
      const changes: KpiChangeDetail[] = [];
      const onChange = (event: CustomEvent<KpiChangeDetail>) => changes.push(event.detail);
      const view = (label: string, inputs: Record<string, unknown>) =>
        jsx`<funnel-ratio
          label=${label}
          stages="Visitors,Leads,Customers"
          previous-values="9000,450,15"
          inputs=${inputs}
          onkpi-change=${onChange}
        />`;

      render(view('Sign-ups', { values: [10000, 500, 20] }), host);
      const funnel = only<FunnelRatio>(host, 'funnel-ratio');
      await settle(funnel);
      // Preact sets what the element has as a property (stages, label, inputs) and the rest as attributes.
      expect(funnel.stages).to.equal('Visitors,Leads,Customers');
      expect(funnel.getAttribute('previous-values')).to.equal('9000,450,15');
      expect(funnel.hasAttribute('inputs'), 'inputs is set as a property').to.equal(false);
      expect(funnelRows(funnel)).to.deep.equal({
        name: 'Sign-ups',
        stages: STAGES,
        counts: [10000, 500, 20].map(count),
      });
      expect(changes).to.deep.equal([{ kpi: null, value: 0.002, text: percent(0.002), status: 'good' }]);

      render(view('Trials', { values: [10000, 500, 20] }), host);
      await settle(funnel);
      expect(funnelRows(funnel).name).to.equal('Trials');

      render(view('Trials', { values: [10000, 800, 50] }), host);
      await settle(funnel);
      expect(funnelRows(funnel).counts).to.deep.equal([10000, 800, 50].map(count));
      expect(partText(funnel, 'value')).to.equal(percent(0.005));
      expect(changes.map((detail) => detail.value)).to.deep.equal([0.002, 0.005]);
      await expect(funnel).to.be.accessible();

      render(null, host);
      await settle(funnel);
      expect(host.childElementCount).to.equal(0);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('<goal-gauge>', () => {
    it('works from innerHTML on a container', async () => {
      const host = container();
      const changes = recordChanges(host);
      host.innerHTML = '<goal-gauge label="Visitors" value="15000" unit="count" goal="20000"></goal-gauge>';
      const gauge = only<GoalGauge>(host, 'goal-gauge');
      await settle(gauge);
      expect(meterOf(gauge)).to.deep.equal({
        name: 'Visitors',
        now: '75',
        text: `Visitors: ${count(15000)} of ${count(20000)}, ${percent(0.75)} of goal`,
      });
      expect(partText(gauge, 'headline')).to.equal(percent(0.75));
      expect(partText(gauge, 'value')).to.equal(`${count(15000)} of ${count(20000)}`);
      expect(changes).to.deep.equal([{ kpi: null, value: 15000, text: count(15000), status: 'neutral' }]);
      await expect(gauge).to.be.accessible();
    });

    it('works from document.createElement, with properties set before and after connecting', async () => {
      const host = container();
      const changes = recordChanges(host);
      const gauge = document.createElement('goal-gauge');
      gauge.kpi = 'roas';
      gauge.label = 'ROAS';
      gauge.goal = 5;
      gauge.inputs = { revenue: 12000, spend: 3000 };
      host.append(gauge);
      await settle(gauge);
      expect(meterOf(gauge)).to.deep.equal({
        name: 'ROAS',
        now: '80',
        text: `ROAS: 4 : 1 of 5 : 1, ${percent(0.8)} of goal`,
      });
      expect(changes.at(-1)).to.deep.equal({ kpi: 'roas', value: 4, text: '4 : 1', status: 'neutral' });

      gauge.inputs = { revenue: 15000, spend: 3000 };
      await settle(gauge);
      expect(meterOf(gauge).now).to.equal('100');
      expect(meterOf(gauge).text).to.equal(`ROAS: 5 : 1 of 5 : 1, ${percent(1)} of goal, goal met`);
      expect(changes.at(-1)).to.deep.equal({ kpi: 'roas', value: 5, text: '5 : 1', status: 'good' });
      await expect(gauge).to.be.accessible();
    });

    it('works in a Preact template: attributes, a property, a re-render and an unmount', async () => {
      const host = container();
      const changes: KpiChangeDetail[] = [];
      const onChange = (event: CustomEvent<KpiChangeDetail>) => changes.push(event.detail);
      const view = (goal: string, inputs: Record<string, number>) =>
        jsx`<goal-gauge kpi="roas" label="ROAS" goal=${goal} shape="bar" inputs=${inputs} onkpi-change=${onChange} />`;

      render(view('5', { revenue: 12000, spend: 3000 }), host);
      const gauge = only<GoalGauge>(host, 'goal-gauge');
      await settle(gauge);
      expect(gauge.getAttribute('shape')).to.equal('bar');
      expect(gauge.hasAttribute('inputs'), 'inputs is set as a property').to.equal(false);
      expect(meterOf(gauge).now).to.equal('80');

      render(view('8', { revenue: 12000, spend: 3000 }), host);
      await settle(gauge);
      expect(meterOf(gauge).now).to.equal('50');
      expect(partText(gauge, 'value')).to.equal('4 : 1 of 8 : 1');

      render(view('8', { revenue: 24000, spend: 3000 }), host);
      await settle(gauge);
      expect(meterOf(gauge).now).to.equal('100');
      expect(changes.map((detail) => detail.status)).to.deep.equal(['neutral', 'good']);
      await expect(gauge).to.be.accessible();

      render(null, host);
      await settle(gauge);
      expect(host.childElementCount).to.equal(0);
      expect(errors).to.deep.equal([]);
    });
  });
});
