import { expect } from '@open-wc/testing';
import { csvRows } from '../../src/shared/csv.js';

describe('csvRows', () => {
  it('splits fields by commas and rows by any line ending, without a row for the last newline', () => {
    expect(csvRows('Month,Revenue\n2026-01,1200\r\n2026-02,1300\r2026-03,1250\n')).to.deep.equal([
      ['Month', 'Revenue'],
      ['2026-01', '1200'],
      ['2026-02', '1300'],
      ['2026-03', '1250'],
    ]);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes', () => {
    expect(csvRows('name,note\n"Ads, paid","said ""hi""\nthen left"\n"",x')).to.deep.equal([
      ['name', 'note'],
      ['Ads, paid', 'said "hi"\nthen left'],
      ['', 'x'],
    ]);
  });

  it('keeps empty fields and blank lines, and drops a byte-order mark', () => {
    expect(csvRows('\ufeffa,,c\n\n,\n')).to.deep.equal([['a', '', 'c'], [''], ['', '']]);
    expect(csvRows('')).to.deep.equal([]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(csvRows('5" screen,12')).to.deep.equal([['5" screen', '12']]);
  });
});
