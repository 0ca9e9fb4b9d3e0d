// The funnel with Lit: `<funnel-ratio>` as a plain LitElement whose templates are the kit's
// (funnel-template.ts, funnel-shape-template.ts: the vertical table of bars), bound to the content
// floor's strings and bar lengths.
import { html, LitElement, nothing, svg } from 'lit';
import { styles } from '../../../src/elements/funnel-ratio/funnel-ratio.styles.ts';
import { hostStyles } from '../../../src/shared/styles/host.styles.ts';
import { lastOf } from '../floor-content/dom.js';
import { funnelText } from '../floor-content/funnel-text.js';
import { litAdapter } from './element.js';

const WORDS = {
  stage: 'Stage',
  count: 'Count',
  step: 'Step conversion',
  fromFirst: 'From first stage',
  lost: 'Drop-off',
  overall: 'overall conversion',
  logScale: 'Drawn on a log scale so that small stages stay visible.',
  biggestLoss: 'Biggest drop-off',
};

/** A rectangle placed in percent of its drawing. */
const rect = (kind, box) =>
  box
    ? svg`<rect class=${kind} x="${box.x}%" y="${box.y}%" width="${box.width}%" height="${box.height}%" rx="2"></rect>`
    : nothing;

/** The decorative bar of one stage (the kit's `renderShape` for bars). */
const renderShape = (shape) =>
  html`<svg class="shape" part="shape" aria-hidden="true" focusable="false">
    ${[rect('track', shape.track), rect('bar', shape.bar)]}
  </svg>`;

const cell = ({ text, reason, quiet }) =>
  reason === undefined
    ? text
    : html`<span aria-hidden="true">${text}</span><span class=${quiet ? 'visually-hidden' : 'reason'}>${reason}</span>`;

const badge = (kind, icon, text) =>
  html`<span class="badge ${kind}"><span aria-hidden="true">${icon}</span>${text}</span>`;

/** A stage's figure in a column (no change column here: no previous period, no stage that grew). */
const content = (stage, column, words) => {
  if (column !== 'lost') return cell(stage[column]);
  return html`<span class="figure">${cell(stage.lost)}</span
    >${stage.biggest ? badge('loss', '▼', words.biggestLoss) : nothing}${nothing}`;
};

const flags = (stage) => `${stage.biggest ? 'biggest' : ''} ${stage.grew ? 'grew' : ''}`;

const measure = (stage, column, words) =>
  html`<td role="cell" class="col-${column}">
    <span class="cell-label" aria-hidden="true">${words[column]}</span
    ><span class="cell-value">${content(stage, column, words)}</span>
  </td>`;

const stageHeader = (stage, shape, scope) =>
  html`<th scope=${scope} role=${scope === 'row' ? 'rowheader' : 'columnheader'} class="stage ${flags(stage)}">
    <span class="stage-body"><span class="name">${stage.label}</span>${renderShape(shape)}</span>
  </th>`;

/** The kit's funnel template, vertical (the horizontal table it also builds is never shown here). */
const renderFunnel = (model, { orientation, mode, scale, shapes }) => {
  const { words, stages } = model;
  const vertical = html`<tr role="row" class="column-heads">
      <th scope="col" role="columnheader" class="stage-head">
        <span class="name"><span>${words.stage}</span></span>
      </th>
      <th scope="col" role="columnheader" class="col-count">${words.count}</th>
      <th scope="col" role="columnheader" class="col-step">${words.step}</th>
      <th scope="col" role="columnheader" class="col-fromFirst">${words.fromFirst}</th>
      <th scope="col" role="columnheader" class="col-lost">${words.lost}</th>
      ${nothing}
    </tr>
    ${stages.map(
      (stage, index) =>
        html`<tr role="row" class=${flags(stage)}>
          ${stageHeader(stage, shapes[index], 'row')} ${measure(stage, 'count', words)} ${measure(stage, 'step', words)}
          ${measure(stage, 'fromFirst', words)} ${measure(stage, 'lost', words)} ${nothing}
        </tr>`,
    )}`;
  return html`<div class="width-probe"></div>
    <div part="base" class="frame ${orientation} ${mode}">
      <div class="head">
        <p class="title" id="title" part="label">${model.title}</p>
        <p class="headline" aria-hidden="true">
          <span class="overall" part="value">${model.overall.text}</span>
          <span class="overall-label">${words.overall}</span>
          ${nothing}
        </p>
        <p class="summary" part="summary">${model.summary}</p>
      </div>
      <div class="scroller" tabindex="0" role="group" aria-labelledby="title">
        <table part="table" role="table" aria-labelledby="title">
          <tbody>
            ${vertical}
          </tbody>
        </table>
      </div>
      ${scale === 'log' ? html`<p class="scale-note" part="scale-note">${words.logScale}</p>` : nothing}
    </div>`;
};

/** No figure: a dash, and why in words for screen readers. */
const firstStage = { text: '—', reason: 'not applicable, first stage', quiet: true };
const bar = (width) => (width === undefined ? null : { x: 0, y: 0, width, height: 100 });

/** The content floor's strings and lengths in the kit's shapes, worked out once for the input all 100 share. */
const funnelView = lastOf((input) => {
  const text = funnelText(input);
  return {
    model: {
      words: WORDS,
      title: 'Funnel',
      overall: { text: text.overall },
      summary: text.summary,
      stages: text.rows.map((row) => ({
        label: row.stage,
        biggest: row.biggest,
        grew: false,
        count: { text: row.count },
        step: row.step ? { text: row.step } : firstStage,
        fromFirst: { text: row.fromFirst },
        lost: row.lost ? { text: row.lost } : firstStage,
      })),
    },
    geometry: {
      orientation: 'vertical',
      mode: 'bars',
      scale: text.logScale ? 'log' : 'linear',
      shapes: text.rows.map((row) => ({ kind: 'bar', track: bar(row.trackLength), bar: bar(row.length) })),
    },
  };
});

/** `<funnel-ratio>`: the funnel of `input` (its stages and their counts). */
class LitFunnel extends LitElement {
  static styles = [hostStyles, styles];
  static properties = { input: { attribute: false } };

  render() {
    const { model, geometry } = funnelView(this.input);
    return renderFunnel(model, geometry);
  }
}

export const funnel = /* @__PURE__ */ litAdapter('funnel-ratio', LitFunnel, {
  properties: (input) => ({ input }),
  drawn: '[part~="table"]',
});
