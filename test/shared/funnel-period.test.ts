import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import '../helpers/packs.js';
import { collectWarnings } from '../helpers/console.js';
import { spoken } from '../helpers/screen-reader.js';
import { loaded } from '../helpers/source.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/*
 * test/fixtures/daily-funnel.csv: a row a day from May 1 to June 15, 2026, with 200 sessions a day;
 * carts and orders 20 and 4 a day in May, 30 and 8 in June; and a channel column of text.
 */
const DAILY = '/test/fixtures/daily-funnel.csv';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const summary = (widget: Element) => clean(widget.shadowRoot?.querySelector('[part="summary"]')?.textContent);
/** The table as a screen reader walks it: the cell texts of each row, headers included. */
const tableOf = (widget: Element) =>
  [...(widget.shadowRoot?.querySelectorAll('tr') ?? [])].map((row) =>
    [...row.cells].map((cell) => clean(spoken(cell))),
  );
const count = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);
const percent = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);

const funnel = async (locale: string, period: string, stages?: string) => {
  const widget = await fixture<Widget>(
    html`<funnel-ratio locale=${locale} src=${DAILY} period=${period} stages=${ifDefined(stages)}></funnel-ratio>`,
  );
  await loaded(widget);
  return widget;
};

describe('a funnel over a period of daily rows (issue 27)', () => {
  const warnings = collectWarnings();

  it("adds each stage's column up over June so far, against May 1–15, the text column left out", async () => {
    const widget = await funnel('en-US', 'month');
    const rows = tableOf(widget);
    expect(rows.slice(1).map((row) => row.slice(0, 2))).to.deep.equal([
      ['Sessions', count(3000, 'en-US')],
      ['Carts', count(450, 'en-US')],
      ['Orders', count(120, 'en-US')],
    ]);
    // 120 of 3,000 is 4 %; May 1–15 had 60 of 3,000, 2 %.
    expect(summary(widget)).to.contain(`Sessions to Orders: ${percent(0.04, 'en-US')} overall`);
    expect(summary(widget)).to.contain('(+2 percentage points on the previous period, better)');
    // The month is marked as under way, and the change names the days it is compared with.
    const june = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(clean(widget.shadowRoot?.querySelector('[part="period"]')?.textContent)).to.equal(
      `${june.format(Date.UTC(2026, 5, 1))} (so far)`,
    );
    const may = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    expect(clean(widget.shadowRoot?.querySelector('.headline')?.textContent)).to.contain(
      `vs ${may.formatRange(Date.UTC(2026, 4, 1), Date.UTC(2026, 4, 15))}`.replace(/\s+/g, ' '),
    );
    await expect(widget).to.be.accessible();
  });

  it('takes the stages stages names, in its order, in Dutch', async () => {
    const widget = await funnel('nl-NL', '2026-05', 'Sessions, Orders');
    expect(
      tableOf(widget)
        .slice(1)
        .map((row) => row.slice(0, 2)),
    ).to.deep.equal([
      ['Sessions', count(6200, 'nl-NL')],
      ['Orders', count(124, 'nl-NL')],
    ]);
    expect(summary(widget)).to.contain(`Van Sessions naar Orders: ${percent(124 / 6200, 'nl-NL')} totale conversie`);
  });

  it('names stages when a stage has no column, and period when it has no rows', async () => {
    const missing = await funnel('en-US', 'month', 'Sessions, Visits');
    expect(clean(missing.shadowRoot?.textContent)).to.contain('stages="Visits"');
    expect(warnings.join('\n')).to.contain('stages');
    const empty = await funnel('nl-NL', '2025-01');
    expect(clean(empty.shadowRoot?.textContent)).to.contain('period="2025-01"');
  });
});
