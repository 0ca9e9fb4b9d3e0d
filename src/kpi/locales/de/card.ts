import type { CardWords } from '../pack.js';

/** The card's own comparison, which a note beside the change can word as a comparison ("als"). */
const PREVIOUS = 'gegenüber dem Vorzeitraum';

export const card: CardWords = {
  compareLabel: PREVIOUS,
  news: { good: 'besser', bad: 'schlechter', neutral: 'unverändert' },
  // "besser als im Vorzeitraum"; a site's own label stays as written: "besser ggü. Vormonat".
  note: (news, label) =>
    label === PREVIOUS && news !== 'neutral' ? `${card.news[news]} als im Vorzeitraum` : `${card.news[news]} ${label}`,
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
