import type { TrendWords } from '../pack.js';

export const trend: TrendWords = {
  moved: (direction, from, to, change) =>
    direction === 'flat'
      ? `stayed at ${to}`
      : `${direction === 'up' ? 'rose' : 'fell'} from ${from} to ${to} (${change})`,
  only: (value) => `one value, ${value}`,
  extremes: (high, highAt, low, lowAt) => `high ${high} ${highAt}, low ${low} ${lowAt}`,
  gaps: (count, shown) => `${shown} ${count === 1 ? 'period' : 'periods'} without data`,
  target: 'Target',
  targetIs: (value) => `target ${value}`,
  news: { good: 'better', bad: 'worse', neutral: 'no change' },
  vsPrevious: (label) => `vs ${label}`,
  noData: 'No data',
  notComputed: 'Not computed',
  hint: 'Use the arrow keys, Home and End to explore the periods.',
  table: (count) => `Data table (${count} periods)`,
  periodHeader: 'Period',
  high: 'High',
  low: 'Low',
  untitled: 'Trend',
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  partial: (name, edge) => `${name} (${edge === 'last' ? 'so far' : 'partial'})`,
  partialNote: (name, edge) => `${name} ${edge === 'last' ? 'is not complete yet' : 'is incomplete'}`,
  latestOf: (count, shown) => (count === 1 ? 'One value' : `Latest of ${shown} values`),
  vsValueBefore: 'vs the value before',
};
