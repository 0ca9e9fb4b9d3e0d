/** A trend (S1b) is the same sparkline: ApexCharts has no other. */
export { sparkline as trend } from './sparkline.js';
