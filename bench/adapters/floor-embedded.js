// The floor as an embed must be: the same vanilla drawing, but inside a custom element's shadow
// root (the brief's isolation from the page's CSS), styled by the kit's own stylesheets (so a host
// is a size container wherever the kit's element is one), and with a text alternative that says
// what a sighted user sees, its numbers formatted for the locale. No framework, no KPI engine: its
// ratio to the floor is what those requirements cost before any kit code runs, and the rest of
// the kit's ratio is the kit's own.
import { styles as funnelStyles } from '../../src/elements/funnel-ratio/funnel-ratio.styles.ts';
import { styles as gaugeStyles } from '../../src/elements/goal-gauge/goal-gauge.styles.ts';
import { cardStyles } from '../../src/elements/kpi-card/kpi-card.styles.ts';
import { styles as trendStyles } from '../../src/elements/kpi-trend/kpi-trend.styles.ts';
import { hostStyles } from '../../src/shared/styles/host.styles.ts';
import * as floor from './floor.js';

/** An autonomous custom element that does nothing of its own: an embed's host, at no cost. */
class FloorWidget extends HTMLElement {}
// Defined when the page loads, as the kit's elements are.
customElements.define('floor-widget', FloorWidget);

/**
 * The kit's stylesheets, then the page's own rules for the floor's drawing (its bars and boxes),
 * which the shadow root would otherwise keep out: the embedded floor draws what the floor draws.
 */
const sheetsOf = (...styles) => {
  const drawing = new CSSStyleSheet();
  drawing.replaceSync(
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
  );
  return [...styles.flat(Infinity).map((result) => result.styleSheet), drawing];
};

/** A widget host in `box`, its shadow root adopting the kit's stylesheets for that element. */
const embedded = (box, sheets) => {
  const host = document.createElement('floor-widget');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  box.append(host);
  return root;
};

/** Made on first use, inside the timed run, as the kit's and the floor's formats are. */
let numbers;
const named = (values) => {
  numbers ??= new Intl.NumberFormat('en-US');
  const [first, last] = [values[0], values.at(-1)];
  return `Sessions ${last >= first ? 'rose' : 'fell'} from ${numbers.format(first)} to ${numbers.format(last)}`;
};

/** The floor's drawing in an embed; `named` gives an image its accessible name, if it has none. */
const wrap = (kind, styles, name) => {
  let sheets;
  return {
    create(box, input) {
      sheets ??= sheetsOf(hostStyles, styles);
      const handle = floor[kind].create(embedded(box, sheets), input);
      if (name) {
        const svg = handle.ownerSVGElement;
        svg.removeAttribute('aria-hidden');
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', name(input));
      }
      return handle;
    },
    update(handle, input) {
      floor[kind].update?.(handle, input);
      if (name) handle.ownerSVGElement.setAttribute('aria-label', name(input));
    },
  };
};

export const sparkline = wrap('sparkline', trendStyles, named);
export const trend = sparkline;
export const gauge = wrap('gauge', gaugeStyles);
export const funnel = wrap('funnel', funnelStyles);
export const card = wrap('card', cardStyles);
