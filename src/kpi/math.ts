/** `value` held within `low`–`high` (0–1 by default, for shares of a track or a gauge). */
export const clamp = (value: number, low = 0, high = 1): number => Math.min(high, Math.max(low, value));
