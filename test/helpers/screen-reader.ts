/**
 * The text a screen reader reads in an element's shadow root, in reading order: text nodes
 * outside `aria-hidden` and `hidden` subtrees, plus `aria-label`s, joined by spaces.
 */
export const readAloud = (host: Element): string => {
  const parts: string[] = [];
  const visit = (node: Node) => {
    // By node type, not `instanceof`: a widget in an iframe (a docs page) has that window's Element.
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return;
      if (element.localName === 'style' || element.localName === 'script') return;
      const label = element.getAttribute('aria-label');
      if (label) {
        parts.push(label);
        return;
      }
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(visit);
  };
  if (host.shadowRoot) host.shadowRoot.childNodes.forEach(visit);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
};

/** The text a screen reader reads in one node: its text, without what is `aria-hidden`. */
export const spoken = (node: Node): string =>
  node instanceof Element && node.getAttribute('aria-hidden') === 'true'
    ? ''
    : node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : [...node.childNodes].map(spoken).join('');

/** The visible text of a part, whitespace folded. */
export const partText = (host: Element, part: string): string =>
  host.shadowRoot
    ?.querySelector(`[part~="${part}"]`)
    ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
    .trim() ?? '';

/** Lets MutationObserver callbacks run, then waits for the element's render. */
export const settle = async (element: Element & { updateComplete?: Promise<unknown> }): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
};
