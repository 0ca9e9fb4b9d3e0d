import { css } from 'lit';

/** Dark defaults; a public `--kpi-*` token set by the page still wins in both themes. */
const darkTokens = css`
  color-scheme: dark;
  --_good: var(--kpi-color-good, #3fb950);
  --_bad: var(--kpi-color-bad, #ff7b72);
  --_neutral: var(--kpi-color-neutral, #9198a1);
  --_text: var(--kpi-color-text, #f0f6fc);
  --_muted: var(--kpi-color-muted, #9198a1);
  --_surface: var(--kpi-color-surface, #151b23);
  --_border: var(--kpi-color-border, #3d444d);
  --_accent: var(--kpi-color-accent, #4493f8);
`;

/**
 * Public `--kpi-*` tokens are read once here into private `--_*` ones, so every rule below uses
 * one name with its default in one place. The defaults meet WCAG AA on the default surface, in
 * the light theme and in the dark one, which follows the reader's system unless `theme` is set.
 */
export const tokenStyles = css`
  :host {
    color-scheme: light;
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
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
`;
