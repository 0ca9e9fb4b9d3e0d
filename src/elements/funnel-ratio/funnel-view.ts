import { html, nothing } from 'lit';
import type { FunnelStrings } from './funnel-ratio.strings.js';
import { relativeSizes, stagePolygon, type Mode, type Orientation } from './funnel-shape.js';
import type { Cell, Change, FunnelView, StageView } from './funnel-text.js';

type Column = 'count' | 'step' | 'fromFirst' | 'lost' | 'change';

export interface ViewOptions {
  readonly title: string;
  readonly counts: readonly number[];
  readonly orientation: Orientation;
  readonly mode: Mode;
  readonly strings: FunnelStrings;
}

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

const content = (stage: StageView, column: Column, strings: FunnelStrings) => {
  if (column === 'change') return change(stage.change);
  if (column !== 'lost') return cell(stage[column]);
  return html`${cell(stage.lost)}${stage.biggest ? badge('loss', '▼', strings.biggestLoss) : nothing}${
    stage.grew ? badge('grew', '⚠', strings.grew) : nothing
  }`;
};

/** The decorative drawing of one stage; its numbers are in the table around it. */
const shape = (points: string) =>
  html`<svg
    class="shape"
    part="shape"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 100 100"
    preserveAspectRatio="none"
  >
    <polygon points=${points}></polygon>
  </svg>`;

/** The stage's marker classes: its styles show the biggest drop and a stage that grew. */
const flags = (stage: StageView) => `${stage.biggest ? 'biggest' : ''} ${stage.grew ? 'grew' : ''}`;

const stageHeader = (stage: StageView, points: string, scope: 'row' | 'col') =>
  html`<th scope=${scope} class="stage ${flags(stage)}">
    <span class="stage-body"><span class="name">${stage.label}</span>${shape(points)}</span>
  </th>`;

/** The funnel's numbers as a real table, with each stage's drawing inside its header cell. */
export const renderFunnel = (view: FunnelView, { title, counts, orientation, mode, strings }: ViewOptions) => {
  const columns: Column[] = ['count', 'step', 'fromFirst', 'lost', ...(view.hasPrevious ? ['change' as const] : [])];
  const heading: Record<Column, string> = {
    count: strings.count,
    step: strings.step,
    fromFirst: strings.fromFirst,
    lost: strings.lost,
    change: strings.change,
  };
  const sizes = relativeSizes(counts);
  const points = view.stages.map((_, index) => stagePolygon(sizes, index, orientation, mode));
  // The columns written out, not mapped: every item of a list costs Lit marker nodes of its own.
  // Header rows are plain rows of <th scope="col">, not a <thead>: Chromium keeps some 190 bytes of
  // every table with a <thead> or <tfoot> after it is gone, so funnels that come and go would leak.
  const vertical = html`<tr>
      <th scope="col">${strings.stage}</th>
      <th scope="col" class="col-count">${heading.count}</th>
      <th scope="col" class="col-step">${heading.step}</th>
      <th scope="col" class="col-fromFirst">${heading.fromFirst}</th>
      <th scope="col" class="col-lost">${heading.lost}</th>
      ${view.hasPrevious ? html`<th scope="col" class="col-change">${heading.change}</th>` : nothing}
    </tr>
    ${view.stages.map(
      (stage, index) =>
        html`<tr class=${flags(stage)}>
          ${stageHeader(stage, points[index] ?? '', 'row')}
          <td class="col-count">${content(stage, 'count', strings)}</td>
          <td class="col-step">${content(stage, 'step', strings)}</td>
          <td class="col-fromFirst">${content(stage, 'fromFirst', strings)}</td>
          <td class="col-lost">${content(stage, 'lost', strings)}</td>
          ${view.hasPrevious ? html`<td class="col-change">${content(stage, 'change', strings)}</td>` : nothing}
        </tr>`,
    )}`;
  const horizontal = html`<tr>
      <td class="corner"></td>
      ${view.stages.map((stage, index) => stageHeader(stage, points[index] ?? '', 'col'))}
    </tr>
    ${columns.map(
      (column) =>
        html`<tr>
          <th scope="row">${heading[column]}</th>
          ${view.stages.map(
            (stage) => html`<td class="col-${column} ${flags(stage)}">${content(stage, column, strings)}</td>`,
          )}
        </tr>`,
    )}`;
  return html`<div part="base" class="frame ${orientation} ${mode}">
    <div class="head">
      <p class="title" id="title" part="label">${title}</p>
      <p class="headline" aria-hidden="true">
        <span class="overall" part="value">${view.overall.text}</span>
        <span class="overall-label">${strings.overall}</span>
        ${view.overallChange ? change(view.overallChange, html` <span class="vs">${strings.vsPrevious}</span>`) : nothing}
      </p>
      <p class="summary" part="summary">${view.summary}</p>
    </div>
    <div class="scroller" tabindex="0" role="group" aria-labelledby="title">
      <table part="table" aria-labelledby="title">
        <tbody>
          ${orientation === 'vertical' ? vertical : horizontal}
        </tbody>
      </table>
    </div>
  </div>`;
};
