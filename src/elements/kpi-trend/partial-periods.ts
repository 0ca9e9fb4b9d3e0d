import { packFor, type Lang, type PeriodNames } from '../../kpi/index.js';

/** The ends of a trend that the data covers only in part, as `group-by` reports them. */
export interface PartialEnds {
  /** The data starts after the first period begins. */
  readonly first: boolean;
  /** The data ends before the latest period does: its figures are so far. */
  readonly last: boolean;
}

/** The partial ends handed on beside grouped data (`['first', 'last']`), or none. */
export const readPartialEnds = (value: unknown): PartialEnds | undefined => {
  if (!Array.isArray(value)) return undefined;
  const [first, last] = [value.includes('first'), value.includes('last')];
  return first || last ? { first, last } : undefined;
};

/** Whether a period is a partial end, and which: a single period the data ends within is `last`. */
export const partialEdge = (ends: PartialEnds | undefined, index: number, count: number) =>
  ends?.last && index === count - 1 ? 'last' : ends?.first && index === 0 ? 'first' : undefined;

/** The indices of the partial periods, for the drawing. */
export const partialIndices = (ends: PartialEnds | undefined, count: number): number[] =>
  [0, count - 1].filter((index, i, all) => all.indexOf(index) === i && partialEdge(ends, index, count) !== undefined);

/**
 * The period names with the partial ends marked where a reader sees a period on its own: the
 * table, the headline, the high and low, the focus readout ("Jun 2026 (so far)"). Axis ticks and
 * mentions within the sentence stay as they are; the sentence says it once (`partialNotes`).
 */
export const markPartial = (names: PeriodNames, ends: PartialEnds | undefined, count: number, lang: Lang) => {
  if (!ends) return names;
  const mark =
    (name: (index: number) => string) =>
    (index: number): string => {
      const edge = partialEdge(ends, index, count);
      return edge ? packFor(lang).trend.partial(name(index), edge) : name(index);
    };
  return { ...names, label: mark(names.label), named: mark(names.named) };
};

/** The summary sentence's parts on the partial ends: "Mar 2026 is incomplete", "Jun 2026 is not complete yet". */
export const partialNotes = (names: PeriodNames, ends: PartialEnds | undefined, count: number, lang: Lang) =>
  partialIndices(ends, count).map((index) =>
    packFor(lang).trend.partialNote(names.named(index), partialEdge(ends, index, count) ?? 'last'),
  );
