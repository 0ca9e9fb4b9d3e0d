import { frames, hostBox, publish, WIDTHS } from './harness.js';
import { inputs, shifted } from './data.js';

/**
 * A page of `count` widgets of one kind. An adapter is `{ setup?(), create(box, input) → handle,
 * ready?(handle) → Promise, update?(handle, input) → Promise?, renders?() → number,
 * check?(handle) → problem text or undefined }`: `ready` covers libraries that draw
 * asynchronously (ApexCharts) and `renders` counts the kit's renders so that S4 can report renders
 * per element per update.
 *
 * With `rounds` (S4), `bench.update()` then gives every widget its series one period later,
 * `rounds` times, waiting until each round is painted (two frames), and times all rounds.
 */
export const grid = ({ kind, count, points, rounds }, adapters) => {
  const adapter = adapters[kind];
  // Made at load, before any timing: the data is not the widget's work.
  let data = inputs(kind, count, points);
  let handles = [];
  publish({
    run: async () => {
      adapter.setup?.();
      handles = data.map((input) => adapter.create(hostBox(WIDTHS[kind]), input));
      if (adapter.ready) await Promise.all(handles.map((handle) => adapter.ready(handle)));
      return { boxes: count, renders: adapter.renders && (() => adapter.renders() / count) };
    },
    check: () => [...new Set(handles.map((handle) => adapter.check?.(handle)).filter(Boolean))],
    update: rounds
      ? async () => {
          const before = adapter.renders?.() ?? 0;
          const start = performance.now();
          for (let round = 1; round <= rounds; round += 1) {
            data = data.map((values) => shifted(values, round));
            await Promise.all(handles.map((handle, index) => adapter.update(handle, data[index])));
            await frames(2);
          }
          const ms = performance.now() - start;
          const renders = adapter.renders ? (adapter.renders() - before) / (count * rounds) : null;
          return { ms, renders };
        }
      : undefined,
  });
};
