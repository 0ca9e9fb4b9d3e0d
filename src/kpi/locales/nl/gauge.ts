import type { GaugeWords } from '../pack.js';

export const gauge: GaugeWords = {
  fallbackLabel: 'Voortgang richting doel',
  ofGoal: 'van het doel',
  ofWay: 'van het traject',
  percentOfGoal: (percent) => `${percent} van het doel`,
  wayFrom: (percent, baseline) => `${percent} van het traject vanaf ${baseline}`,
  fromStart: (baseline) => `vanaf de beginstand van ${baseline}`,
  ofGoalOverall: (percent) => `${percent} van het doel in totaal`,
  valueOf: (value, goal) => `${value} van ${goal}`,
  valueBeyond: (value, goal) => `${value} (doel ${goal})`,
  valueAtMost: (value, goal) => `${value}, doel maximaal ${goal}`,
  goalAtMost: (goal) => `doel maximaal ${goal}`,
  toGo: (gap) => `nog ${gap} te gaan`,
  aboveGoal: (gap) => `${gap} boven het doel`,
  met: 'doel gehaald',
  metBeyond: (gap, higher) => `doel gehaald, ${gap} ${higher ? 'erboven' : 'eronder'}`,
  pace: { ahead: 'voor op schema', 'on-track': 'op schema', behind: 'achter op schema' },
  notStarted: 'nog niet begonnen',
  endedMet: 'afgelopen, doel gehaald',
  endedMissed: 'afgelopen, doel niet gehaald',
  dayOf: (day, days) => `dag ${day} van ${days}`,
  expected: (value) => `volgens schema nu ${value}`,
  projected: (value, date) => `prognose ${value} op ${date}`,
  needs: (value, per, down) => {
    const span = { day: 'dag', week: 'week', month: 'maand' }[per];
    return down ? `moet ${value} per ${span} dalen` : `nodig: ${value} per ${span}`;
  },
  starts: (date, days) => `begint op ${date}, over ${days} ${days === 1 ? 'dag' : 'dagen'}`,
  ended: (date) => `eindigde op ${date}`,
  zone: (level) => `zone: ${level}`,
  levels: { bad: 'slecht', warning: 'matig', good: 'goed' },
};
