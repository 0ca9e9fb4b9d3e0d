import { css } from 'lit';

export const styles = css`
  :host {
    /* A gauge reads at a glance: never a slab across a full-width column. */
    max-inline-size: var(--kpi-max-width, 30em);
    --_track: var(--kpi-gauge-track-color, var(--_border));
    --_fill: var(--kpi-gauge-fill-color, var(--_accent));
    --_warning: var(--kpi-gauge-warning-color, #9a6700);
    --_size: var(--kpi-gauge-size, 220px);
  }
  p {
    margin: 0;
  }
  .gauge {
    display: grid;
    /* Stretched to a row's height, the rows keep their own heights, from the top. */
    align-content: start;
    gap: 4px;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .label {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .meter {
    display: grid;
    gap: 2px;
    justify-items: center;
  }
  .dial {
    width: min(100%, var(--_size));
    margin-block: 8px 4px;
  }
  .drawing {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .headline {
    font-weight: 700;
    letter-spacing: -0.02em;
    color: var(--_text);
  }
  .caption {
    font-size: max(0.8125em, 11px);
    color: var(--_muted);
  }
  /* Inside a round dial the texts are the drawing's, in its units: they scale with it. */
  text.headline,
  text.caption {
    fill: currentColor;
    text-anchor: middle;
  }
  text.caption {
    font-size: 13px;
  }
  .value {
    font-size: 1.0625em;
    font-weight: 600;
  }
  .remaining,
  .secondary,
  .zone {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The badge and the day beside it; the day wraps under the badge when there is no room. */
  .status-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 4px 8px;
    margin-block-start: 6px;
  }
  .day {
    font-size: max(0.8125em, 11px);
    color: var(--_muted);
  }
  /* A phrase wraps inside only when it alone is wider than the line; see the template's phrases. */
  .phrase {
    display: inline-block;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-block: 2px;
    padding-inline: 8px 10px;
    border: 1px solid var(--_tone);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 8%, var(--_surface));
    font-size: max(0.8125em, 11px);
    font-weight: 600;
    color: var(--_text);
  }
  .icon {
    color: var(--_tone);
  }
  /* One fact a line: short lines that read as a list, not a paragraph wrapped around separators. */
  .pace {
    display: grid;
    font-size: max(0.8125em, 11px);
    line-height: 1.45;
    color: var(--_muted);
  }
  .tone-good {
    --_tone: var(--_good);
  }
  .tone-bad {
    --_tone: var(--_bad);
  }
  .tone-neutral,
  .tone-warning {
    --_tone: var(--_neutral);
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_fill);
    transition:
      d 400ms ease-out,
      width 400ms ease-out;
  }
  .level-good .fill,
  .zone-mark.level-good {
    fill: var(--_good);
  }
  .level-bad .fill,
  .zone-mark.level-bad {
    fill: var(--_bad);
  }
  .level-warning .fill,
  .zone-mark.level-warning {
    fill: var(--_warning);
  }
  /* A notch across the track, no wider than it: a mark on the scale, not a needle. */
  .goal-mark {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .goal-mark-bar {
    fill: var(--_text);
  }

  /* The bar: label and big percent on one line, the bar under them, figures start-aligned. */
  .bar {
    text-align: var(--_start);
  }
  .bar .meter {
    grid-template-columns: 1fr auto;
    justify-items: start;
    align-items: baseline;
    column-gap: 12px;
  }
  .bar .drawing {
    grid-column: 1 / -1;
    grid-row: 2;
    margin-block: 6px 4px;
  }
  /* Like a native meter, the bar fills from the inline start: from the right, right to left. */
  .bar .drawing:dir(rtl) {
    transform: scaleX(-1);
  }
  .bar .center {
    grid-column: 1 / -1;
    grid-row: 1;
    display: flex;
    gap: 0.375em;
    align-items: baseline;
  }
  .bar .headline {
    font-size: 1.75em;
  }
  .bar .value,
  .bar .remaining,
  .bar .secondary,
  .bar .zone {
    grid-column: 1 / -1;
  }
  .bar .status-line {
    justify-content: start;
  }

  @media (forced-colors: active) {
    .drawing {
      forced-color-adjust: none;
    }
    .track {
      fill: Canvas;
      stroke: GrayText;
    }
    /* Highlight is not sure to stand out from Canvas (it does not in Chromium's dark palette): the outline is. */
    .fill,
    .level-good .fill,
    .level-bad .fill,
    .level-warning .fill {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    /* As specific as the colors per level above, which would otherwise win. */
    .zone-mark.level-good,
    .zone-mark.level-warning,
    .zone-mark.level-bad,
    .goal-mark-bar {
      fill: CanvasText;
    }
    .goal-mark {
      stroke: CanvasText;
    }
    /* The drawing opts out of forced colors, so its texts take the system's text color here. */
    text.headline,
    text.caption {
      fill: CanvasText;
    }
    .badge {
      border-color: CanvasText;
    }
  }
`;
