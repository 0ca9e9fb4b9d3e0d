import type { Direction, Lang, News } from '../../kpi/index.js';

/**
 * The trend's own words, in every language the kit speaks. The words of period names ("Period 3",
 * "in March") are the engine's, in `src/kpi/periods.ts`.
 */
export interface TrendStrings {
  readonly moved: (direction: Direction, from: string, to: string, change: string) => string;
  readonly only: (value: string) => string;
  readonly extremes: (high: string, highAt: string, low: string, lowAt: string) => string;
  readonly gaps: (count: number, shown: string) => string;
  readonly target: string;
  readonly news: Record<News, string>;
  readonly vsPrevious: (label: string) => string;
  readonly noData: string;
  readonly notComputed: string;
  readonly hint: string;
  readonly table: (count: string) => string;
  readonly periodHeader: string;
  readonly high: string;
  readonly low: string;
  readonly untitled: string;
}

export const TREND_STRINGS: Record<Lang, TrendStrings> = {
  en: {
    moved: (direction, from, to, change) =>
      direction === 'flat'
        ? `stayed at ${to}`
        : `${direction === 'up' ? 'rose' : 'fell'} from ${from} to ${to} (${change})`,
    only: (value) => `one value, ${value}`,
    extremes: (high, highAt, low, lowAt) => `high ${high} ${highAt}, low ${low} ${lowAt}`,
    gaps: (count, shown) => `${shown} ${count === 1 ? 'period' : 'periods'} without data`,
    target: 'Target',
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
  },
  nl: {
    moved: (direction, from, to, change) =>
      direction === 'flat'
        ? `bleef ${to}`
        : `${direction === 'up' ? 'steeg' : 'daalde'} van ${from} naar ${to} (${change})`,
    only: (value) => `één waarde, ${value}`,
    extremes: (high, highAt, low, lowAt) => `hoogste ${high} ${highAt}, laagste ${low} ${lowAt}`,
    gaps: (count, shown) => `${shown} ${count === 1 ? 'periode' : 'perioden'} zonder gegevens`,
    target: 'Doel',
    news: { good: 'beter', bad: 'slechter', neutral: 'gelijk' },
    vsPrevious: (label) => `t.o.v. ${label}`,
    noData: 'Geen gegevens',
    notComputed: 'Niet berekend',
    hint: 'Gebruik de pijltjestoetsen, Home en End om de perioden te verkennen.',
    table: (count) => `Gegevenstabel (${count} perioden)`,
    periodHeader: 'Periode',
    high: 'Hoogste',
    low: 'Laagste',
    untitled: 'Trend',
  },
};
