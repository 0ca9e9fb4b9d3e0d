import { css } from 'lit';

export const cardStyles = css`
  :host {
    /* The card adapts to the space it is given, from a sidebar to a page header… */
    container-type: inline-size;
    /* …up to a width a figure still reads at: never a slab across a full-width column. */
    max-inline-size: var(--kpi-max-width, 30em);
    --_value-size: var(--kpi-card-value-size, 2em);
    --_card-background: var(--kpi-card-background, var(--_surface));
  }
  .card {
    position: relative;
    display: grid;
    gap: 0.75em;
    background: var(--_card-background);
  }
  .body {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  .label {
    /* Room for the ⓘ (2em of 14 px) beside the label (0.875em). */
    padding-inline-end: 2.3em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.3;
  }
  .value {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: -0.01em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .meta {
    display: grid;
    gap: 0.375em;
    margin-top: 0.25em;
    font-size: max(0.8125em, 11px);
  }
  .delta-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .delta {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.125em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .arrow {
    width: 0.75em;
    height: 0.75em;
    fill: currentColor;
  }
  .delta-note {
    color: var(--_muted);
  }
  .line {
    display: grid;
    grid-template-columns: 1em minmax(0, 1fr);
    align-items: baseline;
    gap: 0.25em 0.375em;
    color: var(--_muted);
  }
  .benchmark {
    grid-template-columns: minmax(0, 1fr);
  }
  .mark {
    font-weight: 700;
  }
  .target.met .mark {
    color: var(--_good);
  }
  .target.missed .mark {
    color: var(--_bad);
  }
  .range {
    width: 100%;
    max-width: 12em;
    height: 0.5em;
  }
  /* Like a native meter, the range runs from the inline start: low on the right, right to left. */
  .range:dir(rtl) {
    transform: scaleX(-1);
  }
  .range-track {
    fill: var(--_border);
  }
  .range-band {
    fill: var(--_neutral);
    opacity: 0.45;
  }
  .range-marker {
    fill: var(--_text);
  }
  .info {
    position: absolute;
    top: calc(var(--_space) - 0.25em);
    inset-inline-end: calc(var(--_space) - 0.25em);
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_card-background);
    color: var(--_muted);
    font:
      italic 700 0.875em/1 Georgia,
      'Times New Roman',
      serif;
    cursor: pointer;
  }
  .info:hover,
  .info[aria-expanded='true'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .info:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .definition {
    margin: 0;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    font-size: max(0.8125em, 11px);
    line-height: 1.45;
  }
  .definition[hidden] {
    display: none;
  }
  @container (max-width: 220px) {
    .card {
      --_space: var(--kpi-space, 12px);
    }
    /* The relative change stays in the spoken sentence; the badge keeps to one line. */
    .relative {
      display: none;
    }
    .value {
      font-size: calc(var(--_value-size) * 0.75);
    }
  }
  @container (min-width: 480px) {
    .body {
      grid-template-columns: auto 1fr;
      grid-template-areas: 'label label' 'value meta';
      align-items: end;
      column-gap: 1.5em;
    }
    .label {
      grid-area: label;
    }
    .value {
      grid-area: value;
      font-size: calc(var(--_value-size) * 1.25);
    }
    .meta {
      grid-area: meta;
      justify-items: start;
    }
  }
  /* Right to left, the value keeps its own order ("4 : 1", not "1 : 4") at the start of the card. */
  .value:dir(rtl) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  @media (forced-colors: active) {
    .delta {
      border-color: CanvasText;
    }
    .range-track,
    .range-marker {
      fill: CanvasText;
    }
    /* Highlight is not sure to stand out from Canvas (it does not in Chromium's dark palette): the outline is. */
    .range-band {
      fill: Highlight;
      opacity: 1;
      stroke: CanvasText;
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
  }
`;
