import { latestChange, type FormatOptions, type TrendData, type Unit } from '../../kpi/index.js';

/**
 * One notation for the latest value and its change: "4.5K" beside "+167" reads as if the change
 * were too small to move the value. Compact notation is kept only when the change is large enough
 * to be compacted too (a thousand or more: below that, no locale shortens a number); otherwise
 * both are written out, and so is every figure of the words around the chart. The axis stays short.
 */
export const sharedNotation = (trend: TrendData, format: FormatOptions): FormatOptions => {
  const change = latestChange(trend)?.change;
  return format.notation === 'compact' && change !== undefined && Math.abs(change) < 1000
    ? { ...format, notation: 'standard' }
    : format;
};

/** The fewest decimals (up to 6) that write a tick step exactly: 0.5 needs 1, 0.25 needs 2, 5 needs 0. */
const stepDecimals = (step: number): number => {
  for (let decimals = 0; decimals < 6; decimals++) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return decimals;
  }
  return 6;
};

/**
 * How an axis tick reads: short (compact from a thousand up), and with the decimals of its step
 * below that, the same for every tick ("2.5%, 3.0%, 3.5%", never "3%" beside "3.5%"); money with
 * cents only when a step needs them.
 */
export const tickFormat = (value: number, step: number, unit: Unit, format: FormatOptions): FormatOptions => {
  const compact = { ...format, notation: 'compact' } as const;
  if (!(step > 0) || Math.abs(value) >= 1000) return compact;
  const decimals = stepDecimals(unit === 'percent' ? step * 100 : step);
  return { ...compact, decimals: unit === 'currency' && decimals > 0 ? Math.max(decimals, 2) : decimals };
};
