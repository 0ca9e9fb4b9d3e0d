import type { SourceLoad } from './controllers/source-controller.js';

/** How the element's current figure reads: good or bad news, neutral, or an input error. */
export type KpiStatus = 'good' | 'bad' | 'neutral' | 'error';

export interface KpiChangeDetail {
  /** The KPI id, or `null` for a plain value without a KPI. */
  readonly kpi: string | null;
  /** The computed value (percent KPIs as fractions), or `null` in the error state. */
  readonly value: number | null;
  /** What the element shows: the formatted value, or the error message. */
  readonly text: string;
  readonly status: KpiStatus;
}

export type KpiChangeEvent = CustomEvent<KpiChangeDetail>;

/** A kpi-kit event: bubbling and composed, so it reaches listeners outside the shadow root. */
export const kpiEvent = <Detail>(name: `kpi-${string}`, detail: Detail): CustomEvent<Detail> =>
  new CustomEvent(name, { detail, bubbles: true, composed: true });

/** After each fetch of `src`: whether it brought readable data, and if not, why. */
export type KpiLoadEvent = CustomEvent<SourceLoad>;

declare global {
  interface HTMLElementEventMap {
    'kpi-change': KpiChangeEvent;
    'kpi-load': KpiLoadEvent;
  }
}
