import { html, nothing, svg } from 'lit';
import type { Direction } from '../../kpi/index.js';
import { MARKER_WIDTH } from './benchmark-geometry.js';
import type { CardModel } from './card-model.js';

const ARROWS: Record<Direction, string> = { up: 'M6 2 11 9H1Z', down: 'M6 10 1 3h10Z', flat: 'M2 5h6V2l4 4-4 4V7H2Z' };

/** The change badge, with its arrow, and what it is compared with. */
export const deltaTemplate = (delta: CardModel['delta']) =>
  delta
    ? html`<div class="delta-row">
        <span part="delta" class="delta ${delta.news}">
          <svg class="arrow" viewBox="0 0 12 12">${svg`<path d=${ARROWS[delta.direction]}></path>`}</svg>
          ${delta.text}${delta.relative ? html` <span class="relative">${delta.relative}</span>` : nothing}
        </span>
        <span class="delta-note">${delta.note}</span>
      </div>`
    : nothing;

/** The target line, marked met or missed by a sign as well as a colour. */
export const targetTemplate = (target: CardModel['target']) =>
  target
    ? html`<div part="target" class="line target ${target.met ? 'met' : 'missed'}">
        <span class="mark">${target.met ? '✓' : '✗'}</span><span>${target.text}</span>
      </div>`
    : nothing;

/** The benchmark line, with a small bar where the value is judged against the range. */
export const benchmarkTemplate = (benchmark: CardModel['benchmark']) => {
  if (!benchmark) return nothing;
  const { text, bar } = benchmark;
  return html`<div part="benchmark" class="line benchmark">
    <span>${text}</span>
    ${
      bar
        ? html`<svg class="range" viewBox="0 0 100 8" preserveAspectRatio="none">
            <rect class="range-track" x="0" y="3" width="100" height="2" rx="1"></rect>
            <rect class="range-band" x=${bar.bandStart} y="2" width=${bar.bandWidth} height="4" rx="1"></rect>
            <rect class="range-marker" x=${bar.markerX} y="0" width=${MARKER_WIDTH} height="8"></rect>
          </svg>`
        : nothing
    }
  </div>`;
};
