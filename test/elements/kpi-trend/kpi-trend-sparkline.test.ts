import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/kpi-trend/kpi-trend.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import { readAloud } from '../../helpers/screen-reader.js';

const root = (element: Element) => element.shadowRoot as ShadowRoot;
const drawing = (element: Element) => root(element).querySelector('[part~="chart"]') as SVGSVGElement;
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<kpi-trend sparkline>', () => {
  it('is one image named by the summary sentence, with nothing else to read or tab to', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend sparkline label="Sessions" values="120,90,150,180" locale="en-US"></kpi-trend>`,
    );
    const svg = drawing(element);
    expect(svg.localName).to.equal('svg');
    expect(svg.getAttribute('role')).to.equal('img');
    const sentence = 'Sessions, periods 1–4: rose from 120 to 180 (+60); high 180 in period 4, low 90 in period 2';
    expect(svg.getAttribute('aria-label')).to.equal(sentence);
    expect(readAloud(element)).to.equal(sentence);
    expect(root(element).querySelectorAll('[tabindex], details, table')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('fills the width it is given and keeps its strokes and dots from stretching', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend sparkline values="1,3,2,5" style="width: 300px; --kpi-trend-height: 30px"></kpi-trend>`,
    );
    await painted();
    const box = drawing(element).getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([300, 30]);
    expect(drawing(element).getAttribute('preserveAspectRatio')).to.equal('none');
    for (const path of root(element).querySelectorAll('path')) {
      expect(getComputedStyle(path).vectorEffect).to.equal('non-scaling-stroke');
    }
    expect(drawing(element).getBBox().width).to.be.above(0);
  });

  it('names gaps and the target in its sentence, and stays one named image as bars', async () => {
    const element = await fixture<KpiTrend>(
      html`<kpi-trend
        sparkline
        kpi="conversion-rate"
        conversions="20,22,,30,,33,35"
        visitors="1000,1000,1000,1000,1000,1000,1000"
        target="3%"
        locale="en-US"
      ></kpi-trend>`,
    );
    // One number of decimals for every value of the trend: 3.5% gives the target one too.
    const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1 }).format(0.03);
    const sentence = drawing(element).getAttribute('aria-label');
    expect(sentence).to.contain('2 periods without data').and.contain(`target ${percent}`);
    element.type = 'bar';
    await element.updateComplete;
    expect(drawing(element).getAttribute('aria-label')).to.equal(sentence);
    expect(drawing(element).getBBox().width).to.be.above(0);
    expect(readAloud(element)).to.equal(sentence);
  });

  it('explains bad input in the widget, like the full trend', async () => {
    const element = await fixture<KpiTrend>(html`<kpi-trend sparkline values="3,x,4" locale="en-US"></kpi-trend>`);
    expect(root(element).querySelectorAll('svg')).to.have.length(0);
    expect(readAloud(element)).to.contain('Entry 2 of values ("x") is not a number');
    await expect(element).to.be.accessible();
  });

  it('switches between the sparkline and the full trend', async () => {
    const element = await fixture<KpiTrend>(html`<kpi-trend values="1,2,3" locale="en-US"></kpi-trend>`);
    expect(root(element).querySelectorAll('[role="group"]')).to.have.length(1);
    element.sparkline = true;
    await element.updateComplete;
    expect(drawing(element).getAttribute('role')).to.equal('img');
    element.sparkline = false;
    await element.updateComplete;
    expect(root(element).querySelector('[part~="value"]')?.textContent?.trim()).to.equal('3');
  });
});
