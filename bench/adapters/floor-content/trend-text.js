// The trend's words, as the kit writes them for the bench's series (English, no period labels):
// the sentence that names a sparkline and labels a full chart, and the words around the full chart.
import { formats } from './dom.js';

export const LABEL = 'Sessions';

/** The kit's sentence for a trend without period labels: a sparkline's name, a full chart's label. */
export const sentenceOf = (values, { high, low, last }) => {
  const { number, signed } = formats();
  const [first, latest] = [values[0], values[last]];
  const moved =
    latest === first
      ? `stayed at ${number.format(latest)}`
      : `${latest > first ? 'rose' : 'fell'} from ${number.format(first)} to ${number.format(latest)} (${signed.format(latest - first)})`;
  const at = (index) => `${number.format(values[index])} in period ${number.format(index + 1)}`;
  return `${LABEL}, periods 1–${number.format(values.length)}: ${moved}; high ${at(high)}, low ${at(low)}`;
};

export const DIRECTIONS = {
  up: { arrow: '▲', news: 'good', word: 'better' },
  down: { arrow: '▼', news: 'bad', word: 'worse' },
  flat: { arrow: '■', news: 'neutral', word: 'no change' },
};

/** The words around the full chart: the latest value and its change, how many values, the high and low. */
export const panelOf = (values, { last }) => {
  const { number, signed } = formats();
  const change = values[last] - values[last - 1];
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return {
    value: number.format(values[last]),
    delta: { direction, ...DIRECTIONS[direction], text: signed.format(change) },
    count: number.format(values.length),
    extreme: (index) => [number.format(values[index]), `Period ${number.format(index + 1)}`],
  };
};
