import { fail, invalidOption } from './errors.js';
import { isBlank, parseSeries, type RawValue } from './parse.js';
import type { Phrase, Result } from './types.js';

/** A list as written: comma-separated text, or entries from data (numbers, text, `null` for a gap). */
export type RawFunnelList = string | readonly RawValue[] | null;

/**
 * A funnel as written, before validation, wherever it was read from: the `stages`/`values`
 * attributes, data, or a list of items. `fields` are the names errors are reported under
 * (attributes, JSON keys or data attributes).
 */
export interface FunnelSource {
  readonly stages: string | readonly string[] | null;
  readonly values: RawFunnelList;
  readonly previous: RawFunnelList;
  readonly fields: { readonly stages: string; readonly values: string; readonly previous: string };
}

/** A valid funnel: two or more labelled stages, a whole count for each, and maybe a previous period's. */
export interface FunnelInput {
  readonly stages: readonly string[];
  readonly counts: readonly number[];
  /** The previous period's counts, one per stage; `null` is a stage without data. */
  readonly previous?: readonly (number | null)[];
}

/** The accepted forms of `stages`, for the `invalid-option` error, worded by the locale packs. */
export const FUNNEL_STAGES_ACCEPTED = {
  needStages: { phrase: 'funnel-stages' },
  needLabels: { phrase: 'funnel-labels' },
} as const satisfies Record<string, Phrase>;

/** A funnel's counts as an example: whole numbers without a gap (the engine's series example has one). */
const EXAMPLE = '10000,500,20';

/** Whole non-negative counts without gaps: a funnel stage cannot be "no data". */
const readCounts = (raw: RawFunnelList, field: string): Result<number[]> => {
  const parsed = parseSeries(raw, field, 'count');
  if (!parsed.ok) return parsed.error.code === 'missing' ? fail({ ...parsed.error, example: EXAMPLE }) : parsed;
  const gap = parsed.value.indexOf(null);
  if (gap < 0) return { ok: true, value: parsed.value as number[] };
  return fail({ code: 'not-a-number', fields: [field], given: '', example: EXAMPLE, position: gap + 1 });
};

const labelsOf = (stages: FunnelSource['stages']): string[] =>
  (typeof stages === 'string' ? stages.split(',') : (stages ?? [])).map((stage) => stage.trim());

/**
 * Validates a funnel: at least two labelled stages, one whole non-negative count per stage, and
 * optionally a previous period's counts of the same length (gaps allowed there). Errors name the
 * attribute to fix: `values` first, then `stages`, then `previous-values`.
 */
export const parseFunnel = (source: FunnelSource): Result<FunnelInput> => {
  const { fields } = source;
  const counts = readCounts(source.values, fields.values);
  if (!counts.ok) return counts;
  const stages = labelsOf(source.stages);
  const given = typeof source.stages === 'string' ? source.stages : (source.stages ?? []).join(',');
  if (stages.length < 2) return invalidOption(fields.stages, given, [FUNNEL_STAGES_ACCEPTED.needStages]);
  if (stages.includes('')) return invalidOption(fields.stages, given, [FUNNEL_STAGES_ACCEPTED.needLabels]);
  const mismatch = (field: string, length: number) =>
    fail({
      code: 'length-mismatch',
      fields: [field, fields.stages],
      lengths: { given: length, expected: stages.length },
    });
  if (counts.value.length !== stages.length) return mismatch(fields.values, counts.value.length);
  const { previous: raw } = source;
  if (raw === null || (typeof raw === 'string' && isBlank(raw)))
    return { ok: true, value: { stages, counts: counts.value } };
  const previous = parseSeries(raw, fields.previous, 'count');
  if (!previous.ok) return previous;
  if (previous.value.length !== stages.length) return mismatch(fields.previous, previous.value.length);
  return { ok: true, value: { stages, counts: counts.value, previous: previous.value } };
};
