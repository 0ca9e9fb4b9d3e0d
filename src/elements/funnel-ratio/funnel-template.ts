import { html, nothing } from 'lit';
import type { FunnelGeometry, StageShape } from './funnel-geometry.js';
import type { Column, FunnelModel, TableWords } from './funnel-model.js';
import { renderShape } from './funnel-shape-template.js';
import type { Cell, Change, StageModel } from './funnel-stage-model.js';

const cell = ({ text, reason, quiet }: Cell) =>
  reason === undefined
    ? text
    : html`<span aria-hidden="true">${text}</span><span class=${quiet ? 'visually-hidden' : 'reason'}>${reason}</span>`;

const change = (value: Change, after: unknown = nothing) =>
  value.news === undefined
    ? cell(value)
    : html`<span class="change ${value.news}"
        ><span class="arrow" aria-hidden="true">${value.arrow}</span>${value.text}<span class="visually-hidden">
          (${value.word})</span
        >${after}</span
      >`;

const badge = (kind: 'loss' | 'grew', icon: string, text: string) =>
  html`<span class="badge ${kind}"><span aria-hidden="true">${icon}</span>${text}</span>`;

const content = (stage: StageModel, column: Column, words: TableWords) => {
  if (column === 'change') return change(stage.change);
  if (column !== 'lost') return cell(stage[column]);
  return html`<span class="figure">${cell(stage.lost)}</span
    >${stage.biggest ? badge('loss', '▼', words.biggestLoss) : nothing}${
      stage.grew ? badge('grew', '⚠', words.grew) : nothing
    }`;
};

/** The stage's marker classes: its styles show the biggest drop and a stage that grew. */
const flags = (stage: StageModel) => `${stage.biggest ? 'biggest' : ''} ${stage.grew ? 'grew' : ''}`;

const NO_SHAPE: StageShape = { kind: 'none' };

/**
 * A stage's measure in a row of the vertical table. Its column's name is written in the cell too,
 * shown only where the rows stack (a phone), and hidden from screen readers, which have the header.
 */
const measure = (stage: StageModel, column: Column, words: TableWords) =>
  html`<td role="cell" class="col-${column}">
    <span class="cell-label" aria-hidden="true">${words[column]}</span
    ><span class="cell-value">${content(stage, column, words)}</span>
  </td>`;

const stageHeader = (stage: StageModel, shape: StageShape | undefined, scope: 'row' | 'col') =>
  html`<th scope=${scope} role=${scope === 'row' ? 'rowheader' : 'columnheader'} class="stage ${flags(stage)}">
    <span class="stage-body"><span class="name">${stage.label}</span>${renderShape(shape ?? NO_SHAPE)}</span>
  </th>`;

/** The funnel's numbers as a real table, with each stage's drawing inside its header cell. */
export const renderFunnel = (model: FunnelModel, { orientation, mode, scale, shapes }: FunnelGeometry) => {
  const { words, stages } = model;
  const hasChange = model.columns.includes('change');
  // The columns written out, not mapped: every item of a list costs Lit marker nodes of its own.
  // Header rows are plain rows of <th scope="col">, not a <thead>: Chromium keeps some 190 bytes of
  // every table with a <thead> or <tfoot> after it is gone, so funnels that come and go would leak.
  // The roles are the elements' own, said again: where the rows stack on a phone (display: grid),
  // WebKit has stopped reading such a table as one.
  // Each layout is built only when it is the one shown: the other's templates would be thrown away.
  const vertical = () =>
    html`<tr role="row" class="column-heads">
        <th scope="col" role="columnheader" class="stage-head">
          <span class="name"><span>${words.stage}</span></span>
        </th>
        <th scope="col" role="columnheader" class="col-count">${words.count}</th>
        <th scope="col" role="columnheader" class="col-step">${words.step}</th>
        <th scope="col" role="columnheader" class="col-fromFirst">${words.fromFirst}</th>
        <th scope="col" role="columnheader" class="col-lost">${words.lost}</th>
        ${hasChange ? html`<th scope="col" role="columnheader" class="col-change">${words.change}</th>` : nothing}
      </tr>
      ${stages.map(
        (stage, index) =>
          html`<tr role="row" class=${flags(stage)}>
            ${stageHeader(stage, shapes[index], 'row')} ${measure(stage, 'count', words)}
            ${measure(stage, 'step', words)} ${measure(stage, 'fromFirst', words)} ${measure(stage, 'lost', words)}
            ${hasChange ? measure(stage, 'change', words) : nothing}
          </tr>`,
      )}`;
  const horizontal = () =>
    html`<tr>
        <td class="corner"></td>
        ${stages.map((stage, index) => stageHeader(stage, shapes[index], 'col'))}
      </tr>
      ${model.columns.map(
        (column) =>
          html`<tr>
            <th scope="row">${words[column]}</th>
            ${stages.map(
              (stage) => html`<td class="col-${column} ${flags(stage)}">${content(stage, column, words)}</td>`,
            )}
          </tr>`,
      )}`;
  // An empty block as wide as the widget: a horizontal funnel measures it, not itself, whose height
  // its own render changes (which would make the measurement loop).
  return html`<div class="width-probe"></div>
    <div part="base" class="frame ${orientation} ${mode}">
      <div class="head">
        <p class="title" id="title" part="label">${model.title}</p>
        ${model.period ? html`<p class="period" part="period">${model.period}</p>` : nothing}
        <p class="headline" aria-hidden="true">
          <span class="overall" part="value">${model.overall.text}</span>
          <span class="overall-label">${words.overall}</span>
          ${model.overallChange ? change(model.overallChange, html` <span class="vs">${model.versus}</span>`) : nothing}
        </p>
        <p class="summary" part="summary">${model.summary}</p>
      </div>
      <div class="scroller" tabindex="0" role="group" aria-labelledby="title">
        <table part="table" role="table" aria-labelledby="title">
          <tbody>
            ${orientation === 'vertical' ? vertical() : horizontal()}
          </tbody>
        </table>
      </div>
      ${scale === 'log' ? html`<p class="scale-note" part="scale-note">${words.logScale}</p>` : nothing}
    </div>`;
};
