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
  /** The details in one or two short lines: where in the period we are, and where it leads. */
  readonly lines: readonly string[];
}

export interface PaceContext {
  readonly pace: Pace;
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
 * The pacing lines. Levels (expected by now, projected) read in the KPI's unit, a percent as a
 * percent; what is still needed is a difference (points for a percent) per day, week or month.
 */
const linesOf = ({ pace, dating, unit, better, format, strings: s }: PaceContext): string[] => {
  const { locale } = format;
  const date = (day: number) => formatIsoDate({ day, precision: 'day', text: '' }, locale);
  if (pace.phase === 'before') return [s.starts(date(dating.period.start), dating.period.start - dating.asOf)];
  if (pace.phase === 'after') return [s.ended(date(dating.period.end))];
  const level = (value: number) => formatEstimate(value, unit, format);
  const need = pace.perDay === null ? undefined : paceNeed(pace.perDay, pace.remaining, unit, format);
  const lines = [
    [s.dayOf(pace.elapsed, pace.days), s.expected(level(pace.expected))],
    [
      pace.projected === null ? '' : s.projected(level(pace.projected), date(dating.period.end)),
      need ? s.needs(formatNeed(need.amount, unit, format), need.per, better === 'lower') : '',
    ],
  ];
  return lines.map((parts) => parts.filter(Boolean).join(' · ')).filter(Boolean);
};

/** The badge and lines for a dated goal, capitalized as they stand alone. */
export const paceModel = (context: PaceContext): PaceModel => {
  const { locale } = context.format;
  const badge = badgeOf(context);
  return {
    badge: { ...badge, text: capitalize(badge.text, locale) },
    state: badge.text,
    lines: linesOf(context).map((line) => capitalize(line, locale)),
  };
};
