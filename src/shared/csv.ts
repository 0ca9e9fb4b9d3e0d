/**
 * The rows of a CSV text as a spreadsheet's "publish as CSV" writes it (RFC 4180): fields split
 * by commas and rows by LF, CRLF or CR; a field in double quotes may hold commas, line breaks and
 * doubled quotes (`""`). A byte-order mark, which Excel's "CSV UTF-8" puts first, is not part of
 * the first column's name. Thirty lines instead of d3-dsv keep every element free of d3.
 */
export const csvRows = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    [row, field] = [[], ''];
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
};
