// What every part of the content floor shares: making elements, the hosts with their shadow roots
// and the kit's stylesheets, a cache of the last input's strings, number formats and rounding.
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** `h(name, attributes, ...children)`, `s` for SVG: an element, its attributes set, strings appended as text. */
const maker =
  (namespace) =>
  (name, attributes, ...children) => {
    const node = namespace ? document.createElementNS(namespace, name) : document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (children.length === 1 && typeof children[0] === 'string') node.textContent = children[0];
    else if (children.length) node.append(...children);
    return node;
  };
export const h = maker();
export const s = maker(SVG);

/**
 * A host of `tag` in `box`, styled as the kit's adapter styles it, whose open shadow root adopts
 * the element's stylesheets (the kit's `[hostStyles, styles]`, made on first use as Lit makes them).
 * The tag is the kit's, defined as the page loads (as the kit's are) by an element that does
 * nothing of its own: the hosts are the same elements, so the kit's `:host` rules apply as there.
 */
export const host = (tag, elementStyles, style = '') => {
  if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  let sheets;
  return (box, ...content) => {
    sheets ??= [hostStyles, elementStyles].flat(Infinity).map((result) => result.styleSheet);
    const element = document.createElement(tag);
    if (style) element.style.cssText = style;
    const root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.append(...content);
    box.append(element);
    return element;
  };
};

/** `fn(input)`, worked out again only for a new input: the same gauge, funnel or card 200 times. */
export const lastOf = (fn) => {
  let [last, result] = [undefined, undefined];
  return (input) => (input === last ? result : ((last = input), (result = fn(input))));
};

/** Made on first use, inside the timed run, as every library's formats are (see floor.js). */
let numberFormats;
export const formats = () => {
  const format = (options) => new Intl.NumberFormat('en', options);
  const fixed = (digits) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (numberFormats ??= {
    number: format(),
    signed: format({ signDisplay: 'exceptZero' }),
    percent: [0, 1].map((digits) => format({ style: 'percent', ...fixed(digits) })),
    points: format(fixed(1)),
    signedPoints: format({ signDisplay: 'exceptZero', ...fixed(1) }),
  });
};

/** A coordinate to a hundredth, as the kit writes them. */
export const round = (n) => Math.round(n * 100) / 100;
