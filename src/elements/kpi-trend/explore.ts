const STEPS: Record<string, (current: number, last: number, page: number) => number> = {
  ArrowLeft: (current) => current - 1,
  ArrowDown: (current) => current - 1,
  ArrowRight: (current) => current + 1,
  ArrowUp: (current) => current + 1,
  PageUp: (current, _last, page) => current - page,
  PageDown: (current, _last, page) => current + page,
  Home: () => 0,
  End: (_current, last) => last,
};

/**
 * The period a key moves the focus marker to, or `undefined` for a key that does not explore.
 * The first arrow press lands on the latest period; Page Up and Page Down jump a tenth of the series.
 */
export const nextPeriod = (key: string, current: number | undefined, count: number): number | undefined => {
  const step = STEPS[key];
  if (!step || count === 0) return undefined;
  const last = count - 1;
  if (current === undefined && key.startsWith('Arrow')) return last;
  return Math.min(last, Math.max(0, step(current ?? last, last, Math.max(1, Math.round(count / 10)))));
};
