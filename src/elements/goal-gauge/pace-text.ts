import { formatIsoDate, type Better } from '../../kpi/index.js';
import type { Pace } from '../../kpi/pacing.js';
import type { GoalStrings } from './goal-gauge.strings.js';
import type { Dating } from './goal-dating.js';
import type { Level } from './goal-view.js';

/** The pacing status as a badge: words first, an icon, and a tone that is never the only cue. */
export interface Badge {
  readonly text: string;
  readonly icon: string;
  readonly tone: Level;
}

/** The badge for a pace: during the period its status, before it not started, after it met or missed. */
export const badgeOf = (paced: Pace, met: boolean, s: GoalStrings): Badge => {
  if (paced.phase === 'before') return { text: s.notStarted, icon: '◷', tone: 'neutral' };
  if (paced.phase === 'after')
    return met ? { text: s.endedMet, icon: '✓', tone: 'good' } : { text: s.endedMissed, icon: '✗', tone: 'bad' };
  const status = paced.status ?? 'on-track';
  const icon = { ahead: '▲', 'on-track': '✓', behind: '▼' }[status];
  return { text: s.pace[status], icon, tone: status === 'behind' && !met ? 'bad' : 'good' };
};

/** The pacing details in two short lines: where in the period we are, and where it leads. */
export const paceLinesOf = (
  paced: Pace,
  dating: Dating,
  s: GoalStrings,
  estimate: (value: number, perDay?: boolean) => string,
  better: Better,
  locale: string,
) => {
  const date = (day: number) => formatIsoDate({ day, precision: 'day', text: '' }, locale);
  if (paced.phase === 'before') return [s.starts(date(dating.period.start), dating.period.start - dating.asOf)];
  if (paced.phase === 'after') return [s.ended(date(dating.period.end))];
  const lines = [
    [s.dayOf(paced.elapsed, paced.days), s.expected(estimate(paced.expected))],
    [
      paced.projected === null ? '' : s.projected(estimate(paced.projected), date(dating.period.end)),
      paced.perDay === null ? '' : (better === 'higher' ? s.perDay : s.perDayDown)(estimate(paced.perDay, true)),
    ],
  ];
  return lines.map((parts) => parts.filter(Boolean).join(' · ')).filter(Boolean);
};
