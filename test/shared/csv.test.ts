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

  it('reads what follows a closing quote as text, and a quote left open to the end', () => {
    expect(csvRows('"ab"c,d\n"x""y')).to.deep.equal([['abc', 'd'], ['x"y']]);
    expect(csvRows('a\n"')).to.deep.equal([['a']]);
    expect(csvRows('"')).to.deep.equal([]);
  });

  it('ends a row with a field after a comma at the very end', () => {
    expect(csvRows('a,')).to.deep.equal([['a', '']]);
    expect(csvRows('a,\r\nb')).to.deep.equal([['a', ''], ['b']]);
    expect(csvRows(',')).to.deep.equal([['', '']]);
  });

  it('keeps a quoted label with a comma as one field, as a spreadsheet exports it', () => {
    expect(csvRows('Week,revenue\r\n"Week 1, 2026",9000\r\n"Week 2, 2026",10500\r\n')).to.deep.equal([
      ['Week', 'revenue'],
      ['Week 1, 2026', '9000'],
      ['Week 2, 2026', '10500'],
    ]);
  });

  it('reads a file at the size limit whole: every row, quoted fields and all', () => {
    const row = '2026-01-01,"Spring, week 1",1250\n';
    const text = `Day,Campaign,Clicks\n${row.repeat(Math.floor(1_000_000 / row.length))}`;
    const rows = csvRows(text);
    expect(rows).to.have.length(1 + Math.floor(1_000_000 / row.length));
    expect(rows.at(-1)).to.deep.equal(['2026-01-01', 'Spring, week 1', '1250']);
  });
});
