import type { FunnelWords } from '../pack.js';
import { COLON, SEMICOLON } from './typography.js';

/** "De Visiteurs", "D’Inscriptions": the first stage's name after "de", which opens the summary. */
const from = (stage: string) => (/^[aeiouyàâäéèêëîïôöùûüæœ]/i.test(stage) ? `D’${stage}` : `De ${stage}`);

export const funnel: FunnelWords = {
  title: 'Entonnoir de conversion',
  overall: 'de conversion globale',
  stage: 'Étape',
  count: 'Nombre',
  step: 'Taux de passage',
  fromFirst: 'Depuis la première étape',
  lost: 'Abandons',
  change: 'Évolution du taux de passage',
  biggestLoss: 'Plus fort abandon',
  grew: 'Supérieur à l’étape précédente',
  logScale: 'Tracé à l’échelle logarithmique pour que les petites étapes restent visibles.',
  firstStage: 'sans objet, première étape',
  noComparison: 'pas de comparaison',
  news: { good: 'en amélioration', bad: 'en dégradation', neutral: 'stable' },
  vsPrevious: 'par rapport à la période précédente',
  more: (count) => `${count} de plus`,
  isZero: (stage) => `non calculable, ${stage} vaut 0`,
  summary: (first, last, overall) => `${from(first)} à ${last}${COLON}${overall} de conversion globale`,
  summaryUndefined: (first, last, zero) =>
    `${from(first)} à ${last}${COLON}conversion globale non calculable, ${zero} vaut 0`,
  summaryChange: (change, news) => ` (${change} par rapport à la période précédente, ${news})`,
  summaryLoss: (before, after, share) => `${SEMICOLON}plus fort abandon entre ${before} et ${after}${COLON}${share}`,
  summaryGrew: (stage, before) => `${SEMICOLON}${stage} dépasse ${before}, vérifiez le suivi des conversions`,
  summaryNoLoss: `${SEMICOLON}aucun abandon d’une étape à l’autre`,
};
