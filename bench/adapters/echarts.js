// ECharts through `echarts/core`, tree-shaken to the chart type and the one renderer a page uses.
// Each export is a factory of a renderer: echarts-svg.js and echarts-canvas.js make the two
// libraries of the table, each bundling its renderer only.
import { init, use } from 'echarts/core';
import { FunnelChart, GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';

const adapter = ([name, Renderer], parts, width, height, option, extra = {}) => ({
  setup: () => use([...parts, Renderer]),
  create(box, input) {
    const element = document.createElement('div');
    box.append(element);
    const instance = init(element, null, { renderer: name, width, height });
    instance.setOption({ animation: false, ...option(input) });
    return instance;
  },
  remove: (instance) => instance.dispose(),
  ...extra,
});

export const sparkline = (renderer) =>
  adapter(
    renderer,
    [LineChart, GridComponent],
    160,
    40,
    (values) => ({
      grid: { left: 0, right: 0, top: 1, bottom: 1 },
      xAxis: { type: 'category', show: false, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        { type: 'line', data: values, showSymbol: false, silent: true, lineStyle: { width: 1.5, color: '#0969da' } },
      ],
    }),
    { update: (instance, values) => instance.setOption({ series: [{ data: values }] }) },
  );

export const gauge = (renderer) =>
  adapter(renderer, [GaugeChart], 160, 90, ({ value, goal }) => ({
    series: [
      {
        type: 'gauge',
        startAngle: 180,
        endAngle: 0,
        center: ['50%', '90%'],
        radius: '95%',
        max: goal,
        progress: { show: true, width: 12 },
        axisLine: { lineStyle: { width: 12 } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        detail: { formatter: () => `${Math.round((value / goal) * 100)}%`, fontSize: 20, offsetCenter: [0, '-10%'] },
        data: [{ value }],
      },
    ],
  }));

export const funnel = (renderer) =>
  adapter(renderer, [FunnelChart], 240, 160, ({ stages, values }) => ({
    series: [{ type: 'funnel', sort: 'none', data: stages.map((name, index) => ({ name, value: values[index] })) }],
  }));
