import {
  checkTarget,
  compareValues,
  formatChange,
  formatMagnitude,
  formatRelative,
  formatValue,
  placeInRange,
  type Benchmark,
  type Direction,
  type FormatOptions,
  type News,
} from '../../kpi/index.js';
import type { KpiStatus } from '../../shared/events.js';
import type { Figure } from '../../kpi/index.js';
import type { Settings } from '../../shared/settings.js';
import { benchmarkBar, type BenchmarkBar } from './benchmark-bar.js';
import { CARD_STRINGS } from './kpi-card.strings.js';

export interface CardFigures {
  readonly current: Figure;
  /** The previous period's value, in the same unit. */
  readonly previous?: number;
  readonly target?: number;
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
    /** The relative change, `(+25%)`, for units where points are not the change. */
    readonly relative?: string;
    readonly note: string;
  };
  readonly target?: { readonly met: boolean; readonly text: string };
  readonly benchmark?: { readonly text: string; readonly bar?: BenchmarkBar };
  readonly definition?: { readonly button: string; readonly text: string };
  /** The whole card as one text, read by screen readers in place of the visual. */
  readonly sentence: string;
  readonly status: KpiStatus;
}

const rangeText = ({ min, max }: Benchmark, unit: Figure['unit'], format: FormatOptions): string => {
  // "3–4 : 1" reads better than "3 : 1–4 : 1".
  const shown = unit === 'ratio' ? 'number' : unit;
  const show = (value: number) => formatValue(value, shown, format);
  const suffix = unit === 'ratio' ? ' : 1' : '';
  if (min !== undefined && max !== undefined) return `${show(min)}–${show(max)}${suffix}`;
  return min !== undefined ? `≥ ${show(min)}${suffix}` : `≤ ${show(max ?? 0)}${suffix}`;
};

/**
 * A line and its verdict: "Target 3%: met". After a ratio ("Target 3.5 : 1") a colon would read
 * as a third term, so the verdict follows a dash there: "Target 3.5 : 1 – met".
 */
const verdict = (subject: string, outcome: string) =>
  subject.includes(':') ? `${subject} – ${outcome}` : `${subject}: ${outcome}`;

/** Builds what the card shows from validated figures: pure, so every wording is unit-tested. */
export const buildCardModel = (figures: CardFigures, { lang, format }: Settings): CardModel => {
  const words = CARD_STRINGS[lang];
  const { current } = figures;
  const { unit, better, kpi } = current;
  const label = figures.label?.trim() || kpi?.name[lang] || '';
  const value = formatValue(current.value, unit, format);
  const sentence = [`${label ? `${label}: ` : ''}${value}.`];
  let status: KpiStatus = 'neutral';

  let delta: CardModel['delta'];
  if (figures.previous !== undefined) {
    const comparison = compareValues(current.value, figures.previous, better);
    const relative =
      unit !== 'percent' && comparison.relative !== null && comparison.direction !== 'flat'
        ? formatRelative(comparison.relative, format)
        : undefined;
    const note = `${words.news[comparison.news]} ${figures.compareLabel?.trim() || words.compareLabel}`;
    delta = {
      direction: comparison.direction,
      news: comparison.news,
      text: formatChange(comparison.change, unit, format),
      ...(relative ? { relative: `(${relative})` } : {}),
      note,
    };
    const magnitude = `${formatMagnitude(comparison.change, unit, format, true)}${relative ? ` (${relative.replace(/^[+-]/, '')})` : ''}`;
    const moved = words.moved(comparison.direction, magnitude);
    sentence.push(
      `${moved.charAt(0).toUpperCase()}${moved.slice(1)} ${figures.compareLabel?.trim() || words.compareLabel}${comparison.direction === 'flat' ? '' : `, ${words.news[comparison.news]}`}.`,
    );
    status = comparison.news;
  }

  let target: CardModel['target'];
  if (figures.target !== undefined) {
    const check = checkTarget(current.value, figures.target, better);
    const gap = check.gap === 0 ? null : formatMagnitude(check.gap, unit, format);
    const outcome = check.met ? words.targetMet(gap, better) : words.targetMissed(gap ?? '', better);
    target = { met: check.met, text: verdict(`${words.target} ${formatValue(figures.target, unit, format)}`, outcome) };
    sentence.push(`${target.text}.`);
    if (figures.previous === undefined) status = check.met ? 'good' : 'bad';
  }

  let benchmark: CardModel['benchmark'];
  const range = figures.benchmark ? kpi?.benchmark : undefined;
  if (range) {
    // A range quoted in euros says nothing about a card shown in dollars.
    const comparable = !range.currency || range.currency === (format.currency ?? range.currency);
    const rangeFormat = range.currency ? { ...format, currency: range.currency } : format;
    const placement = comparable ? words.placement[placeInRange(current.value, range)] : undefined;
    const quoted = `${words.typical} ${rangeText(range, unit, rangeFormat)}`;
    const text = placement ? verdict(quoted, placement) : quoted;
    benchmark = { text, ...(comparable ? { bar: benchmarkBar(current.value, range) } : {}) };
    sentence.push(`${text}.`);
  }

  const definition = kpi
    ? {
        button: words.about(label || kpi.name[lang]),
        text: `${kpi.definition[lang]}${kpi.benchmark ? ` ${words.typicalNote(kpi.benchmark.note[lang])}` : ''}`,
      }
    : undefined;

  return {
    label,
    figure: current.value,
    value,
    delta,
    target,
    benchmark,
    definition,
    sentence: sentence.join(' '),
    status,
  };
};
