import {
  assessPeriod,
  type Baseline,
  capitalize,
  formatBounds,
  formatChange,
  formatMagnitude,
  formatRelative,
  formatValue,
  judgeBenchmark,
  wordPeriods,
  kpiWords,
  packFor,
  sharedDecimals,
  type BenchmarkJudgement,
  type CardWords,
  type ComparedPeriods,
  type Direction,
  type Figure,
  type FormatOptions,
  type KpiDefinition,
  type Lang,
  type LocalePack,
  type News,
  type PeriodAssessment,
  type PeriodFigures,
  type Result,
  type ToldChange,
} from '../../kpi/index.js';
import type { KpiStatus } from '../../shared/events.js';
import type { Settings } from '../../shared/settings.js';
import type { BenchmarkGeometry, benchmarkGeometry } from './benchmark-geometry.js';
import type { CardSeries } from './card-series.js';
import type { SparklineGeometry } from '../kpi-trend/sparkline-geometry.js';

/** The card's figures as the engine read them, and what the card was asked to show with them. */
export interface CardFigures extends PeriodFigures {
  /** Show the KPI's catalog benchmark, if it has one. */
  readonly benchmark: boolean;
  /**
   * Lays out the benchmark's bar. The card downloads it (and d3's scales) only for `benchmark`:
   * without it, the benchmark line shows without its bar.
   */
  readonly layoutBar?: typeof benchmarkGeometry;
  readonly label?: string;
  /** The `compare` attribute: the baselines to compare with, in order. */
  readonly compare?: string;
  /** The `change` attribute: how each change is told. */
  readonly change?: string;
  /** What the change since the previous period is compared with (`compare-label`). */
  readonly compareLabel?: string;
  /** What the change since a year earlier is compared with (`year-label`). */
  readonly yearLabel?: string;
  /** The period the figures cover and those they are compared with, when `period` added up daily data. */
  readonly periods?: ComparedPeriods;
  /** When the card was given series: the period before named, the sparkline and where the series went. */
  readonly series?: CardSeries;
}

/** A change since an earlier period, as its line shows it: badge and note. */
export interface CardChange {
  readonly baseline: 'previous' | 'year';
  readonly direction: Direction;
  readonly news: News;
  /** The badge's figure: the change (`+€2,000`, `+0.4 pp`), or the relative change alone. */
  readonly text: string;
  /** The relative change after the change, `(+25%)`, when both are told. */
  readonly relative?: string;
  readonly note: string;
}

/**
 * One comparison line, in the order `compare` lists them: a change, the target's verdict, or a
 * baseline the card was asked to compare with and has no figure for.
 */
export type CardComparison =
  | CardChange
  | { readonly baseline: 'target'; readonly met: boolean; readonly text: string }
  | { readonly baseline: Baseline; readonly missing: true; readonly text: string };

/** Everything the card shows, as text, ready to render. */
export interface CardModel {
  readonly label: string;
  /** The period the figure covers, marked when it is still under way: "June 2026 (so far)". */
  readonly period?: string;
  /** The figure as a number (percent KPIs as fractions), for `kpi-change`. */
  readonly figure: number;
  readonly value: string;
  /** The comparison lines, in the order `compare` lists them. */
  readonly comparisons: readonly CardComparison[];
  /** The baselines listed in `compare` that have no figure, for the console warning. */
  readonly missing: readonly Baseline[];
  /**
   * The benchmark line, and where the value is judged against the range, the verdict and the range
   * that make up its text ("Within the typical range", "2%–5%"), and the bar.
   */
  readonly benchmark?: {
    readonly text: string;
    readonly verdict?: string;
    readonly range?: string;
    readonly bar?: BenchmarkBar;
  };
  readonly definition?: { readonly button: string; readonly text: string };
  /** The sparkline of the card's series, under its value. */
  readonly sparkline?: SparklineGeometry;
  /** The whole card as one text, read by screen readers in place of the visual. */
  readonly sentence: string;
  readonly status: KpiStatus;
}

/** The benchmark's bar, with the texts of its labels: the value at the marker, the range's bounds at its ends. */
export interface BenchmarkBar {
  readonly geometry: BenchmarkGeometry;
  readonly value: string;
  readonly min?: string;
  readonly max?: string;
}

/** What each line of the card says: what it shows, and its sentence for screen readers. */
interface Line<Shown> {
  readonly shown: Shown;
  readonly spoken: string;
}

/**
 * A line and its verdict: "Target 3%: met". After a ratio ("Target 3.5 : 1") a colon would read
 * as a third term, so the verdict follows a dash there: "Target 3.5 : 1 – met".
 */
const verdict = (subject: string, outcome: string, colon: string) =>
  subject.includes(':') ? `${subject} – ${outcome}` : `${subject}${colon}${outcome}`;

/**
 * A change's line: the badge shows the change and the relative change after it, or either alone,
 * as `change` asks; the sentence says it in words ("Up €2,000 (20%) vs previous period, better").
 */
const changeLine = (
  baseline: CardChange['baseline'],
  { comparison, absolute, relative }: ToldChange,
  { unit }: Figure,
  against: string,
  words: CardWords,
  format: FormatOptions,
): Line<CardChange> => {
  const { direction, news, change } = comparison;
  const share = relative === null ? undefined : formatRelative(relative, format);
  const shareSize = relative === null ? '' : formatRelative(Math.abs(relative), format).replace(/^\+/, '');
  const size = absolute ? formatMagnitude(change, unit, format, true) : shareSize;
  const moved = capitalize(
    words.moved(direction, absolute && shareSize ? `${size} (${shareSize})` : size),
    format.locale,
  );
  return {
    shown: {
      baseline,
      direction,
      news,
      text: absolute || !share ? formatChange(change, unit, format) : share,
      ...(absolute && share ? { relative: `(${share})` } : {}),
      note: words.note(news, against),
    },
    spoken: `${moved} ${against}${direction === 'flat' ? '' : `, ${words.news[news]}`}.`,
  };
};

/** A baseline `compare` lists without its figure: said, not left out, so the editor sees what to add. */
const missingLine = (baseline: Baseline, words: CardWords): Line<CardComparison> => ({
  shown: { baseline, missing: true, text: words.missing[baseline] },
  spoken: `${words.missing[baseline]}.`,
});

/** The target line; `figures` are the decimals the card's figures share, `format` the page's, for the gap. */
const targetLine = (
  { target: check }: PeriodAssessment,
  { current, target }: PeriodFigures,
  { card: words, common }: LocalePack,
  format: FormatOptions,
  figures: FormatOptions,
): Line<CardComparison> | undefined => {
  if (!check || target === undefined) return undefined;
  const { unit, better } = current;
  const gap = check.gap === 0 ? null : formatMagnitude(check.gap, unit, format);
  const outcome = check.met ? words.targetMet(gap, better) : words.targetMissed(gap ?? '', better);
  const text = verdict(`${words.target} ${formatValue(target, unit, figures)}`, outcome, common.colon);
  return { shown: { baseline: 'target', met: check.met, text }, spoken: `${text}.` };
};

/**
 * The benchmark line: where the value stands, with the range after it ("Within the typical range
 * (2%–5%)") and a bar with its ends and the value labelled; a range that cannot judge the value
 * (money in another currency) only quoted.
 */
const benchmarkLine = (
  { value, unit, kpi }: Figure,
  { range, placement }: BenchmarkJudgement,
  { lang, format }: Settings,
  figures: FormatOptions,
  layoutBar: CardFigures['layoutBar'],
): Line<CardModel['benchmark']> | undefined => {
  const benchmark = kpi?.benchmark;
  if (!benchmark) return undefined;
  const words = packFor(lang).card;
  // Without a range, the note is the benchmark: shown for reference, never as a verdict.
  if (range === undefined) {
    const text = words.reference(kpiWords(kpi, lang).benchmark ?? '');
    return { shown: { text }, spoken: `${text}.` };
  }
  if (!placement) {
    const text = `${words.typical} ${range}`;
    return { shown: { text }, spoken: `${text}.` };
  }
  const verdict = capitalize(words.placement[placement], format.locale);
  const text = `${verdict} (${range})`;
  const geometry = layoutBar?.(value, benchmark);
  const { min, max } = benchmark;
  const bar: BenchmarkBar | undefined = geometry && {
    geometry,
    value: formatValue(value, unit, figures),
    ...(geometry.min && min !== undefined ? { min: formatValue(min, unit, figures) } : {}),
    ...(geometry.max && max !== undefined ? { max: formatValue(max, unit, figures) } : {}),
  };
  return { shown: { text, verdict, range, ...(bar ? { bar } : {}) }, spoken: `${text}.` };
};

/**
 * The KPI's definition, with its benchmark: the range and its note, or a figure to go by. Empty
 * until the language's notes have loaded, which the card waits for before it opens the definition.
 */
const definitionText = (kpi: KpiDefinition, range: string | undefined, words: CardWords, lang: Lang): string => {
  const { definition = '', benchmark: note } = kpiWords(kpi, lang);
  if (!kpi.benchmark || note === undefined) return definition;
  return `${definition} ${range === undefined ? `${words.reference(note)}.` : words.typicalNote(note, range)}`;
};

/** Builds what the card shows from the engine's figures: pure, so every wording is unit-tested. */
export const buildCardModel = (figures: CardFigures, settings: Settings): Result<CardModel> => {
  const { lang, format } = settings;
  const words = packFor(lang).card;
  const { current } = figures;
  const { kpi } = current;
  const assessed = assessPeriod(figures, figures);
  if (!assessed.ok) return assessed;
  const assessment = assessed.value;
  const label = figures.label?.trim() || (kpi ? kpiWords(kpi, lang).name : '');
  const judged = kpi?.benchmark ? judgeBenchmark(current.value, kpi.benchmark, current.unit, format) : {};
  // A range shown to judge the value is in its unit and currency: it shares the value's decimals.
  const bounds = figures.benchmark && judged.placement ? kpi?.benchmark : undefined;
  const shown = sharedDecimals(current.value, [figures.target, bounds?.min, bounds?.max], current.unit, format);
  const judgement = bounds ? { ...judged, range: formatBounds(bounds.min, bounds.max, current.unit, shown) } : judged;
  const value = formatValue(current.value, current.unit, shown);
  const worded = figures.periods && wordPeriods(figures.periods, format.locale);
  const against = {
    previous: figures.compareLabel?.trim() || figures.series?.previousLabel || worded?.previous || words.compareLabel,
    year: figures.yearLabel?.trim() || worded?.yearAgo || words.yearLabel,
  };
  const period = worded?.covered;
  const comparisons = assessment.baselines.map((baseline) => {
    if (baseline === 'target') {
      return targetLine(assessment, figures, packFor(lang), format, shown) ?? missingLine(baseline, words);
    }
    const change = assessment.changes[baseline];
    return change
      ? changeLine(baseline, change, current, against[baseline], words, format)
      : missingLine(baseline, words);
  });
  const benchmark = figures.benchmark
    ? benchmarkLine(current, judgement, settings, shown, figures.layoutBar)
    : undefined;
  const lines = [...comparisons, benchmark].filter((line) => line !== undefined);
  const drawing = figures.series?.drawing;
  return {
    ok: true,
    value: {
      label,
      ...(period ? { period } : {}),
      figure: current.value,
      value,
      comparisons: comparisons.map((line) => line.shown),
      missing: comparisons.flatMap(({ shown }) => ('missing' in shown ? [shown.baseline] : [])),
      benchmark: benchmark?.shown,
      definition: kpi && {
        button: words.about(label || kpiWords(kpi, lang).name),
        text: definitionText(kpi, judgement.range, words, lang),
      },
      ...(drawing ? { sparkline: drawing.geometry } : {}),
      sentence: [
        `${[label, period].filter(Boolean).join(', ')}${label || period ? packFor(lang).common.colon : ''}${value}.`,
        ...lines.map((line) => line.spoken),
        ...(drawing ? [`${drawing.sentence}.`] : []),
      ].join(' '),
      status: assessment.status,
    },
  };
};
