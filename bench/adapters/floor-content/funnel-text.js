// The funnel's words and bar lengths, as the kit shows the bench's five stages.
import { formats, lastOf, round } from './dom.js';

/** The decimals a column of shares needs to show each exactly, at most one (`5.0%` above `0.8%`). */
const decimals = (shares) => (shares.every((share) => Math.abs(share * 100 - Math.round(share * 100)) < 1e-9) ? 0 : 1);

/**
 * What the kit's funnel shows for stages without a previous period: per stage its count, its step
 * conversion, its share of the first stage and its drop-off, the biggest marked; bars on a log
 * scale (a fifth of the length for the smallest stage) when a stage is under a tenth of the first.
 */
export const funnelText = lastOf(({ stages, values }) => {
  const { number, percent } = formats();
  const steps = values.map((value, index) => (index ? value / values[index - 1] : 1));
  const shares = values.map((value) => value / values[0]);
  const lost = values.map((value, index) => (index ? values[index - 1] - value : 0));
  const losses = lost.map((count, index) => (index ? count / values[index - 1] : 0));
  const biggest = losses.indexOf(Math.max(...losses));
  const [step, first, loss] = [steps.slice(1), shares, losses.slice(1)].map((column) => percent[decimals(column)]);
  const [smallest, largest] = [Math.min(...values), Math.max(...values)];
  const logScale = smallest / largest < 0.1;
  const size = (value) =>
    logScale
      ? 0.2 + 0.8 * ((Math.log(value) - Math.log(smallest)) / (Math.log(largest) - Math.log(smallest)))
      : value / largest;
  // Each bar's length in percent of the widest, to a hundredth, and as the attribute's text.
  const lengths = values.map((value) => round(size(value) * 100));
  const bars = lengths.map((length) => `${length}%`);
  const overall = first.format(shares.at(-1));
  return {
    overall,
    summary: `${stages[0]} to ${stages.at(-1)}: ${overall} overall; biggest drop-off from ${stages[biggest - 1]} to ${stages[biggest]}: ${loss.format(losses[biggest])}.`,
    logScale,
    rows: values.map((value, index) => ({
      stage: stages[index],
      biggest: index === biggest,
      bar: bars[index],
      track: index ? bars[index - 1] : undefined,
      length: lengths[index],
      trackLength: index ? lengths[index - 1] : undefined,
      count: number.format(value),
      step: index ? step.format(steps[index]) : undefined,
      fromFirst: first.format(shares[index]),
      lost: index ? `${number.format(lost[index])} (${loss.format(losses[index])})` : undefined,
    })),
  };
});
