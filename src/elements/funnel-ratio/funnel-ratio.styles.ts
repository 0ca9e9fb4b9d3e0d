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
    font-variant-numeric: tabular-nums;
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
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    margin-inline-start: 0.4em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    font-size: max(0.8125em, 11px);
    text-align: var(--_start);
    font-weight: 600;
  }
  .badge.loss {
    color: var(--_bad);
  }
  .badge.grew {
    color: var(--_text);
    border-style: dashed;
  }
  .shape polygon {
    fill: var(--_fill);
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
  .biggest .shape polygon {
    fill: var(--_loss);
    stroke: var(--_loss);
  }
  .grew .shape polygon {
    fill-opacity: 0.55;
    stroke-opacity: 0;
  }
  tr.biggest > *,
  td.biggest,
  th.biggest {
    background: color-mix(in srgb, var(--_loss) 6%, var(--_surface));
  }

  /* The name comes first for screen readers; the drawing goes where each layout wants it. */
  .stage-body {
    display: flex;
    flex-direction: column;
  }
  .horizontal .stage-body {
    flex-direction: column-reverse;
  }

  /* Vertical: a row per stage; the shape fills the start of its row header, edge to edge. */
  .vertical td,
  .vertical th[scope='col']:not(:first-child) {
    text-align: var(--_end);
  }
  .vertical th[scope='col']:first-child {
    text-align: var(--_start);
  }
  .vertical th.stage {
    /* The shape takes its share of the cell, but leaves the label at least 8em in narrow widgets. */
    --_shape-width: clamp(2.5em, var(--_shape-size), 100% - 8em);
    position: relative;
    width: 36%;
    min-width: 11em;
    padding-inline-start: 0;
  }
  .vertical .stage .shape {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_shape-width);
    height: 100%;
  }
  .vertical .stage .name {
    display: block;
    margin-inline-start: calc(var(--_shape-width) + 0.75em);
    overflow-wrap: normal;
  }
  .vertical.funnel .stage {
    border-block-end-color: transparent;
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
  .horizontal td.col-lost .badge {
    display: flex;
    width: fit-content;
    margin: 0.3em auto 0;
  }
  .horizontal th[scope='row'] {
    width: 10em;
    color: var(--_muted);
  }
  .horizontal .corner {
    width: 10em;
    border-block-end-color: var(--_border);
  }

  /*
   * Narrow widgets (a phone, a sidebar): tighter cells, the drawing moves under the stage name so
   * the name keeps the room, and numbers never break inside; what still does not fit scrolls.
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
    td:not(.col-lost) {
      white-space: nowrap;
    }
    .vertical th.stage {
      width: auto;
      min-width: 0;
      padding-inline-start: 0;
    }
    .vertical .stage .shape {
      position: static;
      display: block;
      width: 100%;
      height: 0.5em;
      margin-block-start: 0.35em;
    }
    .vertical .stage .name {
      margin-inline-start: 0;
    }
    .vertical.funnel .stage {
      border-block-end-color: var(--_border);
    }
    .col-lost .badge {
      display: flex;
      width: fit-content;
      margin-block: 0.25em 0;
      margin-inline: auto 0;
    }
    .horizontal table {
      table-layout: auto;
    }
    .horizontal th[scope='row'],
    .horizontal .corner {
      width: auto;
    }
    .horizontal .stage .shape {
      height: calc(var(--_shape-height) * 0.6);
    }
  }

  @media (forced-colors: active) {
    /* System colors only, hairlines included; Highlight is not sure to stand out from Canvas: the outline is. */
    .shape polygon {
      fill: CanvasText;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .biggest .shape polygon {
      fill: Highlight;
      stroke: CanvasText;
    }
    .badge {
      border-color: CanvasText;
    }
  }
`;
