import { css } from 'lit';

/**
 * Public `--kpi-*` tokens are read once here into private `--_*` ones, so every rule below uses
 * one name with its default in one place. The defaults meet WCAG AA on the default surface.
 */
export const tokenStyles = css`
  :host {
    --_good: var(--kpi-color-good, #1a7f37);
    --_bad: var(--kpi-color-bad, #cf222e);
    --_neutral: var(--kpi-color-neutral, #59636e);
    --_text: var(--kpi-color-text, #1f2328);
    --_muted: var(--kpi-color-muted, #59636e);
    --_surface: var(--kpi-color-surface, #ffffff);
    --_border: var(--kpi-color-border, #d1d9e0);
    --_accent: var(--kpi-color-accent, #0969da);
    --_font: var(--kpi-font-family, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--kpi-radius, 12px);
    --_space: var(--kpi-space, 16px);
  }
`;
