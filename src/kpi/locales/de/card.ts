import type { CardWords } from '../pack.js';

/** The card's own comparisons, which a note beside the change words as a comparison ("als im …"). */
const AS_IN: Readonly<Record<string, string>> = {
  'gegenüber dem Vorzeitraum': 'als im Vorzeitraum',
  'gegenüber dem Vorjahreszeitraum': 'als im Vorjahreszeitraum',
};

export const card: CardWords = {
  compareLabel: 'gegenüber dem Vorzeitraum',
  yearLabel: 'gegenüber dem Vorjahreszeitraum',
  missing: {
    previous: 'Kein Wert für den Vorzeitraum',
    year: 'Kein Wert für den Vorjahreszeitraum',
    target: 'Kein Ziel festgelegt',
  },
  news: { good: 'besser', bad: 'schlechter', neutral: 'unverändert' },
  // "besser als im Vorzeitraum"; a site's own label stays as written: "besser ggü. Vormonat".
  note: (news, label) => `${card.news[news]} ${(news !== 'neutral' && AS_IN[label]) || label}`,
  moved: (direction, magnitude) =>
    direction === 'flat' ? 'unverändert' : `${direction === 'up' ? 'gestiegen' : 'gesunken'} um ${magnitude}`,
  target: 'Ziel',
  targetMet: (gap, better) => (gap ? `erreicht, ${gap} ${better === 'higher' ? 'darüber' : 'darunter'}` : 'erreicht'),
  targetMissed: (gap, better) => `verfehlt, ${gap} ${better === 'higher' ? 'darunter' : 'darüber'}`,
  typical: 'Üblicher Bereich:',
  placement: {
    below: 'unter dem üblichen Bereich',
    within: 'im üblichen Bereich',
    above: 'über dem üblichen Bereich',
  },
  reference: (note) => `Zum Vergleich: ${note}`,
  about: (label) => `Definition: ${label}`,
  typicalNote: (note, range) => `Üblicher Bereich: ${range} (${note}).`,
};
