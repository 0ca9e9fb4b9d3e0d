import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatChange, formatValue } from '../../kpi/index.js';
import { TREND_STRINGS } from './kpi-trend.strings.js';
import { describePeriod, formatted, latestChange, periodValue, type TrendContext } from './trend-text.js';

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

/** The latest value, its change on the period before and whether that is good or bad news. */
export const renderHeadline = (context: TrendContext) => {
  const words = TREND_STRINGS[context.lang];
  const { summary, names } = context;
  const change = latestChange(context);
  return html`<div class="headline">
      <span class="value" part="value">${formatted(context, summary.last.value)}</span>
      ${
        change
          ? html`<span class="delta ${change.news}" part="delta"
              ><span class="arrow" aria-hidden="true">${ARROWS[change.direction]}</span>
              ${formatChange(change.change, context.unit, context.format)}
              <span class="news">${words.news[change.news]}</span></span
            >`
          : nothing
      }
    </div>
    <p class="period" part="period">
      ${names.label(summary.last.index)}${
        summary.previous
          ? html`<span class="vs">, ${words.vsPrevious(names.label(summary.previous.index))}</span>`
          : nothing
      }
    </p>`;
};

/** The target's key, so the dashed line is explained in words. */
export const renderTargetKey = (context: TrendContext) =>
  context.target === undefined
    ? nothing
    : html`<span class="target-key" part="target"
        ><span class="dash" aria-hidden="true"></span>${TREND_STRINGS[context.lang].target}
        ${formatted(context, context.target)}</span
      >`;

/** Under the chart: the focused period (announced politely) or the span, and the high and low. */
export const renderFooter = (context: TrendContext, focus: number | undefined) => {
  const words = TREND_STRINGS[context.lang];
  const { high, low, count } = context.summary;
  const extreme = (mark: string, word: string, index: number, value: number) =>
    html`<span class="extreme"
      ><span class="mark" aria-hidden="true">${mark}</span> ${word} ${formatted(context, value)}
      <span class="when">${context.names.label(index)}</span></span
    >`;
  return html`<div class="footer">
    <span class="readout" aria-live="polite">${focus === undefined ? '' : describePeriod(context, focus)}</span>
    ${focus === undefined ? html`<span class="span">${context.names.span}</span>` : nothing}
    ${
      count > 1
        ? html`<span class="extremes"
            >${extreme('▲', words.high, high.index, high.value)}${extreme('▼', words.low, low.index, low.value)}</span
          >`
        : nothing
    }
  </div>`;
};

/**
 * The full data as a table behind a disclosure: reachable by keyboard and screen readers, and
 * rows exist only while it is open, so 10,000 periods cost nothing until someone asks for them.
 * The rows are rebuilt only when the data changes, not when the focus marker moves. The header
 * row is a row of <th scope="col">, not a <thead>, which Chromium holds on to (see funnel-view.ts).
 */
export const renderTable = (context: TrendContext, open: boolean, onToggle: (event: Event) => void) => {
  const words = TREND_STRINGS[context.lang];
  const count = formatValue(context.values.length, 'count', { locale: context.format.locale });
  const rows = () =>
    html`<div class="table-scroll" tabindex="0" role="region" aria-label=${words.table(count)}>
      <table>
        <tbody>
          <tr>
            <th scope="col">${words.periodHeader}</th>
            <th scope="col">${context.label}</th>
          </tr>
          ${context.values.map(
            (_, index) =>
              html`<tr>
                <th scope="row">${context.names.label(index)}</th>
                <td>${periodValue(context, index)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  return html`<details class="data" part="table" ?open=${open} @toggle=${onToggle}>
    <summary>${words.table(count)}</summary>
    ${open ? guard([context], rows) : nothing}
  </details>`;
};
