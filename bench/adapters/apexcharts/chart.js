// ApexCharts, tree-shaken as its README shows: each kind imports `apexcharts/<type>`, the core
// class with that one chart type registered, so a page carries only the type it draws.
// ApexCharts draws asynchronously: `render()` returns a promise, awaited as the widget's `ready`.

export const QUIET = { animations: { enabled: false }, toolbar: { show: false }, zoom: { enabled: false } };

/** An adapter drawing with `ApexCharts` (a per-type build) from `options(input)`. */
export const chart = (ApexCharts, options, extra = {}) => ({
  create(box, input) {
    const element = document.createElement('div');
    box.append(element);
    const instance = new ApexCharts(element, options(input));
    instance.drawn = instance.render();
    return instance;
  },
  ready: (instance) => instance.drawn,
  remove: (instance) => instance.destroy(),
  ...extra,
});
