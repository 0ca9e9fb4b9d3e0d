import { css } from 'lit';

export const cardStyles = css`
  :host {
    /* The card adapts to the space it is given, from a sidebar to a page header… */
    container-type: inline-size;
    /* …up to a width a figure still reads at: never a slab across a full-width column. */
    max-inline-size: var(--kpi-max-width, 30em);
    --_value-size: var(--kpi-card-value-size, 2em);
    --_card-background: var(--kpi-card-background, var(--_surface));
    --_small: max(0.8125em, 11px);
  }
  /* The card fills its host as every frame does (host.styles.ts); its content stacks from the top. */
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    background: var(--_card-background);
    /* Figures in columns: every digit as wide as the others, so values and changes line up. */
    font-variant-numeric: tabular-nums;
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .title {
    flex: 1;
    min-width: 0;
  }
  .period {
    color: var(--_muted);
    font-size: var(--_small);
    line-height: 1.4;
  }
  .label {
    min-width: 0;
    /* Centred on the ⓘ's 24 px (24/14 of the label's 14 px): one line of 14 px at 1.3 is 18 px. */
    padding-block: calc((24em / 14 - 1.3em) / 2) 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.3;
    /*
     * One line, so the values of a row of cards stand on one baseline; a name too long for it ends
     * in "…" (its whole is in the tooltip, the sentence read aloud and the ⓘ's name).
     */
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .body {
    display: grid;
    gap: 0.625em;
    min-width: 0;
  }
  /* The value, then its comparisons: under it in a card, beside it on one baseline in a wide one. */
  .headline {
    display: grid;
    gap: 0.375em;
    min-width: 0;
  }
  .comparisons {
    display: grid;
    gap: 0.375em;
    font-size: var(--_small);
    line-height: 1.5;
  }
  .change {
    margin: 0;
  }
  .value {
    max-width: 100%;
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  /*
   * The series under the value: the trend's sparkline, stretched to the card's width; its strokes
   * and dots keep their size in any box. Drawn once, nothing moves.
   */
  .sparkline {
    display: block;
    width: 100%;
    height: 2.5em;
    overflow: visible;
  }
  .sparkline path {
    fill: none;
    stroke: var(--_accent);
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .sparkline .line {
    stroke-width: 2px;
  }
  .sparkline .texture {
    stroke-width: 1px;
    stroke-opacity: 0.2;
  }
  .sparkline .points {
    stroke-width: 5px;
  }
  .sparkline .latest {
    stroke-width: 6px;
  }
  .delta {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0.125em 0.5em;
    /* No tint behind the figure: the news colours keep their contrast on the card (AA). */
    border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: 999px;
    margin-inline-end: 0.25em;
    font-weight: 600;
    white-space: nowrap;
  }
  .arrow {
    align-self: center;
    width: 0.75em;
    height: 0.75em;
    fill: currentColor;
  }
  .delta-note {
    color: var(--_muted);
  }
  .range-text {
    white-space: nowrap;
  }
  .meta {
    display: grid;
    gap: 0.375em;
    font-size: var(--_small);
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
  /* The bar, its labels in its own lengths (em of 11–12 px): the value over the marker, the bounds under the band's ends. */
  .range {
    display: block;
    width: 100%;
    max-width: 15em;
    height: 3.1em;
    overflow: visible;
    font-size: max(0.875em, 11px);
  }
  .range-label {
    fill: var(--_muted);
  }
  .range-value {
    fill: var(--_text);
    font-weight: 600;
  }
  /* Like a native meter, the range runs from the inline start: low on the right, right to left… */
  .range:dir(rtl) {
    transform: scaleX(-1);
  }
  /* …while its labels read as they are, each in its own place. */
  .range:dir(rtl) .range-label {
    transform-box: fill-box;
    transform-origin: center;
    transform: scaleX(-1);
  }
  .range-track {
    fill: var(--_border);
  }
  .range-band {
    fill: var(--_neutral);
    opacity: 0.5;
  }
  .range-marker {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .info {
    flex: none;
    display: grid;
    place-items: center;
    /*
     * 24 px at the reader's default size (24/13 of its own 13 px, in em so that it follows the
     * widget's size, never the page's root): a target WCAG 2.2 accepts, in the card's corner.
     */
    width: calc(24em / 13);
    height: calc(24em / 13);
    margin-block-start: calc(-2em / 13);
    margin-inline-end: calc(-4em / 13);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_card-background);
    color: var(--_muted);
    font:
      italic 700 0.8125em/1 Georgia,
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
    font-size: var(--_small);
    line-height: 1.45;
  }
  .definition[hidden] {
    display: none;
  }
  /* An error card keeps the KPI's name and the card's frame, in the colour of bad news. */
  .card:has(> .error) {
    border-color: var(--_bad);
  }
  .card > :is(.error, .loading) {
    padding: 0;
    border: 0;
    background: none;
    font-size: var(--_small);
  }
  @container (max-width: 220px) {
    .card {
      --_space: var(--kpi-space, 12px);
    }
    /* The ⓘ moves into the corner's padding, to leave the name its room. */
    .head {
      gap: 0.25em;
    }
    .info {
      margin-block-start: calc(-4em / 13);
      margin-inline-end: calc(-6em / 13);
    }
    /* Alone in a sidebar, a card has no row to line up with: its name takes two lines before it ends in "…". */
    .label {
      font-size: 0.8125em;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      white-space: normal;
    }
    /* The relative change stays in the spoken sentence; the badge keeps to one line. */
    .relative {
      display: none;
    }
    .value {
      font-size: calc(var(--_value-size) * 0.75);
    }
  }
  /*
   * Wide, the value holds the start, and its comparisons and benchmark stand beside it, the first
   * comparison on the value's baseline.
   */
  @container (min-width: 480px) {
    .body {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'value change' '. meta';
      align-items: baseline;
      column-gap: 1.5em;
    }
    .headline {
      display: contents;
    }
    .value {
      grid-area: value;
      font-size: calc(var(--_value-size) * 1.25);
    }
    .comparisons {
      grid-area: change;
    }
    /* Under the value and its comparisons, across the card: the series reads as the card's whole story. */
    .body:has(.sparkline) {
      grid-template-areas: 'value change' 'sparkline sparkline' '. meta';
    }
    .sparkline {
      grid-area: sparkline;
      align-self: start;
    }
    .meta {
      grid-area: meta;
    }
  }
  /* Right to left, the value keeps its own order ("4 : 1", not "1 : 4") at the start of the card. */
  .value:dir(rtl) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  /*
   * On paper the definition shows if it was open, and the button that opens it does nothing; a
   * long name wraps, as paper has no tooltip to read the rest of it in.
   */
  @media print {
    .info {
      display: none;
    }
    .label {
      display: block;
      overflow: visible;
      white-space: normal;
      -webkit-line-clamp: none;
    }
  }
  @media (forced-colors: active) {
    .sparkline path {
      stroke: CanvasText;
    }
    .delta {
      border-color: CanvasText;
    }
    .range-track {
      fill: CanvasText;
    }
    .range-marker {
      stroke: CanvasText;
    }
    .range-label {
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
