// What every part of the Lit floor shares: defining its element classes under the kit's tags, and
// the adapter that creates, counts and removes their widgets as the kit's adapter does the kit's.
import { countRenders, rendersSoFar } from '../render-count.js';

/**
 * An adapter for one Lit floor class, defined under the kit's `tag` as the page loads (as the kit's
 * elements are): `properties(input)` are set on the new element, `style` on its host, as the kit's
 * adapter styles it; `drawn` is what must be in its shadow root; `update` (S4) gives it new input.
 * The element renders in a microtask once connected, and `ready` waits for it, as for the kit.
 */
export const litAdapter = (tag, element, { properties, style = '', drawn, update }) => {
  if (!customElements.get(tag)) customElements.define(tag, element);
  return {
    setup() {
      if (customElements.get(tag) !== element) throw new Error(`<${tag}> is not defined by the Lit floor's class`);
      countRenders(element);
    },
    create(box, input) {
      const widget = document.createElement(tag);
      Object.assign(widget, properties(input));
      if (style) widget.style.cssText = style;
      box.append(widget);
      return widget;
    },
    ready: (widget) => widget.updateComplete,
    renders: rendersSoFar,
    check: (widget) => (widget.shadowRoot?.querySelector(drawn) ? undefined : `<${tag}> drew no ${drawn}`),
    remove: (widget) => widget.remove(),
    update,
  };
};
