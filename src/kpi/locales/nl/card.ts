import type { CardWords } from '../pack.js';
import { nameInSentence } from '../name-in-sentence.js';
import { kpis } from './kpis.js';

/** A KPI's name inside a sentence, lower case where it is a common noun. */
const inSentence = nameInSentence(kpis);

/** "ten opzichte van", "t.o.v.", "vergeleken met" of "vs" aan het begin van een vergelijkingslabel. */
const VERSUS = /^(ten opzichte van|t\.o\.v\.|vergeleken met|vs\.?)\s+/i;

export const card: CardWords = {
  compareLabel: 'ten opzichte van de vorige periode',
  yearLabel: 'ten opzichte van dezelfde periode vorig jaar',
  missing: {
    previous: 'Geen cijfer voor de vorige periode',
    year: 'Geen cijfer voor dezelfde periode vorig jaar',
    target: 'Geen doel ingesteld',
  },
  news: { good: 'beter', bad: 'slechter', neutral: 'gelijk' },
  // Na een vergrotende trap leest "dan" beter: "beter dan de vorige periode", "gelijk aan …".
  note: (news, label) =>
    news === 'neutral'
      ? `gelijk ${label.replace(VERSUS, 'aan ')}`
      : `${card.news[news]} ${label.replace(VERSUS, 'dan ')}`,
  moved: (direction, magnitude) =>
    direction === 'flat' ? 'onveranderd' : `${direction === 'up' ? 'gestegen' : 'gedaald'} met ${magnitude}`,
  target: 'Doel',
  targetMet: (gap, better) => (gap ? `gehaald, ${gap} ${better === 'higher' ? 'erboven' : 'eronder'}` : 'gehaald'),
  targetMissed: (gap, better) => `niet gehaald, ${gap} ${better === 'higher' ? 'te laag' : 'te hoog'}`,
  typical: 'Benchmark:',
  placement: {
    below: 'onder de benchmark',
    within: 'binnen de benchmark',
    above: 'boven de benchmark',
  },
  reference: (note) => `Ter vergelijking: ${note}`,
  about: (label) => `Uitleg over ${inSentence(label)}`,
  typicalNote: (note, range) => `Benchmark: ${range} (${note}).`,
};
