import ApexCharts from 'apexcharts/line';
import { chart, QUIET } from './chart.js';

export const sparkline = chart(
  ApexCharts,
  (values) => ({
    chart: { type: 'line', width: 160, height: 40, sparkline: { enabled: true }, ...QUIET },
    stroke: { width: 1.5, curve: 'straight' },
    colors: ['#0969da'],
    tooltip: { enabled: false },
    series: [{ data: values }],
  }),
  { update: (instance, values) => instance.updateSeries([{ data: values }], false) },
);
