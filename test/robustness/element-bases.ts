import fc from 'fast-check';
import type { InputKind, KpiDefinition } from '../../src/kpi/index.js';
import { labelText } from './hostile.js';
import type { Pair, Tag } from './elements.js';

/**
 * Valid setups of each element, which the hostile attributes of a case then spoil, or not: a run
 * that always ends in the error state proves little about values, so most cases start valid.
 */

/** In order: a subarray of two is a period. */
export const DATES = ['2025-12-31', '2026-02', '2026-02-15', '2026-04-01', '2026-04-30', '2026-12'];

/** The largest and smallest figures the parser takes, and numbers a hair apart. */
const extremes = fc.constantFrom(
  '1e15',
  '999999999999999.9',
  '1e-9',
  '0',
  '0.000001',
  '123456789.123456789',
  '1e-320',
  '-9e-323',
);

/** A value of an input kind written the way it is accepted. */
const plausible = (kind: InputKind): fc.Arbitrary<string> => {
  switch (kind) {
    case 'count':
      return fc.nat({ max: 100_000 }).map(String);
    case 'answer':
      return fc.integer({ min: 0, max: 10 }).map(String);
    case 'rate':
      return fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`);
    case 'percent':
      return fc.integer({ min: -500, max: 500 }).map((n) => `${n / 10}%`);
    case 'signed':
      return fc.oneof(
        fc.integer({ min: -1e7, max: 1e7 }).map((n) => String(n / 100)),
        extremes,
      );
    default:
      return fc.oneof(
        fc.nat({ max: 1e7 }).map((n) => String(n / 100)),
        extremes,
      );
  }
};

const joined = (entries: fc.Arbitrary<string>, length: number) =>
  fc.array(entries, { minLength: length, maxLength: length }).map((list) => list.join(','));

/** A valid setup of each element for a KPI, which the hostile attributes then spoil, or not. */
export const validBase = (tag: Tag, definition: KpiDefinition): fc.Arbitrary<Pair[]> => {
  const input = (kind: InputKind, list?: boolean) =>
    list ? fc.array(plausible(kind), { minLength: 1, maxLength: 12 }).map((e) => e.join(',')) : plausible(kind);
  const figure = fc.tuple(...definition.inputs.map((i) => input(i.kind, i.list).map((v): Pair => [i.name, v])));
  const locale = fc.constantFrom<Pair>(['locale', 'en-US'], ['locale', 'nl-NL'], ['lang', 'nl-BE'], ['theme', 'dark']);
  switch (tag) {
    case 'kpi-card':
      return fc
        .tuple(figure, fc.boolean(), locale, fc.option(plausible(definition.unit === 'percent' ? 'percent' : 'amount')))
        .map(([inputs, previous, setting, target]) => [
          ['kpi', definition.id],
          ...inputs,
          ...(previous ? inputs.map(([name, value]): Pair => [`previous-${name}`, value]) : []),
          setting,
          ...(target === null ? [] : [['target', target] as Pair]),
          ['benchmark', ''],
        ]);
    case 'kpi-trend':
      return fc
        .oneof(
          { weight: 9, arbitrary: fc.integer({ min: 1, max: 12 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1000, max: 2000 }) },
        )
        .chain((length) =>
          fc.tuple(
            fc.constant(length),
            fc.tuple(
              ...definition.inputs.map((i) =>
                // Thousands of entries are built arithmetically: fast-check arrays that long are slow.
                (length > 12
                  ? fc.constant(Array.from({ length }, (_, k) => String((k * 7) % 50)).join(','))
                  : joined(plausible(i.kind), length)
                ).map((v): Pair => [i.name, v]),
              ),
            ),
            fc.constantFrom('line', 'area', 'bar'),
            fc.boolean(),
            locale,
          ),
        )
        .map(([length, inputs, type, axis, setting]) => [
          ['kpi', definition.id],
          ...inputs,
          ['type', type],
          ...(axis ? [['axis', ''] as Pair] : []),
          ...(length <= 12
            ? [
                [
                  'labels',
                  Array.from({ length }, (_, k) => `2026-${String((k % 12) + 1).padStart(2, '0')}`).join(','),
                ] as Pair,
              ]
            : []),
          setting,
        ]);
    case 'funnel-ratio':
      return fc
        .integer({ min: 2, max: 6 })
        .chain((length) =>
          fc.tuple(
            fc.array(
              labelText().map((l) => l.replaceAll(',', ' ').trim() || 'Stage'),
              { minLength: length, maxLength: length },
            ),
            fc.array(fc.nat({ max: 10_000 }), { minLength: length, maxLength: length }),
            fc.option(joined(fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constant('')), length)),
            fc.constantFrom('vertical', 'horizontal'),
            fc.constantFrom('bars', 'funnel'),
            locale,
          ),
        )
        .map(([stages, counts, previous, orientation, mode, setting]) => [
          ['stages', stages.join(',')],
          // Mostly narrowing, as funnels do; sometimes a stage grows.
          ['values', counts.sort((a, b) => b - a).join(',')],
          ...(previous === null ? [] : [['previous-values', previous] as Pair]),
          ['orientation', orientation],
          ['mode', mode],
          setting,
        ]);
    case 'goal-gauge':
      return fc
        .tuple(
          figure,
          fc.nat({ max: 100_000 }).map((n) => String(n + 1)),
          fc.constantFrom('arc', 'ring', 'bar'),
          // A dated goal: start before end; a baseline to pace rates and lower-is-better goals from.
          fc.option(fc.tuple(fc.subarray(DATES, { minLength: 2, maxLength: 2 }), fc.constantFrom(...DATES))),
          fc.option(fc.constantFrom('50%,80%', '0.5', '30%')),
          locale,
        )
        .map(([inputs, goal, shape, dating, bands, setting]) => [
          ['kpi', definition.id],
          ...inputs,
          ['goal', goal],
          ['shape', shape],
          ...(dating
            ? ([
                ['period-start', dating[0][0] ?? ''],
                ['period-end', dating[0][1] ?? ''],
                ['as-of', dating[1]],
                ['baseline', definition.better === 'higher' ? '0' : String(Number(goal) * 2)],
              ] as Pair[])
            : []),
          ...(bands === null ? [] : [['bands', bands] as Pair]),
          setting,
        ]);
  }
};

/** The common formatting attributes, valid: any mix of them. */
export const formatting = (): fc.Arbitrary<Pair[]> =>
  fc
    .tuple(
      fc.option(fc.integer({ min: 0, max: 10 }).map((d): Pair => ['decimals', String(d)])),
      fc.option(fc.constant<Pair>(['notation', 'compact'])),
      fc.option(fc.constantFrom<Pair>(['currency', 'JPY'], ['currency', 'usd'], ['currency', 'EUR'])),
      fc.option(fc.constantFrom<Pair>(['better', 'lower'], ['better', 'higher'])),
    )
    .map((pairs) => pairs.filter((pair): pair is Pair => pair !== null));

/** A ready figure instead of a KPI (`kpi=""`, `value`/`values` and `unit`), and a gauge's own scale. */
export const readyFigure = (tag: Tag): fc.Arbitrary<Pair[]> => {
  const unit = fc.constantFrom('percent', 'currency', 'ratio', 'count', 'number', 'score');
  const value = (u: string) => plausible(u === 'percent' ? 'percent' : u === 'count' ? 'count' : 'signed');
  switch (tag) {
    case 'kpi-card':
      return unit.chain((u) =>
        fc
          .tuple(value(u), fc.option(value(u)), fc.option(value(u)))
          .map(([v, previous, target]): Pair[] => [
            ['kpi', ''],
            ['unit', u],
            ['value', v],
            ...(previous === null ? [] : [['previous-value', previous] as Pair]),
            ...(target === null ? [] : [['target', target] as Pair]),
          ]),
      );
    case 'kpi-trend':
      return unit.chain((u) =>
        fc
          .tuple(fc.array(fc.oneof(value(u), fc.constant('')), { minLength: 1, maxLength: 10 }), fc.option(value(u)))
          .map(([values, target]): Pair[] => [
            ['kpi', ''],
            ['unit', u],
            ['values', values.join(',')],
            ['axis', ''],
            ...(target === null ? [] : [['target', target] as Pair]),
          ]),
      );
    case 'goal-gauge':
      return unit.chain((u) =>
        fc
          .tuple(value(u), fc.nat({ max: 10_000 }), fc.option(fc.nat({ max: 10_000 })))
          .map(([v, goal, max]): Pair[] => [
            ['kpi', ''],
            ['unit', u],
            ['value', v],
            ['goal', String(goal + 1)],
            ...(max === null
              ? []
              : ([
                  ['min', '0'],
                  ['max', String(max + 1)],
                ] as Pair[])),
          ]),
      );
    default:
      return fc.constant([]);
  }
};
