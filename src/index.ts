/**
 * kpi-kit: importing this module defines every element and re-exports the KPI engine.
 */
// First, before Lit: widgets rendered on a server hydrate (see hydrate-support.ts).
import './hydrate-support.js';
export * from './kpi/index.js';
export type { KpiChangeDetail, KpiChangeEvent, KpiLoadEvent, KpiStatus } from './shared/events.js';
export type { SourceLoad } from './shared/controllers/source-controller.js';
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { KpiTrend } from './elements/kpi-trend/kpi-trend.js';
export { FunnelRatio } from './elements/funnel-ratio/funnel-ratio.js';
export { GoalGauge } from './elements/goal-gauge/goal-gauge.js';
