import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatValue, type KpiError, type Lang, type RawValue, type Result } from '../../kpi/index.js';
import { asRawValue, asSeries, findInput } from '../../shared/data-inputs.js';
import { ResizeController, type Size } from '../../shared/controllers/resize-controller.js';
import { defineElement } from '../../shared/define.js';
import { KpiElement } from '../../shared/kpi-element.js';
import type { Settings } from '../../shared/settings.js';
import { hostStyles } from '../../shared/styles/host.styles.js';
import { styles } from './kpi-trend.styles.js';
import { TREND_STRINGS } from './kpi-trend.strings.js';
import { nextPeriod } from './explore.js';
import { readPeriodNames } from './period-labels.js';
import { renderSparkline, SPARKLINE_BOX } from './sparkline.js';
import { renderChart } from './trend-chart.js';
import { readTrend } from './trend-data.js';
import { makePlot, TREND_TYPES, type Plot, type TrendType } from './trend-geometry.js';
import { formatted, latestChange, summarize, type TrendContext } from './trend-text.js';
import { renderFooter, renderHeadline, renderTable, renderTargetKey } from './trend-view.js';

/**
 * A KPI's story over time: a sparkline, area or bar chart computed per period from raw input
 * series, with the latest value, its change on the period before, markers for the latest point,
 * the high and the low, keyboard and pointer exploration, a summary sentence and the full data.
 * With `sparkline`, only the drawing: for table cells and tight rows, named by the same sentence.
 *
 * @summary A KPI over time, computed per period from raw series.
 * @tag kpi-trend
 * @fires kpi-change - When the latest value, its text or its news changes. Detail: `KpiChangeDetail` (value: the latest value; status: good or bad news of the latest change).
 * @csspart label - The KPI's name.
 * @csspart value - The latest value.
 * @csspart delta - The change on the period before, with its arrow and news word.
 * @csspart period - The latest period, and the one it is compared with.
 * @csspart target - The key of the target line.
 * @csspart chart - The focusable chart (one tab stop; arrow keys, Home, End, Page Up and Page Down explore), or the `sparkline` drawing.
 * @csspart table - The disclosure with the full data table.
 * @cssprop [--kpi-trend-height=4rem] - Height of the chart (11rem by default with `axis`, 2.5rem with `sparkline`).
 * @cssprop [--kpi-trend-line-color=var(--kpi-color-accent)] - Line, area and bar color.
 * @cssprop [--kpi-trend-target-color=var(--kpi-color-text)] - Color of the target line.
 */
export class KpiTrend extends KpiElement {
  static override styles = [hostStyles, styles];

  protected static override readonly dataShape = 'series';

  /** A ready series, comma-separated, one entry per period; an empty entry is a gap (used without `kpi`). */
  @property() values?: string;

  /** The unit of `values`: `percent`, `currency`, `ratio`, `count`, `number` (default) or `score`. */
  @property() unit?: string;

  /** Period labels, comma-separated: free text, or ISO months and dates (`2026-01`, `2026-02-15`) formatted for the locale. */
  @property() labels?: string;

  /** `line` (a sparkline, the default), `area` or `bar`. */
  @property() type?: string;

  /** Shows small localized axes. */
  @property({ type: Boolean }) axis = false;

  /**
   * Draws only the line (or area, or bars), the target and a dot on the latest value, filling the
   * element's width: for table cells and tight rows. Screen readers get the summary sentence as
   * the drawing's name. No headline, footer, axes or data table, and nothing to explore.
   */
  @property({ type: Boolean }) sparkline = false;

  /** Draws a target line at this value, in the KPI's unit (`3%` or `0.03` for percent KPIs). */
  @property() target?: string;

  @state() private hover?: number;
  @state() private cursor?: number;
  @state() private tableOpen = false;

  private readonly resize = new ResizeController(this);
  private plot?: Plot;
  /** The last trend read, reused while its inputs are the same, so moving the focus is cheap. */
  private memo?: { readonly inputs: readonly unknown[]; readonly context: TrendContext };

  protected override renderView() {
    const settings = this.readSettings();
    if (!settings.ok) return this.fail(settings.error);
    const type = (this.type ?? '').trim() || 'line';
    if (!(TREND_TYPES as readonly string[]).includes(type)) {
      const error = { code: 'invalid-option', fields: ['type'], given: type, accepted: TREND_TYPES } as const;
      return this.fail(error, settings.value.lang);
    }
    const context = this.readContext(settings.value);
    if (!context.ok) return this.fail(context.error, settings.value.lang);
    const { summary } = context.value;
    this.detail = {
      kpi: context.value.kpi?.id ?? null,
      value: summary.last.value,
      text: formatted(context.value, summary.last.value),
      status: latestChange(context.value)?.news ?? 'neutral',
    };
    return this.renderTrend(context.value, type as TrendType);
  }

  private readContext(settings: Settings): Result<TrendContext> {
    // Only the full chart renders again for the pointer and keyboard focus; a sparkline reads afresh.
    if (this.sparkline) return this.computeContext(settings);
    const { locale, currency, decimals, notation } = settings.format;
    // Everything a trend is read from, compared one by one: no key text is built from a long
    // series. Data sources compare by identity: each is a new object whenever its content changes.
    const inputs: unknown[] = [this.values, this.unit, this.labels, this.target, this.label];
    inputs.push(locale, currency, decimals, notation, settings.better, ...this.dataSources());
    for (const { name, value } of this.attributes) inputs.push(name, value);
    const memo = this.memo;
    if (memo && memo.inputs.length === inputs.length && memo.inputs.every((input, i) => input === inputs[i])) {
      return { ok: true, value: memo.context };
    }
    const context = this.computeContext(settings);
    if (context.ok) this.memo = { inputs, context: context.value };
    return context;
  }

  private computeContext({ lang, format, better }: Settings): Result<TrendContext> {
    const read = this.attributeReader();
    const values = this.readySeries();
    const data = readTrend({ kpi: this.kpi, values, unit: this.unit, target: this.target, better, read });
    if (!data.ok) return data;
    const labels = this.dataOr('labels', this.labels);
    const names = readPeriodNames(
      labels === null ? null : labels?.toString(),
      data.value.values.length,
      format.locale,
      lang,
    );
    if (!names.ok) return names;
    const label = this.label?.trim() || data.value.kpi?.name[lang] || TREND_STRINGS[lang].untitled;
    return { ok: true, value: { ...data.value, label, names: names.value, format, lang } };
  }

  /**
   * The ready series, like `dataOr('values', …)`, except that an array of numbers from data is
   * handed on as it is: 10,000 numbers are checked without being written out and parsed again.
   */
  private readySeries(): RawValue | readonly RawValue[] | undefined {
    const found = findInput(this.dataSources(), 'values');
    return found ? (asSeries(found.value) ?? asRawValue(found.value)) : this.values;
  }

  /** Where the data and the target land, in a box of this size; `valueTick` sizes the axis labels. */
  private plotFor(
    context: TrendContext,
    type: TrendType,
    { width, height }: Size,
    axis: boolean,
    valueTick: (value: number) => string,
  ): Plot {
    const { summary, target } = context;
    const extent = [
      Math.min(summary.low.value, target ?? Infinity),
      Math.max(summary.high.value, target ?? -Infinity),
    ] as const;
    return makePlot({ type, count: context.values.length, width, height, axis, extent, valueTick });
  }

  private renderSparkline(context: TrendContext, type: TrendType) {
    this.plot = undefined;
    const plot = this.plotFor(context, type, SPARKLINE_BOX, false, valueTick(context));
    const { values, summary, target } = context;
    return renderSparkline({
      label: summarize(context),
      plot,
      values,
      summary,
      ...(target === undefined ? {} : { target }),
    });
  }

  private renderTrend(context: TrendContext, type: TrendType) {
    if (this.sparkline) return this.renderSparkline(context, type);
    const { width, height } = this.resize.size;
    const { summary, target, values } = context;
    const tick = valueTick(context);
    this.plot = width > 0 ? this.plotFor(context, type, this.resize.size, this.axis, tick) : undefined;
    const focus = this.hover ?? this.cursor;
    return html`<div class="trend frame">
      <div class="top">
        <span class="label" part="label">${context.label}</span>
        ${renderTargetKey(context)}
      </div>
      ${renderHeadline(context)}
      <div
        class="chart ${this.axis ? 'with-axis' : ''}"
        part="chart"
        role="group"
        tabindex="0"
        aria-label=${summarize(context)}
        aria-describedby="hint"
        @keydown=${this.onKey}
        @blur=${this.onBlur}
        @pointermove=${this.onPointer}
        @pointerleave=${this.onLeave}
      >
        <svg aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
          ${
            this.plot
              ? renderChart({
                  plot: this.plot,
                  values,
                  summary,
                  axis: this.axis,
                  focus,
                  ...(target === undefined ? {} : { target }),
                  valueTick: tick,
                  periodTick: context.names.tick,
                })
              : nothing
          }
        </svg>
      </div>
      <span id="hint" class="visually-hidden">${TREND_STRINGS[context.lang].hint}</span>
      ${renderFooter(context, focus)} ${renderTable(context, this.tableOpen, this.onToggle)}
    </div>`;
  }

  protected override fail(error: KpiError, lang?: Lang) {
    this.plot = undefined;
    return super.fail(error, lang);
  }

  /**
   * The full chart is drawn at its measured size, so its box is observed whenever a render made a
   * new one; a sparkline stretches and an error shows no chart, so they measure nothing.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.resize.observe((!this.sparkline && this.renderRoot.querySelector('.chart')) || undefined);
  }

  private readonly onKey = (event: KeyboardEvent) => {
    const next = nextPeriod(event.key, this.cursor, this.plot?.count ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    this.hover = undefined;
    this.cursor = next;
  };

  private readonly onBlur = () => {
    this.cursor = undefined;
  };

  private readonly onPointer = (event: PointerEvent) => {
    const svg = (event.currentTarget as Element).querySelector('svg');
    if (!this.plot || !svg) return;
    this.hover = this.plot.indexAt(event.clientX - svg.getBoundingClientRect().left);
  };

  private readonly onLeave = () => {
    this.hover = undefined;
  };

  private readonly onToggle = (event: Event) => {
    this.tableOpen = (event.currentTarget as HTMLDetailsElement).open;
  };
}

/** How a value reads on the axis: short (`1.2K`). */
const valueTick = (context: TrendContext) => {
  const compact = { ...context.format, notation: 'compact' } as const;
  return (value: number) => formatValue(value, context.unit, compact);
};

defineElement('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
