import { formatChange, formatValue, type Comparison, type FormatOptions, type News } from '../../kpi/index.js';
import type { FunnelStrings } from './funnel-ratio.strings.js';

/** A table cell: a number, or a dash with the reason in words (`quiet` reasons are for screen readers only). */
export interface Cell {
  readonly text: string;
  readonly reason?: string;
  readonly quiet?: boolean;
}

/** A change against the previous period, with its direction shown by an arrow and a word, not color alone. */
export interface Change extends Cell {
  readonly news?: News;
  readonly arrow?: string;
  readonly word?: string;
}

export const DASH = '—';
const ARROWS = { up: '▲', down: '▼', flat: '' } as const;

/** Small shares and changes keep a significant digit instead of rounding to 0 (`0.04%`, `+0.03 pp`). */
const precise = (fraction: number, format: FormatOptions): FormatOptions => {
  const points = Math.abs(fraction * 100);
  if (format.decimals !== undefined || points === 0 || points >= 0.1) return format;
  return { ...format, decimals: Math.min(3, Math.ceil(-Math.log10(points))) };
};

export const percentOf = (value: number, format: FormatOptions) =>
  formatValue(value, 'percent', precise(value, format));

export const dash = (reason: string, quiet = false): Cell => ({ text: DASH, reason, quiet });

export const changeOf = (
  comparison: Comparison,
  format: FormatOptions,
  strings: FunnelStrings,
  long = false,
): Change => ({
  text: formatChange(comparison.change, 'percent', precise(comparison.change, format), long),
  news: comparison.news,
  arrow: ARROWS[comparison.direction],
  word: { good: strings.better, bad: strings.worse, neutral: strings.unchanged }[comparison.news],
});
