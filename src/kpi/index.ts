/**
 * The kpi-kit engine: a catalog of marketing KPIs, parsing of raw figures, computation,
 * comparison and locale-aware formatting. Pure TypeScript: no DOM, no Lit, no d3.
 */
export type * from './types.js';
export { getKpi, listKpis, registerKpi } from './registry.js';
export { onDemand, type OnDemand } from './on-demand.js';
export {
  isBlank,
  isMissingSeries,
  kindForUnit,
  parseNumber,
  parseSeries,
  LARGEST_FIGURE,
  type RawValue,
} from './parse.js';
export { computeKpi, resolveKpi, type ComputeOptions, type RawInputs } from './compute.js';
export { fail, invalidOption, notText, readOption } from './errors.js';
export {
  readFigure,
  readInUnit,
  readOptionalInUnit,
  readUnit,
  reportedKpiId,
  UNITS,
  type Figure,
  type FigureSource,
} from './figure.js';
export { CATEGORIES } from './types.js';
export { clamp } from './math.js';
export { capitalize } from './text.js';
export { KPI_IDS, type KpiId } from './catalog/ids.js';
export {
  ENGLISH,
  hasPack,
  isPackLoaded,
  languages,
  loadedNotes,
  loadNotes,
  loadPack,
  packFor,
  registerPack,
  type CardWords,
  type CommonWords,
  type FunnelWords,
  type GaugeWords,
  type KpiName,
  type KpiNotes,
  type KpiWords,
  type LocalePack,
  type MessageParts,
  type MessageWords,
  type PeriodWords,
  type PhraseKey,
  type Phrases,
  type TrendWords,
  type ZoneLevel,
} from './locales/index.js';
export { categoryName, kpiWords, listText, phraseText } from './words.js';
export { describeValue, VALUE_KINDS } from './data-value.js';
export { compareValues, newsOf, type Comparison, type Direction, type News } from './compare.js';
export {
  BASELINE_PREFIX,
  BASELINES,
  CHANGE_FORMS,
  missingBaseline,
  defaultChangeForm,
  readChangeForm,
  readCompare,
  tellChange,
  type Baseline,
  type ChangeForm,
  type ToldChange,
} from './comparisons.js';
export { namePeriod, wordPeriods, type PeriodName, type PeriodNameKind, type PeriodWording } from './period-name.js';
export type { ComparedPeriods, ReportPeriod } from './report-period.js';
export {
  assessPeriod,
  figureStatus,
  readLatestFigures,
  readPeriodFigures,
  type AssessmentOptions,
  type PeriodAssessment,
  type PeriodFigures,
  type PeriodFigureSource,
} from './period-figures.js';
export { formatRange, isBounded, judgeBenchmark, type BenchmarkJudgement, type Placement } from './benchmark.js';
export { checkTarget, placeInRange, progressToGoal, type GoalProgress, type TargetCheck } from './goal.js';
export { goalStatus, measureGoal, valueAtProgress, type GoalMeasure, type GoalTerms } from './goal.js';
export { readGoalSetup, type GoalAttributes, type GoalSetup } from './goal-setup.js';
export { readDating, type Dating, type DatingAttributes } from './goal-dating.js';
export { NEED_SPAN_DAYS, paceNeed, type NeedSpan, type PaceNeed } from './pacing-need.js';
export { columnDecimals, formatBounds, formatEstimate, formatNeed, sharedDecimals, smallestShown } from './format.js';
export {
  formatChange,
  formatMagnitude,
  formatNumber,
  formatPoints,
  formatRelative,
  formatShare,
  formatValue,
  type FormatOptions,
} from './format.js';
export { canonicalLocale, defaultCurrency, isCurrencyCode, langOf } from './locale.js';
export { describeError } from './messages.js';
export {
  dateFormat,
  dateOfDay,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  isoOfDay,
  localDay,
  MS_PER_DAY,
  parseIsoDate,
} from './dates.js';
export { computeSeries, summarizeSeries, type Period, type Point, type SeriesSummary } from './series.js';
export { latestChange, readTrend, spanChange, type TrendData, type TrendSource } from './trend.js';
export { readPeriodNames, type PeriodNames } from './periods.js';
export { dayOfLabel } from './period-labels.js';
export { computeFunnel, type Funnel, type FunnelStep } from './funnel.js';
export { parseFunnel, type FunnelInput, type FunnelSource, type RawFunnelList } from './funnel-input.js';
export {
  lastDayOf,
  pace,
  paceOrigin,
  periodOf,
  PACE_TOLERANCE,
  type Pace,
  type PaceInput,
  type PacePhase,
  type PaceStatus,
  type Period as PacePeriod,
} from './pacing.js';
