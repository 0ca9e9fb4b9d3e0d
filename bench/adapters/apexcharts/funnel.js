import ApexCharts from 'apexcharts/bar';
import { chart, QUIET } from './chart.js';

// ApexCharts' funnel is a horizontal bar chart with `isFunnel`.
export const funnel = chart(ApexCharts, ({ stages, values }) => ({
  chart: { type: 'bar', width: 240, height: 160, ...QUIET },
  plotOptions: { bar: { horizontal: true, isFunnel: true } },
  legend: { show: false },
  series: [{ name: 'Funnel', data: values }],
  xaxis: { categories: stages },
}));
