import {
  assessPeriod,
  capitalize,
  formatChange,
  formatMagnitude,
  formatRelative,
  formatValue,
  isBounded,
  judgeBenchmark,
  kpiWords,
  packFor,
  type CardWords,
  type Direction,
  type Figure,
  type FormatOptions,
  type KpiDefinition,
  type Lang,
  type News,
  type PeriodAssessment,
  type PeriodFigures,
} from '../../kpi/index.js';
import type { KpiStatus } from '../../shared/events.js';
import type { Settings } from '../../shared/settings.js';
import { benchmarkGeometry, type BenchmarkGeometry } from './benchmark-geometry.js';

/** The card's figures as the engine read them, and what the card was asked to show with them. */
export interface CardFigures extends PeriodFigures {
  /** Show the KPI's catalog benchmark, if it has one. */
  readonly benchmark: boolean;
  readonly label?: string;
  readonly compareLabel?: string;
}

/** Everything the card shows, as text, ready to render. */
export interface CardModel {
  readonly label: string;
  /** The figure as a number (percent KPIs as fractions), for `kpi-change`. */
  readonly figure: number;
  readonly value: string;
  readonly delta?: {
    readonly direction: Direction;
    readonly news: News;
    readonly text: string;
    /** The relative change, `(+25%)`, where it means something (see `assessPeriod`). */
    readonly relative?: string;
    readonly note: string;
  };
  readonly target?: { readonly met: boolean; readonly text: string };
  /** The benchmark line; `bar` only where the value is judged against the range. */
  readonly benchmark?: { readonly text: string; readonly bar?: BenchmarkGeometry };
  readonly definition?: { readonly button: string; readonly text: string };
  /** The whole card as one text, read by screen readers in place of the visual. */
  readonly sentence: string;
  readonly status: KpiStatus;
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
const verdict = (subject: string, outcome: string) =>
  subject.includes(':') ? `${subject} – ${outcome}` : `${subject}: ${outcome}`;

const deltaLine = (
  { comparison, relative }: PeriodAssessment,
  { unit }: Figure,
  compareLabel: string,
  words: CardWords,
  format: FormatOptions,
): Line<CardModel['delta']> | undefined => {
  if (!comparison) return undefined;
  const { direction, news, change } = comparison;
  const percent = relative === null ? undefined : formatRelative(relative, format);
  const size = relative === null ? '' : ` (${formatRelative(Math.abs(relative), format).replace(/^\+/, '')})`;
  const moved = capitalize(
    words.moved(direction, `${formatMagnitude(change, unit, format, true)}${size}`),
    format.locale,
  );
  return {
    shown: {
      direction,
      news,
      text: formatChange(change, unit, format),
      ...(percent ? { relative: `(${percent})` } : {}),
      note: `${words.news[news]} ${compareLabel}`,
    },
    spoken: `${moved} ${compareLabel}${direction === 'flat' ? '' : `, ${words.news[news]}`}.`,
  };
};

const targetLine = (
  { target: check }: PeriodAssessment,
  { current, target }: PeriodFigures,
  words: CardWords,
  format: FormatOptions,
): Line<CardModel['target']> | undefined => {
  if (!check || target === undefined) return undefined;
  const { unit, better } = current;
  const gap = check.gap === 0 ? null : formatMagnitude(check.gap, unit, format);
  const outcome = check.met ? words.targetMet(gap, better) : words.targetMissed(gap ?? '', better);
  const text = verdict(`${words.target} ${formatValue(target, unit, format)}`, outcome);
  return { shown: { met: check.met, text }, spoken: `${text}.` };
};

const benchmarkLine = (
  { value, unit, kpi }: Figure,
  { lang, format }: Settings,
): Line<CardModel['benchmark']> | undefined => {
  const benchmark = kpi?.benchmark;
  if (!benchmark) return undefined;
  const words = packFor(lang).card;
  const { range, placement } = judgeBenchmark(value, benchmark, unit, format);
  // Without a range, the note is the benchmark: shown for reference, never as a verdict.
  if (range === undefined) {
    const text = words.reference(kpiWords(kpi, lang).benchmark ?? '');
    return { shown: { text }, spoken: `${text}.` };
  }
  const quoted = `${words.typical} ${range}`;
  const text = placement ? verdict(quoted, words.placement[placement]) : quoted;
  const bar = placement ? benchmarkGeometry(value, benchmark) : undefined;
  return { shown: { text, ...(bar ? { bar } : {}) }, spoken: `${text}.` };
};

/** The KPI's definition, with its benchmark's note: of a range, or a figure to go by. */
const definitionText = (kpi: KpiDefinition, words: CardWords, lang: Lang): string => {
  const { definition, benchmark: note } = kpiWords(kpi, lang);
  if (!kpi.benchmark || note === undefined) return definition;
  return `${definition} ${isBounded(kpi.benchmark) ? words.typicalNote(note) : `${words.reference(note)}.`}`;
};

/** Builds what the card shows from the engine's figures: pure, so every wording is unit-tested. */
export const buildCardModel = (figures: CardFigures, settings: Settings): CardModel => {
  const { lang, format } = settings;
  const words = packFor(lang).card;
  const { current } = figures;
  const { kpi } = current;
  const assessment = assessPeriod(figures);
  const label = figures.label?.trim() || (kpi ? kpiWords(kpi, lang).name : '');
  const value = formatValue(current.value, current.unit, format);
  const compareLabel = figures.compareLabel?.trim() || words.compareLabel;
  const delta = deltaLine(assessment, current, compareLabel, words, format);
  const target = targetLine(assessment, figures, words, format);
  const benchmark = figures.benchmark ? benchmarkLine(current, settings) : undefined;
  const lines = [delta, target, benchmark].filter((line) => line !== undefined);
  return {
    label,
    figure: current.value,
    value,
    delta: delta?.shown,
    target: target?.shown,
    benchmark: benchmark?.shown,
    definition: kpi && {
      button: words.about(label || kpiWords(kpi, lang).name),
      text: definitionText(kpi, words, lang),
    },
    sentence: [`${label ? `${label}: ` : ''}${value}.`, ...lines.map((line) => line.spoken)].join(' '),
    status: assessment.status,
  };
};
