// uPlot: line charts only. It has no gauge, funnel or card, so those cells are "n/a".
import uPlot from 'uplot';

const xs = new Map();
/** x values 0…n−1, shared by every chart of the same length. */
const xValues = (count) => {
  if (!xs.has(count))
    xs.set(
      count,
      Float64Array.from({ length: count }, (_, index) => index),
    );
  return xs.get(count);
};

/** Options per chart: uPlot keeps and extends the objects it is given. */
const options = () => ({
  width: 160,
  height: 40,
  pxAlign: false,
  cursor: { show: false },
  legend: { show: false },
  scales: { x: { time: false } },
  axes: [{ show: false }, { show: false }],
  series: [{}, { stroke: '#0969da', width: 1.5, points: { show: false } }],
});

export const sparkline = {
  create: (box, values) => new uPlot(options(), [xValues(values.length), values], box),
  update: (plot, values) => plot.setData([xValues(values.length), values]),
  remove: (plot) => plot.destroy(),
};

/** A trend (S1b) is the same sparkline: the peers have no other. */
export const trend = sparkline;
