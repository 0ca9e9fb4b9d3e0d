import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { packFor, parseFunnel, readOption, type Result } from '../../kpi/index.js';
import { ResizeController } from '../../shared/controllers/resize-controller.js';
import { defineElement } from '../../shared/define.js';
import type { KpiChangeDetail } from '../../shared/events.js';
import { asComparedPeriods, REPORTING_PERIOD } from '../../shared/data-inputs.js';
import { KpiElement } from '../../shared/kpi-element.js';
import type { TableRequest } from '../../shared/remote-data.js';
import { hostStyles } from '../../shared/styles/host.styles.js';
import {
  funnelGeometry,
  MODES,
  ORIENTATIONS,
  type FunnelGeometry,
  type Mode,
  type Orientation,
} from './funnel-geometry.js';
import { buildFunnelModel, type FunnelModel } from './funnel-model.js';
import { readFunnelSource } from './funnel-source.js';
import { styles } from './funnel-ratio.styles.js';
import { renderFunnel } from './funnel-template.js';

/**
 * Narrower than this, in the host's em, every funnel stacks its stages (the styles' container
 * query says the same number): a table with a column per stage has no room, so a horizontal funnel
 * is drawn as a vertical one.
 */
const STACKED_BELOW_EM = 36;

/**
 * Conversion through a funnel, step by step: visitors → leads → MQL → SQL → customers. For every
 * stage it shows the conversion from the stage before and from the first, what the step lost, and
 * with a previous period the change in percentage points; the whole funnel's conversion heads it
 * and the step with the biggest loss is marked. A stage larger than the one before is shown as it
 * is and flagged. The numbers are a real table; the bars or funnel shape are decoration.
 *
 * Bars and the funnel's width are drawn straight, as a share of the largest stage, unless the
 * funnel is steep: when a stage that is not zero is under a tenth of the largest (a 95 % loss at
 * the first step), they are drawn on a log scale instead, from a fifth of the length for the
 * smallest stage to all of it for the largest, so equal step conversions take equal lengths and no
 * stage is a sliver; a note under the table says so. Each bar stands in front of a faint track as
 * long as the stage before: its uncovered end is what the step lost.
 *
 * The funnel comes from `stages` and `values` (and `previous-values`), by attribute name like every
 * kit input: from the `inputs` property, else a `<script type="application/json">` child, else the
 * attributes. In data, `stages` is an array, so labels may contain commas:
 * `<script type="application/json">{"stages": ["Visitors, all sources", …], "values": [10000, …],
 * "previous-values": [9000, …]}</script>`. Without `values` anywhere, a child `<ol>` (or `<ul>`) of
 * `<li data-value="10000" data-previous-value="9000">Visitors, all sources</li>` items is read, which
 * is also what readers see without JavaScript. Changes to attributes and children are followed
 * while the element is on the page.
 *
 * @summary A funnel's conversion step by step, with its biggest loss and changes vs a previous period.
 * @tag funnel-ratio
 * @fires kpi-change - When the shown funnel changes. Detail `KpiChangeDetail`: `kpi` null, `value` the overall conversion (a fraction), or null when the first stage is 0 and there is none, `text` its formatted text (or why there is none), `status` good or bad against the previous period's overall conversion, else neutral.
 * @csspart base - The wrapper of the whole funnel.
 * @csspart label - The funnel's title (the `label` attribute).
 * @csspart value - The overall conversion in the heading.
 * @csspart summary - The sentence that sums the funnel up.
 * @csspart table - The table of stages and their numbers.
 * @csspart period - Under the title, the period a `period` of daily data covers ("June 2026 (so far)").
 * @csspart shape - The decorative bar or funnel segment of each stage.
 * @csspart scale-note - The note under a steep funnel's table that its drawing is on a log scale.
 * @cssprop [--kpi-funnel-color=var(--kpi-color-accent)] - Fill of the bars or funnel.
 * @cssprop [--kpi-funnel-loss-color=var(--kpi-color-bad)] - Fill of the stage after the biggest loss.
 * @cssprop [--kpi-funnel-shape-size=45%] - Share of the stage column the shapes take beside the names in the vertical orientation (in widgets under 40em, bars go under the names).
 * @cssprop [--kpi-funnel-shape-height=7em] - Height of the shapes in the horizontal orientation.
 * @cssprop [--kpi-max-width=none] - Widest the funnel grows; by default the width it is given.
 */
export class FunnelRatio extends KpiElement {
  static override styles = [hostStyles, styles];

  protected static override readonly dataShape = 'series';

  /** Comma-separated stage labels, first to last: `Visitors,Leads,MQL,SQL,Customers`. */
  @property() stages?: string;

  /** Comma-separated whole counts, one per stage: `10000,500,200,80,20`. */
  @property() values?: string;

  /** Comma-separated counts of a previous period, one per stage (an empty entry is a stage without data). */
  @property({ attribute: 'previous-values' }) previousValues?: string;

  /**
   * `vertical` (default): stages stacked top to bottom; `horizontal`: stages left to right, where the
   * widget is at least 36em wide (narrower, a column per stage has no room: it is drawn vertical).
   */
  @property() orientation?: Orientation;

  /** `bars` (default): a bar per stage; `funnel`: a funnel shape narrowing from stage to stage. A steep funnel is drawn on a log scale. */
  @property() mode?: Mode;

  /** The host's width, measured only for a horizontal funnel, which turns vertical where it is narrow. */
  private readonly resize = new ResizeController(this);
  /** The orientation read is horizontal (the attribute may say it with spaces around): its width is measured. */
  private measuresWidth = false;

  /** What the funnel shows and how it is drawn, built before each render; an error names the attribute to fix. */
  private shown?: Result<{ readonly model: FunnelModel; readonly geometry: FunnelGeometry }>;

  /** With `period`, the stages are columns of a daily table: those `stages` names, else all but the date. */
  protected override tableRequest(): TableRequest | undefined {
    const request = super.tableRequest();
    return request && !('groupBy' in request) ? { ...request, stages: this.stages ?? '' } : request;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.shown = this.build();
  }

  private build(): NonNullable<typeof this.shown> {
    const settings = this.readSettings();
    if (!settings.ok) return settings;
    const orientation = readOption(this.orientation, ORIENTATIONS, 'orientation');
    if (!orientation.ok) return orientation;
    this.measuresWidth = orientation.value === 'horizontal';
    const mode = readOption(this.mode, MODES, 'mode');
    if (!mode.ok) return mode;
    const input = parseFunnel(readFunnelSource(this, (name) => this.findData(name), this));
    if (!input.ok) return input;
    const { lang, format } = settings.value;
    const periods = asComparedPeriods(this.findData(REPORTING_PERIOD)?.value);
    const strings = packFor(lang).funnel;
    const model = buildFunnelModel(input.value, { format, strings, label: this.label, ...(periods && { periods }) });
    const drawn = orientation.value === 'horizontal' && this.narrow() ? 'vertical' : orientation.value;
    return { ok: true, value: { model, geometry: funnelGeometry(input.value.counts, drawn, mode.value) } };
  }

  /** Measured narrower than a table with a column per stage needs (before it is measured, it is not). */
  private narrow(): boolean {
    const { width } = this.resize.size;
    return width > 0 && width < STACKED_BELOW_EM * Number.parseFloat(getComputedStyle(this).fontSize);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only a horizontal funnel is measured: a vertical one looks up no probe.
    this.resize.observe(this.measuresWidth ? (this.renderRoot.querySelector('.width-probe') ?? undefined) : undefined);
  }

  protected override renderView() {
    if (!this.shown) return nothing;
    if (!this.shown.ok) return this.renderError(this.shown.error);
    return renderFunnel(this.shown.value.model, this.shown.value.geometry);
  }

  /** The overall conversion: its text, or why there is none. */
  protected override report(): KpiChangeDetail {
    const kpi = this.reportedKpi;
    if (!this.shown?.ok) {
      return { kpi, value: null, text: this.shown ? this.describe(this.shown.error) : '', status: 'error' };
    }
    const { overall, figure, status } = this.shown.value.model;
    return { kpi, value: figure, text: overall.reason ?? overall.text, status };
  }

  /** A funnel computes no catalog KPI: `kpi-change` names none. */
  protected override get reportedKpi(): null {
    return null;
  }
}

defineElement('funnel-ratio', FunnelRatio);

declare global {
  interface HTMLElementTagNameMap {
    'funnel-ratio': FunnelRatio;
  }
}
