import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { describeError, parseIsoDate, type IsoDate } from '../../src/kpi/index.js';
import { lastDayOf, pace, paceOrigin, periodOf, PACE_TOLERANCE, type Period } from '../../src/kpi/pacing.js';

const date = (text: string): IsoDate => {
  const parsed = parseIsoDate(text, 'test');
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
};
const day = (text: string) => date(text).day;
const period = (start: string, end: string): Period => {
  const result = periodOf(date(start), date(end));
  if (!result.ok) throw new Error('bad test period');
  return result.value;
};

const FEBRUARY = period('2026-02', '2026-02');
const MARCH = period('2026-03', '2026-03');
/** 1,000 leads a month, from zero. */
const leads = (value: number, asOf: string, month = FEBRUARY) =>
  pace({ value, goal: 1000, better: 'higher', origin: 0, period: month, asOf: day(asOf) });

describe('periods', () => {
  it('counts whole days, both ends included; a month as end means its last day', () => {
    expect(FEBRUARY.end - FEBRUARY.start + 1).to.equal(28);
    expect(MARCH.end - MARCH.start + 1).to.equal(31);
    expect(period('2024-02', '2024-02').end - period('2024-02', '2024-02').start + 1).to.equal(29);
    expect(lastDayOf(date('2026-04-10'))).to.equal(day('2026-04-10'));
    expect(period('2026-01-01', '2026-03').end).to.equal(day('2026-03-31'));
  });

  it('rejects an end before the start, naming period-end', () => {
    const result = periodOf(date('2026-03-01'), date('2026-02-15'));
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error).to.deep.include({ code: 'invalid-option', fields: ['period-end'] });
      expect(describeError(result.error, 'en')).to.contain('period-end="2026-02-15" is not valid');
      expect(describeError(result.error, 'nl')).to.contain('2026-03-01');
    }
  });
});

describe('paceOrigin', () => {
  it('starts from the baseline when there is one', () => {
    expect(paceOrigin(8000, 'higher', 'count')).to.deep.equal({ ok: true, value: 8000 });
    expect(paceOrigin(80, 'lower', 'currency')).to.deep.equal({ ok: true, value: 80 });
  });

  it('starts a higher-is-better count or amount from zero', () => {
    expect(paceOrigin(undefined, 'higher', 'count')).to.deep.equal({ ok: true, value: 0 });
    expect(paceOrigin(undefined, 'higher', 'currency')).to.deep.equal({ ok: true, value: 0 });
  });

  it('asks for a baseline for rates and lower-is-better goals, which have no natural zero', () => {
    for (const [better, unit] of [
      ['higher', 'percent'],
      ['lower', 'currency'],
      ['higher', 'ratio'],
    ] as const) {
      const result = paceOrigin(undefined, better, unit);
      expect(result.ok, `${better} ${unit}`).to.equal(false);
      if (!result.ok) expect(result.error).to.deep.include({ code: 'missing', fields: ['baseline'] });
    }
  });
});

describe('pace', () => {
  it('at the start of the period: one day gone, a small expectation, a projection from that day', () => {
    const result = leads(40, '2026-02-01');
    expect(result).to.include({ phase: 'during', days: 28, elapsed: 1, remaining: 27, status: 'ahead' });
    expect(result.expected).to.be.closeTo(1000 / 28, 1e-9);
    expect(result.projected).to.be.closeTo(40 * 28, 1e-9);
    expect(leads(0, '2026-02-01').status).to.equal('behind');
  });

  it('in the middle: half the goal by half the days is on track', () => {
    const result = leads(500, '2026-02-14');
    expect(result).to.include({ elapsed: 14, remaining: 14, expected: 500, projected: 1000, status: 'on-track' });
    expect(result.perDay).to.be.closeTo(500 / 14, 1e-9);
  });

  it('is on track within the documented tolerance, and ahead or behind beyond it', () => {
    expect(PACE_TOLERANCE).to.equal(0.05);
    // Expected 500 by now; 5 % of that progress is 25.
    expect(leads(524, '2026-02-14').status).to.equal('on-track');
    expect(leads(476, '2026-02-14').status).to.equal('on-track');
    expect(leads(526, '2026-02-14').status).to.equal('ahead');
    expect(leads(474, '2026-02-14').status).to.equal('behind');
  });

  it('at the end of the period: the whole period is gone and the goal is expected', () => {
    const result = leads(1000, '2026-02-28');
    expect(result).to.include({ phase: 'during', elapsed: 28, remaining: 0, expected: 1000, status: 'on-track' });
    expect(result.perDay).to.equal(null);
    expect(leads(800, '2026-02-28')).to.include({ status: 'behind', projected: 800, perDay: null });
  });

  it('is fair to months of different lengths: the same date is a smaller share of a longer month', () => {
    const february = leads(480, '2026-02-14');
    const march = leads(480, '2026-03-14', MARCH);
    expect(february.expected).to.equal(500);
    expect(march.expected).to.be.closeTo((1000 * 14) / 31, 1e-9);
    expect(february.status).to.equal('on-track');
    expect(march.status).to.equal('ahead');
    // The same daily rate is the same pace in any month.
    expect(leads(30 * 14, '2026-02-14').projected).to.be.closeTo(30 * 28, 1e-9);
    expect(leads(30 * 14, '2026-03-14', MARCH).projected).to.be.closeTo(30 * 31, 1e-9);
  });

  it('before the period starts: nothing gone, nothing to judge', () => {
    const result = leads(0, '2026-01-20');
    expect(result).to.include({
      phase: 'before',
      elapsed: 0,
      remaining: 28,
      expected: 0,
      projected: null,
      status: null,
    });
  });

  it('after the period ends: judged against the goal itself', () => {
    expect(leads(1010, '2026-03-05')).to.include({ phase: 'after', elapsed: 28, remaining: 0, status: 'on-track' });
    expect(leads(700, '2026-03-05')).to.include({ phase: 'after', status: 'behind', projected: 700 });
    expect(leads(1200, '2026-03-05').status).to.equal('ahead');
  });

  it('counts progress from a baseline: the visitors goal from 8,000 to 20,000', () => {
    const year = period('2025-01-01', '2025-12-31');
    const input = { goal: 20000, better: 'higher', origin: 8000, period: year } as const;
    const midyear = pace({ ...input, value: 14000, asOf: day('2025-07-02') });
    expect(midyear.expected).to.be.closeTo(8000 + (12000 * 183) / 365, 1e-9);
    expect(midyear.status).to.equal('on-track');
    const end = pace({ ...input, value: 19400, asOf: day('2025-12-31') });
    // On the last day, counted as done, 95 % of the way is a missed goal, however close.
    expect(end).to.include({ status: 'behind', expected: 20000, projected: 19400 });
  });

  it('follows a lower-is-better goal: a CPA coming down from €80 to €50', () => {
    const input = { goal: 50, better: 'lower', origin: 80, period: MARCH } as const;
    const half = day('2026-03-01') + 15; // 16 of 31 days gone
    const expected = 80 - (30 * 16) / 31;
    expect(pace({ ...input, value: 60, asOf: half })).to.include({ status: 'ahead' });
    expect(pace({ ...input, value: 75, asOf: half })).to.include({ status: 'behind' });
    const onTrack = pace({ ...input, value: expected, asOf: half });
    expect(onTrack.status).to.equal('on-track');
    expect(onTrack.projected).to.be.closeTo(50, 1e-9);
    expect(pace({ ...input, value: 75, asOf: half }).perDay).to.be.closeTo(25 / 15, 1e-9);
    expect(pace({ ...input, value: 45, asOf: half }).perDay).to.equal(null);
  });

  it('never yields NaN or Infinity, even for a one-day period', () => {
    const single = period('2026-05-04', '2026-05-04');
    for (const asOf of ['2026-05-03', '2026-05-04', '2026-05-05']) {
      const result = pace({ value: 3, goal: 10, better: 'higher', origin: 0, period: single, asOf: day(asOf) });
      for (const field of [result.expected, result.projected ?? 0, result.perDay ?? 0]) {
        expect(Number.isFinite(field), asOf).to.equal(true);
      }
    }
  });
});
