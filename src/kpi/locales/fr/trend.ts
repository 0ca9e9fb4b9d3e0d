import type { TrendWords } from '../pack.js';
import { periodName } from './common.js';

export const trend: TrendWords = {
  moved: (direction, from, to, change) =>
    direction === 'flat'
      ? `stable à ${to}`
      : `${direction === 'up' ? 'en hausse' : 'en baisse'}, de ${from} à ${to} (${change})`,
  only: (value) => `une seule valeur, ${value}`,
  extremes: (high, highAt, low, lowAt) => `maximum ${high} ${highAt}, minimum ${low} ${lowAt}`,
  gaps: (count, shown) => `${shown} ${count < 2 ? 'période' : 'périodes'} sans données`,
  target: 'Objectif',
  targetIs: (value) => `objectif ${value}`,
  news: { good: 'en amélioration', bad: 'en dégradation', neutral: 'stable' },
  vsPrevious: (label) => `par rapport à ${periodName(label)}`,
  noData: 'Aucune donnée',
  notComputed: 'Non calculé',
  hint: 'Utilisez les touches fléchées, Début et Fin pour parcourir les périodes.',
  table: (count) => `Tableau des données (${count} ${count === '1' ? 'période' : 'périodes'})`,
  periodHeader: 'Période',
  high: 'Maximum',
  low: 'Minimum',
  untitled: 'Tendance',
  quarter: (quarter, year) => `T${quarter} ${year}`,
  // "juin 2026 (à date)": a month still being counted; "(données partielles)" agrees with any period.
  partial: (name, edge) => `${name} (${edge === 'last' ? 'à date' : 'données partielles'})`,
  partialNote: (name, edge) => `données ${edge === 'last' ? 'à date' : 'partielles'} pour ${name}`,
  latestOf: (count, shown) => (count === 1 ? 'Une seule valeur' : `Dernière des ${shown} valeurs`),
  vsValueBefore: 'par rapport à la valeur précédente',
};
