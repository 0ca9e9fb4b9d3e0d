import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readOption, type Result } from '../../kpi/index.js';
import { ResizeController } from '../../shared/controllers/resize-controller.js';
import { asRawValue, asSeries, findInput, PARTIAL_PERIODS } from '../../shared/data-inputs.js';
import { defineElement } from '../../shared/define.js';
import type { KpiChangeDetail } from '../../shared/events.js';
import { KpiElement } from '../../shared/kpi-element.js';
import type { TableRequest } from '../../shared/remote-data.js';
import type { Settings } from '../../shared/settings.js';
import { hostStyles } from '../../shared/styles/host.styles.js';
import { chartGeometry, focusGeometry, type ChartGeometry } from './chart-geometry.js';
import { ExploreController } from './explore-controller.js';
import { styles } from './kpi-trend.styles.js';
import { sparklineGeometry, type SparklineGeometry } from './sparkline-geometry.js';
import { sparklineTemplate } from './sparkline-template.js';
import { TREND_CURVES, TREND_TYPES } from './trend-geometry.js';
import { readPartialEnds } from './partial-periods.js';
import { remember } from './remember.js';
import { describePeriod, readTrendModel, type TrendModel } from './trend-model.js';
import { trendTemplate, type TrendState } from './trend-template.js';

/**
 * A KPI's story over time: a sparkline, area or bar chart computed per period from raw input
 * series, with the latest value, its change on the period before, markers for the latest point,
 * the high and the low, keyboard and pointer exploration, a summary sentence and the full data.
 * With `sparkline`, only the drawing: for table cells and tight rows, named by the same sentence.
 *
 * @summary A KPI over time, computed per period from raw series.
 * @tag kpi-trend
 * @fires kpi-change - When the latest value, its text or its news changes. Detail: `KpiChangeDetail` (kpi: the catalog's id; value: the latest value; status: good or bad news of the latest change).
 * @csspart label - The KPI's name.
 * @csspart value - The latest value.
 * @csspart delta - The change on the period before, with its arrow and news word.
 * @csspart period - The latest period, and the one it is compared with.
 * @csspart target - The key of the target line.
 * @csspart chart - The focusable chart (one tab stop; arrow keys, Home, End, Page Up and Page Down explore), or the `sparkline` drawing.
 * @csspart table - The disclosure with the full data table.
 * @cssprop [--kpi-trend-height=4em] - Height of the chart (11em by default with `axis`, 2.5em with `sparkline`).
 * @cssprop [--kpi-trend-line-color=var(--kpi-color-accent)] - Line, area and bar color.
 * @cssprop [--kpi-trend-target-color=var(--kpi-color-text)] - Color of the target line.
 * @cssprop [--kpi-max-width=none] - Widest the trend grows; by default the width it is given.
 */
export class KpiTrend extends KpiElement {
  static override styles = [hostStyles, styles];

  protected static override readonly dataShape = 'series';

  /** A ready series, comma-separated, one entry per period; an empty entry is a gap (used without `kpi`). */
  @property() values?: string;

  /** The unit of `values`: `percent`, `currency`, `ratio`, `count`, `number` (default), `score` or `duration` (days). */
  @property() unit?: string;

  /** Period labels, comma-separated: free text, or ISO months and dates (`2026-01`, `2026-02-15`) formatted for the locale. */
  @property() labels?: string;

  /** `line` (a sparkline, the default), `area` or `bar`. Areas and bars start at zero; a line starts near its values. */
  @property() type?: string;

  /**
   * How the line (and the area's edge) passes from one period to the next: `linear` (default,
   * straight), `monotone` (smooth, never overshooting a value: no bump above the high or below the
   * low) or `step` (each value held until the next period starts).
   */
  @property() curve?: string;

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

  /**
   * For a `src` table with a row per day (an analytics export): one period per `week` (ISO,
   * Monday to Sunday), `month` or `quarter`, from the first date to the last (see `date-field`).
   * Each input is summed over the period, or for a stock (followers, subscribers) read on its last
   * day, and the KPI is computed on the totals. A period without rows is a gap; a first or latest
   * period the data covers only in part is marked as such ("Jun 2026 (so far)") and drawn dashed.
   */
  @property({ attribute: 'group-by' }) groupBy?: string;

  private readonly resize = new ResizeController(this);
  private readonly explore = new ExploreController(this, () => this.chart?.plot);
  private model?: Result<TrendModel>;
  /** Only the full chart renders again for the focus, reusing its model; a sparkline reads afresh. */
  private readonly readOnce = remember<Result<TrendModel>>();
  /** The full chart, drawn again only when its model, type, size or axes change. */
  private readonly drawOnce = remember<ChartGeometry | undefined>();
  private chart?: ChartGeometry;
  private marks?: SparklineGeometry;
  private shown?: TrendState;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const settings = this.readSettings();
    const type = readOption(this.type, TREND_TYPES, 'type');
    const curve = readOption(this.curve, TREND_CURVES, 'curve');
    const option = !type.ok ? type : !curve.ok ? curve : undefined;
    this.model = !settings.ok ? settings : (option ?? this.readModel(settings.value));
    if (!this.model.ok || !type.ok || !curve.ok) return;
    const model = this.model.value;
    const { days } = model;
    if (this.sparkline) {
      this.marks = sparklineGeometry(model.trend, type.value, curve.value, days);
      return;
    }
    const { width, height } = this.resize.size;
    const axis = this.axis
      ? { value: model.valueTick, period: model.names.tick, numbered: model.numbered, calendar: model.calendarTick }
      : undefined;
    const options = { type: type.value, curve: curve.value, width, height, axis, days, partial: model.partial };
    this.chart = this.drawOnce([model, type.value, curve.value, width, height, this.axis], () =>
      width > 0 ? chartGeometry(model.trend, options) : undefined,
    );
    // The explorer's focus is a period of this chart; there is none before the chart is drawn.
    const { focus, tableOpen } = this.explore;
    this.shown = {
      ...{ width, height, axis: this.axis, chart: this.chart, tableOpen },
      focus: this.chart && focus !== undefined ? focusGeometry(model.trend.values, this.chart.plot, focus) : undefined,
      readout: focus === undefined ? '' : describePeriod(model, focus),
      rows: tableOpen ? model.rows() : undefined,
    };
  }

  /**
   * Everything a trend is read from, compared one by one: no key is built from a long series, and
   * data sources compare by identity (each is a new object whenever its content changes).
   */
  private readModel(settings: Settings): Result<TrendModel> {
    const { kpi, values, unit, labels, target, label, sparkline } = this;
    const source = { kpi, unit, target, label, sparkline, read: this.attributeReader() };
    const partial = readPartialEnds(this.findData(PARTIAL_PERIODS)?.value);
    const inputs = { ...source, values: this.readySeries(), labels: this.dataOr('labels', labels), partial };
    if (sparkline) return readTrendModel(inputs, settings);
    const attributes = [...this.attributes].flatMap(({ name, value }) => [name, value]);
    const { locale, currency, decimals, notation } = settings.format;
    const key = [kpi, values, unit, labels, target, label, settings.better, locale, currency, decimals, notation];
    return this.readOnce([...key, ...this.dataSources(), ...attributes], () => readTrendModel(inputs, settings));
  }

  /**
   * The ready series, like `dataOr('values', …)`, except that an array of numbers from data is
   * handed on as it is: 10,000 numbers are checked without being written out and parsed again.
   */
  private readySeries() {
    const found = findInput(this.dataSources(), 'values');
    return found ? (asSeries(found.value) ?? asRawValue(found.value)) : this.values;
  }

  /** A `src` table with a row per day is grouped by `group-by`; without it, each row is a period. */
  protected override tableRequest(): TableRequest | undefined {
    const { groupBy } = this;
    return groupBy?.trim() ? { groupBy, ...this.datedTable() } : undefined;
  }

  protected override renderView() {
    if (!this.model) return nothing;
    if (!this.model.ok) return this.renderError(this.model.error);
    const { panel, sentence } = this.model.value;
    if (this.sparkline) return this.marks ? sparklineTemplate(sentence, this.marks) : nothing;
    return panel && this.shown ? trendTemplate(this.model.value, panel, this.shown, this.explore.handlers) : nothing;
  }

  protected override report(): KpiChangeDetail {
    if (!this.model?.ok) {
      const text = this.model ? this.describe(this.model.error) : '';
      return { kpi: this.reportedKpi, value: null, text, status: 'error' };
    }
    const { kpi, trend, value, status } = this.model.value;
    return { kpi, value: trend.summary.last.value, text: value, status };
  }

  /**
   * The full chart is drawn at its measured size, so its box is observed whenever a render made a
   * new one; a sparkline stretches and an error shows no chart, so they measure nothing.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.resize.observe((!this.sparkline && this.renderRoot.querySelector('.chart')) || undefined);
  }
}

defineElement('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
