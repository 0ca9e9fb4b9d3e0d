import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  getKpi,
  kpiWords,
  loadedNotes,
  missingBaseline,
  loadNotes,
  onDemand,
  readPeriodFigures,
  type KpiError,
  type Lang,
  type PeriodFigures,
  type Result,
} from '../../kpi/index.js';
import { attributeText } from '../../shared/attribute-text.js';
import { defineElement } from '../../shared/define.js';
import { asComparedPeriods, REPORTING_PERIOD } from '../../shared/data-inputs.js';
import type { KpiChangeDetail } from '../../shared/events.js';
import { KpiElement } from '../../shared/kpi-element.js';
import type { Settings } from '../../shared/settings.js';
import { hostStyles } from '../../shared/styles/host.styles.js';
import { buildCardModel, type CardModel } from './card-model.js';
import { isSeries, readCardSeries, type CardSeries } from './card-series.js';
import { cardTemplate } from './card-template.js';
import { cardStyles } from './kpi-card.styles.js';

/** The benchmark bar's layout, on d3's scales: downloaded by the first card that shows a benchmark. */
const barLayout = onDemand(() => import('./benchmark-geometry.js'));

/** The trend's sparkline and summary sentence, on d3's scales and shapes: downloaded by the first card given a series. */
const seriesDrawing = onDemand(() => import('./card-sparkline.js'));

/**
 * One KPI, computed from raw inputs, with its change since the previous period and since the
 * same period a year earlier, its target and its typical range.
 *
 * Every input of the KPI is an attribute of the same name (`revenue`, `spend`, `clicks`, … as
 * listed in the catalog); the previous period's inputs carry a `previous-` prefix
 * (`previous-revenue`), the same period's a year earlier a `year-ago-` prefix
 * (`year-ago-revenue`). A KPI input that is itself called `previous` keeps its own meaning.
 *
 * Given series instead (`revenue="1000,1200,1500"`, or lists in `inputs`), the card computes the
 * KPI per period as the trend does: it shows the latest value, compares it with the period before
 * (gaps skipped; `previous-` inputs are then not read) and draws the trend's sparkline under it.
 *
 * @summary A card that shows one KPI: value, changes, target and benchmark, from raw numbers.
 * @tag kpi-card
 *
 * @csspart card - The card's box.
 * @csspart label - The KPI's label.
 * @csspart period - Under the label, the period a `period` of daily data covers ("June 2026 (so far)").
 * @csspart value - The big value.
 * @csspart sparkline - Under the value, when the card is given series: the trend's sparkline of them.
 * @csspart comparison - Each comparison line: a change with its note, the target's verdict, or a baseline without a figure.
 * @csspart delta - Each change's badge, with arrow and sign.
 * @csspart target - The target line.
 * @csspart benchmark - The typical-range line.
 * @csspart benchmark-bar - The bar under it: the typical range between its bounds, and a marker at the value.
 * @csspart info-button - The button that shows the KPI's definition.
 * @csspart definition - The definition and formula, in words.
 *
 * @cssprop [--kpi-card-value-size=2em] - Size of the big value.
 * @cssprop [--kpi-card-background=var(--kpi-color-surface)] - Background of the card.
 * @cssprop [--kpi-max-width=30em] - Widest the card grows in a wide column; `none` fills it.
 */
export class KpiCard extends KpiElement {
  static override styles = [hostStyles, cardStyles];

  /** A ready value to show when there is no `kpi` (or no formula for it). */
  @property() value?: string | number;

  /** The unit of `value`: `percent`, `currency`, `ratio`, `count`, `number` (default), `score` or `duration` (days). */
  @property() unit?: 'percent' | 'currency' | 'ratio' | 'count' | 'number' | 'score' | 'duration';

  /** The previous period's value, when `value` is used or the KPI's `previous-` inputs are not given. */
  @property({ attribute: 'previous-value' }) previousValue?: string | number;

  /** The value of the same period a year earlier, when `value` is used or the KPI's `year-ago-` inputs are not given. */
  @property({ attribute: 'year-ago-value' }) yearAgoValue?: string | number;

  /** The target in the KPI's unit (`3%` or `0.03` for percent KPIs); shows whether it is met. */
  @property() target?: string | number;

  /**
   * Shows the catalog's typical range for the KPI and where the value stands in it. A range in
   * money is judged only in its own currency; in another it shows for reference, as does a
   * benchmark that is a figure to go by rather than a range.
   */
  @property({ type: Boolean }) benchmark = false;

  /**
   * What the card compares its figure with, in the order the lines show, separated by spaces:
   * `previous` (the `previous-` inputs or `previous-value`), `year` (the `year-ago-` inputs or
   * `year-ago-value`) and `target`. By default, each it has a figure for, in that order; one listed
   * without its figure shows a line saying so, and a console warning names what to add.
   */
  @property() compare?: string;

  /**
   * How each change is told: `absolute` (`+€2,000`, `+0.4 pp`), `relative` (`+20%`) or `both`.
   * By default, percentage points for rates and points for scores, both for counts, money and
   * ratios. A relative change is never shown where it means nothing (a score, from zero, across
   * a change of sign): the change itself shows instead.
   */
  @property() change?: 'absolute' | 'relative' | 'both';

  /**
   * With series, names their periods, comma-separated as the trend's `labels`: free text, or ISO
   * months and dates (`2026-05`) formatted for the locale. The change then names the period before ("vs May 2026").
   */
  @property() labels?: string;

  /** What the change since the previous period is compared with; defaults to "vs previous period" in the locale. */
  @property({ attribute: 'compare-label' }) compareLabel?: string;

  /** What the change since a year earlier is compared with; defaults to "vs same period last year" in the locale. */
  @property({ attribute: 'year-label' }) yearLabel?: string;

  @state() private definitionOpen = false;

  private model?: Result<CardModel>;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const settings = this.readSettings();
    if (!settings.ok) {
      this.model = settings;
      return;
    }
    const figures = this.readFigures(settings.value);
    if (!figures.ok) {
      this.model = figures;
      return;
    }
    const { benchmark, label, compare, change, compareLabel, yearLabel } = this;
    const layoutBar = barLayout.module?.benchmarkGeometry;
    const { series } = figures.value;
    // A series names its own periods: the daily data's reporting period is not read beside it.
    const periods = series ? undefined : asComparedPeriods(this.findData(REPORTING_PERIOD)?.value);
    const shown = { benchmark, layoutBar, label, compare, change, compareLabel, yearLabel, periods, series };
    this.model = buildCardModel({ ...figures.value.figures, ...shown }, settings.value);
    if (this.model.ok) {
      for (const baseline of this.model.value.missing)
        this.warn(missingBaseline(baseline, figures.value.figures.current));
    }
  }

  /** One period's figures, or the latest of a series (see `hasSeries`) read the trend's way. */
  private readFigures(settings: Settings): Result<{ figures: PeriodFigures; series?: CardSeries }> {
    const { kpi, unit, label, target } = this;
    const value = this.dataOr('value', this.value);
    const yearAgoValue = this.dataOr('year-ago-value', this.yearAgoValue);
    const read = this.attributeReader();
    if (this.hasSeries()) {
      const source = {
        kpi,
        value,
        unit,
        label,
        target,
        yearAgoValue,
        read,
        labels: this.dataOr('labels', this.labels),
      };
      return readCardSeries(source, settings, seriesDrawing.module?.drawSeries);
    }
    const previousValue = this.dataOr('previous-value', this.previousValue);
    const figures = readPeriodFigures({
      kpi,
      value,
      unit,
      better: settings.better,
      previousValue,
      yearAgoValue,
      target,
      read,
    });
    return figures.ok ? { ok: true, value: { figures: figures.value } } : figures;
  }

  /**
   * Whether the KPI's inputs (or, without `kpi`, `value`) are series: lists from data, or text
   * with commas. Read before an update turns a script's `kpi = 1` into text, so read as its text.
   */
  private hasSeries(): boolean {
    const kpi = getKpi(attributeText(this.kpi) ?? '');
    if (!kpi) return isSeries([this.dataOr('value', this.value)]);
    const read = this.attributeReader();
    return isSeries(kpi.inputs.filter((input) => !input.list).map((input) => read(input.name)));
  }

  /** With its own: the bar's layout for `benchmark`, and the KPIs' notes for `benchmark` or an open definition. */
  protected override pendingModules(lang: Lang): Promise<unknown>[] {
    const pending = super.pendingModules(lang);
    if (this.benchmark && !barLayout.module) pending.push(barLayout.load());
    if (!seriesDrawing.module && this.hasSeries()) pending.push(seriesDrawing.load());
    if ((this.benchmark || this.definitionOpen) && !loadedNotes(lang)) pending.push(loadNotes(lang));
    return pending;
  }

  protected override renderView() {
    if (!this.model) return nothing;
    if (!this.model.ok) return this.renderFailure(this.model.error);
    return cardTemplate(this.model.value, this.definitionOpen, (name) => this.renderButton(name));
  }

  /**
   * The error state in the card's frame, under the KPI's name where the card knows it: in a row of
   * cards, a reader still sees which one needs fixing.
   */
  private renderFailure(error: KpiError) {
    const kpi = getKpi(this.kpi ?? '');
    const name = this.label?.trim() || (kpi ? kpiWords(kpi, this.language).name : '');
    return html`<article part="card" class="card frame failed">
      ${name ? html`<div class="head"><div part="label" class="label" title=${name}>${name}</div></div>` : nothing}
      ${this.renderError(error)}
    </article>`;
  }

  /** The info button, which shows and hides the definition: the card's one control. */
  private renderButton(name: string) {
    return html`<button
      part="info-button"
      class="info"
      type="button"
      aria-expanded=${this.definitionOpen ? 'true' : 'false'}
      aria-controls="definition"
      @click=${this.toggleDefinition}
      @keydown=${this.closeOnEscape}
    >
      <span aria-hidden="true">i</span><span class="visually-hidden">${name}</span>
    </button>`;
  }

  private toggleDefinition() {
    this.definitionOpen = !this.definitionOpen;
  }

  private closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.definitionOpen) {
      this.definitionOpen = false;
      event.stopPropagation();
    }
  }

  protected override report(): KpiChangeDetail {
    const kpi = this.reportedKpi;
    if (!this.model?.ok) {
      return { kpi, value: null, text: this.model ? this.describe(this.model.error) : '', status: 'error' };
    }
    const { figure, value, status } = this.model.value;
    return { kpi, value: figure, text: value, status };
  }
}

defineElement('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
