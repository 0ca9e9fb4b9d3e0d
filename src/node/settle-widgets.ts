/** A widget of the page as the CLI reports it. */
export interface WidgetReport {
  readonly tag: string;
  readonly id: string;
  /** The `label` attribute, else the label the widget shows. */
  readonly label: string;
  /** The message of its error state, when it shows one. */
  readonly error?: string;
  /** Whether `--selector` picks it for a PNG. */
  readonly selected: boolean;
}

export type Settled =
  | { readonly ok: true; readonly widgets: readonly WidgetReport[] }
  | { readonly ok: false; readonly reason: 'no-widgets' | 'undefined' | 'loading'; readonly names: readonly string[] };

/**
 * Runs in the page (puppeteer hands over its source, so it imports nothing): waits until every
 * kpi-kit widget is defined, has rendered, and has no fetch of `src` on its way, then two frames
 * more for what a render measured (a trend draws at its box's width), and reports the widgets in
 * page order. A page with no widget, a tag never defined (the kit's script did not load) or a
 * fetch that does not end within `timeoutMs` is reported, not waited on forever.
 */
export const settleWidgets = async (selector: string, timeoutMs: number): Promise<Settled> => {
  const TAGS = 'kpi-card, kpi-trend, funnel-ratio, goal-gauge';
  type Widget = HTMLElement & { updateComplete?: Promise<unknown> };
  const started = performance.now();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const nameOf = (widget: Widget) =>
    `<${widget.localName}${widget.id ? ` id="${widget.id}"` : ''}${widget.getAttribute('label') ? ` label="${widget.getAttribute('label')}"` : ''}>`;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  for (;;) {
    if (document.readyState === 'complete') await document.fonts.ready;
    const widgets = [...document.querySelectorAll<Widget>(TAGS)];
    const waiting = performance.now() - started < timeoutMs;
    if (widgets.length === 0) {
      // A page that has loaded and shows none after a second has none.
      if (document.readyState === 'complete' && performance.now() - started > 1000) {
        return { ok: false, reason: 'no-widgets', names: [] };
      }
    } else {
      const undefinedWidgets = widgets.filter((widget) => !customElements.get(widget.localName));
      if (undefinedWidgets.length > 0 && !waiting)
        return { ok: false, reason: 'undefined', names: undefinedWidgets.map(nameOf) };
      if (undefinedWidgets.length === 0) {
        await Promise.all(widgets.map((widget) => widget.updateComplete));
        const loading = widgets.filter((widget) => widget.shadowRoot?.querySelector('[part~="loading"]'));
        if (loading.length > 0 && !waiting) return { ok: false, reason: 'loading', names: loading.map(nameOf) };
        if (loading.length === 0) {
          await frames();
          await Promise.all(widgets.map((widget) => widget.updateComplete));
          return {
            ok: true,
            widgets: widgets.map((widget) => {
              const error = text(widget.shadowRoot?.querySelector('[part~="error"]'));
              return {
                tag: widget.localName,
                id: widget.id,
                label:
                  widget.getAttribute('label')?.trim() || text(widget.shadowRoot?.querySelector('[part~="label"]')),
                ...(error && { error }),
                selected: widget.matches(selector),
              };
            }),
          };
        }
      }
    }
    if (!waiting) return { ok: false, reason: 'no-widgets', names: [] };
    await pause(50);
  }
};
