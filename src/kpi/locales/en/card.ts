import type { CardWords } from '../pack.js';
import { nameInSentence } from '../name-in-sentence.js';
import { kpis } from './kpis.js';

/** A KPI's name inside a sentence, lower case where it is a common noun. */
const inSentence = nameInSentence(kpis);

export const card: CardWords = {
  compareLabel: 'vs previous period',
  yearLabel: 'vs same period last year',
  missing: {
    previous: 'No figure for the previous period',
    year: 'No figure for the same period last year',
    target: 'No target set',
  },
  news: { good: 'better', bad: 'worse', neutral: 'no change' },
  note: (news, label) => `${card.news[news]} ${label}`,
  moved: (direction, magnitude) =>
    direction === 'flat' ? 'unchanged' : `${direction === 'up' ? 'up' : 'down'} ${magnitude}`,
  target: 'Target',
  targetMet: (gap, better) => (gap ? `met, ${gap} ${better === 'higher' ? 'above' : 'below'}` : 'met'),
  targetMissed: (gap, better) => `missed, ${gap} ${better === 'higher' ? 'short' : 'over'}`,
  typical: 'Typical:',
  placement: {
    below: 'below the typical range',
    within: 'within the typical range',
    above: 'above the typical range',
  },
  reference: (note) => `For reference: ${note}`,
  about: (label) => `About ${inSentence(label)}`,
  typicalNote: (note, range) => `Typical range: ${range} (${note}).`,
};
