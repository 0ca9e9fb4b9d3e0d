import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { describeError, readPeriodNames, type RawValue } from '../../src/kpi/index.js';

/** Labels from data (a fetched file's column, a script's `inputs`) arrive as a list, never as text. */
const read = (raw: RawValue, count: number, locale = 'en-US') => readPeriodNames(raw, count, locale);

describe('readPeriodNames with labels from data', () => {
  it('keeps each label of a list whole, commas and all', () => {
    const result = read(['Week 1, 2026', ' Week 2, 2026 '], 2);
    if (!result.ok) throw new Error(describeError(result.error));
    expect([result.value.label(0), result.value.label(1)]).to.deep.equal(['Week 1, 2026', 'Week 2, 2026']);
    expect(result.value.span).to.equal('Week 1, 2026–Week 2, 2026');
  });

  it('formats a list of ISO months, and writes numbers in digits', () => {
    const months = read(['2026-01', '2026-02'], 2);
    if (!months.ok) throw new Error(describeError(months.error));
    const short = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short' });
    expect(months.value.label(1)).to.equal(short.format(new Date(Date.UTC(2026, 1, 1))));

    const years = read([2025, 2026], 2);
    if (!years.ok) throw new Error(describeError(years.error));
    expect(years.value.label(1)).to.equal('2026');
  });

  it('numbers the periods when the list is empty', () => {
    const result = read([], 3);
    if (!result.ok) throw new Error(describeError(result.error));
    expect(result.value.label(2)).to.equal('Period 3');
  });

  it('counts the labels of a list, not the commas in them', () => {
    const result = read(['Week 1, 2026', 'Week 2, 2026', 'Week 3, 2026'], 2);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error).to.deep.include({ code: 'invalid-option', fields: ['labels'] });
    expect(describeError(result.error)).to.contain('Use 2 labels, one per period');
    expect(describeError(result.error)).not.to.contain('Week 1, 2026,Week');
  });

  it('describes a label that is no text by its kind, never as "[object Object]" or "NaN"', () => {
    for (const raw of [[{ kind: 'object' }, 'Week 2'], ['Week 1', Number.NaN], { kind: 'object' }] as RawValue[]) {
      const result = read(raw, 2);
      expect(result.ok).to.equal(false);
      if (result.ok) continue;
      expect(result.error.fields).to.deep.equal(['labels']);
      const message = describeError(result.error);
      expect(message).not.to.match(/\[object|NaN|undefined/);
    }
  });
});
