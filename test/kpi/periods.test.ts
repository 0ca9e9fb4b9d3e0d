import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { describeError, readPeriodNames, type PeriodNames } from '../../src/kpi/index.js';

const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));
const dates = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

const names = (raw: string | null | undefined, count: number, locale = 'en-US'): PeriodNames => {
  const result = readPeriodNames(raw, count, locale);
  if (!result.ok) throw new Error(describeError(result.error));
  return result.value;
};

describe('readPeriodNames', () => {
  it('formats ISO months for the locale: label, axis tick, in a sentence, and the span', () => {
    for (const locale of ['en-US', 'nl-NL']) {
      const months = names('2026-01,2026-02,2026-03,2026-04', 4, locale);
      const short = dates(locale, { year: 'numeric', month: 'short' });
      expect(months.label(1)).to.equal(short.format(utc(2026, 2)));
      // A month's tick carries its full year: "Feb 26" would read as the 26th of February.
      expect(months.tick(1)).to.equal(short.format(utc(2026, 2)));
      expect(months.tick(1)).to.contain('2026');
      expect(months.span).to.equal(short.formatRange(utc(2026, 1), utc(2026, 4)));
    }
    const march = (locale: string) => dates(locale, { month: 'long' }).format(utc(2026, 3));
    expect(names('2026-01,2026-02,2026-03', 3).at(2)).to.equal(`in ${march('en-US')}`);
    expect(names('2026-01,2026-02,2026-03', 3, 'nl-NL').at(2)).to.equal(`in ${march('nl-NL')}`);
  });

  it('names months with their year in sentences when the periods span years', () => {
    const december = dates('en-US', { month: 'long', year: 'numeric' }).format(utc(2025, 12));
    expect(names('2025-11,2025-12,2026-01', 3).at(1)).to.equal(`in ${december}`);
  });

  it('formats ISO dates as days: "on March 15" in English, "op 15 maart" in Dutch', () => {
    const labels = '2026-01-15,2026-02-15,2026-03-15';
    for (const [locale, on] of [
      ['en-US', 'on'],
      ['nl-NL', 'op'],
    ] as const) {
      const days = names(labels, 3, locale);
      const day = dates(locale, { month: 'long', day: 'numeric' }).format(utc(2026, 2, 15));
      expect(days.at(1)).to.equal(`${on} ${day}`);
      expect(days.label(2)).to.equal(
        dates(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(utc(2026, 3, 15)),
      );
      expect(days.tick(0)).to.equal(dates(locale, { month: 'short', day: 'numeric' }).format(utc(2026, 1, 15)));
      expect(days.span).to.equal(
        dates(locale, { year: 'numeric', month: 'short', day: 'numeric' }).formatRange(
          utc(2026, 1, 15),
          utc(2026, 3, 15),
        ),
      );
    }
  });

  it('names a single month or day by itself', () => {
    expect(names('2026-02', 1).span).to.equal(dates('en-US', { year: 'numeric', month: 'short' }).format(utc(2026, 2)));
  });

  it('keeps free-text labels as written, trimmed', () => {
    const quarters = names('Q1, Q2 ,Q3', 3);
    expect([quarters.label(0), quarters.tick(1), quarters.at(2), quarters.span]).to.deep.equal([
      'Q1',
      'Q2',
      'in Q3',
      'Q1–Q3',
    ]);
    expect(names('Q1,Q2', 2, 'nl-NL').at(1)).to.equal('in Q2');
    // Dates mixed with text are text: nothing is half read as a date.
    expect(names('2026-01,launch', 2).label(0)).to.equal('2026-01');
    expect(names('Spring', 1).span).to.equal('Spring');
  });

  it('numbers the periods without labels, in the locale and language', () => {
    const en = names(undefined, 10_000);
    expect([en.label(0), en.tick(4321), en.at(4321), en.span]).to.deep.equal([
      'Period 1',
      number('en-US', 4322),
      `in period ${number('en-US', 4322)}`,
      `periods 1–${number('en-US', 10_000)}`,
    ]);
    const nl = names('  ', 10_000, 'nl-NL');
    expect([nl.label(1), nl.at(4321), nl.span]).to.deep.equal([
      'Periode 2',
      `in periode ${number('nl-NL', 4322)}`,
      `perioden 1–${number('nl-NL', 10_000)}`,
    ]);
    expect(names(null, 1).span).to.equal('period 1');
    // Named within a phrase ("vs period 1"), a numbered period is no title.
    expect([en.named(0), nl.named(0)]).to.deep.equal(['period 1', 'periode 1']);
    expect(names('Q1,Q2', 2).named(1)).to.equal('Q2');
  });

  it('refuses labels that are not one per period, or blank, on `labels`, in both languages', () => {
    for (const [raw, count] of [
      ['a,b', 3],
      ['a,b,c,d', 3],
      ['Q1, ,Q3', 3],
    ] as const) {
      const result = readPeriodNames(raw, count, 'en-US');
      expect(!result.ok && result.error).to.deep.include({ code: 'invalid-option', fields: ['labels'], given: raw });
      if (!result.ok) {
        expect(describeError(result.error, 'en')).to.contain(`Use 3 labels, one per period`);
        expect(describeError(result.error, 'nl')).to.contain(`Gebruik 3 labels, één per periode`);
      }
    }
  });

  it('refuses a date that does not exist, naming its entry', () => {
    const result = readPeriodNames('2026-01-31,2026-02-30', 2, 'en-US');
    expect(!result.ok && result.error).to.deep.include({ code: 'not-a-date', fields: ['labels'], position: 2 });
    if (!result.ok) expect(describeError(result.error, 'en')).to.contain('Entry 2 of labels ("2026-02-30")');
  });
});
