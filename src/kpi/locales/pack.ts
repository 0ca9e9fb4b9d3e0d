import type { KpiId } from '../catalog/ids.js';
import type { Direction, News } from '../compare.js';
import type { Baseline } from '../comparisons.js';
import type { PeriodNameKind } from '../period-name.js';
import type { NeedSpan } from '../pacing-need.js';
import type { PaceStatus } from '../pacing.js';
import type { Placement } from '../benchmark.js';
import type { Better, Category, KpiErrorCode, ValueKind } from '../types.js';

/**
 * Every word the kit shows or says in one language: KPI names, definitions, benchmark notes,
 * messages and each element's sentences. A language is added by adding one pack (`en.ts` is the
 * model); the type makes a pack that lacks a word fail to compile, and a test compares the packs.
 * Numbers, dates and currencies come in already formatted by `Intl`: a pack only places them.
 */
export interface LocalePack {
  /** The language subtag the pack is for: `en`, `nl`, `de`, `fr`. */
  readonly lang: string;
  /** A locale of the language for numbers in messages that have no widget locale (`en-US`, `de-DE`). */
  readonly exampleLocale: string;
  readonly kpis: Readonly<Record<KpiId, KpiName>>;
  /**
   * Downloads the KPIs' definitions and benchmark notes: long texts that only a card showing its
   * benchmark or opening its definition needs, so they are a chunk of their own.
   */
  readonly notes: () => Promise<Readonly<Record<KpiId, KpiNotes>>>;
  /** The parts of marketing KPIs measure, as a catalog's section titles: `Paid ads`. */
  readonly categories: Readonly<Record<Category, string>>;
  readonly common: CommonWords;
  readonly messages: MessageWords;
  readonly phrases: Phrases;
  readonly periods: PeriodWords;
  readonly card: CardWords;
  readonly trend: TrendWords;
  readonly funnel: FunnelWords;
  readonly gauge: GaugeWords;
}

/** A KPI's name, as a label shows it. */
export interface KpiName {
  readonly name: string;
}

/** A KPI's notes: a one-line definition with the formula, and its benchmark's note. */
export interface KpiNotes {
  readonly definition: string;
  /** What the catalog's benchmark applies to (`websites; 2 % is average`), for KPIs that have one. */
  readonly benchmark?: string;
}

/** A KPI in words: its name, and its notes once they have loaded (a site's own KPI has them at once). */
export interface KpiWords extends KpiName, Partial<KpiNotes> {}

/** Words every element shares. */
export interface CommonWords {
  readonly and: string;
  readonly or: string;
  /** What joins a name to what it says (`Conversion rate: 3%`): `': '`, or `'\u202f: '` in French. */
  readonly colon: string;
  /** What separates the parts of a summary sentence: `'; '`, or `'\u202f; '` in French. */
  readonly semicolon: string;
  /** A change in percentage points: the short form beside a number, and the words read aloud. */
  readonly points: { readonly short: string; readonly one: string; readonly other: string };
  /** The title of the error state. */
  readonly cannotShow: string;
  readonly loading: string;
  /** Under a widget whose latest refresh of `src` failed: why, and when its figures are from. */
  readonly stale: (reason: string, when: string) => string;
}

/** What a message is built from: the error, with every piece already in the message's language. */
export interface MessageParts {
  /**
   * What was given: its first 40 characters, with "…" when it goes on; or, for a value from data
   * that is no text, that value in words (`an object`).
   */
  readonly given: string;
  /** The attribute to fix, and all of them as a list (`spend and customers`). */
  readonly field: string;
  readonly fields: readonly string[];
  readonly fieldList: string;
  /**
   * The attribute and its text as written (`spend="€100"`), or the entry of a series; for a value
   * from data that is no text, the attribute or entry and that value in words (`spend (an object)`).
   */
  readonly subject: string;
  /** The accepted form as an attribute value (`1250.50`), or empty. */
  readonly example: string;
  /** What went wrong, for `fetch-failed` and `invalid-source`. */
  readonly reason: string;
  /** The accepted values and forms, for `invalid-option`. */
  readonly accepted: readonly string[];
  /** Those values as a list with "or" (`standard or compact`). */
  readonly acceptedList: string;
  readonly kpiName: string;
  /** A KPI's possible range, or an input's accepted range, in words (`0 to 10`). */
  readonly range: string;
  readonly position?: number;
  readonly lengths?: { readonly given: number; readonly expected: number };
}

/**
 * A value from data that is no text, in words, as the subject of a message shows it: `an object`,
 * `a list of 3` (`count` formatted in `shown`), `true`, `an infinite number`.
 */
export type ValueWords = {
  readonly [Kind in ValueKind]: Kind extends 'list' ? (count: number, shown: string) => string : string;
};

/** The messages of the error state, one per error code, and the pieces they share. */
export interface MessageWords {
  /** `Entry 2 of scores ("11")`: an entry of a series, as the subject of a message. */
  readonly entry: (position: number, field: string, given: string) => string;
  /** `Entry 2 of scores`: an entry of a series whose value is described rather than quoted. */
  readonly entryOf: (position: number, field: string) => string;
  /** `revenue (an object)`: an attribute or entry (`subject`) and what it holds, in words (`value`). */
  readonly holding: (subject: string, value: string) => string;
  /** Values from data that are no text, by kind; a message never shows JavaScript's text for them. */
  readonly values: ValueWords;
  /** The accepted form as the tail of a sentence: `, like spend="1250.50"`. */
  readonly like: (field: string, example: string) => string;
  readonly between: (min: string, max: string) => string;
  readonly atLeast: (min: string) => string;
  readonly atMost: (max: string) => string;
  /** The KPI named in a message when the catalog has no name for it. */
  readonly someKpi: string;
  readonly codes: Readonly<Record<KpiErrorCode, (parts: MessageParts) => string>>;
}

/**
 * Accepted forms and reasons that errors carry as a key rather than as text, so that the message
 * is worded in the widget's language when it is shown. Values in `args` are code (column names,
 * attribute values) or numbers already formatted.
 */
export interface Phrases {
  readonly 'locale-tag': string;
  readonly 'currency-code': string;
  readonly 'decimals-range': string;
  readonly 'refresh-seconds': string;
  readonly 'network-error': string;
  readonly 'not-json': string;
  readonly 'json-shape': string;
  readonly 'no-rows': string;
  /** The address answered with a web page (a login or error page), not a CSV or JSON file. */
  readonly 'web-page': string;
  /** The file is larger than a widget reads; `size` and `limit` come formatted (`52 MB`, `5 MB`). */
  readonly 'file-too-large': (size: string, limit: string) => string;
  readonly 'fields-pairs': string;
  readonly 'json-object': string;
  readonly 'no-column': (column: string, input: string) => string;
  readonly 'no-key': (key: string, input: string) => string;
  readonly 'funnel-stages': string;
  readonly 'funnel-labels': string;
  readonly 'single-numbers': string;
  readonly 'ready-series': string;
  readonly 'labels-per-period': (count: string) => string;
}

export type PhraseKey = keyof Phrases;

/** How a period is named inside a sentence: "in March", "on March 15", "in the week of May 4", "in Q3". */
export type Mention = 'month' | 'day' | 'week' | 'text';

/** The words of period names, around the dates `Intl` formats. */
export interface PeriodWords {
  readonly period: (number: string) => string;
  /** A numbered period inside a sentence: "period 3", "periode 3", "Zeitraum 3", "période 3". */
  readonly inSentence: (number: string) => string;
  readonly periods: (from: string, to: string) => string;
  readonly at: (name: string, mention: Mention) => string;
  /** An ISO week by its Monday, in a sentence: "week of May 4, 2026", "week van 4 mei 2026". */
  readonly week: (monday: string) => string;
  /**
   * What a change is compared with when a widget knows the earlier period (a `period` of daily
   * data): "vs May 2026", "ten opzichte van mei 2026"; `kind` says whether `name` is a month, a
   * quarter, a year or a run of days.
   */
  readonly versus: (name: string, kind: PeriodNameKind) => string;
}

/** The card's words. */
export interface CardWords {
  /** What a change is compared with, unless the card's `compare-label` says otherwise. */
  readonly compareLabel: string;
  /** What the change since a year earlier is compared with, unless the card's `year-label` says otherwise. */
  readonly yearLabel: string;
  /** The line of a baseline `compare` lists that the card has no figure for. */
  readonly missing: Readonly<Record<Baseline, string>>;
  readonly news: Readonly<Record<News, string>>;
  /**
   * The note beside the change badge: its news and what it is compared with, the default label or
   * the site's own (`better vs previous period`, `beter dan de vorige periode`).
   */
  readonly note: (news: News, label: string) => string;
  /** "up 1 percentage point", in the sentence read to screen readers. */
  readonly moved: (direction: Direction, magnitude: string) => string;
  readonly target: string;
  readonly targetMet: (gap: string | null, better: Better) => string;
  readonly targetMissed: (gap: string, better: Better) => string;
  /** Before a range the value is not judged against (money in another currency): "Typical: €10–€500". */
  readonly typical: string;
  /** Where the value stands; the card adds the range after it: "Within the typical range (2%–5%)". */
  readonly placement: Readonly<Record<Placement, string>>;
  /** A benchmark with no range, only a figure to go by: "For reference: the first search result gets…". */
  readonly reference: (note: string) => string;
  /** The name of the definition's button: "About conversion rate" (a KPI's name in sentence form). */
  readonly about: (label: string) => string;
  /** The end of the definition: the range and its note, "Typical range: 2%–5% (websites; …)." */
  readonly typicalNote: (note: string, range: string) => string;
}

/** The trend's words; period names are in `periods`. */
export interface TrendWords {
  readonly moved: (direction: Direction, from: string, to: string, change: string) => string;
  readonly only: (value: string) => string;
  readonly extremes: (high: string, highAt: string, low: string, lowAt: string) => string;
  readonly gaps: (count: number, shown: string) => string;
  readonly target: string;
  /** The target inside the summary sentence: "target 3%", "Ziel 3 %". */
  readonly targetIs: (value: string) => string;
  readonly news: Readonly<Record<News, string>>;
  readonly vsPrevious: (label: string) => string;
  readonly noData: string;
  readonly notComputed: string;
  readonly hint: string;
  readonly table: (count: string) => string;
  readonly periodHeader: string;
  readonly high: string;
  readonly low: string;
  readonly untitled: string;
  /** A quarter on the period axis, with its year: "Q1 2025", "K1 2025", "T1 2025". */
  readonly quarter: (quarter: number, year: string) => string;
  /**
   * A period the data covers only in part, as the table and the headline name it: the latest,
   * whose figures are so far ("Jun 2026 (so far)"), or the first, which the data starts within.
   */
  readonly partial: (name: string, edge: 'first' | 'last') => string;
  /** The same, as a part of the summary sentence: "Jun 2026 is not complete yet". */
  readonly partialNote: (name: string, edge: 'first' | 'last') => string;
  /**
   * Where the latest value of a series without labels stands, instead of "Period 10,000":
   * "Latest of 10,000 values"; with one value, "One value". `shown` is `count` formatted.
   */
  readonly latestOf: (count: number, shown: string) => string;
  /** What the latest change of a series without labels is compared with: "vs the value before". */
  readonly vsValueBefore: string;
}

/** The funnel's words. */
export interface FunnelWords {
  readonly title: string;
  readonly overall: string;
  readonly stage: string;
  readonly count: string;
  readonly step: string;
  readonly fromFirst: string;
  readonly lost: string;
  readonly change: string;
  readonly biggestLoss: string;
  readonly grew: string;
  /** Under a steep funnel's table: its drawing is on a log scale, so its small stages stay visible. */
  readonly logScale: string;
  readonly firstStage: string;
  readonly noComparison: string;
  /** A change against the previous period in a word, so its direction is not told by colour alone. */
  readonly news: Readonly<Record<News, string>>;
  readonly vsPrevious: string;
  readonly more: (count: string) => string;
  readonly isZero: (stage: string) => string;
  readonly summary: (first: string, last: string, overall: string) => string;
  readonly summaryUndefined: (first: string, last: string, zero: string) => string;
  readonly summaryChange: (change: string, news: string) => string;
  readonly summaryLoss: (from: string, to: string, share: string) => string;
  readonly summaryGrew: (stage: string, before: string) => string;
  readonly summaryNoLoss: string;
}

/** How a zone of a gauge's bands is colored, in words. */
export type ZoneLevel = 'bad' | 'warning' | 'good';

/** The gauge's words. */
export interface GaugeWords {
  readonly fallbackLabel: string;
  readonly ofGoal: string;
  readonly ofWay: string;
  readonly percentOfGoal: (percent: string) => string;
  readonly wayFrom: (percent: string, baseline: string) => string;
  /** Why "of the way" differs from "of goal", under a headline counted from a baseline: `from a start of 8,000`. */
  readonly fromStart: (baseline: string) => string;
  /** The value's plain share of the goal, beside a headline counted from a baseline: `97% of goal overall`. */
  readonly ofGoalOverall: (percent: string) => string;
  readonly valueOf: (value: string, goal: string) => string;
  /** A value past its goal, where "230 of 200" would read wrong: "230 (goal 200)". */
  readonly valueBeyond: (value: string, goal: string) => string;
  readonly valueAtMost: (value: string, goal: string) => string;
  /** Under a ceiling's value, which is the headline: `goal at most €50.00`. */
  readonly goalAtMost: (goal: string) => string;
  readonly toGo: (gap: string) => string;
  readonly aboveGoal: (gap: string) => string;
  readonly met: string;
  readonly metBeyond: (gap: string, higher: boolean) => string;
  readonly pace: Readonly<Record<PaceStatus, string>>;
  readonly notStarted: string;
  readonly endedMet: string;
  readonly endedMissed: string;
  readonly dayOf: (day: number, days: number) => string;
  readonly expected: (value: string) => string;
  readonly projected: (value: string, date: string) => string;
  /** What a goal still needs per day, week or month; `down` for a lower-is-better goal. */
  readonly needs: (value: string, per: NeedSpan, down: boolean) => string;
  readonly starts: (date: string, days: number) => string;
  readonly ended: (date: string) => string;
  readonly zone: (level: string) => string;
  readonly levels: Readonly<Record<ZoneLevel, string>>;
}
