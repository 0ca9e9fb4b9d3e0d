import type { CardWords } from '../pack.js';
import { kpis } from './kpis.js';

const NAMES = new Set(Object.values(kpis).map((kpi) => kpi.name));

/**
 * A KPI's name inside a sentence: lower case, as English writes a common noun ("About conversion
 * rate"), unless it starts with an acronym or is a proper name ("LTV:CAC ratio", "Net Promoter
 * Score"). A site's own label stays as written: it may be a brand.
 */
const inSentence = (label: string) =>
  NAMES.has(label) && /^\p{Lu}-?\p{Ll}/u.test(label) && !/\s\p{Lu}/u.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;

export const card: CardWords = {
  compareLabel: 'vs previous period',
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
