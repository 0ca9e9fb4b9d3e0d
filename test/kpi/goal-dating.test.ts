import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import {
  localDay,
  parseIsoDate,
  readDating,
  type DatingAttributes,
  type Figure,
  type KpiError,
  type Result,
} from '../../src/kpi/index.js';

const visitors: Figure = { value: 19400, unit: 'count', better: 'higher' };
const cpa: Figure = { value: 62.5, unit: 'currency', better: 'lower' };
const rate: Figure = { value: 0.025, unit: 'percent', better: 'higher' };
const day = (text: string) => {
  const parsed = parseIsoDate(text, 'test');
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value.day;
};

/** The error of a result that must fail. */
const errorOf = <T>(result: Result<T>): KpiError => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('readDating', () => {
  const dating = (figure: Figure, attributes: DatingAttributes, baseline?: number) =>
    readDating(attributes, figure, baseline);

  it('has no dating without a period, and needs both its ends', () => {
    expect(dating(visitors, {})).to.deep.equal({ ok: true, value: undefined });
    expect(errorOf(dating(visitors, { periodStart: '2026-03' }))).to.deep.include({
      code: 'missing',
      fields: ['period-end'],
    });
    expect(errorOf(dating(visitors, { periodEnd: '2026-03' }))).to.deep.include({ fields: ['period-start'] });
  });

  it('reads months as their first and last days, and as-of as done, today by default', () => {
    const today = day('2026-03-10');
    const read = dating(visitors, { periodStart: '2026-03', periodEnd: '2026-03', today });
    expect(read.ok && read.value).to.deep.include({
      period: { start: day('2026-03-01'), end: day('2026-03-31') },
      asOf: today,
    });
    const undated = dating(visitors, { periodStart: '2026-03', periodEnd: '2026-03' });
    expect(undated.ok && undated.value?.asOf).to.equal(localDay());
    const monthEnd = dating(visitors, { periodStart: '2026-02', periodEnd: '2026-02', asOf: '2026-02' });
    expect(monthEnd.ok && monthEnd.value?.asOf).to.equal(day('2026-02-28'));
  });

  it('names the date to fix', () => {
    const bad: [DatingAttributes, string][] = [
      [{ periodStart: '2026-02-30', periodEnd: '2026-03' }, 'period-start'],
      [{ periodStart: '2026-03', periodEnd: '2026-02' }, 'period-end'],
      [{ periodStart: '2026-02', periodEnd: '2026-02', asOf: 'today' }, 'as-of'],
    ];
    for (const [attributes, field] of bad) {
      expect(errorOf(dating(visitors, attributes)).fields, field).to.deep.equal([field]);
    }
  });

  it('paces from the baseline, or from zero for a count; a rate needs a baseline', () => {
    const period = { periodStart: '2026-02', periodEnd: '2026-02' };
    const fromBaseline = dating(visitors, period, 8000);
    expect(fromBaseline.ok && fromBaseline.value?.origin).to.equal(8000);
    expect(errorOf(dating(rate, period))).to.deep.include({ code: 'missing', fields: ['baseline'] });
    expect(errorOf(dating(cpa, period))).to.deep.include({ code: 'missing', fields: ['baseline'] });
  });
});
