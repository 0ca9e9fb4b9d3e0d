import type { TrendWords } from '../pack.js';
import { inSentence } from './common.js';

/** What the chart shows follows a colon in its sentence: the change as a noun ("Anstieg von … auf …"). */
export const trend: TrendWords = {
  moved: (direction, from, to, change) =>
    direction === 'flat'
      ? `konstant bei ${to}`
      : `${direction === 'up' ? 'Anstieg' : 'Rückgang'} von ${from} auf ${to} (${change})`,
  only: (value) => `nur ein Wert, ${value}`,
  extremes: (high, highAt, low, lowAt) => `Höchstwert ${high} ${highAt}, Tiefstwert ${low} ${lowAt}`,
  gaps: (count, shown) => `${shown} ${count === 1 ? 'Zeitraum' : 'Zeiträume'} ohne Daten`,
  target: 'Ziel',
  targetIs: (value) => `Ziel ${value}`,
  news: { good: 'besser', bad: 'schlechter', neutral: 'unverändert' },
  vsPrevious: (label) => `gegenüber ${inSentence(label)}`,
  noData: 'Keine Daten',
  notComputed: 'Nicht berechnet',
  hint: 'Mit den Pfeiltasten, Pos1 und Ende gehen Sie durch die Zeiträume.',
  table: (count) => `Datentabelle (${count} ${count === '1' ? 'Zeitraum' : 'Zeiträume'})`,
  periodHeader: 'Zeitraum',
  high: 'Höchstwert',
  low: 'Tiefstwert',
  untitled: 'Verlauf',
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  partial: (name, edge) => `${name} (${edge === 'last' ? 'bisher' : 'unvollständig'})`,
  partialNote: (name, edge) => `${name} ${edge === 'last' ? 'ist noch nicht vollständig' : 'ist unvollständig'}`,
  latestOf: (count, shown) => (count === 1 ? 'Ein Wert' : `Letzter von ${shown} Werten`),
  vsValueBefore: 'gegenüber dem Wert davor',
};
