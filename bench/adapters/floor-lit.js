// The Lit floor: the kit's shadow DOM rendered by Lit, and nothing else. Plain LitElement classes
// under the kit's tags, styled by the kit's own stylesheets, whose `render()` calls the kit's own
// template functions (src/elements/*/…-template.ts) with models of the kit's types made of the
// content floor's precomputed strings and paths: no KPI engine, no kpi-kit element base, no
// controllers, no events.
// Its ratio to the content floor is what Lit costs for the kit's DOM; the kit's ratio to it is
// what the engine and the element base add. One module per element in floor-lit/.
export { card } from './floor-lit/card.js';
export { funnel } from './floor-lit/funnel.js';
export { gauge } from './floor-lit/gauge.js';
export { sparkline, trend } from './floor-lit/trend.js';
