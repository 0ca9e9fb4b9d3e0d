import { fail } from './errors.js';
import { exampleFor, isBlank, parseNumber, parseSeries, type RawValue } from './parse.js';
import { getKpi } from './registry.js';
import type { Divide, KpiDefinition, KpiInput, Result } from './types.js';

/** The raw inputs of one computation: a record, or a reader such as an element's getAttribute. */
export type RawInputs = Readonly<Record<string, RawValue>> | ((input: string) => RawValue);

export interface ComputeOptions {
  /** The attribute an input is read from, for messages (`spend` → `previous-spend`). */
  readonly field?: (input: string) => string;
}

/** The KPI for an id, or an `unknown-kpi` error that names the `kpi` attribute. */
export const resolveKpi = (kpi: string | KpiDefinition | null | undefined): Result<KpiDefinition> => {
  if (typeof kpi === 'object' && kpi !== null) return { ok: true, value: kpi };
  if (isBlank(kpi)) return fail({ code: 'missing', fields: ['kpi'], example: 'roas' });
  const definition = getKpi(kpi);
  return definition ? { ok: true, value: definition } : fail({ code: 'unknown-kpi', fields: ['kpi'], given: kpi });
};

/**
 * The first complete set of inputs; else the set the user started, with every input it still
 * lacks. "Started" is the set that uses the most of the given inputs (NPS from `promoters` asks for
 * `passives` and `detractors`, not for `scores`), then the one nearest to complete; with nothing
 * given, the first set.
 */
const chooseInputSet = (definition: KpiDefinition, given: ReadonlySet<string>): Result<readonly string[]> => {
  const sets = definition.requires ?? [definition.inputs.filter((i) => i.default === undefined).map((i) => i.name)];
  const complete = sets.find((set) => set.every((name) => given.has(name)));
  if (complete) return { ok: true, value: complete };
  const rank = (set: readonly string[]) => {
    const used = set.filter((name) => given.has(name)).length;
    return { set, used, missing: set.length - used };
  };
  const started = sets
    .map(rank)
    .reduce((best, next) =>
      next.used > best.used || (next.used === best.used && next.missing < best.missing) ? next : best,
    );
  // Nothing given at all: ask for the catalog's main set, not whichever is shortest.
  const missing = (started.used > 0 ? started.set : sets[0]).filter((name) => !given.has(name));
  const input = definition.inputs.find((i) => i.name === missing[0]);
  return fail({ code: 'missing', fields: missing, example: exampleFor(input?.kind ?? 'count') });
};

/** A divide that records its first zero divisor instead of returning Infinity or NaN. */
const recordingDivide = () => {
  const state: { zeroDivisors?: readonly string[] } = {};
  const divide: Divide = (numerator, denominator, ...divisors) => {
    if (denominator === 0) {
      state.zeroDivisors ??= divisors;
      return 0;
    }
    return numerator / denominator;
  };
  return { divide, state };
};

const readInput = (input: KpiInput, raw: RawValue, field: string): Result<readonly number[]> => {
  if (!input.list) {
    const parsed = parseNumber(raw, field, input.kind);
    return parsed.ok ? { ok: true, value: [parsed.value] } : parsed;
  }
  const parsed = parseSeries(raw, field, input.kind);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value.filter((entry): entry is number => entry !== null) };
};

const withinRange = (value: number, { min = -Infinity, max = Infinity } = {}) => value >= min && value <= max;

/**
 * Computes a KPI from raw inputs. Every input is parsed and checked for its kind; the result is a
 * finite number (percent KPIs as fractions) or a typed error that names the attribute to fix.
 */
export const computeKpi = (
  kpi: string | KpiDefinition | null | undefined,
  raw: RawInputs,
  { field = (name) => name }: ComputeOptions = {},
): Result<number> => {
  const resolved = resolveKpi(kpi);
  if (!resolved.ok) return resolved;
  const definition = resolved.value;
  const read = typeof raw === 'function' ? raw : (name: string) => raw[name];

  const values: Record<string, number> = {};
  const lists: Record<string, readonly number[]> = {};
  for (const input of definition.inputs) {
    const text = read(input.name);
    if (isBlank(text)) {
      if (input.default !== undefined) values[input.name] = input.default;
      continue;
    }
    const parsed = readInput(input, text, field(input.name));
    if (!parsed.ok) return parsed;
    values[input.name] = parsed.value.reduce((sum, entry) => sum + entry, 0);
    if (input.list) lists[input.name] = parsed.value;
  }

  const given = new Set(definition.inputs.filter((i) => !isBlank(read(i.name))).map((i) => i.name));
  const inputSet = chooseInputSet(definition, given);
  if (!inputSet.ok) return fail({ ...inputSet.error, fields: inputSet.error.fields.map(field) });

  const { divide, state } = recordingDivide();
  const value = definition.formula(values, divide, lists);
  const inputFields = inputSet.value.map(field);
  if (state.zeroDivisors) {
    return fail({ code: 'zero-divisor', fields: state.zeroDivisors.map(field), kpi: definition.id });
  }
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return fail({ code: 'out-of-range', fields: inputFields, kpi: definition.id });
  }
  if (!withinRange(value, definition.range)) {
    return fail({ code: 'out-of-range', fields: inputFields, kpi: definition.id, range: definition.range });
  }
  return { ok: true, value: value === 0 ? 0 : value };
};
