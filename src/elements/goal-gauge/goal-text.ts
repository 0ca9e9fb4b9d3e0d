import { formatNumber, formatValue, type FormatOptions, type Lang, type Unit } from '../../kpi/index.js';
import type { Figure } from '../../kpi/index.js';
import { capitalize, STRINGS } from './goal-gauge.strings.js';
import type { GoalSetup } from './goal-setup.js';
import { badgeOf, paceLinesOf, type Badge } from './pace-text.js';
import type { GoalView } from './goal-view.js';

/** Every text the gauge shows or announces. */
export interface GoalTexts {
  readonly label: string;
  /** The big number: the headline share, or the value when there is no share. */
  readonly headline: string;
  readonly caption: string;
  /** `19,400 of 20,000` or `€62.50, goal at most €50.00`. */
  readonly valueLine: string;
  /** What is left: `600 to go`, `goal met, 2,400 over`. */
  readonly remaining: string;
  /** The share of the goal when the headline is the share of the way. */
  readonly secondary?: string;
  readonly badge?: Badge;
  /** Pacing details, one or two lines. */
  readonly paceLines?: readonly string[];
  readonly zone?: string;
  /** The meter's aria-valuetext: everything above in one sentence. */
  readonly valueText: string;
  /** The formatted figure, for kpi-change. */
  readonly figure: string;
}

export interface TextContext {
  readonly figure: Figure;
  readonly setup: GoalSetup;
  readonly view: GoalView;
  readonly lang: Lang;
  readonly format: FormatOptions;
  /** The `label` attribute, if any; else the KPI's name. */
  readonly label?: string;
}

/** Builds the gauge's words from its numbers, in the element's language and locale. */
export const goalTexts = ({ figure, setup, view, lang, format, label }: TextContext): GoalTexts => {
  const s = STRINGS[lang];
  const { unit, better } = figure;
  const value = (x: number) => formatValue(x, unit, format);
  // Differences of a ratio are plain numbers; of a percent, percentage points.
  const amount = (x: number): string =>
    unit === 'percent'
      ? `${formatNumber(x * 100, format)} pp`
      : formatValue(x, unit === 'ratio' ? 'number' : unit, format);
  // Estimates are rough: no cents on large amounts; only a count per day may be fractional.
  const estimate = (x: number, perDay = false): string => {
    if (unit === 'percent') return amount(x);
    const shown: Unit = unit === 'ratio' || (perDay && unit === 'count') ? 'number' : unit;
    const whole = unit === 'currency' && format.decimals === undefined && Math.abs(x) >= 100;
    return formatValue(x, shown, whole ? { ...format, decimals: 0 } : format);
  };
  const percent = (share: number) => formatValue(share, 'percent', { locale: format.locale });
  const name = label?.trim() || figure.kpi?.name[lang] || s.fallbackLabel;
  const { progress, ofGoal, ofWay, met, gap, pace: paced, band } = view;
  const valueLine = (better === 'higher' ? s.valueOf : s.valueAtMost)(value(figure.value), value(setup.goal));
  const remaining = met
    ? gap > 0
      ? s.metBeyond(amount(gap), better === 'higher')
      : s.met
    : (better === 'higher' ? s.toGo : s.aboveGoal)(amount(gap));
  const goalShare = ofGoal === null ? undefined : s.percentOfGoal(percent(ofGoal));
  const baseline = setup.baseline === undefined ? undefined : value(setup.baseline);
  const way = baseline !== undefined && ofWay !== null ? s.wayFrom(percent(ofWay), baseline) : undefined;
  const badge = paced && badgeOf(paced, met, s);
  const zone = band && band !== 'neutral' ? s.zone(s.levels[band]) : undefined;
  const state = badge?.text ?? (met ? s.met : undefined);
  return {
    label: name,
    headline: progress === null ? value(figure.value) : percent(progress),
    caption: progress === null ? '' : baseline === undefined ? s.ofGoal : `${s.ofWay}`,
    valueLine,
    remaining: capitalize(remaining),
    ...(way && goalShare ? { secondary: capitalize(`${goalShare} · ${way}`) } : {}),
    ...(badge ? { badge: { ...badge, text: capitalize(badge.text) } } : {}),
    ...(paced && setup.dating
      ? { paceLines: paceLinesOf(paced, setup.dating, s, estimate, better, format.locale).map(capitalize) }
      : {}),
    ...(zone ? { zone: capitalize(zone) } : {}),
    valueText: [`${name}: ${valueLine}`, goalShare, way, state, zone].filter(Boolean).join(', '),
    figure: value(figure.value),
  };
};
