import { css } from 'lit';

export const styles = css`
  :host {
    /* A chart uses the width it is given; a page may cap it. */
    max-inline-size: var(--kpi-max-width, none);
    container-type: inline-size;
    --_fill: var(--kpi-funnel-color, var(--_accent));
    --_loss: var(--kpi-funnel-loss-color, var(--_bad));
    --_shape-size: var(--kpi-funnel-shape-size, 45%);
    --_shape-height: var(--kpi-funnel-shape-height, 7em);
  }
  /* Figures line up in every column and in the headline: tabular digits throughout. */
  .frame {
    font-variant-numeric: tabular-nums;
  }
  .head {
    display: grid;
    gap: 0.25em;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .head p {
    margin: 0;
  }
  .title {
    font-weight: 600;
  }
  /* The period under the title, close to it: one caption, not a line of its own. */
  .head .period {
    margin-block-start: -0.25em;
    color: var(--_muted);
    font-size: max(0.8125em, 11px);
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  .overall {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .overall-label,
  .summary,
  .vs,
  .reason {
    color: var(--_muted);
  }
  .summary {
    font-size: 0.875em;
  }
  .change {
    font-weight: 600;
    white-space: nowrap;
  }
  .headline .change {
    font-size: 0.875em;
  }
  .vs {
    font-weight: 400;
  }
  .arrow {
    margin-inline-end: 0.2em;
    font-size: max(0.8em, 11px);
  }
  /* In a widget narrower than its numbers the table scrolls inside the frame, never past it. */
  .scroller {
    /* Contains the table's visually hidden text too, which would otherwise widen the page. */
    position: relative;
    overflow-x: auto;
    border-radius: 2px;
    /* Shadows at an edge with more table behind it; the covers scroll with the content. */
    background:
      linear-gradient(to right, var(--_surface) 40%, transparent) left / 1.5em 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 40%, transparent) right / 1.5em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_border), transparent) left / 0.6em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_border), transparent) right / 0.6em 100% no-repeat scroll;
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.5em 0.6em;
    border-block-end: 1px solid var(--_border);
    vertical-align: middle;
    font-weight: 400;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  th[scope='col'] {
    color: var(--_muted);
    font-size: max(0.8125em, 11px);
    font-weight: 600;
  }
  th[scope='row'] {
    font-weight: 600;
    text-align: var(--_start);
  }
  .reason {
    display: block;
    font-size: max(0.8125em, 11px);
  }
  .badge {
    display: block;
    width: fit-content;
    /* On its own line at the end of the cell, under the figure it qualifies, never beside it. */
    margin-block-start: 0.3em;
    margin-inline-start: auto;
    padding: 0.1em 0.4em;
    border: 1px solid currentColor;
    /* A tag, not a pill: it still looks whole when it takes two lines. */
    border-radius: 0.4em;
    font-size: max(0.75em, 11px);
    line-height: 1.3;
    text-align: center;
    font-weight: 600;
    /*
     * On one line where the table has room; where it has not, two balanced lines at most (it is
     * never narrower than 11em) rather than a column of single words or a table wider than the widget.
     */
    min-inline-size: 11em;
    text-wrap: balance;
  }
  .badge > [aria-hidden] {
    margin-inline-end: 0.3em;
  }
  .badge.loss {
    color: var(--_bad);
  }
  .badge.grew {
    color: var(--_text);
    border-style: dashed;
  }
  /* A figure stays on one line: "9,500 (95%)" never breaks, and its badge goes under it. */
  .figure {
    white-space: nowrap;
  }

  .shape .bar,
  .shape path {
    fill: var(--_fill);
  }
  /* The stage before, behind the bar: its uncovered end is what the step lost. */
  .shape .track {
    fill: color-mix(in srgb, var(--_fill) 16%, transparent);
  }
  .shape path {
    /* A hairline of the same color hides the seams where neighbouring cells' segments meet. */
    stroke: var(--_fill);
    stroke-width: 0.5px;
    vector-effect: non-scaling-stroke;
  }
  .funnel .shape {
    overflow: visible;
  }
  /*
   * Shapes are drawn from the inline start of a left-to-right box. Right to left, the drawing is
   * mirrored: bars grow from the right, and funnel segments narrow from the first stage (on the
   * right) to the next one on its left.
   */
  .shape:dir(rtl) {
    transform: scaleX(-1);
  }
  .biggest .shape .bar,
  .biggest .shape path {
    fill: var(--_loss);
    stroke: var(--_loss);
  }
  .biggest .shape .track {
    fill: color-mix(in srgb, var(--_loss) 22%, transparent);
  }
  .grew .shape .bar,
  .grew .shape path {
    fill-opacity: 0.55;
    stroke-opacity: 0;
  }
  tr.biggest > td,
  .horizontal .biggest {
    background: var(--_loss-tint);
  }
  .frame {
    --_loss-tint: color-mix(in srgb, var(--_loss) 6%, var(--_surface));
  }

  /* The name comes first for screen readers; the drawing goes where each layout wants it. */
  .stage-body {
    display: flex;
    flex-direction: column;
  }
  .horizontal .stage-body {
    flex-direction: column-reverse;
  }

  /*
   * Vertical: a row per stage; the drawings stand in a gutter at the start of the stage column,
   * and the stage header, the names, the rules and the biggest drop-off's tint start after it.
   */
  .vertical td,
  .vertical th[scope='col']:not(:first-child) {
    text-align: var(--_end);
  }
  .vertical th[scope='col']:first-child {
    text-align: var(--_start);
  }
  .vertical th:first-child {
    /* The shape takes its share of the cell, but leaves the name at least 10em in narrow widgets. */
    --_shape-width: clamp(2.5em, var(--_shape-size), 100% - 10em);
    --_gutter: calc(var(--_shape-width) + 0.75em);
    position: relative;
    isolation: isolate;
    width: 36%;
    min-width: 11em;
    padding-inline: 0;
    border-block-end-color: transparent;
  }
  .vertical th:first-child::before {
    content: '';
    position: absolute;
    z-index: -1;
    /* Down to where the collapsed rules of the cells beside it are drawn, to meet them in line. */
    inset-block: 0 -1px;
    inset-inline: var(--_gutter) 0;
    border-block-end: 1px solid var(--_border);
  }
  .vertical tr.biggest > th::before {
    background: var(--_loss-tint);
  }
  .vertical th:first-child .name {
    display: block;
    margin-inline-start: var(--_gutter);
    padding-inline-end: 0.6em;
    overflow-wrap: normal;
  }
  /* The header's own size on its text: the gutter, in em, stays as wide as in the rows below. */
  .vertical .stage-head {
    font-size: inherit;
  }
  .vertical .stage-head .name > span {
    font-size: max(0.8125em, 11px);
  }
  .vertical .stage .shape {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_shape-width);
    height: 100%;
  }
  .vertical.bars .stage .shape {
    /* A bar of one height in every row, centred on the name, however tall a row grows. */
    height: 1.125em;
    margin-block: auto;
  }

  /* Horizontal: a column per stage; shapes on top of the column headers join into one funnel. */
  .horizontal td {
    text-align: center;
  }
  .horizontal th.stage {
    padding: 0 0 0.5em;
    vertical-align: bottom;
    text-align: center;
    color: var(--_text);
    font-size: 1em;
  }
  .horizontal .stage .shape {
    display: block;
    width: 100%;
    height: var(--_shape-height);
    margin-block-end: 0.5em;
  }
  .horizontal .stage .name {
    display: block;
    padding-inline: 0.5em;
  }
  .horizontal table {
    table-layout: fixed;
  }
  .horizontal .badge {
    margin-inline: auto;
  }
  .horizontal th[scope='row'] {
    width: 10em;
    color: var(--_muted);
  }
  .horizontal .corner {
    width: 10em;
    border-block-end-color: var(--_border);
  }

  /* A cell's own column name shows only where the rows stack (below); its value is laid out as the table's. */
  .cell-label {
    display: none;
  }
  .cell-value {
    display: contents;
  }

  .scale-note {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: max(0.75em, 11px);
  }

  /*
   * Widgets narrower than a dashboard column (a card, a sidebar): a gutter would leave bars a few
   * em, so they move under the stage name and take its cell's width.
   */
  @container (max-width: 40em) {
    .vertical.bars th:first-child {
      --_gutter: 0px;
      width: auto;
      min-width: 0;
    }
    .vertical.bars .stage .shape {
      position: static;
      display: block;
      width: 100%;
      height: 0.5em;
      margin-block: 0.35em 0;
    }
  }

  /*
   * Narrow widgets (a phone): tighter cells, a narrower funnel gutter so the names keep the room,
   * and numbers never break inside; what still does not fit scrolls.
   */
  @container (max-width: 30em) {
    .frame {
      padding: calc(var(--_space) * 0.75);
    }
    table {
      font-size: max(0.8125em, 11px);
    }
    th,
    td {
      padding: 0.45em 0.3em;
      overflow-wrap: normal;
      hyphens: manual;
    }
    td {
      white-space: nowrap;
    }
    .badge {
      min-inline-size: 7.5em;
    }
    .vertical.funnel th:first-child {
      --_shape-width: 2.25em;
    }
    .vertical th:first-child {
      width: auto;
      min-width: 0;
    }
    .horizontal table {
      table-layout: auto;
    }
    /* A column per stage on a phone: the share goes under its count, and a badge takes the column's width. */
    .horizontal .figure {
      white-space: normal;
    }
    .horizontal .badge {
      min-inline-size: 0;
    }
    .horizontal .stage .name {
      padding-inline: 0.15em;
    }
    .horizontal th[scope='row'],
    .horizontal .corner {
      width: auto;
    }
    .horizontal .stage .shape {
      height: calc(var(--_shape-height) * 0.6);
    }
  }

  /*
   * A phone, or a narrow column: five or six columns of figures do not fit side by side, and a
   * table that scrolls hides half of each stage. Each stage stacks instead: its name and count on
   * one line, its measures under them in two columns of "name … figure" (one column on a phone),
   * its drawing in the gutter as before. The header row stays for screen readers
   * only; each measure writes its column's name beside its figure.
   */
  @container (max-width: 36em) {
    .vertical table,
    .vertical tbody {
      display: block;
    }
    .vertical .column-heads {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      border: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .vertical tr {
      --_shape-width: 2.25em;
      --_gutter: 0px;
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0.2em 1.25em;
      align-items: baseline;
      padding-block: 0.6em;
      padding-inline: var(--_gutter, 0px) 0.5em;
      border-block-end: 1px solid var(--_border);
    }
    .vertical tr.biggest {
      background: var(--_loss-tint);
    }
    .vertical tr > * {
      padding: 0;
      border: 0;
      background: none;
    }
    /* The drawing's box is the whole stage now: a funnel's segments still meet from stage to stage. */
    .vertical th:first-child {
      --_shape-width: inherit;
      position: static;
      width: auto;
      min-width: 0;
    }
    .vertical th:first-child::before {
      display: none;
    }

    .vertical th:first-child .name {
      margin-inline-start: 0;
      padding-inline-end: 0;
      overflow-wrap: anywhere;
    }
    .vertical.funnel tr {
      --_gutter: calc(var(--_shape-width) + 0.75em);
    }
    .vertical .col-count {
      font-weight: 600;
    }
    .vertical td:not(.col-count) {
      display: grid;
      /* The figure keeps its width; the name beside it wraps if it must. */
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: baseline;
      gap: 0.2em 0.5em;
      white-space: normal;
    }
    .vertical td:not(.col-count) .cell-label {
      display: block;
      text-align: var(--_start);
      /* "Drop-off" breaks between words only, never at its hyphen. */
      white-space: normal;
      hyphens: manual;
      overflow-wrap: normal;
      color: var(--_muted);
      font-size: max(0.8125em, 11px);
    }
    .vertical .cell-value {
      display: block;
      text-align: var(--_end);
    }
    /* A drop-off's badge goes on a line of its own, under its figure. */
    .vertical .col-lost .cell-value {
      display: contents;
    }
    .vertical .col-lost .figure {
      text-align: var(--_end);
    }
    .vertical .badge {
      grid-column: 1 / -1;
      justify-self: end;
      margin: 0;
      min-inline-size: 0;
      white-space: nowrap;
    }
  }
  /* A phone: one measure per line, its name never squeezed into a column of single words. */
  @container (max-width: 26em) {
    .vertical td:not(.col-count) {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    /* System colors only, hairlines included; Highlight is not sure to stand out from Canvas: the outline is. */
    .shape .bar,
    .shape path {
      fill: CanvasText;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    /* The track is an outline: the stage before, drawn without covering the bar's fill. */
    .shape .track,
    .biggest .shape .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .biggest .shape .bar,
    .biggest .shape path {
      fill: Highlight;
      stroke: CanvasText;
    }
    .badge {
      border-color: CanvasText;
    }
  }
`;
