import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { settle } from '../helpers/screen-reader.js';

/**
 * Each element's main states, drawn at a phone's, a tablet's and a desktop's width, on a light
 * page and a dark one, compared with the committed baselines in ./baselines: a change that breaks
 * a layout fails here. Chromium only (the baselines are its pixels; the Firefox group leaves
 * test/visual out). After a deliberate change, look at the new images, then record them:
 * `npx wtr --group chromium --update-visual-baseline`.
 */

/** The states worth keeping, by element: markup as a page would write it, with fixed dates. */
const STATES: Readonly<Record<string, string>> = {
  'card-change-target': `<kpi-card kpi="roas" revenue="12000" spend="3000" previous-revenue="9000" previous-spend="3000" target="3.5"></kpi-card>`,
  'card-benchmark': `<kpi-card kpi="conversion-rate" conversions="28" visitors="1000" previous-conversions="24" previous-visitors="1000" benchmark></kpi-card>`,
  'card-error': `<kpi-card kpi="cac" spend="5000"></kpi-card>`,
  'card-compare': `<kpi-card kpi="roas" revenue="60000" spend="15000" previous-revenue="48000" previous-spend="15000"
    year-ago-revenue="75000" year-ago-spend="15000" target="3.5" compare="previous year target" compare-label="vs May" year-label="vs June 2025"></kpi-card>`,
  'card-sparkline': `<kpi-card kpi="roas" revenue="41000,44500,43000,49000,52500,60000" spend="15000,15500,15000,15800,15500,15000"
    labels="2026-01,2026-02,2026-03,2026-04,2026-05,2026-06"></kpi-card>`,
  'trend-line-axis': `<kpi-trend kpi="conversion-rate" axis target="2.5%"
    conversions="18,21,19,24,26,23,27,29,28,31,33,35" visitors="1000,1010,990,1020,1030,1000,1040,1050,1020,1060,1070,1080"
    labels="2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12"></kpi-trend>`,
  'trend-area': `<kpi-trend type="area" label="Organic traffic" unit="count"
    values="645286,652110,661420,668950,667300,690120,702400,700800,718900,735600,748200,831244"
    labels="2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12"></kpi-trend>`,
  'trend-bar': `<kpi-trend type="bar" kpi="cpa" cost="3000,3200,2900,3100" conversions="60,58,66,70" labels="Q1 2026,Q2 2026,Q3 2026,Q4 2026"></kpi-trend>`,
  'funnel-steep': `<funnel-ratio label="B2B lead funnel, Q2" stages="Visitors,Leads,MQL,SQL,Customers" values="10000,500,200,80,20" previous-values="10000,460,210,70,16"></funnel-ratio>`,
  'funnel-mode': `<funnel-ratio mode="funnel" label="Newsletter, May" stages="Sent,Delivered,Opened,Clicked" values="48000,46560,12100,1450"></funnel-ratio>`,
  'gauge-pacing': `<goal-gauge label="Monthly visitors" value="12400" unit="count" goal="20000" period-start="2026-04-01" period-end="2026-04-30" as-of="2026-04-18"></goal-gauge>`,
  'gauge-ring-missed': `<goal-gauge shape="ring" kpi="cpa" cost="5400" conversions="100" goal="45"></goal-gauge>`,
  'gauge-bar': `<goal-gauge shape="bar" label="New leads, April" value="260" unit="count" goal="1000"></goal-gauge>`,
};

/** The width a widget gets on each page, with the page's margins taken off. */
const WIDTHS = { phone: { page: 390, box: 358 }, tablet: { page: 768, box: 704 }, desktop: { page: 1280, box: 1200 } };

const SCHEMES = {
  light: 'color-scheme: light; background: #f6f8fa;',
  dark: 'color-scheme: dark; background: #0d1117;',
} as const;

describe('how the widgets look', function () {
  this.timeout(60000);
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, { page, box }] of Object.entries(WIDTHS)) {
    describe(`${width} (${page} px)`, () => {
      before(async () => {
        await setViewport({ width: page, height: 900 });
      });
      for (const [state, markup] of Object.entries(STATES)) {
        for (const [scheme, style] of Object.entries(SCHEMES)) {
          it(`${state}, ${scheme}`, async () => {
            const frame = await fixture<HTMLDivElement>(
              html`<div lang="en-US" style="${style} width: ${box}px; padding: 16px; font-family: system-ui">
                ${unsafeHTML(markup)}
              </div>`,
            );
            const widget = frame.firstElementChild as HTMLElement;
            await settle(widget);
            // The trend measures its box on a frame, then draws: give it two.
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            await visualDiff(frame, `${state}-${width}-${scheme}`);
          });
        }
      }
    });
  }
});
