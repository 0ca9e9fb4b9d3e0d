import type { TrendWords } from '../pack.js';

export const trend: TrendWords = {
  moved: (direction, from, to, change) =>
    direction === 'flat'
      ? `bleef gelijk op ${to}`
      : `${direction === 'up' ? 'steeg' : 'daalde'} van ${from} naar ${to} (${change})`,
  only: (value) => `één waarde, ${value}`,
  extremes: (high, highAt, low, lowAt) => `hoogste ${high} ${highAt}, laagste ${low} ${lowAt}`,
  gaps: (count, shown) => `${shown} ${count === 1 ? 'periode' : 'perioden'} zonder gegevens`,
  target: 'Doel',
  targetIs: (value) => `doel ${value}`,
  news: { good: 'beter', bad: 'slechter', neutral: 'gelijk' },
  vsPrevious: (label) => `ten opzichte van ${label}`,
  noData: 'Geen gegevens',
  notComputed: 'Niet te berekenen',
  hint: 'Gebruik de pijltjestoetsen, Home en End om door de perioden te gaan.',
  table: (count) => `Gegevenstabel (${count} perioden)`,
  periodHeader: 'Periode',
  high: 'Hoogste',
  low: 'Laagste',
  untitled: 'Trend',
  quarter: (quarter, year) => `K${quarter} ${year}`,
  partial: (name, edge) => `${name} (${edge === 'last' ? 'tot nu toe' : 'onvolledig'})`,
  partialNote: (name, edge) => `${name} ${edge === 'last' ? 'is nog niet compleet' : 'is onvolledig'}`,
  latestOf: (count, shown) => (count === 1 ? 'Eén waarde' : `Laatste van ${shown} waarden`),
  vsValueBefore: 'ten opzichte van de waarde ervoor',
};
