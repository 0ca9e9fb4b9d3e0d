import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { isoOfDay, readFigure, readGoalSetup, readOption, type Result } from '../../kpi/index.js';
import { defineElement } from '../../shared/define.js';
import { asComparedPeriods, REPORTING_PERIOD } from '../../shared/data-inputs.js';
import type { KpiChangeDetail } from '../../shared/events.js';
import { KpiElement } from '../../shared/kpi-element.js';
import { hostStyles } from '../../shared/styles/host.styles.js';
import { gaugeGeometry, type GaugeGeometry } from './gauge-geometry.js';
import { gaugeModel, SHAPES, type GaugeModel, type Shape } from './gauge-model.js';
import { gaugeTemplate } from './gauge-template.js';
import { styles } from './goal-gauge.styles.js';
import type { Level } from './meter-model.js';

/**
 * Progress to a goal on an arc, ring or bar, with the percent of goal, what is left, and, for a
 * dated goal, whether the straight-line pace will reach it in time.
 *
 * One headline percent, the share the drawing fills: with a `baseline`, the share of the way from
 * it (19,400 of 20,000 from 8,000 is 95 % of the way), and under it, explained, the plain share of
 * the goal ("From a start of 8,000 · 97% of goal overall"); without one, the share of the goal
 * (97 %). A lower-is-better goal without a baseline is a ceiling: its headline is the value itself
 * ($54.00), with "Goal at most $45.00" and "$9.00 above the goal" under it, as a share of it would
 * read as progress; the drawing fills goal ÷ value. Shares are whole percents (a decimal only where a
 * whole would read 100 % short of the goal). Over 100 % shows its real percent while the gauge
 * stays full. The fill's color follows the status: a lower-is-better goal is a ceiling, and a
 * value above it is bad news, dated or not. Money drops its cents throughout when the goal is 100
 * or more. Pacing counts whole days, both period ends
 * included, the as-of day as done; within ±5 % of the expected progress is on track. Without a
 * baseline, a higher-is-better count or amount starts the period from 0; rates and lower-is-better
 * goals need a baseline to pace. Levels (value, goal, expected, projected) read in the KPI's unit,
 * a rate as a percent; what is left and what is still needed are differences, a rate's in
 * percentage points. The need is said per day, or per week or month (30 days) when a day's need
 * would round to nothing and that much of the period remains.
 *
 * @summary A KPI's progress to its goal, and whether the pace will reach it in time.
 * @tag goal-gauge
 * @fires kpi-change - Detail `KpiChangeDetail`: `kpi` id or null, `value` the figure, `text` the formatted figure, `status` good when the goal is met or the pace is ahead or on track, bad when behind, when the period ended short, or when a ceiling (the goal of a lower-is-better KPI) is exceeded outside a period not yet started, neutral when undated (or not started) and not met.
 * @csspart label - The label above the gauge (the meter's accessible name).
 * @csspart meter - The `role="meter"` wrapper of the gauge and its figures.
 * @csspart gauge - The SVG drawing (arc, ring or bar).
 * @csspart track - The gauge's empty track.
 * @csspart fill - The filled part of the gauge.
 * @csspart band - A band zone (bad, warning, good) drawn along the gauge.
 * @csspart headline - The big figure: the percent of the way from the baseline when there is one, else of the goal; under a ceiling (lower is better, no baseline), the value.
 * @csspart value - The value against the goal: `19,400 of 20,000`; under a ceiling, the ceiling: `Goal at most $45.00`.
 * @csspart remaining - What is left to reach the goal, or how far beyond it.
 * @csspart status - The pacing badge (ahead, on track, behind, not started, ended); the day of the period stands beside it.
 * @csspart pace - The pacing details, one a line: expected value by now, projection, and what is still needed when the projection falls short.
 * @cssprop [--kpi-gauge-size=220px] - Width of the arc or ring.
 * @cssprop [--kpi-gauge-track-color=var(--kpi-color-border)] - Color of the empty track.
 * @cssprop [--kpi-gauge-fill-color=var(--kpi-color-accent)] - Fill color while the status is neutral.
 * @cssprop [--kpi-gauge-warning-color=#9a6700] - Color of the warning band.
 * @cssprop [--kpi-max-width=30em] - Widest the gauge grows in a wide column; `none` fills it.
 */
export class GoalGauge extends KpiElement {
  static override styles = [hostStyles, styles];

  /** The value, when there is no `kpi`: a plain number in `unit` (`19400`, `3%`). */
  @property() value?: string | number;
  /** The unit of `value`: `count`, `currency`, `percent`, `ratio`, `score` or `number` (default). */
  @property() unit?: string;
  /** The goal, in the figure's unit (`20000`, `50`, `2%`). Required. */
  @property() goal?: string | number;
  /** Where we started; progress is then counted from it. Needed to pace rates and lower-is-better goals. */
  @property() baseline?: string | number;
  /** Start of the gauge's own scale; with `max`, the gauge shows the value on min–max with a goal tick. */
  @property() min?: string | number;
  /** End of the gauge's own scale; set together with `min`. */
  @property() max?: string | number;
  /** `arc` (default), `ring` or `bar`. */
  @property({ reflect: true }) shape?: Shape;
  /** One or two shares of the goal separating bad, warning and good: `50%,80%` or `0.5,0.8`. */
  @property() bands?: string;
  /**
   * First day of the goal's period, ISO: `2026-02-01`, or a month `2026-02`. With `period-end`,
   * turns on pacing. Without both, a `period` of daily `src` data is the goal's period, paced as
   * of the data's last day.
   */
  @property({ attribute: 'period-start' }) periodStart?: string;
  /** Last day of the goal's period, ISO: `2026-02-28`, or a month `2026-02` (its last day). */
  @property({ attribute: 'period-end' }) periodEnd?: string;
  /**
   * The day the value is measured on, ISO, counted as done; defaults to today in the user's time
   * zone, or with a `period` of daily data, to the data's last day.
   */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The gauge's numbers and words and its drawing, built before each render, or what to fix. */
  private gauge?: Result<{ readonly model: GaugeModel; readonly geometry: GaugeGeometry<Level> }>;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.gauge = this.build();
  }

  private build(): NonNullable<typeof this.gauge> {
    const settings = this.readSettings();
    if (!settings.ok) return settings;
    const { lang, format, better } = settings.value;
    const figure = readFigure({
      kpi: this.kpi,
      value: this.dataOr('value', this.value),
      unit: this.unit,
      better,
      read: this.attributeReader(),
    });
    if (!figure.ok) return figure;
    const { goal, baseline, min, max, bands } = this;
    const setup = readGoalSetup({ goal, baseline, min, max, bands, ...this.dating() }, figure.value);
    if (!setup.ok) return setup;
    const shape = readOption(this.shape, SHAPES, 'shape');
    if (!shape.ok) return shape;
    const model = gaugeModel({
      figure: figure.value,
      setup: setup.value,
      shape: shape.value,
      lang,
      format,
      label: this.label,
    });
    const { meter, headline, caption } = model;
    return { ok: true, value: { model, geometry: gaugeGeometry(shape.value, { ...meter, headline, caption }) } };
  }

  /**
   * The goal's period: as its attributes give it, or else the `period` its daily data was added up
   * over, paced as of the last day the data covers (a month under way is paced on its days so far).
   */
  private dating() {
    const { periodStart, periodEnd, asOf } = this;
    const periods = asComparedPeriods(this.findData(REPORTING_PERIOD)?.value);
    if (!periods || periodStart?.trim() || periodEnd?.trim()) return { periodStart, periodEnd, asOf };
    return {
      periodStart: isoOfDay(periods.current.start),
      periodEnd: isoOfDay(periods.current.end),
      asOf: asOf?.trim() ? asOf : isoOfDay(periods.through),
    };
  }

  protected override renderView() {
    if (!this.gauge) return nothing;
    return this.gauge.ok
      ? gaugeTemplate(this.gauge.value.model, this.gauge.value.geometry)
      : this.renderError(this.gauge.error);
  }

  /** What kpi-change reports: the figure and its status, or the error. */
  protected override report(): KpiChangeDetail {
    const kpi = this.reportedKpi;
    if (!this.gauge?.ok) {
      return { kpi, value: null, text: this.gauge ? this.describe(this.gauge.error) : '', status: 'error' };
    }
    const { value, text, status } = this.gauge.value.model;
    return { kpi, value, text, status };
  }
}

defineElement('goal-gauge', GoalGauge);

declare global {
  interface HTMLElementTagNameMap {
    'goal-gauge': GoalGauge;
  }
}
