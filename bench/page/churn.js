import { frames, hostBox, publish, WIDTHS } from './harness.js';
import { inputs } from './data.js';

const BATCH = 50;

/**
 * S6: `cycles` create → render → remove cycles of every kind of widget, one kind after the
 * other. Widgets go through in batches of 50 that share a frame (render, layout, resize
 * observers, paint): 1,000 one-a-frame cycles per kind would take over a minute a load. `prepare`
 * runs `warmup` cycles of each kind first, so that one-time costs (compiled templates, adopted
 * styles, cached formatters, and the optimised code of functions that have become hot) are in the
 * heap before the runner's "before" figure: what grows after that is what the churn leaks.
 */
export const churn = ({ cycles, warmup }, adapters) => {
  const cycle = async (kind, count) => {
    const adapter = adapters[kind];
    adapter.setup?.();
    const [input] = inputs(kind, 1, 30);
    for (let done = 0; done < count; done += BATCH) {
      const boxes = Array.from({ length: Math.min(BATCH, count - done) }, () => hostBox(WIDTHS[kind]));
      const handles = boxes.map((box) => adapter.create(box, input));
      if (adapter.ready) await Promise.all(handles.map((handle) => adapter.ready(handle)));
      await frames(2);
      const problem = handles.map((handle) => adapter.check?.(handle)).find(Boolean);
      if (problem) throw new Error(problem);
      for (const handle of handles) adapter.remove?.(handle);
      for (const box of boxes) box.remove();
    }
  };
  const all = async (count) => {
    for (const kind of Object.keys(adapters)) await cycle(kind, count);
  };
  publish({ prepare: () => all(warmup), run: () => all(cycles) });
};
