import type { KpiError } from '../kpi/index.js';

/**
 * The largest file `src` reads, in bytes (1 MB): read in about 5 ms (the CSV reader, in Chromium
 * on a two-core machine), within one frame. A KPI's file holds a few hundred periods (a row a day
 * for ten years is under 400 KB). Larger files are refused unread: a 50 MB export would hold the
 * page for seconds, and a Worker would need a script a strict Content-Security-Policy may forbid.
 */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * The opening of an HTML page, after blanks and a byte-order mark: what a CMS's login page, a
 * CDN's error page or a "file not found" page served with status 200 starts with.
 */
const HTML_OPENING = /^<(?:!doctype|!--|(?:html|head|body|meta|title|script|style|link)(?![\w-]))/i;
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/**
 * Whether a response is a web page rather than a data file. Its opening tells (`<!doctype`,
 * `<html`, `<head`, `<body`, …) whatever the server calls it; `text/html` tells when the text
 * starts with a tag. A CSV sent as `text/html`, which a PHP script does unless told otherwise, is
 * still read as the CSV it is.
 */
export const isWebPage = (text: string, contentType: string): boolean => {
  // `\s` includes the byte-order mark; one forward scan to the first character, no backtracking.
  const start = text.search(/\S/);
  if (start < 0) return false;
  const opening = text.slice(start, start + 16);
  return HTML_OPENING.test(opening) || (HTML_TYPE.test(contentType) && opening.startsWith('<'));
};

/**
 * A file size as a reader of the locale writes it: `1.5 MB`, `1,5 Mo`, `800 kB`. Rounded up, so a
 * file just over the limit never reads as the limit itself.
 */
export const formatFileSize = (bytes: number, locale: string): string => {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumSignificantDigits: 3,
    roundingMode: 'ceil',
  }).format(bytes / (megabytes ? 1_000_000 : 1_000));
};

/** A file over `MAX_FILE_BYTES`, refused unread: its size and the limit as the locale writes them. */
export const fileTooLarge = (src: string, bytes: number, locale: string): KpiError => ({
  code: 'invalid-source',
  fields: ['src'],
  given: src,
  reason: { phrase: 'file-too-large', args: [formatFileSize(bytes, locale), formatFileSize(MAX_FILE_BYTES, locale)] },
});
