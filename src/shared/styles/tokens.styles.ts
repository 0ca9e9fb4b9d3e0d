import { css } from 'lit';

/**
 * Public `--kpi-*` tokens are read once here into private `--_*` ones, so every rule below uses
 * one name with its default in one place. Each default is a `light-dark()` pair: the widget
 * follows the host page's `color-scheme`, which inherits into the shadow root (a light page gets
 * light widgets whatever the reader's system says; a page of `color-scheme: dark`, or of
 * `light dark` read in a dark system, gets dark ones); `theme` sets the scheme of one widget.
 * Both sides meet WCAG AA on their surface. A token the page sets wins in both schemes.
 */
export const tokenStyles = css`
  :host {
    --_good: var(--kpi-color-good, light-dark(#1a7f37, #3fb950));
    --_bad: var(--kpi-color-bad, light-dark(#cf222e, #ff7b72));
    --_neutral: var(--kpi-color-neutral, light-dark(#59636e, #9198a1));
    --_text: var(--kpi-color-text, light-dark(#1f2328, #f0f6fc));
    --_muted: var(--kpi-color-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--kpi-color-surface, light-dark(#ffffff, #151b23));
    --_border: var(--kpi-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--kpi-color-accent, light-dark(#0969da, #4493f8));
    --_font: var(--kpi-font-family, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--kpi-radius, 12px);
    --_space: var(--kpi-space, 16px);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /*
   * On paper a widget is ink on white whatever its theme or the page's scheme: a dark widget
   * would print as a block of toner. The page's own text, surface, muted and border tokens are
   * for its screen and give way here; its news and accent colors (its brand) print in their light
   * variants. Fills and bars print as drawn (print-color-adjust), not dropped as backgrounds.
   */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      print-color-adjust: exact;
      --_text: #1f2328;
      --_muted: #59636e;
      --_surface: #ffffff;
      --_border: #d1d9e0;
    }
  }
  /*
   * Forced colors (Windows High Contrast) pick the reader's palette, light or dark, whatever the
   * page's scheme: every color is one of its system colors, news told by words and arrows.
   */
  @media (forced-colors: active) {
    :host {
      --_good: CanvasText;
      --_bad: CanvasText;
      --_neutral: CanvasText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
    }
  }
`;
