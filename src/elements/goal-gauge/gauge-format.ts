import { formatShare, type FormatOptions, type Unit } from '../../kpi/index.js';

/**
 * One rule for money across the gauge, the engine's rule for estimates: from a goal of 100 up,
 * cents say nothing. `€182,500 of €250,000` then sits beside `expected €137,363 by now`, and a
 * CPA against €50 keeps its cents everywhere (`€45.00`, `expected €66.33`).
 */
export const moneyFormat = (format: FormatOptions, unit: Unit, goal: number): FormatOptions =>
  unit === 'currency' && format.decimals === undefined && Math.abs(goal) >= 100 ? { ...format, decimals: 0 } : format;

/** A share as the gauge says it: a whole percent, with the decimals it needs never to read 100 % short of it. */
export const gaugePercent = (share: number, { locale }: FormatOptions): string =>
  formatShare(share, { locale, decimals: 0 });
