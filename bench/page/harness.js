// What every page shares: frame waits, node counting and the `window.bench` protocol that the
// runner (bench/lib/load.mjs) drives. Kept small: it is bundled into every page and counted in
// its bytes.

/** Resolves after `count` animation frames: two frames after a change, it has been painted. */
export const frames = (count = 2) =>
  new Promise((resolve) => {
    const step = () => (--count <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

/**
 * Every node of the document, those inside open shadow roots included (elements, text, comments),
 * and apart its elements: two drawings of the same elements differ in nodes by text and comments.
 */
const countNodes = (root = document) => {
  const count = { nodes: 0, elements: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    count.nodes += 1;
    if (node.nodeType === Node.ELEMENT_NODE) count.elements += 1;
    if (node.shadowRoot) {
      const inner = countNodes(node.shadowRoot);
      count.nodes += inner.nodes;
      count.elements += inner.elements;
    }
  }
  return count;
};

/** A host box of `width` px for one widget, in the page's wrapping stage. */
export const hostBox = (width) => {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.getElementById('stage').append(box);
  return box;
};

/** The widths of the boxes: what every library's widget of that kind gets. */
export const WIDTHS = { sparkline: 160, trend: 160, gauge: 160, funnel: 240, card: 200 };

/**
 * Publishes a page to the runner, which measures heap over CDP around these calls:
 * - `prepare()`: untimed warm-up (S6 only), run through the same measuring code as `run()`, so
 *   that the harness's own first-use costs (its compiled code, and the runner's serializer for
 *   the figures it returns) are in the heap before the runner's "before" figure, not in the churn;
 * - `run()`: builds the widgets; resolves with the time from the first creation to two frames
 *   after the last widget was drawn, the nodes and the elements the widgets added (boxes not
 *   counted), the renders counted (the kit's), and what the adapters found wrong in the drawing
 *   (an error state, an empty chart). The page's `run` resolves with `{ boxes, renders }`;
 * - `update()` (S4): resolves with its own timing and the renders it counted.
 */
export const publish = ({ prepare = async () => {}, run, update, check }) => {
  const measured = (work) => async () => {
    const before = countNodes();
    const start = performance.now();
    const { boxes = 0, renders } = (await work()) ?? {};
    await frames(2);
    const ms = performance.now() - start;
    const after = countNodes();
    const [nodes, elements] = [after.nodes - before.nodes - boxes, after.elements - before.elements - boxes];
    return { ms, nodes, elements, renders: renders?.(), problems: check?.() ?? [] };
  };
  window.bench = {
    prepare: measured(prepare),
    run: measured(run),
    update: async () => update?.(),
  };
};
