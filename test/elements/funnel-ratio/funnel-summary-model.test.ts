import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { en } from '../../../src/kpi/locales/en/index.js';
import { nl } from '../../../src/kpi/locales/nl/index.js';

const PACKS = { en, nl };
import { columnFormats } from '../../../src/elements/funnel-ratio/funnel-stage-model.js';
import { summaryOf } from '../../../src/elements/funnel-ratio/funnel-summary-model.js';
import type { FormatOptions } from '../../../src/kpi/format.js';
import { computeFunnel } from '../../../src/kpi/funnel.js';

const EN: FormatOptions = { locale: 'en-US' };
const NL: FormatOptions = { locale: 'nl-NL' };
const percent = (value: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const signed = (value: number) =>
  new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value);
const B2B = ['Visitors', 'Leads', 'MQL', 'SQL', 'Customers'];

describe('summaryOf', () => {
  const summary = (
    counts: number[],
    previous?: (number | null)[],
    stages = B2B.slice(0, counts.length),
    format = EN,
  ) => {
    const funnel = computeFunnel(counts, previous);
    return summaryOf(funnel, stages, columnFormats(funnel, format), PACKS[format === NL ? 'nl' : 'en'].funnel);
  };

  it('says the overall conversion and the biggest drop-off', () => {
    expect(summary([10000, 500, 200, 80, 20])).to.equal(
      `Visitors to Customers: ${percent(0.002)} overall; biggest drop-off from Visitors to Leads: ${percent(0.95)}.`,
    );
  });

  it('adds the change of the whole funnel in percentage points, in words', () => {
    const text = summary([10000, 500, 200, 80, 20], [10000, 400, 200, 60, 10]);
    expect(text).to.contain(`(${signed(0.1)} percentage points on the previous period, better)`);
    const worse = summary([100, 10], [100, 11]);
    expect(worse).to.contain(`(${signed(-1)} percentage point on the previous period, worse)`);
  });

  it('flags stages that grew, and says when no step has any drop-off', () => {
    expect(summary([100, 120, 30], undefined, ['Leads', 'MQL', 'SQL'])).to.contain(
      '; MQL is larger than Leads, check the tracking.',
    );
    expect(summary([100, 100])).to.equal(`Visitors to Leads: ${percent(1)} overall; no drop-off at any step.`);
  });

  it('has no overall conversion when the first stage is zero', () => {
    expect(summary([0, 0], undefined, ['A', 'B'])).to.equal(
      'A to B: no overall conversion, A is 0; no drop-off at any step.',
    );
  });

  it('speaks Dutch', () => {
    expect(summary([12000, 600, 30], undefined, ['Bezoekers', 'Leads', 'Klanten'], NL)).to.equal(
      `Van Bezoekers naar Klanten: ${percent(0.0025, 'nl-NL')} totale conversie; grootste uitval van Bezoekers naar Leads: ${percent(0.95, 'nl-NL')}.`,
    );
  });
});
