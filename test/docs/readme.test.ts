import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { computeKpi } from '../../src/kpi/index.js';
import { readAloud, settle } from '../helpers/screen-reader.js';

/**
 * The README promises what its examples show. Each case names an example by a line of its markup
 * and quotes what the README says it reads; the test finds both in the README itself, renders the
 * example exactly as written there (in an English page) and checks the widget says it.
 */
const CLAIMS: [example: string, says: readonly string[]][] = [
  [
    'kpi="conversion-rate" conversions="30" visitors="1000"',
    ['Conversion rate: 3%. Up 0.6 percentage points vs previous period, better. Target 3%: met.'],
  ],
  [
    'target="3%" benchmark compare-label="vs last month"',
    [
      'Conversion rate: 3%. Up 0.6 percentage points vs last month, better. Target\n3%: met. Within the typical range (2%–5%).',
    ],
  ],
  [
    'label="B2B lead funnel, Q2"',
    [
      'Visitors to Customers: 0.2% overall\n(+0.04 percentage points on the previous period, better); biggest drop-off from Visitors to Leads: 95%.',
    ],
  ],
  [
    'label="New leads, April"',
    [
      '"260 of 1,000"',
      '"740 to go"',
      '"On track"',
      '"Day 8 of 30"',
      '"Expected 267 by now"',
      '"Projected 975 by Apr 30, 2026"',
      '"Needs 33.6 a day"',
      '"New leads, April: 260 of 1,000, 26% of\ngoal, on track"',
    ],
  ],
];

const fold = (text: string) => text.replace(/\s+/g, ' ').replace(/^"|"$/g, '').trim();

let readme = '';
const example = (line: string): string => {
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].find(([, markup]) => markup?.includes(line));
  if (!block?.[1]) throw new Error(`no README example has ${line}`);
  return block[1];
};

/** What a reader gets from a widget: its screen-reader text, and a meter's value text. */
const says = (widget: Element): string => {
  const meter = widget.shadowRoot?.querySelector('[role="meter"]');
  return fold(`${readAloud(widget)} ${meter?.getAttribute('aria-valuetext') ?? ''}`);
};

describe('the README', () => {
  before(async () => {
    readme = await (await fetch('/README.md')).text();
  });

  for (const [line, claims] of CLAIMS) {
    it(`shows what it says of the example with ${line}`, async () => {
      const host = await fixture<HTMLElement>(`<div lang="en-US">${example(line)}</div>`);
      const widget = host.querySelector('kpi-card, kpi-trend, funnel-ratio, goal-gauge');
      if (!widget) throw new Error('the example rendered nothing');
      await settle(widget);
      for (const claim of claims) {
        expect(readme.includes(claim), `the README quotes ${claim}`).to.equal(true);
        expect(says(widget)).to.contain(fold(claim));
      }
    });
  }

  it("computes the engine example's ROAS", () => {
    const line = "computeKpi('roas', { revenue: '12000', spend: '3000' }); // { ok: true, value: 4 }";
    expect(readme.includes(line), 'the README shows the call').to.equal(true);
    expect(computeKpi('roas', { revenue: '12000', spend: '3000' })).to.deep.equal({ ok: true, value: 4 });
  });

  it('lists every unit the engine formats', () => {
    const units = '`percent`, `currency`, `ratio`, `count`, `number`, `score` or `duration` (days)';
    expect(readme.includes(units), 'the README lists the units').to.equal(true);
  });
});
