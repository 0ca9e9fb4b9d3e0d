import type { CardWords } from '../pack.js';

export const card: CardWords = {
  compareLabel: 'vs previous period',
  news: { good: 'better', bad: 'worse', neutral: 'no change' },
  moved: (direction, magnitude) =>
    direction === 'flat' ? 'unchanged' : `${direction === 'up' ? 'up' : 'down'} ${magnitude}`,
  target: 'Target',
  targetMet: (gap, better) => (gap ? `met, ${gap} ${better === 'higher' ? 'above' : 'below'}` : 'met'),
  targetMissed: (gap, better) => `missed, ${gap} ${better === 'higher' ? 'short' : 'over'}`,
  typical: 'Typical',
  placement: {
    below: 'below the typical range',
    within: 'within the typical range',
    above: 'above the typical range',
  },
  reference: (note) => `Typical: ${note}`,
  about: (label) => `About ${label}`,
  typicalNote: (note) => `Typical range: ${note}.`,
};
