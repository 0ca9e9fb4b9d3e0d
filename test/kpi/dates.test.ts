import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { daysInMonth, describeError, formatIsoDate, isoOfDay, parseIsoDate } from '../../src/kpi/index.js';

describe('ISO dates', () => {
  it('reads days and months as whole UTC days', () => {
    const day = parseIsoDate('2026-02-15', 'as-of');
    const month = parseIsoDate(' 2026-02 ', 'labels');
    expect(day.ok && day.value).to.deep.include({ precision: 'day', text: '2026-02-15' });
    expect(month.ok && month.value).to.deep.include({ precision: 'month', text: '2026-02' });
    if (day.ok && month.ok) {
      expect(day.value.day - month.value.day).to.equal(14);
      expect(isoOfDay(month.value.day)).to.equal('2026-02-01');
      expect(daysInMonth(day.value.day)).to.equal(28);
    }
  });

  it('rejects dates that do not exist and other forms, naming the field', () => {
    for (const text of ['2026-02-30', '2026-13', '15-02-2026', '2026/02/15', 'Feb 2026']) {
      const result = parseIsoDate(text, 'period-end');
      expect(result.ok, text).to.equal(false);
      if (!result.ok) {
        expect(result.error).to.deep.include({ code: 'not-a-date', fields: ['period-end'] });
        expect(describeError(result.error, 'en')).to.contain('period-end="2026-02-15"');
      }
    }
    expect(parseIsoDate('', 'period-end')).to.deep.include({ ok: false });
  });

  it('takes the years 0 to 99 as written, not as 1900 to 1999', () => {
    const date = parseIsoDate('0050-03-01', 'period-start');
    const reference = new Date(0);
    reference.setUTCFullYear(50, 2, 1);
    expect(date.ok && date.value.day).to.equal(reference.getTime() / 86_400_000);
    if (date.ok) expect(isoOfDay(date.value.day)).to.equal('0050-03-01');
  });

  it('formats for the locale, in UTC so the day never shifts', () => {
    const day = parseIsoDate('2026-01-31', 'x');
    const month = parseIsoDate('2026-03', 'x');
    if (!day.ok || !month.ok) throw new Error('parse failed');
    const utc = (options: Intl.DateTimeFormatOptions, locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    expect(formatIsoDate(day.value, 'en-US')).to.equal(
      utc({ year: 'numeric', month: 'short', day: 'numeric' }, 'en-US').format(Date.UTC(2026, 0, 31)),
    );
    expect(formatIsoDate(month.value, 'nl-NL', 'long')).to.equal('maart 2026');
    expect(formatIsoDate(month.value, 'en-US', 'long')).to.equal('March 2026');
  });
});
