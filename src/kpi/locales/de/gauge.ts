import type { GaugeWords } from '../pack.js';

/** The pacing lines speak as German plans do: the planned level so far ("Soll-Stand") and a forecast. */
export const gauge: GaugeWords = {
  fallbackLabel: 'Fortschritt zum Ziel',
  ofGoal: 'des Ziels',
  ofWay: 'des Wegs',
  percentOfGoal: (percent) => `${percent} des Ziels`,
  wayFrom: (percent, baseline) => `${percent} des Wegs ab ${baseline}`,
  fromStart: (baseline) => `ab dem Ausgangswert ${baseline}`,
  ofGoalOverall: (percent) => `insgesamt ${percent} des Ziels`,
  valueOf: (value, goal) => `${value} von ${goal}`,
  valueBeyond: (value, goal) => `${value} (Ziel ${goal})`,
  valueAtMost: (value, goal) => `${value}, Ziel höchstens ${goal}`,
  goalAtMost: (goal) => `Ziel höchstens ${goal}`,
  toGo: (gap) => `noch ${gap} bis zum Ziel`,
  aboveGoal: (gap) => `${gap} über dem Ziel`,
  met: 'Ziel erreicht',
  metBeyond: (gap, higher) => `Ziel erreicht, ${gap} ${higher ? 'darüber' : 'darunter'}`,
  pace: { ahead: 'vor dem Zeitplan', 'on-track': 'im Zeitplan', behind: 'hinter dem Zeitplan' },
  notStarted: 'noch nicht begonnen',
  endedMet: 'abgeschlossen, Ziel erreicht',
  endedMissed: 'abgeschlossen, Ziel verfehlt',
  dayOf: (day, days) => `Tag ${day} von ${days}`,
  expected: (value) => `Soll-Stand ${value}`,
  projected: (value, date) => `Prognose ${value} zum ${date}`,
  needs: (value, per, down) => {
    const span = { day: 'Tag', week: 'Woche', month: 'Monat' }[per];
    return down ? `muss noch um ${value} pro ${span} sinken` : `noch ${value} pro ${span} nötig`;
  },
  starts: (date, days) => `beginnt am ${date} (${days === 1 ? 'morgen' : `in ${days} Tagen`})`,
  ended: (date) => `endete am ${date}`,
  zone: (level) => `Zone: ${level}`,
  levels: { bad: 'schwach', warning: 'mittel', good: 'gut' },
};
