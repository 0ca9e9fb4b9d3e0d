import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { describeError, getKpi } from '../../src/kpi/index.js';
import { PARTIAL_PERIODS } from '../../src/shared/data-inputs.js';
import { groupedSeries } from '../../src/shared/grouped-data.js';

/** A daily export with a channel column, which is not added up. */
const TABLE = {
  columns: ['date', 'channel', 'sessions', 'orders'],
  rows: [
    ['2026-04-29', 'ads', '1000', '20'],
    ['2026-04-30', 'mail', '500', '30'],
    ['', 'total', '9999', '9999'],
    ['2026-05-04', 'ads', '1000', '10'],
  ],
};
const COLUMNS = new Map([
  ['date', 0],
  ['channel', 1],
  ['visitors', 2],
  ['conversions', 3],
]);
const request = (groupBy: string, dateField = 'date') => ({
  groupBy,
  dateField,
  inputs: getKpi('conversion-rate')?.inputs ?? [],
});

describe('groupedSeries', () => {
  it("gives each of the KPI's inputs per period, with labels and the partial ends", () => {
    const read = groupedSeries(TABLE, COLUMNS, 0, request('month'));
    expect(read).to.deep.equal({
      ok: true,
      value: {
        visitors: [1500, 1000],
        conversions: [50, 10],
        labels: ['2026-04', '2026-05'],
        [PARTIAL_PERIODS]: ['first', 'last'],
      },
    });
    const weeks = groupedSeries(TABLE, COLUMNS, 0, request('week'));
    expect(weeks.ok && weeks.value.labels).to.deep.equal(['2026-W18', '2026-W19']);
  });

  it('names group-by, then date-field, then a row it cannot read', () => {
    const bad = groupedSeries(TABLE, COLUMNS, 0, request('days'));
    expect(!bad.ok && describeError(bad.error, 'en')).to.contain('group-by="days"');
    const noColumn = groupedSeries(TABLE, COLUMNS, -1, request('week', 'day'));
    expect(!noColumn.ok && describeError(noColumn.error, 'en'))
      .to.contain('date-field="day"')
      .and.contain('sessions');
    const table = { ...TABLE, rows: [...TABLE.rows, ['2026-05-05', 'ads', 'many', '1']] };
    const figure = groupedSeries(table, COLUMNS, 0, request('week'));
    expect(!figure.ok && figure.error).to.deep.include({ fields: ['visitors'], position: 5 });
  });
});
