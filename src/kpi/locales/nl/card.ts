import type { CardWords } from '../pack.js';

export const card: CardWords = {
  compareLabel: 't.o.v. vorige periode',
  news: { good: 'beter', bad: 'slechter', neutral: 'gelijk' },
  moved: (direction, magnitude) =>
    direction === 'flat' ? 'onveranderd' : `${direction === 'up' ? 'gestegen' : 'gedaald'} met ${magnitude}`,
  target: 'Doel',
  targetMet: (gap, better) => (gap ? `gehaald, ${gap} ${better === 'higher' ? 'erboven' : 'eronder'}` : 'gehaald'),
  targetMissed: (gap, better) => `niet gehaald, ${gap} ${better === 'higher' ? 'te laag' : 'te hoog'}`,
  typical: 'Gebruikelijk',
  placement: {
    below: 'onder de gebruikelijke bandbreedte',
    within: 'binnen de gebruikelijke bandbreedte',
    above: 'boven de gebruikelijke bandbreedte',
  },
  reference: (note) => `Gebruikelijk: ${note}`,
  about: (label) => `Over ${label}`,
  typicalNote: (note) => `Gebruikelijke bandbreedte: ${note}.`,
};
