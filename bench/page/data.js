// Deterministic inputs, identical for every library: a seeded random walk per widget, so each
// page draws the same shapes and a rerun draws the same pixels.

const random = (seed) => () => {
  // mulberry32: tiny, fast, good enough for plausible KPI shapes.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A positive random walk of `points` values, rounded to whole numbers like real counts. */
export const series = (points, seed) => {
  const next = random(seed + 1);
  const values = new Array(points);
  let value = 1000 + next() * 1000;
  for (let index = 0; index < points; index += 1) {
    value = Math.max(10, value + (next() - 0.5) * 100);
    values[index] = Math.round(value);
  }
  return values;
};

/** The series after one more period: drop the first value, append the next. */
export const shifted = (values, round) => [
  ...values.slice(1),
  Math.max(10, values[values.length - 1] + ((round * 37) % 101) - 50),
];

export const FUNNEL = {
  stages: ['Visitors', 'Leads', 'MQL', 'SQL', 'Customers'],
  values: [10000, 500, 200, 80, 20],
};

/** Gauges sit at 97 % of goal. */
export const GAUGE = { value: 19400, goal: 20000 };

/** A card: a conversion rate this period and the previous one, and a target. */
export const CARD = { value: 0.036, previous: 0.024, target: 0.03 };

/** The input of each of `count` widgets of a kind: a series each for sparklines and trends, else the constant above. */
export const inputs = (kind, count, points) =>
  Array.from({ length: count }, (_, index) =>
    kind === 'sparkline' || kind === 'trend'
      ? series(points, 1 + index * 7919)
      : { gauge: GAUGE, funnel: FUNNEL, card: CARD }[kind],
  );
