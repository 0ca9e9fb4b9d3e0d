import {
  capitalize,
  formatMagnitude,
  formatValue,
  kpiWords,
  measureGoal,
  packFor,
  type Figure,
  type FormatOptions,
  type GoalSetup,
  type Lang,
} from '../../kpi/index.js';
import type { KpiStatus } from '../../shared/events.js';
import { gaugePercent, moneyFormat } from './gauge-format.js';
import { gaugeStatus } from './gauge-status.js';
import { meterModel, type MeterModel } from './meter-model.js';
import { paceModel, type PaceModel } from './pace-model.js';

/** The gauge's shapes; the first is the default. */
export const SHAPES = ['arc', 'ring', 'bar'] as const;
export type Shape = (typeof SHAPES)[number];

export interface GaugeInput {
  readonly figure: Figure;
  readonly setup: GoalSetup;
  readonly shape: Shape;
  readonly lang: Lang;
  readonly format: FormatOptions;
  /** The `label` attribute, if any; else the KPI's name. */
  readonly label?: string;
}

/** Every number and word the gauge shows or announces. */
export interface GaugeModel {
  readonly shape: Shape;
  readonly label: string;
  /** The big number: the headline share, or the value when there is no share. */
  readonly headline: string;
  readonly caption: string;
  /** `19,400 of 20,000`, `23,000 (goal 20,000)` or `€62.50, goal at most €50.00`. */
  readonly valueLine: string;
  /** What is left: `600 to go`, `Goal met, 2,400 over`. */
  readonly remaining: string;
  /**
   * Under a headline counted from a baseline, why it is not the share of the goal, and that share:
   * `From a start of 8,000`, `97% of goal overall`. Two phrases, laid out so a line never starts
   * with their separator.
   */
  readonly secondary?: readonly string[];
  /** The band the progress is in, in words: `Zone: good`. */
  readonly zone?: string;
  /** A dated goal's badge and pacing lines. */
  readonly pace?: PaceModel;
  /** The meter's aria-valuetext: everything above in one sentence. */
  readonly valueText: string;
  readonly meter: MeterModel;
  /** For kpi-change: the figure, as a number and as shown, and whether it is good news. */
  readonly value: number;
  readonly text: string;
  readonly status: KpiStatus;
}

/**
 * The gauge's numbers and words, in the element's language and locale. A value, the goal and the
 * baseline are levels, in the KPI's unit (`2.5%`); what is left or beyond is a difference (`0.5 pp`).
 * The headline is the share the drawing fills: of the way from the baseline when there is one (the
 * progress made since the start), else of the goal; under a ceiling (lower is better, no
 * baseline), the value itself. With a baseline the share of the goal is said under it, explained,
 * never as a second headline. Shares are whole percents, with a decimal only
 * where a whole would read 100 % short of the goal.
 */
export const gaugeModel = ({ figure, setup, shape, lang, format: page, label }: GaugeInput): GaugeModel => {
  const s = packFor(lang).gauge;
  const { value, unit, better } = figure;
  const format = moneyFormat(page, unit, setup.goal);
  const measure = measureGoal(value, better, setup);
  const status = gaugeStatus(measure, better);
  const { progress, ofGoal, ofWay, met, gap } = measure;
  const level = (x: number) => formatValue(x, unit, format);
  const difference = (x: number) => formatMagnitude(x, unit, format);
  const percent = (share: number) => gaugePercent(share, format);
  const upper = (text: string) => capitalize(text, format.locale);
  const higher = better === 'higher';
  const name = label?.trim() || (figure.kpi && kpiWords(figure.kpi, lang).name) || s.fallbackLabel;
  const baseline = setup.baseline === undefined ? undefined : level(setup.baseline);
  const fromBaseline = baseline !== undefined && ofWay !== null;
  // A ceiling (a CPA of at most €50): "80% of goal" for €62.50 would say little, and read as
  // progress. Its value is the headline, the ceiling under it, what is above it after that.
  const ceiling = !higher && !fromBaseline && progress !== null;
  // Past its goal a value is not "of" it: "230 (goal 200)", not "230 of 200".
  const spokenLine = (higher ? (value > setup.goal ? s.valueBeyond : s.valueOf) : s.valueAtMost)(
    level(value),
    level(setup.goal),
  );
  const valueLine = ceiling ? upper(s.goalAtMost(level(setup.goal))) : spokenLine;
  const remaining = met
    ? gap > 0
      ? s.metBeyond(difference(gap), higher)
      : s.met
    : (higher ? s.toGo : s.aboveGoal)(difference(gap));
  const overall = fromBaseline && ofGoal !== null ? s.ofGoalOverall(percent(ofGoal)) : undefined;
  const headlineShare =
    progress === null || ceiling
      ? undefined
      : fromBaseline
        ? s.wayFrom(percent(progress), baseline)
        : s.percentOfGoal(percent(progress));
  const { dating } = setup;
  const paced =
    measure.pace &&
    dating &&
    paceModel({ pace: measure.pace, goal: setup.goal, dating, met, unit, better, format, strings: s });
  const meter = meterModel(value, better, setup, { ...measure, status });
  const zone = meter.band && s.zone(s.levels[meter.band]);
  const state = paced ? paced.state : met ? s.met : undefined;
  return {
    shape,
    label: name,
    headline: progress === null || ceiling ? level(value) : percent(progress),
    caption: progress === null || ceiling ? '' : fromBaseline ? s.ofWay : s.ofGoal,
    valueLine,
    remaining: upper(remaining),
    ...(fromBaseline ? { secondary: [upper(s.fromStart(baseline)), ...(overall ? [overall] : [])] } : {}),
    ...(zone ? { zone: upper(zone) } : {}),
    ...(paced ? { pace: paced } : {}),
    valueText: [`${name}${packFor(lang).common.colon}${spokenLine}`, headlineShare, overall, state, zone]
      .filter(Boolean)
      .join(', '),
    meter,
    value,
    text: level(value),
    status,
  };
};
