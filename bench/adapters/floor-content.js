// The content floor: what the kit's elements render, node for node, built the cheapest way a page
// could build it. The same custom-element hosts with open shadow roots adopting the kit's own
// stylesheets, the same elements, text, tables, ARIA and drawing as the kit's shadow DOM, but made
// with plain DOM calls from numbers and strings worked out by plain code and cached Intl formats:
// no framework, no Lit (so no template markers), no KPI engine. Whitespace the kit's templates
// leave between elements is kept only where it shows (a space between inline elements). The kit's
// ratio to it is what the kit costs beyond its content. Its words are the English pack's, for the
// bench's inputs: it is a measure, not a product. One module per element in floor-content/.
export { card } from './floor-content/card.js';
export { funnel } from './floor-content/funnel.js';
export { gauge } from './floor-content/gauge.js';
export { sparkline, trend } from './floor-content/trend.js';
