import { isBlank, parseSeries, type KpiError, type RawValue, type Result, type Text } from '../../kpi/index.js';
import { STRINGS } from './funnel-ratio.strings.js';
import type { FunnelSource, RawList } from './funnel-source.js';

export interface FunnelInput {
  readonly stages: readonly string[];
  readonly counts: readonly number[];
  readonly previous?: readonly (number | null)[];
}

/** `parseSeries` reads each entry of a list with `parseNumber`, which takes text as well as numbers. */
const series = (raw: RawList) => raw as Parameters<typeof parseSeries>[0];

/** An accepted form in every language the kit speaks, for the message and the (English) console warning. */
const both = (key: 'needStages' | 'needLabels'): Text => ({ en: STRINGS.en[key], nl: STRINGS.nl[key] });

const invalid = (field: string, given: RawList | readonly string[], accepted: Text): Result<never> => ({
  ok: false,
  error: {
    code: 'invalid-option',
    fields: [field],
    given: typeof given === 'string' ? given : (given ?? []).join(','),
    accepted: [accepted],
  },
});

const EXAMPLE = '10000,500,20';

/** Whole counts without gaps: a funnel stage cannot be "no data". */
const readCounts = (raw: RawList, field: string): Result<number[]> => {
  const parsed = parseSeries(series(raw), field, 'count');
  // The engine's example of a series has a gap, which a funnel does not take.
  if (!parsed.ok && parsed.error.code === 'missing') return { ok: false, error: { ...parsed.error, example: EXAMPLE } };
  if (!parsed.ok) return parsed;
  const gap = parsed.value.indexOf(null);
  if (gap < 0) return { ok: true, value: parsed.value as number[] };
  const error: KpiError = { code: 'not-a-number', fields: [field], given: '', example: EXAMPLE, position: gap + 1 };
  return { ok: false, error };
};

/**
 * Validates a funnel: at least two labelled stages, one whole non-negative count per stage, and
 * optionally a previous period's counts of the same length (gaps allowed there). Errors name the
 * attribute to fix.
 */
export const parseFunnel = (source: FunnelSource): Result<FunnelInput> => {
  const { fields } = source;
  const counts = readCounts(source.values, fields.values);
  if (!counts.ok) return counts;
  const stages = typeof source.stages === 'string' ? source.stages.split(',') : (source.stages ?? []);
  const labels = stages.map((stage) => stage.trim());
  if (labels.length < 2) return invalid(fields.stages, source.stages, both('needStages'));
  if (labels.includes('')) return invalid(fields.stages, source.stages, both('needLabels'));
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
