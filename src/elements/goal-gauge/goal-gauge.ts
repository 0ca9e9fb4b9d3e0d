import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../shared/define.js';
import { readFigure } from '../../kpi/index.js';
import { KpiElement } from '../../shared/kpi-element.js';
import { hostStyles } from '../../shared/styles/host.styles.js';
import { barLength, gaugeArc } from './gauge-arc.js';
import { styles } from './goal-gauge.styles.js';
import { readGoalSetup, type Shape } from './goal-setup.js';
import { goalTexts, type GoalTexts } from './goal-text.js';
import { goalView, type GoalView } from './goal-view.js';

/** Today in the user's time zone, as a day number (days since 1970-01-01). */
const today = (): number => {
  const now = new Date();
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
};

/**
 * Progress to a goal on an arc, ring or bar, with the percent of goal, what is left, and, for a
 * dated goal, whether the straight-line pace will reach it in time.
 *
 * Progress is counted from `baseline` when given (19,400 of 20,000 from 8,000 is 95 % of the
 * way), else as a share of the goal (97 %); for lower-is-better KPIs as goal ÷ value. Over 100 %
 * shows its real percent while the gauge stays full. Pacing counts whole days, both period ends
 * included, the as-of day as done; within ±5 % of the expected progress is on track. Without a
 * baseline, a higher-is-better count or amount starts the period from 0; rates and lower-is-better
 * goals need a baseline to pace.
 *
 * @summary A KPI's progress to its goal, and whether the pace will reach it in time.
 * @tag goal-gauge
 * @fires kpi-change - Detail `KpiChangeDetail`: `kpi` id or null, `value` the figure, `text` the formatted figure, `status` good when the goal is met or the pace is ahead or on track, bad when behind or the period ended short, neutral when undated (or not started) and not met.
 * @csspart label - The label above the gauge (the meter's accessible name).
 * @csspart meter - The `role="meter"` wrapper of the gauge and its figures.
 * @csspart gauge - The SVG drawing (arc, ring or bar).
 * @csspart track - The gauge's empty track.
 * @csspart fill - The filled part of the gauge.
 * @csspart band - A band zone (bad, warning, good) drawn along the gauge.
 * @csspart headline - The big percent (of goal, or of the way from the baseline).
 * @csspart value - The value against the goal: `19,400 of 20,000`.
 * @csspart remaining - What is left to reach the goal, or how far beyond it.
 * @csspart status - The pacing badge (ahead, on track, behind, not started, ended).
 * @csspart pace - The pacing details: day, expected value by now, projection.
 * @cssprop [--kpi-gauge-size=220px] - Width of the arc or ring.
 * @cssprop [--kpi-gauge-track-color=var(--kpi-color-border)] - Color of the empty track.
 * @cssprop [--kpi-gauge-fill-color=var(--kpi-color-accent)] - Fill color while the status is neutral.
 * @cssprop [--kpi-gauge-warning-color=#9a6700] - Color of the warning band.
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
  /** First day of the goal's period, ISO: `2026-02-01`, or a month `2026-02`. With `period-end`, turns on pacing. */
  @property({ attribute: 'period-start' }) periodStart?: string;
  /** Last day of the goal's period, ISO: `2026-02-28`, or a month `2026-02` (its last day). */
  @property({ attribute: 'period-end' }) periodEnd?: string;
  /** The day the value is measured on, ISO, counted as done; defaults to today in the user's time zone. */
  @property({ attribute: 'as-of' }) asOf?: string;

  protected override renderView() {
    const settings = this.readSettings();
    if (!settings.ok) return this.fail(settings.error);
    const { lang, format, better } = settings.value;
    const figure = readFigure({
      kpi: this.kpi,
      value: this.dataOr('value', this.value),
      unit: this.unit,
      better,
      read: this.attributeReader(),
    });
    if (!figure.ok) return this.fail(figure.error);
    const { goal, baseline, min, max, shape, bands, periodStart, periodEnd, asOf } = this;
    const attributes = { goal, baseline, min, max, shape, bands, periodStart, periodEnd, asOf, today: today() };
    const setup = readGoalSetup(attributes, figure.value);
    if (!setup.ok) return this.fail(setup.error);
    const view = goalView(figure.value, setup.value);
    const texts = goalTexts({ figure: figure.value, setup: setup.value, view, lang, format, label: this.label });
    this.detail = { kpi: this.reportedKpi, value: figure.value.value, text: texts.figure, status: view.status };
    return this.renderGauge(setup.value.shape, view, texts);
  }

  private renderGauge(shape: Shape, view: GoalView, texts: GoalTexts) {
    const { meter } = view;
    return html`<div class="gauge frame ${shape} level-${view.level}">
      <p class="label" id="label" part="label">${texts.label}</p>
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-labelledby="label"
        aria-valuemin=${meter.min}
        aria-valuemax=${meter.max}
        aria-valuenow=${meter.now}
        aria-valuetext=${texts.valueText}
      >
        ${shape === 'bar' ? this.renderBar(view, texts) : this.renderRound(shape, view, texts)}
        <p class="value" part="value">${texts.valueLine}</p>
        <p class="remaining" part="remaining">${texts.remaining}</p>
        ${texts.secondary ? html`<p class="secondary">${texts.secondary}</p>` : nothing}
        ${texts.zone ? html`<p class="zone level-${view.band}">${texts.zone}</p>` : nothing}
        ${
          texts.badge
            ? html`<p class="badge tone-${texts.badge.tone}" part="status">
                <span class="icon" aria-hidden="true">${texts.badge.icon}</span>${texts.badge.text}
              </p>`
            : nothing
        }
      </div>
      ${
        texts.paceLines
          ? html`<p class="pace" part="pace">${texts.paceLines.map((line) => html`<span>${line}</span>`)}</p>`
          : nothing
      }
    </div>`;
  }

  /**
   * A round dial with its percent written inside the drawing, so the text scales with the dial
   * (without a container query, which costs every gauge a style pass of its own during layout).
   */
  private renderRound(shape: 'arc' | 'ring', view: GoalView, texts: GoalTexts) {
    const geometry = gaugeArc(shape, view.fill, view.zones, view.goalMark);
    const center = dialText(shape, texts);
    return html`<div class="dial">
      <svg part="gauge" class="drawing" viewBox=${geometry.viewBox} aria-hidden="true" focusable="false">
        ${geometry.zones.map(({ d, level }) => svg`<path part="band" class="zone-mark level-${level}" d=${d}></path>`)}
        <path part="track" class="track" d=${geometry.track}></path>
        ${geometry.fill ? svg`<path part="fill" class="fill" d=${geometry.fill}></path>` : nothing}
        ${geometry.goalMark ? svg`<path class="goal-mark" d=${geometry.goalMark}></path>` : nothing}
        <text class="headline" part="headline" y=${center.headline} font-size=${center.size}>${texts.headline}</text>
        ${texts.caption ? svg`<text class="caption" y=${center.caption}>${texts.caption}</text>` : nothing}
      </svg>
    </div>`;
  }

  private renderBar(view: GoalView, texts: GoalTexts) {
    return html`<p class="center">
        <span class="headline" part="headline">${texts.headline}</span>
        <span class="caption">${texts.caption}</span>
      </p>
      <svg part="gauge" class="drawing" width="100%" height="20" aria-hidden="true" focusable="false">
        <rect part="track" class="track" width="100%" height="12" rx="6"></rect>
        ${view.fill > 0 ? svg`<rect part="fill" class="fill" width=${barLength(view.fill)} height="12" rx="6"></rect>` : nothing}
        ${view.zones.map(
          ({ from, to, level }) =>
            svg`<rect part="band" class="zone-mark level-${level}" x=${barLength(from)} y="16" width=${barLength(to - from)} height="4"></rect>`,
        )}
        ${
          view.goalMark === null
            ? nothing
            : svg`<rect class="goal-mark-bar" x=${barLength(view.goalMark)} y="0" width="2" height="20"></rect>`
        }
      </svg>`;
  }
}

/**
 * Where the percent and its caption sit inside a round dial, in viewBox units (the dial is 200
 * wide): a little above the center of the arc, centered in the ring. A long headline (a value
 * shown without a goal percent) gets a smaller size so it stays inside the track.
 */
const dialText = (shape: 'arc' | 'ring', { headline, caption }: GoalTexts) => {
  const lift = shape === 'arc' ? -6 : 0;
  return {
    headline: lift + (caption ? 4 : 10),
    caption: lift + 22,
    size: Math.min(30, Math.round(220 / Math.max(headline.length, 1))),
  };
};

defineElement('goal-gauge', GoalGauge);

declare global {
  interface HTMLElementTagNameMap {
    'goal-gauge': GoalGauge;
  }
}
