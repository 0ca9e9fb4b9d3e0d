import type { Better, GoalMeasure, News } from '../../kpi/index.js';

/**
 * Good or bad news about the goal. As the engine judges it, except that a ceiling (the goal of a
 * lower-is-better KPI) exceeded is bad even undated: a CPA above its ceiling has missed, and a
 * neutral color would contradict the words. Before a dated goal's period nothing is judged yet.
 */
export const gaugeStatus = (measure: GoalMeasure, better: Better): News =>
  measure.status === 'neutral' && better === 'lower' && !measure.met && measure.pace?.phase !== 'before'
    ? 'bad'
    : measure.status;
