import type { FunnelWords } from '../pack.js';

/** Stage names are the page's own words: quoted where a sentence treats one as a name. */
export const funnel: FunnelWords = {
  title: 'Conversion-Funnel',
  overall: 'Gesamt-Conversion-Rate',
  stage: 'Stufe',
  count: 'Anzahl',
  step: 'Übergangsrate',
  fromFirst: 'Ab erster Stufe',
  lost: 'Abbrüche',
  change: 'Veränderung zum Vorzeitraum',
  biggestLoss: 'Größter Abbruch',
  grew: 'Größer als die Stufe davor',
  logScale: 'Logarithmisch gezeichnet, damit kleine Stufen sichtbar bleiben.',
  firstStage: 'entfällt, erste Stufe',
  noComparison: 'kein Vergleich',
  news: { good: 'besser', bad: 'schlechter', neutral: 'unverändert' },
  vsPrevious: 'gegenüber dem Vorzeitraum',
  more: (count) => `${count} mehr`,
  isZero: (stage) => `entfällt, „${stage}“ ist 0`,
  summary: (first, last, overall) => `${first} bis ${last}: ${overall} insgesamt`,
  summaryUndefined: (first, last, zero) => `${first} bis ${last}: keine Gesamt-Conversion-Rate, „${zero}“ ist 0`,
  summaryChange: (change, news) => ` (${change} gegenüber dem Vorzeitraum, ${news})`,
  summaryLoss: (from, to, share) => `; größter Abbruch ${from} → ${to} mit ${share}`,
  summaryGrew: (stage, before) => `; „${stage}“ ist größer als „${before}“, bitte das Tracking prüfen`,
  summaryNoLoss: '; kein Abbruch zwischen den Stufen',
};
