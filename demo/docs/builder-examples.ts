/**
 * Figures the KPI builder starts a KPI with, so its preview shows a real widget at once: the
 * catalog's examples (`catalog-examples.ts`), spread over six periods for a trend, and a goal
 * above (or, for lower-is-better KPIs, below) the example's value for a gauge. Pure.
 */
import { computeKpi, type KpiDefinition } from '../../src/kpi/index.js';
import type { EarlierBaseline } from './builder-spec.js';
import { exampleInputs } from './catalog-examples.js';

/** How six periods vary around the example: a rise with a dip, ending on the example itself. */
const SHAPE = [0.78, 0.84, 0.81, 0.9, 0.95, 1];

/** A series for one input: whole numbers stay whole; rates and percentages stay as written. */
const seriesOf = (raw: string, kind: string): string => {
  if (/%/.test(raw) || raw.includes(',') || kind === 'rate' || kind === 'answer' || kind === 'percent') {
    return SHAPE.map(() => raw).join(',');
  }
  const value = Number(raw);
  return SHAPE.map((share) => (kind === 'count' ? Math.round(value * share) : +(value * share).toFixed(2))).join(',');
};

/** The example inputs of a KPI, each as a series of six periods. */
export const exampleSeries = (kpi: KpiDefinition): Readonly<Record<string, string>> =>
  Object.fromEntries(
    Object.entries(exampleInputs(kpi)).map(([name, raw]) => [
      name,
      seriesOf(raw, kpi.inputs.find((input) => input.name === name)?.kind ?? 'number'),
    ]),
  );

/**
 * The example inputs of an earlier period: the first one as its series has it (the period before
 * the last for the previous period, the first a year earlier), the others as now, so a KPI that is
 * a ratio of its inputs changes too. A list stays as it is.
 */
export const exampleEarlier = (kpi: KpiDefinition, baseline: EarlierBaseline): Readonly<Record<string, string>> => {
  const period = baseline === 'year' ? 0 : SHAPE.length - 2;
  const inputs = exampleInputs(kpi);
  const [moved = ''] = Object.keys(inputs);
  const series = exampleSeries(kpi)[moved];
  const earlier = inputs[moved]?.includes(',') ? undefined : series?.split(',')[period];
  return { ...inputs, ...(earlier === undefined ? {} : { [moved]: earlier }) };
};

/** A round number with two significant digits. */
const round = (value: number) => Number(value.toPrecision(2));

/** A goal for the example's value: a quarter beyond it, in the better direction, as attribute text. */
export const exampleGoal = (kpi: KpiDefinition): string => {
  const result = computeKpi(kpi, exampleInputs(kpi));
  if (!result.ok || result.value <= 0) return '';
  const goal = round(result.value * (kpi.better === 'higher' ? 1.25 : 0.8));
  return kpi.unit === 'percent' ? `${round(goal * 100)}%` : String(goal);
};

/** The example's inputs for a card or gauge, and series for a trend. */
export { exampleInputs };
