import { expect } from '@open-wc/testing';
import { fileTooLarge, formatFileSize, isWebPage, MAX_FILE_BYTES } from '../../src/shared/data-file.js';
import { parseDocument } from '../../src/shared/remote-data.js';
import { describeError } from '../../src/kpi/index.js';
import '../helpers/packs.js';

const sized = (value: number, unit: 'megabyte' | 'kilobyte', locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit, maximumSignificantDigits: 3, roundingMode: 'ceil' }).format(
    value,
  );

describe('isWebPage', () => {
  it('knows a page by its opening, whatever the server calls it', () => {
    for (const opening of [
      '<!DOCTYPE html>',
      '<!doctype html>',
      '<html lang="nl">',
      '<HEAD>',
      '<body>',
      '<!-- CDN -->',
    ]) {
      expect(isWebPage(`${opening}\n<p>Sign in</p>`, 'text/csv'), opening).to.equal(true);
    }
    expect(isWebPage('\ufeff\r\n   \t<!doctype html><title>404</title>', ''), 'after a BOM and blanks').to.equal(true);
  });

  it('knows a page by text/html when it starts with a tag', () => {
    expect(isWebPage('<div class="login">Sign in</div>', 'text/html; charset=utf-8')).to.equal(true);
    expect(isWebPage('<div class="login">Sign in</div>', 'application/xhtml+xml')).to.equal(true);
    expect(isWebPage('<div class="login">Sign in</div>', 'text/plain')).to.equal(false);
  });

  it('reads data as data, even sent as text/html, and a tag-like word as a column', () => {
    expect(isWebPage('Month,revenue\n2026-01,1200\n', 'text/html; charset=UTF-8')).to.equal(false);
    expect(isWebPage('{"revenue": 1200}', 'text/html')).to.equal(false);
    expect(isWebPage('<htmlish>,revenue\n1,2', 'text/csv')).to.equal(false);
    expect(isWebPage('', 'text/html')).to.equal(false);
    expect(isWebPage('   \n ', 'text/html')).to.equal(false);
  });

  it('looks at the opening only: a long text is checked in one pass', () => {
    const long = `${' '.repeat(500_000)}Month,revenue\n`;
    expect(isWebPage(long, 'text/html')).to.equal(false);
    expect(isWebPage(`Month,revenue\n${'<html>'.repeat(100_000)}`, 'text/csv')).to.equal(false);
  });
});

describe('parseDocument', () => {
  it('says a web page is no data file, before reading it as CSV or JSON', () => {
    for (const type of ['text/html', 'text/csv', 'application/json', '']) {
      const result = parseDocument('<!doctype html><html><body>Log in</body></html>', type, '/data.csv');
      expect(result, type).to.deep.equal({
        ok: false,
        error: { code: 'invalid-source', fields: ['src'], given: '/data.csv', reason: { phrase: 'web-page' } },
      });
    }
  });
});

describe('file sizes', () => {
  it('are megabytes from a megabyte up, kilobytes below, rounded up, in the locale', () => {
    expect(formatFileSize(MAX_FILE_BYTES, 'en-US')).to.equal(sized(1, 'megabyte', 'en-US'));
    expect(formatFileSize(1_000_001, 'en-US')).to.equal(sized(1.01, 'megabyte', 'en-US'));
    expect(formatFileSize(52_428_800, 'de-DE')).to.equal(sized(52.5, 'megabyte', 'de-DE'));
    expect(formatFileSize(800_000, 'nl-NL')).to.equal(sized(800, 'kilobyte', 'nl-NL'));
    expect(formatFileSize(3_400_000, 'fr-FR')).to.equal(sized(3.4, 'megabyte', 'fr-FR'));
  });

  it("are said in the error, with the limit, in the reader's language", () => {
    const error = fileTooLarge('/big.csv', 3_400_000, 'fr-FR');
    expect(error).to.deep.include({ code: 'invalid-source', fields: ['src'], given: '/big.csv' });
    expect(describeError(error, 'fr')).to.contain(
      `il pèse ${sized(3.4, 'megabyte', 'fr-FR')}, plus que les ${sized(1, 'megabyte', 'fr-FR')}`,
    );
    expect(describeError(fileTooLarge('/big.csv', 3_400_000, 'en-US'), 'en')).to.contain(
      `it is ${sized(3.4, 'megabyte', 'en-US')}, more than the ${sized(1, 'megabyte', 'en-US')} a widget reads`,
    );
  });
});
