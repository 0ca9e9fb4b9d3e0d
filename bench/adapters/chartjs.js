// Chart.js, tree-shaken: each kind registers only the controllers, elements and scales it needs,
// in `setup`, so a page carries only its kind's code. Canvas, fixed size, no animation, no events.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';

const chart = (box, width, height, config) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  box.append(canvas);
  return new Chart(canvas, config);
};
const COMMON = {
  animation: false,
  responsive: false,
  events: [],
  plugins: { legend: { display: false }, tooltip: { enabled: false } },
};
const remove = (instance) => instance.destroy();

export const sparkline = {
  setup: () => Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale),
  create: (box, values) =>
    chart(box, 160, 40, {
      type: 'line',
      data: {
        labels: values.map((_, index) => index),
        datasets: [{ data: values, borderColor: '#0969da', borderWidth: 1.5, pointRadius: 0 }],
      },
      options: { ...COMMON, scales: { x: { display: false }, y: { display: false } } },
    }),
  update(instance, values) {
    instance.data.labels = values.map((_, index) => index);
    instance.data.datasets[0].data = values;
    instance.update('none');
  },
  remove,
};

export const gauge = {
  setup: () => Chart.register(DoughnutController, ArcElement),
  create: (box, { value, goal }) =>
    chart(box, 160, 90, {
      type: 'doughnut',
      data: {
        datasets: [{ data: [value, goal - value], backgroundColor: ['#0969da', '#d1d9e0'], borderWidth: 0 }],
      },
      options: { ...COMMON, rotation: -90, circumference: 180, cutout: '80%' },
    }),
  remove,
};

// Chart.js has no funnel: its natural equivalent is a horizontal bar chart of the stages.
export const funnel = {
  setup: () => Chart.register(BarController, BarElement, CategoryScale, LinearScale),
  create: (box, { stages, values }) =>
    chart(box, 240, 160, {
      type: 'bar',
      data: { labels: stages, datasets: [{ data: values, backgroundColor: '#0969da' }] },
      options: { ...COMMON, indexAxis: 'y' },
    }),
  remove,
};

/** A trend (S1b) is the same sparkline: the peers have no other. */
export const trend = sparkline;
