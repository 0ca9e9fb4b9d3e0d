import { csvRows } from './csv.js';
import { BASELINE_PREFIX, isBlank, type KpiError, type Phrase, type Result } from '../kpi/index.js';
import { isWebPage } from './data-file.js';
import { isRecord, parseJson, type DataInputs } from './data-inputs.js';
import { groupedSeries, type GroupRequest } from './grouped-data.js';
import { funnelPeriodInputs, periodInputs, type PeriodRequest } from './period-data.js';

/** The prefix of a previous period's input; a table's row before the last gives them too. */
const PREVIOUS = BASELINE_PREFIX.previous;

/**
 * A document fetched from `src`: a table (CSV, or JSON rows) with one column per input, or a JSON
 * object of inputs by attribute name, like the JSON child.
 */
export type SourceDocument =
  | { readonly kind: 'table'; readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] }
  | { readonly kind: 'object'; readonly data: DataInputs };

/**
 * How an element takes a table: `series` elements (trend, funnel) take each column as a list, one
 * entry per row; `figure` elements (card, gauge) take the last row, and the row before it as the
 * previous period.
 */
export type DataShape = 'series' | 'figure';

/**
 * What an element asks of a table with a row per day: a period's totals (`period`, cards and
 * gauges) or a series of weeks, months or quarters (`group-by`, trends).
 */
export type TableRequest = PeriodRequest | GroupRequest;

/** Which column (or JSON key) feeds which input, by attribute name. */
export type FieldMap = ReadonlyMap<string, string>;

const sourceError = (src: string, reason: Phrase): KpiError => ({
  code: 'invalid-source',
  fields: ['src'],
  given: src,
  reason,
});

const unreadable = (src: string, reason: Phrase): Result<never> => ({ ok: false, error: sourceError(src, reason) });

/** JSON rows (`[{"month": "2026-01", "revenue": 1200}, …]`) as a table, columns in first-seen order. */
const tableOfRecords = (records: readonly DataInputs[]): SourceDocument => {
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return { kind: 'table', columns, rows: records.map((record) => columns.map((column) => record[column] ?? null)) };
};

const readJson = (text: string, src: string): Result<SourceDocument> => {
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch {
    return unreadable(src, { phrase: 'not-json' });
  }
  if (isRecord(parsed)) return { ok: true, value: { kind: 'object', data: parsed } };
  if (Array.isArray(parsed) && parsed.length > 0 && parsed.every(isRecord)) {
    return { ok: true, value: tableOfRecords(parsed) };
  }
  return unreadable(src, { phrase: 'json-shape' });
};

const readCsv = (text: string, src: string): Result<SourceDocument> => {
  const [header, ...rows] = csvRows(text).filter((row) => !row.every(isBlank));
  if (!header || rows.length === 0) {
    return unreadable(src, { phrase: 'no-rows' });
  }
  return { ok: true, value: { kind: 'table', columns: header.map((name) => name.trim()), rows } };
};

/**
 * Reads a fetched file as JSON or CSV: by its content type, else its extension, else its first
 * character. A spreadsheet published as CSV is where many agencies keep their clients' numbers.
 * A web page (a login or error page answered with status 200) is no data file: read as a CSV, its
 * markup would only say that every input is missing.
 */
export const parseDocument = (text: string, contentType: string, src: string): Result<SourceDocument> => {
  if (isWebPage(text, contentType)) return unreadable(src, { phrase: 'web-page' });
  const path = src.split(/[?#]/)[0]?.toLowerCase() ?? '';
  const json =
    /json/i.test(contentType) ||
    (!/csv/i.test(contentType) && (path.endsWith('.json') || (!path.endsWith('.csv') && /^\s*[[{]/.test(text))));
  return json ? readJson(text, src) : readCsv(text, src);
};

/**
 * Reads `fields`: `input:Column` pairs separated by commas (`revenue:Omzet, spend:Advertentiekosten`),
 * or a JSON object for column names with commas in them.
 */
export const parseFields = (text: string | null | undefined): Result<FieldMap> => {
  const invalid: Result<never> = {
    ok: false,
    error: {
      code: 'invalid-option',
      fields: ['fields'],
      given: text ?? '',
      accepted: [{ phrase: 'fields-pairs' }, { phrase: 'json-object' }],
    },
  };
  if (!text?.trim()) return { ok: true, value: new Map() };
  if (text.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isRecord(parsed) || !Object.values(parsed).every((column) => typeof column === 'string')) return invalid;
      return { ok: true, value: new Map(Object.entries(parsed as Record<string, string>)) };
    } catch {
      return invalid;
    }
  }
  const pairs = text.split(',').map((pair) => {
    const colon = pair.indexOf(':');
    return colon < 0 ? (['', ''] as const) : ([pair.slice(0, colon).trim(), pair.slice(colon + 1).trim()] as const);
  });
  return pairs.every(([input, column]) => input && column) ? { ok: true, value: new Map(pairs) } : invalid;
};

/** The column an input reads: as mapped in `fields`, else the column named like the input. */
const columnIndex = (columns: readonly string[], name: string) => {
  const exact = columns.indexOf(name);
  return exact >= 0 ? exact : columns.findIndex((column) => column.toLowerCase() === name.toLowerCase());
};

const fromTable = (
  table: Extract<SourceDocument, { kind: 'table' }>,
  fields: FieldMap,
  shape: DataShape,
  src: string,
  request?: TableRequest,
): Result<DataInputs> => {
  const wanted = new Map<string, number>();
  for (const [input, column] of fields) {
    const index = columnIndex(table.columns, column);
    if (index < 0) {
      return unreadable(src, { phrase: 'no-column', args: [column, input] });
    }
    wanted.set(input, index);
  }
  table.columns.forEach((column, index) => {
    const name = column.toLowerCase();
    if (name && !wanted.has(name) && ![...fields.values()].includes(column)) wanted.set(name, index);
  });
  // A row per day, and a period to add them up over: the period's totals, not the last row; or
  // periods to group them into: a series per week, month or quarter, not a row each.
  const dateColumn = request ? columnIndex(table.columns, request.dateField) : -1;
  if (request && 'groupBy' in request) {
    if (shape === 'series') return groupedSeries(table, wanted, dateColumn, request);
  } else if (request) {
    // A card's or a gauge's inputs over the period; a funnel's stages, a column each.
    return shape === 'figure'
      ? periodInputs(table, wanted, dateColumn, request)
      : funnelPeriodInputs(table, (name) => columnIndex(table.columns, name), dateColumn, request);
  }
  const inputs: Record<string, unknown> = {};
  const [last, before] = [table.rows.at(-1), table.rows.at(-2)];
  for (const [name, index] of wanted) {
    if (shape === 'series') {
      inputs[name] = table.rows.map((row) => row[index] ?? null);
      continue;
    }
    inputs[name] = last?.[index] ?? null;
    const previous = `${PREVIOUS}${name}`;
    if (before && !name.startsWith(PREVIOUS) && !wanted.has(previous)) inputs[previous] = before[index] ?? null;
  }
  return { ok: true, value: inputs };
};

const fromObject = (data: DataInputs, fields: FieldMap, src: string): Result<DataInputs> => {
  const inputs: Record<string, unknown> = { ...data };
  for (const [input, key] of fields) {
    if (!Object.hasOwn(data, key)) {
      return unreadable(src, { phrase: 'no-key', args: [key, input] });
    }
    inputs[input] = data[key];
  }
  return { ok: true, value: inputs };
};

/**
 * A fetched document as inputs by attribute name, the way the element's other data sources are;
 * with `period`, a table's rows are added up over it (see `periodInputs`), with `group-by` per
 * period (see `groupedSeries`).
 */
export const inputsOf = (
  document: SourceDocument,
  fields: FieldMap,
  shape: DataShape,
  src: string,
  request?: TableRequest,
) =>
  document.kind === 'table' ? fromTable(document, fields, shape, src, request) : fromObject(document.data, fields, src);

/**
 * Why a refreshed document cannot replace the one shown: it does not map, or it lacks one of
 * `read`, the inputs the widget took from the one shown (a column or key gone from the export),
 * worded as the mapping's own error would be.
 */
export const refreshError = (
  document: SourceDocument,
  read: readonly string[],
  fields: FieldMap,
  shape: DataShape,
  src: string,
  request?: TableRequest,
): KpiError | undefined => {
  const next = inputsOf(document, fields, shape, src, request);
  if (!next.ok) return next.error;
  // A table of one row gives no previous period: a row fewer is news, not a column gone.
  const has = (input: string) =>
    Object.hasOwn(next.value, input) ||
    (document.kind === 'table' &&
      input.startsWith(PREVIOUS) &&
      Object.hasOwn(next.value, input.slice(PREVIOUS.length)));
  const lost = read.find((input) => !has(input));
  if (lost === undefined) return undefined;
  return sourceError(src, {
    phrase: document.kind === 'table' ? 'no-column' : 'no-key',
    args: [fields.get(lost) ?? lost, lost],
  });
};
