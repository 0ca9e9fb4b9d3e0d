import { html, nothing, svg } from 'lit';
import type { Box, StageShape } from './funnel-geometry.js';

/**
 * A rectangle placed in percent of its drawing. Bars are drawn without a viewBox, so their
 * rounded ends keep their radius in pixels however the cell stretches.
 */
const rect = (kind: 'bar' | 'track', box: Box | null) =>
  box
    ? svg`<rect class=${kind} x="${box.x}%" y="${box.y}%" width="${box.width}%" height="${box.height}%" rx="2"></rect>`
    : nothing;

/** The decorative drawing of one stage; its numbers are in the table around it. */
export const renderShape = (shape: StageShape) =>
  shape.kind === 'segment'
    ? html`<svg
        class="shape"
        part="shape"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 100 100"
        preserveAspectRatio="none"
      >
        <path d=${shape.path}></path>
      </svg>`
    : html`<svg class="shape" part="shape" aria-hidden="true" focusable="false">
        ${shape.kind === 'bar' ? [rect('track', shape.track), rect('bar', shape.bar)] : nothing}
      </svg>`;
