// The card's words, as the kit's card shows the bench's rate against its previous period and target.
import { formats, lastOf } from './dom.js';

/** What the kit's card shows for the bench's rate: up on its previous period and over its target. */
export const cardText = lastOf(({ value, previous, target }) => {
  const { percent, points, signedPoints } = formats();
  const shown = percent[1].format(value);
  const met = `Target ${percent[1].format(target)}: met, ${points.format((value - target) * 100)} pp above`;
  return {
    sentence: `Conversion rate: ${shown}. Up ${points.format((value - previous) * 100)} percentage points vs previous period, better. ${met}.`,
    value: shown,
    delta: `${signedPoints.format((value - previous) * 100)} pp`,
    target: met,
  };
});
