import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { readPeriodNames, type PeriodNames } from '../../src/kpi/index.js';

const names = (labels: string, locale: string): PeriodNames => {
  const read = readPeriodNames(labels, labels.split(',').length, locale);
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
};
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const format = (locale: string, iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(utc(iso));

describe('period names of weeks and quarters', () => {
  it('names ISO weeks by their Monday, in English and Dutch', () => {
    const en = names('2026-W18,2026-W19', 'en-US');
    const long = { year: 'numeric', month: 'short', day: 'numeric' } as const;
    expect(en.label(1)).to.equal(`Week of ${format('en-US', '2026-05-04', long)}`);
    expect(en.named(1)).to.equal(`week of ${format('en-US', '2026-05-04', long)}`);
    expect(en.tick(1)).to.equal(format('en-US', '2026-05-04', { month: 'short', day: 'numeric' }));
    expect(en.at(0)).to.equal(`in the week of ${format('en-US', '2026-04-27', { month: 'long', day: 'numeric' })}`);
    // From the first Monday to the last Sunday.
    const range = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...long }).formatRange(
      utc('2026-04-27'),
      utc('2026-05-10'),
    );
    expect(en.span).to.equal(range);
    const nl = names('2026-W18,2026-W19', 'nl-NL');
    expect(nl.label(1)).to.equal(`Week van ${format('nl-NL', '2026-05-04', long)}`);
    expect(nl.at(1)).to.equal(`in de week van ${format('nl-NL', '2026-05-04', { month: 'long', day: 'numeric' })}`);
  });

  it('names quarters as each language writes them', () => {
    expect(names('2025-Q4,2026-Q1', 'en-US').label(1)).to.equal('Q1 2026');
    expect(names('2025-Q4,2026-Q1', 'en-US').span).to.equal('Q4 2025 – Q1 2026');
    expect(names('2025-Q4,2026-Q1', 'nl-NL').at(0)).to.equal('in K4 2025');
    expect(names('2026-Q2', 'fr-FR').label(0)).to.equal('T2 2026');
    expect(names('2026-Q2', 'de-DE').at(0)).to.equal('in Q2 2026');
  });

  it('refuses a week the year does not have, naming its entry; mixed labels stay text', () => {
    const read = readPeriodNames('2025-W52,2025-W53', 2, 'en-US');
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.error).to.deep.include({ code: 'not-a-date', fields: ['labels'], position: 2 });
    expect(names('2026-Q1,2026-W02', 'en-US').label(0)).to.equal('2026-Q1');
  });
});
