/**
 * The KPI builder's CSV file: fetched and read by the kit's own reader (`parseDocument`, on the
 * CSV reader in `src/shared/csv.ts`), with the widget's own messages when it cannot be.
 */
import { parseIsoDate, type KpiDefinition, type Result } from '../../src/kpi/index.js';
import { parseDocument } from '../../src/shared/remote-data.js';

/** A file's header, how many rows it has, and which columns hold ISO days. */
export interface FileTable {
  readonly columns: readonly string[];
  readonly rows: number;
  readonly dateColumns: readonly string[];
}

/** The columns whose first filled cell is an ISO day (`2026-05-31`): what `date-field` may name. */
export const dateColumnsOf = (columns: readonly string[], rows: readonly (readonly unknown[])[]): string[] =>
  columns.filter((_, index) => {
    const cell = rows.find((row) => String(row[index] ?? '').trim() !== '')?.[index];
    const date = parseIsoDate(String(cell ?? ''), 'date-field');
    return date.ok && date.value.precision === 'day';
  });

/** Fetches `src` and reads its header as the widget would; errors are the widget's own. */
export const readFileTable = async (src: string): Promise<Result<FileTable>> => {
  let response: Response;
  try {
    response = await fetch(src);
  } catch {
    return {
      ok: false,
      error: { code: 'fetch-failed', fields: ['src'], given: src, reason: { phrase: 'network-error' } },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: { code: 'fetch-failed', fields: ['src'], given: src, reason: `HTTP ${response.status}` },
    };
  }
  const document = parseDocument(await response.text(), response.headers.get('content-type') ?? '', src);
  if (!document.ok) return document;
  if (document.value.kind !== 'table') {
    const columns = Object.keys(document.value.data);
    return { ok: true, value: { columns, rows: 1, dateColumns: [] } };
  }
  const { columns, rows } = document.value;
  return { ok: true, value: { columns, rows: rows.length, dateColumns: dateColumnsOf(columns, rows) } };
};

/** The column named like an input, in any case, as the widget finds it; else one holding its name as a word (`Revenue (EUR)`). */
const columnFor = (columns: readonly string[], input: string): string =>
  columns.find((column) => column.toLowerCase() === input) ??
  columns.find((column) =>
    column
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .includes(input),
  ) ??
  '';

/**
 * The column each input is likely in: named like it (as the widget reads it without `fields`), or
 * holding its name as a word; '' when none. A trend's `labels` get the first date column, else
 * the first column no input took.
 */
export const suggestMapping = (
  kpi: KpiDefinition,
  columns: readonly string[],
  tag: string,
  dateColumns: readonly string[],
): Record<string, string> => {
  const mapping: Record<string, string> = Object.fromEntries(
    kpi.inputs.map((input) => [input.name, columnFor(columns, input.name)]),
  );
  if (tag === 'kpi-trend') {
    const taken = new Set(Object.values(mapping));
    mapping.labels = dateColumns[0] ?? columns.find((column) => !taken.has(column)) ?? '';
  }
  return mapping;
};
