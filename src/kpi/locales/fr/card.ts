import type { CardWords } from '../pack.js';
import { kpis } from './kpis.js';
import { COLON } from './typography.js';

const NAMES = new Set(Object.values(kpis).map((kpi) => kpi.name));

/**
 * A KPI's name after a colon: lower case, as French writes a common noun ("Définition : taux de
 * conversion"), unless it starts with an acronym or a proper name ("Net Promoter Score (NPS)").
 * A site's own label stays as written: it may be a brand.
 */
const inSentence = (label: string) =>
  NAMES.has(label) && /^\p{Lu}\p{Ll}/u.test(label) && !/^Net Promoter/u.test(label)
    ? label.charAt(0).toLocaleLowerCase('fr') + label.slice(1)
    : label;

const news = { good: 'en amélioration', bad: 'en dégradation', neutral: 'stable' } as const;

export const card: CardWords = {
  compareLabel: 'par rapport à la période précédente',
  yearLabel: 'par rapport à la même période l’an dernier',
  missing: {
    previous: 'Aucune valeur pour la période précédente',
    year: 'Aucune valeur pour la même période l’an dernier',
    target: 'Aucun objectif défini',
  },
  news,
  note: (verdict, label) => `${news[verdict]} ${label}`,
  moved: (direction, magnitude) =>
    direction === 'flat' ? 'stable' : `${direction === 'up' ? 'en hausse' : 'en baisse'} de ${magnitude}`,
  target: 'Objectif',
  targetMet: (gap, better) => (gap ? `atteint, ${gap} ${better === 'higher' ? 'au-dessus' : 'en dessous'}` : 'atteint'),
  targetMissed: (gap, better) =>
    better === 'higher' ? `non atteint, il manque ${gap}` : `non atteint, ${gap} de trop`,
  typical: `Fourchette habituelle${COLON.trimEnd()}`,
  placement: {
    below: 'sous la fourchette habituelle',
    within: 'dans la fourchette habituelle',
    above: 'au-dessus de la fourchette habituelle',
  },
  reference: (note) => `À titre indicatif${COLON}${note}`,
  about: (label) => `Définition${COLON}${inSentence(label)}`,
  typicalNote: (note, range) => `Fourchette habituelle${COLON}${range} (${note}).`,
};
