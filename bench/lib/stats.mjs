export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * One cell's figures over its loads: the timed figure (creation, or the update rounds in S4) as
 * median and min, the rest as medians. The heap per widget is what the widgets added to the heap
 * after a collection, the library's one-time allocations included, divided by their count: JS
 * (V8) and DOM (Blink: nodes, styles, layout objects) apart.
 */
export const summarize = (loads, scenario) => {
  const times = loads.map((load) => load.ms);
  const churn = scenario.page === 'churn';
  const of = (pick) => median(loads.map(pick));
  return {
    runs: loads.length,
    median: median(times),
    min: Math.min(...times),
    createMedian: of((load) => load.createMs),
    heapAfter: of((load) => load.heapAfter.js),
    heapPerWidget: of((load) => (load.heapAfter.js - load.heapBefore.js) / scenario.widgets),
    domHeapPerWidget: of((load) => (load.heapAfter.dom - load.heapBefore.dom) / scenario.widgets),
    heapChange: of((load) => (load.heapAfter.js - load.heapBefore.js) / load.heapBefore.js),
    domHeapChange: of((load) => (load.heapAfter.dom - load.heapBefore.dom) / load.heapBefore.dom),
    nodes: of((load) => load.nodes),
    elements: of((load) => load.elements),
    createRenders: loads[0].createRenders != null ? of((load) => load.createRenders) : undefined,
    renders: scenario.rounds && loads[0].renders != null ? of((load) => load.renders) : undefined,
    // S6, worst load: detached nodes left, and Lit's cached templates before and after the churn.
    detached: churn ? Math.max(...loads.map((load) => load.detached.nodes)) : undefined,
    templates: churn
      ? {
          before: Math.max(...loads.map((l) => l.detachedBefore.templates)),
          after: Math.max(...loads.map((l) => l.detached.templates)),
        }
      : undefined,
  };
};
