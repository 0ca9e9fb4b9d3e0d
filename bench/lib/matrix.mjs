// The benchmark's matrix: the scenarios, the libraries, and which library can do which job.
import { fileURLToPath } from 'node:url';

export const BENCH = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every kind of widget: the kit, and the yardsticks that draw what it draws, have them all. */
const EVERY_KIND = ['sparkline', 'trend', 'gauge', 'funnel', 'card'];

/**
 * One job each, the same for every library, animations off. `kind` is the widget an adapter
 * draws (sparkline, trend, gauge, funnel, card); S6 churns every kind. `widgets` divides the heap.
 * A trend is a sparkline for the peers and the floor, and the kit's full `<kpi-trend>` (headline,
 * explorable chart, summary and data table): S1b asks for the exact summary and table.
 */
export const SCENARIOS = [
  { id: 'S1', page: 'grid', kind: 'sparkline', count: 200, points: 30, title: '200 sparklines × 30 points' },
  { id: 'S1b', page: 'grid', kind: 'trend', count: 20, points: 10_000, title: '20 trends × 10,000 points' },
  {
    id: 'S1b-ref',
    page: 'grid',
    kind: 'trend',
    count: 20,
    points: 30,
    title: '20 trends × 30 points (the yardstick for S1b)',
  },
  { id: 'S2', page: 'grid', kind: 'gauge', count: 200, title: '200 gauges at 97 % of goal' },
  { id: 'S3', page: 'grid', kind: 'funnel', count: 100, title: '100 five-stage funnels' },
  {
    id: 'S4',
    page: 'grid',
    kind: 'sparkline',
    count: 200,
    points: 30,
    rounds: 10,
    title: 'the 200 sparklines of S1, all updated 10 times',
  },
  { id: 'S5', page: 'grid', kind: 'card', count: 200, title: '200 KPI cards with a previous period and a target' },
  {
    id: 'S6',
    page: 'churn',
    kinds: EVERY_KIND,
    cycles: 1000,
    warmup: 1000,
    title: 'churn: 1,000 create → render → remove cycles of each element',
  },
].map((scenario) => ({ ...scenario, widgets: scenario.count ?? scenario.cycles * scenario.kinds.length }));

/**
 * `adapter` is the module under bench/adapters/ (a folder of one module per kind with `perKind`)
 * and `kinds` what it can draw. uPlot draws line charts only, and only the kit and the floors have
 * a KPI card. A `yardstick` is no peer: the floor, the floor embedded as the brief asks of every
 * element (its own shadow root, the kit's stylesheets, a text alternative), the content floor
 * (the kit's own shadow DOM, built with plain DOM calls), which the budgets are set against, and
 * the Lit floor (the same DOM rendered by Lit from the same strings: what Lit costs for it).
 */
export const LIBS = [
  {
    id: 'floor',
    name: 'floor (vanilla)',
    adapter: 'floor',
    yardstick: true,
    kinds: EVERY_KIND,
  },
  {
    id: 'floor-embedded',
    name: 'floor, embedded',
    adapter: 'floor-embedded',
    yardstick: true,
    kinds: EVERY_KIND,
  },
  {
    id: 'floor-content',
    name: 'content floor',
    adapter: 'floor-content',
    yardstick: true,
    kinds: EVERY_KIND,
  },
  {
    id: 'floor-lit',
    name: 'Lit floor',
    adapter: 'floor-lit',
    yardstick: true,
    kinds: EVERY_KIND,
  },
  { id: 'kit', name: 'kpi-kit', adapter: 'kit', kinds: EVERY_KIND },
  { id: 'chartjs', name: 'Chart.js', adapter: 'chartjs', kinds: ['sparkline', 'trend', 'gauge', 'funnel'] },
  {
    id: 'echarts-svg',
    name: 'ECharts (SVG)',
    adapter: 'echarts-svg',
    kinds: ['sparkline', 'trend', 'gauge', 'funnel'],
  },
  {
    id: 'echarts-canvas',
    name: 'ECharts (canvas)',
    adapter: 'echarts-canvas',
    kinds: ['sparkline', 'trend', 'gauge', 'funnel'],
  },
  {
    id: 'apexcharts',
    name: 'ApexCharts',
    adapter: 'apexcharts',
    perKind: true,
    kinds: ['sparkline', 'trend', 'gauge', 'funnel'],
  },
  { id: 'uplot', name: 'uPlot', adapter: 'uplot', kinds: ['sparkline', 'trend'] },
];

const kindsOf = (scenario) => scenario.kinds ?? [scenario.kind];

/**
 * Every (scenario, library) pair the options select. A library that cannot draw every kind the
 * scenario needs gets a "n/a" cell. Peers are not churned (S6): its budgets are the kit's, the
 * floors show what a churn of the same widgets leaves without a framework, and the Lit floor what
 * it leaves with Lit alone.
 */
export const cells = ({ only, libs }) =>
  SCENARIOS.filter((scenario) => !only || only.includes(scenario.id.toLowerCase())).flatMap((scenario) =>
    LIBS.filter((lib) => !libs || libs.includes(lib.id)).map((lib) => {
      const runnable =
        kindsOf(scenario).every((kind) => lib.kinds.includes(kind)) &&
        (scenario.page !== 'churn' || ['kit', 'floor', 'floor-content', 'floor-lit'].includes(lib.id));
      return { scenario, lib, key: `${scenario.id.toLowerCase()}-${lib.id}`, ...(runnable ? {} : { status: 'n/a' }) };
    }),
  );

/** Validates `--only` and `--libs` against the known ids, so a typo is an error, not an empty run. */
export const checkSelection = ({ only, libs }) => {
  const unknown = [
    ...(only ?? []).filter((id) => !SCENARIOS.some((scenario) => scenario.id.toLowerCase() === id)),
    ...(libs ?? []).filter((id) => !LIBS.some((lib) => lib.id === id)),
  ];
  if (unknown.length) {
    const known = `scenarios ${SCENARIOS.map((s) => s.id.toLowerCase()).join(',')}; libs ${LIBS.map((l) => l.id).join(',')}`;
    throw new Error(`unknown ${unknown.join(', ')} (known: ${known})`);
  }
};
