import { latestChange, sharedDecimals, type FormatOptions, type TrendData, type Unit } from '../../kpi/index.js';

/**
 * One notation for the latest value and its change: "4.5K" beside "+167" reads as if the change
 * were too small to move the value. Compact notation is kept only when the change is large enough
 * to be compacted too (a thousand or more: below that, no locale shortens a number); otherwise
 * both are written out, and so is every figure of the words around the chart. The axis stays short.
 */
const sharedNotation = (trend: TrendData, format: FormatOptions): FormatOptions => {
  const change = latestChange(trend)?.change;
  return format.notation === 'compact' && change !== undefined && Math.abs(change) < 1000
    ? { ...format, notation: 'standard' }
    : format;
};

/**
 * One format for every value the words around the chart show (the latest, the target, the high
 * and low, the table, the sentence): one notation (above), and one number of decimals, so "3.3%"
 * never stands beside "Target 3%", nor "3%" above "3.3%" in the table. The decimals are as many
 * as the most precise value needs, up to the unit's usual, or the page's `decimals`; a target may
 * take more than the page's rather than read as another figure (see `sharedDecimals`).
 */
export const sharedFormat = (trend: TrendData, format: FormatOptions): FormatOptions => {
  const notation = sharedNotation(trend, format);
  const latest = trend.summary.last.value;
  const series =
    notation.decimals === undefined ? sharedDecimals(latest, trend.values, trend.unit, notation) : notation;
  return sharedDecimals(latest, [trend.target], trend.unit, series);
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
 * cents only when a step needs them. From a thousand up, the decimals of the step in thousands
 * (or millions), up to two.
 */
export const tickFormat = (value: number, step: number, unit: Unit, format: FormatOptions): FormatOptions => {
  const compact = { ...format, notation: 'compact' } as const;
  if (!(step > 0)) return compact;
  if (Math.abs(value) >= 1000) {
    // In the tick's own thousands or millions: steps of 20K read "€80K", never "€80.00K" (the
    // cents of the figures around the chart mean nothing there); steps of 500 read "1.5K", "2.0K".
    const magnitude = 1000 ** Math.floor(Math.log10(Math.abs(value)) / 3);
    return { ...compact, decimals: Math.min(2, stepDecimals(step / magnitude)) };
  }
  const decimals = stepDecimals(unit === 'percent' ? step * 100 : step);
  return { ...compact, decimals: unit === 'currency' && decimals > 0 ? Math.max(decimals, 2) : decimals };
};
