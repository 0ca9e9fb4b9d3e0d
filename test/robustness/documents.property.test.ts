import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvRows } from '../../src/shared/csv.js';
import { inputsOf, parseDocument } from '../../src/shared/remote-data.js';
import { DEEP_JSON_LIST, DEEP_JSON_OBJECT } from './hostile-data.js';
import { longText } from './hostile.js';
import { assertReplayable } from './replay.js';

/**
 * Properties of reading a fetched file, without fetching: the CSV reader gives back any table a
 * spreadsheet writes (quoted labels with commas, quotes and line breaks included, as the issue's
 * fifth defect needs), a column of such labels reaches an element as a list of exactly those labels,
 * any text at all is read or refused with an error naming `src` and never throws, and a web page
 * (a login or error page served with status 200, the fourth defect) is never read as data,
 * whatever the server calls it.
 */

const NUM_RUNS = { roundTrip: 1000, anyText: 1000, webPage: 500 } as const;

/** Cells as spreadsheets hold them: labels with commas, quotes and line breaks, numbers, blanks. */
const cell = () =>
  fc.oneof(
    fc.constantFrom('', 'Week 1, 2026', 'He said "yes"', 'two\nlines', 'cr\rline', 'crlf\r\nline', ' padded ', '"'),
    fc.integer({ min: -5000, max: 5000 }).map(String),
    fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'ü', '🚀', ',', '"', '\n', '\r', ' ', ';', '\t') }),
  );

/** A table: a header of distinct names, then rows of as many cells. */
const table = () =>
  fc
    .integer({ min: 1, max: 4 })
    .chain((columns) =>
      fc.tuple(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), { minLength: columns, maxLength: columns }),
        fc.array(fc.array(cell(), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }),
      ),
    );

/** A cell as a spreadsheet's "publish as CSV" writes it (RFC 4180): quoted when it must be, or at will. */
const written = (text: string, quoteAll: boolean) =>
  quoteAll || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** A row of one blank cell is a blank line, which readers skip: a spreadsheet writes none. */
const hasContent = (row: readonly string[]) => row.length > 1 || row[0] !== '';

describe('reading fetched files', function () {
  this.timeout(60_000);

  it(`csvRows reads back any table as written, quoted labels with commas and line breaks included (${NUM_RUNS.roundTrip} cases)`, async () => {
    await assertReplayable(
      fc.property(
        table(),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        ([header, rows], newline, quoteAll, bom, lastNewline) => {
          const all = [header, ...rows.filter(hasContent)];
          const text = all.map((row) => row.map((text) => written(text, quoteAll)).join(',')).join(newline);
          const file = `${bom ? '\ufeff' : ''}${text}${lastNewline ? newline : ''}`;
          expect(csvRows(file)).to.deep.equal(all);
        },
      ),
      { numRuns: NUM_RUNS.roundTrip },
    );
  });

  it('a column of labels from a CSV file reaches an element as a list of exactly those labels', async () => {
    await assertReplayable(
      fc.property(fc.array(fc.oneof(cell(), fc.constant('Week 1, 2026')), { minLength: 1, maxLength: 8 }), (labels) => {
        const cells = labels.map((label) => (label === '' ? 'x' : label));
        const file = ['labels,revenue', ...cells.map((label, row) => `${written(label, false)},${row}`)].join('\n');
        const read = parseDocument(file, 'text/csv', '/data.csv');
        expect(read.ok, JSON.stringify(read)).to.equal(true);
        if (!read.ok) return;
        const inputs = inputsOf(read.value, new Map(), 'series', '/data.csv');
        expect(inputs.ok && inputs.value.labels).to.deep.equal(cells);
      }),
      { numRuns: NUM_RUNS.roundTrip },
    );
  });

  it(`parseDocument reads any text, or refuses it naming src, and never throws (${NUM_RUNS.anyText} cases)`, async () => {
    const text = fc.oneof(
      { weight: 6, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 4, arbitrary: fc.json() },
      {
        weight: 2,
        arbitrary: table().map(([header, rows]) => [header, ...rows].map((row) => row.join(',')).join('\n')),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '',
          '\ufeff',
          '{"revenue": 1e309}',
          '[{"revenue": -1e309}, {"revenue": 5}]',
          '[]',
          '[1, 2]',
          'null',
          '"text"',
          'revenue\n',
          '<h1>Not found</h1>',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom(DEEP_JSON_LIST, DEEP_JSON_OBJECT) },
      { weight: 1, arbitrary: longText() },
    );
    const contentType = fc.constantFrom('', 'text/csv', 'application/json', 'text/plain; charset=utf-8', 'text/html');
    const src = fc.constantFrom('/data.csv', '/data.json', '/data', '/export?format=csv#gid=0');
    await assertReplayable(
      fc.property(text, contentType, src, (body, type, address) => {
        const read = parseDocument(body, type, address);
        if (read.ok) return;
        expect(read.error.code).to.equal('invalid-source');
        expect(read.error.fields).to.deep.equal(['src']);
      }),
      { numRuns: NUM_RUNS.anyText },
    );
  });

  it(`a web page is no data file, whatever its content type and address say (${NUM_RUNS.webPage} cases)`, async () => {
    const opening = fc.constantFrom(
      '<!DOCTYPE html>',
      '<!doctype html>',
      '<html lang="nl">',
      '<HTML>',
      '<head>',
      '<body>',
    );
    const page = fc
      .tuple(
        fc.constantFrom('', ' ', '\n\n', '\ufeff', '\r\n  '),
        opening,
        fc.constantFrom('', '<title>Log in</title>', '<p>revenue,spend</p>\n100,50', 'revenue,spend\n100,50'),
      )
      .map((parts) => parts.join(''));
    const contentType = fc.constantFrom('text/html; charset=utf-8', 'text/csv', 'application/json', '', 'text/plain');
    const src = fc.constantFrom('/data.csv', '/data.json', '/data', '/export?format=csv');
    await assertReplayable(
      fc.property(page, contentType, src, (body, type, address) => {
        const read = parseDocument(body, type, address);
        expect(read.ok, `${JSON.stringify(body)} as ${type} from ${address}`).to.equal(false);
        if (!read.ok) expect(read.error.reason).to.deep.equal({ phrase: 'web-page' });
      }),
      { numRuns: NUM_RUNS.webPage },
    );
  });
});
