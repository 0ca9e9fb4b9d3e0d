import ApexCharts from 'apexcharts/radialBar';
import { chart, QUIET } from './chart.js';

export const gauge = chart(ApexCharts, ({ value, goal }) => ({
  chart: { type: 'radialBar', width: 160, height: 120, ...QUIET },
  plotOptions: {
    radialBar: { startAngle: -90, endAngle: 90, hollow: { size: '60%' }, dataLabels: { name: { show: false } } },
  },
  series: [Math.round((value / goal) * 100)],
}));
