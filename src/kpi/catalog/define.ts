import type { InputKind, KpiDefinition, KpiInput } from '../types.js';

/** Keeps the input names of one definition checked against its formula. */
export const defineKpi = <Name extends string>(definition: KpiDefinition<Name>): KpiDefinition<Name> => definition;

export const input = <Name extends string>(name: Name, kind: InputKind, defaultValue?: number): KpiInput<Name> =>
  defaultValue === undefined ? { name, kind } : { name, kind, default: defaultValue };

/**
 * An input counted at a moment, not over a period (followers, subscribers): read on a period's last
 * day, or on its first for the `start` of a growth, never summed over its days.
 */
export const stock = <Name extends string>(given: KpiInput<Name>, at: 'start' | 'end'): KpiInput<Name> => ({
  ...given,
  measure: at === 'start' ? 'stock-start' : 'stock-end',
});

/** Results that are shares of a whole: 0 % to 100 %. */
export const SHARE = { min: 0, max: 1 } as const;
/** Growth can fall at most 100 %; it has no upper bound. */
export const GROWTH = { min: -1 } as const;
export const NON_NEGATIVE = { min: 0 } as const;

type Described<Name extends string> = Omit<KpiDefinition<Name>, 'inputs' | 'formula'>;

/** A KPI that is one input divided by another (times `scale`, as in cost per mille). */
export const quotient = <N extends string, D extends string>({
  numerator,
  denominator,
  scale = 1,
  ...described
}: Described<N | D> & {
  numerator: KpiInput<N>;
  denominator: KpiInput<D>;
  scale?: number;
}): KpiDefinition<N | D> =>
  defineKpi<N | D>({
    ...described,
    inputs: [numerator, denominator],
    formula: (values, divide) => divide(values[numerator.name] * scale, values[denominator.name], denominator.name),
  });

/** A KPI that is the change from `previous` to `current`, relative to `previous`. */
export const growth = <C extends string, P extends string>({
  current,
  previous,
  ...described
}: Omit<Described<C | P>, 'unit' | 'better' | 'range'> & {
  current: KpiInput<C>;
  previous: KpiInput<P>;
}): KpiDefinition<C | P> =>
  defineKpi<C | P>({
    ...described,
    unit: 'percent',
    better: 'higher',
    range: GROWTH,
    inputs: [current, previous],
    formula: (values, divide) =>
      divide(values[current.name] - values[previous.name], values[previous.name], previous.name),
  });

/** A KPI that is a plain count: no formula, shown with trend and goal. */
export const plainCount = (id: string) =>
  defineKpi({
    id,
    inputs: [input('count', 'count')],
    unit: 'count',
    better: 'higher',
    range: NON_NEGATIVE,
    formula: ({ count }) => count,
  });
