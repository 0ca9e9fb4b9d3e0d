import {
  capitalize,
  formatEstimate,
  formatIsoDate,
  formatNeed,
  paceNeed,
  type Better,
  type Dating,
  type FormatOptions,
  type GaugeWords,
  type Pace,
  type Unit,
} from '../../kpi/index.js';
import type { Level } from './meter-model.js';

/** The pacing status as a badge: words first, an icon, and a tone that is never the only cue. */
export interface Badge {
  readonly text: string;
  readonly icon: string;
  readonly tone: Level;
}

/** What the gauge says about a dated goal's pace. */
export interface PaceModel {
  readonly badge: Badge;
  /** The badge's words within a sentence, as the meter's value text ends: `on track`. */
  readonly state: string;
  /** Where in the period we are, `Day 41 of 90`, shown beside the badge; absent outside the period. */
  readonly day?: string;
  /**
   * The details, one short fact a line, no separators to strand: the level expected by now and the
   * projection, and, only when the projection falls short of the goal, what it still needs (when
   * the pace so far reaches the goal, the need would only repeat it). Before or after the period,
   * one line with its date.
   */
  readonly lines: readonly string[];
}

export interface PaceContext {
  readonly pace: Pace;
  readonly goal: number;
  readonly dating: Dating;
  readonly met: boolean;
  readonly unit: Unit;
  readonly better: Better;
  readonly format: FormatOptions;
  readonly strings: GaugeWords;
}

/** The badge for a pace: during the period its status, before it not started, after it met or missed. */
const badgeOf = ({ pace, met, strings: s }: PaceContext): Badge => {
  if (pace.phase === 'before') return { text: s.notStarted, icon: '◷', tone: 'neutral' };
  if (pace.phase === 'after')
    return met ? { text: s.endedMet, icon: '✓', tone: 'good' } : { text: s.endedMissed, icon: '✗', tone: 'bad' };
  const status = pace.status ?? 'on-track';
  const icon = { ahead: '▲', 'on-track': '✓', behind: '▼' }[status];
  return { text: s.pace[status], icon, tone: status === 'behind' && !met ? 'bad' : 'good' };
};

/**
 * The pacing facts. Levels (expected by now, projected) read in the KPI's unit, a percent as a
 * percent; what is still needed is a difference (points for a percent) per day, week or month.
 */
const linesOf = ({ pace, goal, dating, unit, better, format, strings: s }: PaceContext): string[] => {
  const { locale } = format;
  const date = (day: number) => formatIsoDate({ day, precision: 'day', text: '' }, locale);
  if (pace.phase === 'before') return [s.starts(date(dating.period.start), dating.period.start - dating.asOf)];
  if (pace.phase === 'after') return [s.ended(date(dating.period.end))];
  const level = (value: number) => formatEstimate(value, unit, format);
  const { projected, perDay } = pace;
  const short = projected !== null && (better === 'higher' ? projected < goal : projected > goal);
  const need = short && perDay !== null ? paceNeed(perDay, pace.remaining, unit, format) : undefined;
  return [
    s.expected(level(pace.expected)),
    projected === null ? '' : s.projected(level(projected), date(dating.period.end)),
    need ? s.needs(formatNeed(need.amount, unit, format), need.per, better === 'lower') : '',
  ].filter(Boolean);
};

/** The badge and lines for a dated goal, capitalized as they stand alone. */
export const paceModel = (context: PaceContext): PaceModel => {
  const { locale } = context.format;
  const badge = badgeOf(context);
  return {
    badge: { ...badge, text: capitalize(badge.text, locale) },
    state: badge.text,
    ...(context.pace.phase === 'during'
      ? { day: capitalize(context.strings.dayOf(context.pace.elapsed, context.pace.days), locale) }
      : {}),
    lines: linesOf(context).map((line) => capitalize(line, locale)),
  };
};
