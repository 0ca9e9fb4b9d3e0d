import type { Lang, NeedSpan, PaceStatus } from '../../kpi/index.js';
import type { Level } from './meter-model.js';

/** The element's own words, in every language the kit speaks. Numbers come in already formatted. */
export interface GoalStrings {
  readonly fallbackLabel: string;
  readonly ofGoal: string;
  readonly ofWay: string;
  readonly percentOfGoal: (percent: string) => string;
  readonly wayFrom: (percent: string, baseline: string) => string;
  readonly valueOf: (value: string, goal: string) => string;
  readonly valueAtMost: (value: string, goal: string) => string;
  readonly toGo: (gap: string) => string;
  readonly aboveGoal: (gap: string) => string;
  readonly met: string;
  readonly metBeyond: (gap: string, higher: boolean) => string;
  readonly pace: Record<PaceStatus, string>;
  readonly notStarted: string;
  readonly endedMet: string;
  readonly endedMissed: string;
  readonly dayOf: (day: number, days: number) => string;
  readonly expected: (value: string) => string;
  readonly projected: (value: string, date: string) => string;
  /** What a goal still needs per day, week or month (`paceNeed`); `down` for a lower-is-better goal. */
  readonly needs: (value: string, per: NeedSpan, down: boolean) => string;
  readonly starts: (date: string, days: number) => string;
  readonly ended: (date: string) => string;
  readonly zone: (level: string) => string;
  readonly levels: Record<Exclude<Level, 'neutral'>, string>;
}

export const STRINGS: Record<Lang, GoalStrings> = {
  en: {
    fallbackLabel: 'Progress to goal',
    ofGoal: 'of goal',
    ofWay: 'of the way',
    percentOfGoal: (percent) => `${percent} of goal`,
    wayFrom: (percent, baseline) => `${percent} of the way from ${baseline}`,
    valueOf: (value, goal) => `${value} of ${goal}`,
    valueAtMost: (value, goal) => `${value}, goal at most ${goal}`,
    toGo: (gap) => `${gap} to go`,
    aboveGoal: (gap) => `${gap} above the goal`,
    met: 'goal met',
    metBeyond: (gap, higher) => `goal met, ${gap} ${higher ? 'over' : 'under'}`,
    pace: { ahead: 'ahead of pace', 'on-track': 'on track', behind: 'behind pace' },
    notStarted: 'not started yet',
    endedMet: 'ended, goal met',
    endedMissed: 'ended, goal missed',
    dayOf: (day, days) => `day ${day} of ${days}`,
    expected: (value) => `expected ${value} by now`,
    projected: (value, date) => `projected ${value} by ${date}`,
    needs: (value, per, down) => `needs ${down ? 'to fall ' : ''}${value} a ${per}`,
    starts: (date, days) => `starts ${date}, in ${days} ${days === 1 ? 'day' : 'days'}`,
    ended: (date) => `ended ${date}`,
    zone: (level) => `zone: ${level}`,
    levels: { bad: 'poor', warning: 'warning', good: 'good' },
  },
  nl: {
    fallbackLabel: 'Voortgang naar doel',
    ofGoal: 'van het doel',
    ofWay: 'van het traject',
    percentOfGoal: (percent) => `${percent} van het doel`,
    wayFrom: (percent, baseline) => `${percent} van het traject vanaf ${baseline}`,
    valueOf: (value, goal) => `${value} van ${goal}`,
    valueAtMost: (value, goal) => `${value}, doel hoogstens ${goal}`,
    toGo: (gap) => `nog ${gap} te gaan`,
    aboveGoal: (gap) => `${gap} boven het doel`,
    met: 'doel gehaald',
    metBeyond: (gap, higher) => `doel gehaald, ${gap} ${higher ? 'erboven' : 'eronder'}`,
    pace: { ahead: 'voor op schema', 'on-track': 'op schema', behind: 'achter op schema' },
    notStarted: 'nog niet begonnen',
    endedMet: 'afgelopen, doel gehaald',
    endedMissed: 'afgelopen, doel niet gehaald',
    dayOf: (day, days) => `dag ${day} van ${days}`,
    expected: (value) => `nu ${value} verwacht`,
    projected: (value, date) => `prognose ${value} op ${date}`,
    needs: (value, per, down) => {
      const span = { day: 'dag', week: 'week', month: 'maand' }[per];
      return down ? `moet ${value} per ${span} dalen` : `nodig: ${value} per ${span}`;
    },
    starts: (date, days) => `begint ${date}, over ${days} ${days === 1 ? 'dag' : 'dagen'}`,
    ended: (date) => `afgelopen op ${date}`,
    zone: (level) => `zone: ${level}`,
    levels: { bad: 'slecht', warning: 'waarschuwing', good: 'goed' },
  },
};
