import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';

/*
 * On paper a widget is ink on white, whatever its theme or the page's scheme, with no controls,
 * and never split across pages. The rendered PDF itself is checked by the reports stage
 * (scripts/test-reports.mjs); this checks the styles a browser prints with.
 */

const style = (element: Element | null | undefined) => {
  if (!element) throw new Error('no such element');
  return getComputedStyle(element);
};
const shadow = (host: Element, selector: string) => host.shadowRoot?.querySelector(selector) ?? null;

const MONTHS = '2026-01,2026-02,2026-03,2026-04,2026-05,2026-06';

describe('print', () => {
  // Media emulation is a Chrome DevTools Protocol feature, which Firefox over WebDriver BiDi lacks:
  // the tests of print styles are skipped there (see test/embed/host-page.test.ts).
  const emulates = !navigator.userAgent.includes('Firefox');
  afterEach(async () => {
    if (emulates) await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('prints a dark widget, on a dark page, as dark ink on white', async function () {
    if (!emulates) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark">
        <kpi-card theme="dark" label="Revenue" value="1200" unit="currency" currency="EUR"></kpi-card>
        <kpi-card label="Revenue" value="1200" unit="currency" currency="EUR"></kpi-card>
      </div>`,
    );
    const cards = [...wrapper.querySelectorAll<KpiCard>('kpi-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards)
      expect(style(shadow(card, '[part~="card"]')).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    await emulateMedia({ media: 'print' });
    for (const card of cards) {
      expect(style(shadow(card, '[part~="card"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(shadow(card, '[part~="value"]')).color).to.equal('rgb(31, 35, 40)');
      expect(style(card).breakInside).to.equal('avoid');
      expect(style(card).printColorAdjust).to.equal('exact');
    }
  });

  it('prints no controls: the info button and a closed data table are gone, an open one prints whole', async function () {
    if (!emulates) this.skip();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <kpi-card kpi="conversion-rate" conversions="30" visitors="1000"></kpi-card>
        <kpi-trend label="Leads" values="1,2,3,4,5,6" labels=${MONTHS}></kpi-trend>
        <kpi-trend label="Leads" values="1,2,3,4,5,6" labels=${MONTHS}></kpi-trend>
      </div>`,
    );
    const card = wrapper.querySelector<KpiCard>('kpi-card');
    const [closed, open] = [...wrapper.querySelectorAll<KpiTrend>('kpi-trend')];
    if (!card || !closed || !open) throw new Error('fixture');
    await Promise.all([card.updateComplete, closed.updateComplete, open.updateComplete]);
    shadow(open, 'details')?.setAttribute('open', '');
    await waitUntil(() => shadow(open, 'table'), 'the opened table renders');
    expect(style(shadow(card, '[part~="info-button"]')).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(style(shadow(card, '[part~="info-button"]')).display).to.equal('none');
    expect(style(shadow(closed, '[part~="table"]')).display).to.equal('none');
    expect(style(shadow(open, '[part~="table"]')).display).to.not.equal('none');
    expect(style(shadow(open, 'summary')).display).to.equal('none');
    expect(style(shadow(open, '.table-scroll')).maxHeight).to.equal('none');
  });

  it('prints a long name whole in a narrow card, above its value', async function () {
    if (!emulates) this.skip();
    const card = await fixture<KpiCard>(
      html`<kpi-card style="width: 160px" lang="nl" kpi="roas" revenue="4800" spend="1000"></kpi-card>`,
    );
    await card.updateComplete;
    await emulateMedia({ media: 'print' });
    const label = shadow(card, '[part~="label"]');
    const value = shadow(card, '[part~="value"]');
    if (!label || !value) throw new Error('no label or value');
    expect(label.scrollHeight, 'not clamped').to.be.at.most(label.clientHeight + 1);
    expect(label.getBoundingClientRect().bottom).to.be.at.most(value.getBoundingClientRect().top);
  });

  it("draws a trend's chart again for the paper's width before printing, and for the screen's after", async () => {
    const trend = await fixture<KpiTrend>(
      html`<kpi-trend label="Leads" axis values="1,2,3,4,5,6" labels=${MONTHS}></kpi-trend>`,
    );
    const svgWidth = () => Number(shadow(trend, '.chart svg')?.getAttribute('width') ?? 0);
    await waitUntil(() => svgWidth() > 0, 'the chart is drawn at the screen width');
    const screenWidth = svgWidth();
    const page = document.documentElement.clientWidth;
    expect(page, 'a test page wider than a printed A4 page').to.be.above(718);
    dispatchEvent(new Event('beforeprint'));
    await trend.updateComplete;
    // The element's share of the screen, on a page of A4's width: legible type, not a shrunk drawing.
    const paper = Math.round(screenWidth * (718 / page));
    expect(svgWidth()).to.be.within(paper - 1, paper + 1);
    dispatchEvent(new Event('afterprint'));
    await trend.updateComplete;
    expect(svgWidth()).to.equal(screenWidth);
  });
});
