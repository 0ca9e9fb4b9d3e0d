import type { Direction, Lang, News, Placement } from '../../kpi/index.js';

/** The card's own words, in every language the kit speaks. */
export interface CardStrings {
  readonly compareLabel: string;
  readonly news: Record<News, string>;
  /** "up 1 percentage point", in the sentence read to screen readers. */
  readonly moved: (direction: Direction, magnitude: string) => string;
  readonly target: string;
  readonly targetMet: (gap: string | null, better: 'higher' | 'lower') => string;
  readonly targetMissed: (gap: string, better: 'higher' | 'lower') => string;
  readonly typical: string;
  readonly placement: Record<Placement, string>;
  /** A benchmark with no range, only a figure to go by: "Typical: position 1 about 31.7 %". */
  readonly reference: (note: string) => string;
  readonly about: (label: string) => string;
  readonly typicalNote: (note: string) => string;
}

export const CARD_STRINGS: Record<Lang, CardStrings> = {
  en: {
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
  },
  nl: {
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
  },
};
