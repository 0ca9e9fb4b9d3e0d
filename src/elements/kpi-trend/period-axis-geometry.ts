import { scaleLinear } from 'd3-scale';
import { MS_PER_DAY } from '../../kpi/index.js';
import type { CalendarLabel, CalendarUnit } from './calendar-labels.js';
import { round, type Plot } from './trend-geometry.js';

/** A label on an axis: where it stands, how it is anchored, and its text. */
export interface AxisLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly text: string;
}

/** How the periods read on their axis. */
export interface PeriodTexts {
  /** A period's own tick: its label as written, or its number. */
  readonly period: (index: number) => string;
  /** The periods have no labels, only numbers: ticks fall on round numbers (1, 2,000, 4,000). */
  readonly numbered: boolean;
  /** A calendar tick, for periods that are dates: "Jan 2025", "Q1 2025", "2025". */
  readonly calendar: CalendarLabel;
}

/** About the width of a character of an 11 px tick, and the least space between two labels. */
const CHAR_WIDTH = 6.5;
const GAP = 8;

type Tick = { readonly x: number; readonly text: string };

/**
 * The labels at their ticks, centred, or kept inside the drawing where they would stick out (the
 * latest period's label ends at the drawing's edge); `undefined` when two of them would come
 * closer than `GAP`.
 */
const placed = (ticks: readonly Tick[], plot: Plot): AxisLabel[] | undefined => {
  const edge = plot.right + 8;
  const labels: AxisLabel[] = [];
  let end = -Infinity;
  for (const { x, text } of ticks) {
    const width = text.length * CHAR_WIDTH;
    const anchor = x + width / 2 > edge ? 'end' : x - width / 2 < 0 ? 'start' : 'middle';
    const start = anchor === 'end' ? edge - width : anchor === 'start' ? 0 : x - width / 2;
    if (start < end + GAP) return undefined;
    end = start + width;
    const at = anchor === 'end' ? edge : anchor === 'start' ? 0 : x;
    labels.push({ x: round(at), y: plot.bottom + 17, anchor, text });
  }
  return labels;
};

/** How many labels of `least` characters could stand side by side at most. */
const room = (plot: Plot, least: number) =>
  Math.max(1, Math.floor((plot.right - plot.left) / (least * CHAR_WIDTH + GAP)) + 1);

/** The step of the calendar that ticks fall on: days, months, quarters or years. */
const unitOf = (dates: readonly Date[]): CalendarUnit => {
  if (dates.some((date) => date.getUTCDate() !== 1)) return 'day';
  const months = dates.map((date) => date.getUTCFullYear() * 12 + date.getUTCMonth());
  const step = Math.min(...months.slice(1).map((month, i) => month - (months[i] ?? 0)));
  if (step >= 12 && months.every((month) => month % 12 === 0)) return 'year';
  return step % 3 === 0 && months.every((month) => month % 3 === 0) ? 'quarter' : 'month';
};

/**
 * Calendar ticks: the most of d3's (every month, quarter or year; days and weeks for daily
 * periods, never between monthly ones) whose labels fit side by side. A bar's tick stands at the
 * bar of its date; a line's where the date falls.
 */
const calendarTicks = (plot: Plot, texts: PeriodTexts): AxisLabel[] | undefined => {
  const { calendar } = plot;
  if (!calendar) return undefined;
  const monthly = calendar.days.every((day) => new Date(day * MS_PER_DAY).getUTCDate() === 1);
  const bars = plot.type === 'bar' ? new Map(calendar.days.map((day, index) => [day, index])) : undefined;
  // More ticks than days (or months) would only add hours (or days) that are skipped: counting
  // down from the room of a very wide chart alone would take seconds.
  const spanned = (calendar.days.at(-1) ?? 0) - (calendar.days[0] ?? 0);
  const most = monthly ? Math.floor(spanned / 28) + 2 : spanned + 1;
  for (let count = Math.min(room(plot, 4), most); count >= 1; count--) {
    const dates = calendar.time.ticks(count);
    // Hours mean nothing between daily periods, nor days between monthly ones.
    if (dates.length === 0 || dates.some((date) => date.getTime() % MS_PER_DAY !== 0)) continue;
    const unit = unitOf(dates);
    if (monthly && unit === 'day') continue;
    const ticks: Tick[] = [];
    for (const date of dates) {
      const day = date.getTime() / MS_PER_DAY;
      const index = bars?.get(day);
      if (bars && index === undefined) continue;
      ticks.push({ x: index === undefined ? calendar.time(date) : plot.x(index), text: texts.calendar(day, unit) });
    }
    const labels = placed(ticks, plot);
    if (labels && labels.length > 0) return labels;
  }
  return undefined;
};

/** Round period numbers (1, 2,000, 4,000 …) for periods without labels. */
const numberedTicks = (plot: Plot, texts: PeriodTexts): AxisLabel[] | undefined => {
  const numbers = scaleLinear().domain([1, plot.count]);
  const widest = texts.period(plot.count - 1).length;
  for (let count = Math.min(room(plot, widest), plot.count); count >= 1; count--) {
    const indices = numbers
      .ticks(count)
      .filter(Number.isInteger)
      .map((n) => n - 1);
    const labels = placed(
      indices.map((index) => ({ x: plot.x(index), text: texts.period(index) })),
      plot,
    );
    if (labels && labels.length > 0) return labels;
  }
  return undefined;
};

/**
 * Labels as written, every `step`-th period counted back from the latest, so they are evenly
 * spaced and the latest has one; the smallest step whose labels fit.
 */
const writtenTicks = (plot: Plot, texts: PeriodTexts): AxisLabel[] => {
  const last = plot.count - 1;
  const first = Math.max(1, Math.floor(plot.count / room(plot, texts.period(last).length)));
  for (let step = first; step <= last; step++) {
    const ticks: Tick[] = [];
    for (let index = last - Math.floor(last / step) * step; index <= last; index += step) {
      ticks.push({ x: plot.x(index), text: texts.period(index) });
    }
    const labels = placed(ticks, plot);
    if (labels) return labels;
  }
  return placed([{ x: plot.x(last), text: texts.period(last) }], plot) ?? [];
};

/** The period axis: calendar ticks for dates, round numbers for numbered periods, else labels as written. */
export const periodAxis = (plot: Plot, texts: PeriodTexts): AxisLabel[] =>
  calendarTicks(plot, texts) ?? (texts.numbered ? numberedTicks(plot, texts) : undefined) ?? writtenTicks(plot, texts);
