import { isBlank, parseSeries, type KpiError, type RawValue, type Result } from '../../kpi/index.js';
import type { FunnelStrings } from './funnel-ratio.strings.js';
import type { FunnelSource, RawList } from './funnel-source.js';

export interface FunnelInput {
  readonly stages: readonly string[];
  readonly counts: readonly number[];
  readonly previous?: readonly (number | null)[];
}

/** `parseSeries` reads each entry of a list with `parseNumber`, which takes text as well as numbers. */
const series = (raw: RawList) => raw as Parameters<typeof parseSeries>[0];

const invalid = (field: string, given: RawList | readonly string[], accepted: string): Result<never> => ({
  ok: false,
  error: {
    code: 'invalid-option',
    fields: [field],
    given: typeof given === 'string' ? given : (given ?? []).join(','),
    accepted: [accepted],
  },
});

/** Whole counts without gaps: a funnel stage cannot be "no data". */
const readCounts = (raw: RawList, field: string): Result<number[]> => {
  const parsed = parseSeries(series(raw), field, 'count');
  if (!parsed.ok) return parsed;
  const gap = parsed.value.indexOf(null);
  if (gap < 0) return { ok: true, value: parsed.value as number[] };
  const error: KpiError = { code: 'not-a-number', fields: [field], given: '', example: '1250', position: gap + 1 };
  return { ok: false, error };
};

/**
 * Validates a funnel: at least two labelled stages, one whole non-negative count per stage, and
 * optionally a previous period's counts of the same length (gaps allowed there). Errors name the
 * attribute to fix; accepted forms are worded in the element's language.
 */
export const parseFunnel = (source: FunnelSource, strings: FunnelStrings): Result<FunnelInput> => {
  const { fields } = source;
  const counts = readCounts(source.values, fields.values);
  if (!counts.ok) return counts;
  const stages = typeof source.stages === 'string' ? source.stages.split(',') : (source.stages ?? []);
  const labels = stages.map((stage) => stage.trim());
  if (labels.length < 2) return invalid(fields.stages, source.stages, strings.needStages);
  if (labels.includes('')) return invalid(fields.stages, source.stages, strings.needLabels);
  const mismatch = (field: string, given: number): Result<never> => ({
    ok: false,
    error: { code: 'length-mismatch', fields: [field, fields.stages], lengths: { given, expected: labels.length } },
  });
  if (counts.value.length !== labels.length) return mismatch(fields.values, counts.value.length);
  if (isBlank(source.previous as RawValue)) return { ok: true, value: { stages: labels, counts: counts.value } };
  const previous = parseSeries(series(source.previous), fields.previous, 'count');
  if (!previous.ok) return previous;
  if (previous.value.length !== labels.length) return mismatch(fields.previous, previous.value.length);
  return { ok: true, value: { stages: labels, counts: counts.value, previous: previous.value } };
};
