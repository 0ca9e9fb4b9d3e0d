import type { GaugeWords } from '../pack.js';
import { COLON, firstOfMonth } from './typography.js';

const SPANS = { day: 'jour', week: 'semaine', month: 'mois' } as const;

export const gauge: GaugeWords = {
  fallbackLabel: 'Progression vers l’objectif',
  ofGoal: 'de l’objectif',
  ofWay: 'du chemin',
  percentOfGoal: (percent) => `${percent} de l’objectif`,
  wayFrom: (percent, baseline) => `${percent} du chemin depuis ${baseline}`,
  fromStart: (baseline) => `en partant de ${baseline}`,
  ofGoalOverall: (percent) => `${percent} de l’objectif au total`,
  valueOf: (value, goal) => `${value} sur ${goal}`,
  valueBeyond: (value, goal) => `${value} (objectif${COLON}${goal})`,
  valueAtMost: (value, goal) => `${value} pour un objectif maximal de ${goal}`,
  goalAtMost: (goal) => `objectif maximal de ${goal}`,
  toGo: (gap) => `il reste ${gap}`,
  aboveGoal: (gap) => `${gap} au-dessus de l’objectif`,
  met: 'objectif atteint',
  metBeyond: (gap, higher) => (higher ? `objectif dépassé de ${gap}` : `objectif atteint, ${gap} en dessous`),
  pace: { ahead: 'en avance', 'on-track': 'dans les temps', behind: 'en retard' },
  notStarted: 'à venir',
  endedMet: 'terminé, objectif atteint',
  endedMissed: 'terminé, objectif non atteint',
  dayOf: (day, days) => `jour ${day} sur ${days}`,
  expected: (value) => `attendu à ce jour${COLON}${value}`,
  projected: (value, date) => `projection${COLON}${value} au ${firstOfMonth(date)}`,
  needs: (value, per, down) =>
    down ? `il faut baisser de ${value} par ${SPANS[per]}` : `il faut ${value} de plus par ${SPANS[per]}`,
  starts: (date, days) => `début le ${firstOfMonth(date)}, dans ${days} ${days < 2 ? 'jour' : 'jours'}`,
  ended: (date) => `terminé le ${firstOfMonth(date)}`,
  zone: (level) => `zone${COLON}${level}`,
  levels: { bad: 'faible', warning: 'à surveiller', good: 'bonne' },
};
