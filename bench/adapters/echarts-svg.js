import { SVGRenderer } from 'echarts/renderers';
import * as echarts from './echarts.js';

const renderer = ['svg', SVGRenderer];
// `@__PURE__` lets the bundler drop the kinds (and so the chart types) a page does not use.
export const sparkline = /* @__PURE__ */ echarts.sparkline(renderer);
export const gauge = /* @__PURE__ */ echarts.gauge(renderer);
export const funnel = /* @__PURE__ */ echarts.funnel(renderer);

/** A trend (S1b) is the same sparkline: the peers have no other. */
export const trend = sparkline;
