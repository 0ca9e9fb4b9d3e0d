/**
 * The KPI builder's state and the widget it describes: which attributes, in which order. Pure: the
 * snippets, the preview and the checks all read the one `WidgetSpec` this writes.
 */
import { BASELINE_PREFIX, type Baseline, type KpiDefinition } from '../../src/kpi/index.js';
import type { AttributeValue, WidgetSpec } from './builder-snippets.js';

/** The elements the builder makes: the three that compute a catalog KPI from its inputs. */
export const BUILDER_TAGS = ['kpi-card', 'kpi-trend', 'goal-gauge'] as const;
export type BuilderTag = (typeof BUILDER_TAGS)[number];

/** Where the inputs come from: typed in, or a CSV file's columns. */
export type InputSource = 'typed' | 'file';

/** A CSV file read for its header, and how its columns feed the KPI. */
export interface FileChoice {
  readonly src: string;
  readonly columns: readonly string[];
  /** The column picked for each input ('' for none), by input name; `labels` for a trend's periods. */
  readonly mapping: Readonly<Record<string, string>>;
  /** The columns that hold ISO days (`2026-05-31`): what `date-field` may be. */
  readonly dateColumns: readonly string[];
  /** `month`, `quarter`, `year`, `last-30-days`, or '' for the last row. */
  readonly period: string;
  readonly dateField: string;
}

/** The baselines a card can be given typed inputs for: the previous period, the same period a year earlier. */
export const EARLIER_BASELINES = ['previous', 'year'] as const satisfies readonly Baseline[];
export type EarlierBaseline = (typeof EARLIER_BASELINES)[number];

/** An earlier period's inputs: whether the card is compared with it, and its figures by input name. */
export interface EarlierInputs {
  readonly on: boolean;
  readonly figures: Readonly<Record<string, string>>;
}

/** The attribute of an earlier period's input, with the engine's prefix: `previous-revenue`, `year-ago-revenue`. */
export const earlierName = (baseline: EarlierBaseline, input: string): string => BASELINE_PREFIX[baseline] + input;

export interface BuilderState {
  readonly kpi: KpiDefinition;
  readonly tag: BuilderTag;
  readonly source: InputSource;
  /** Typed values by input name: one figure each for a card or gauge. */
  readonly figures: Readonly<Record<string, string>>;
  /** Typed series by input name, comma-separated, for a trend. */
  readonly series: Readonly<Record<string, string>>;
  /** A card's earlier periods, each with its own typed inputs, by baseline. */
  readonly earlier: Readonly<Record<EarlierBaseline, EarlierInputs>>;
  readonly file?: FileChoice;
  /** Every other attribute as the form holds it: text, or a checkbox's state. */
  readonly options: Readonly<Record<string, string | boolean>>;
}

/** The state with one earlier period changed: switched on or off, or a figure typed. */
export const withEarlier = (
  state: BuilderState,
  baseline: EarlierBaseline,
  change: Partial<EarlierInputs>,
): BuilderState => ({
  ...state,
  earlier: { ...state.earlier, [baseline]: { ...state.earlier[baseline], ...change } },
});

/** The options each element takes, besides its KPI and inputs, in the order they are written. */
export const ELEMENT_OPTIONS: Readonly<Record<BuilderTag, readonly string[]>> = {
  'kpi-card': ['target', 'benchmark', 'compare', 'change'],
  'kpi-trend': ['target', 'labels', 'type', 'axis'],
  'goal-gauge': ['goal', 'period-start', 'period-end'],
};

/** What every element takes: the label right after `kpi`, the formatting ones last. */
export const FORMAT_OPTIONS = ['locale', 'currency', 'decimals', 'notation'] as const;

/**
 * `fields` for the columns picked: only the pairs the widget would not find on its own (a column
 * named like the input, in any case, needs none); a JSON object when a column's name has a comma.
 */
export const fieldsText = (mapping: Readonly<Record<string, string>>): string => {
  const pairs = Object.entries(mapping).filter(([input, column]) => column && column.toLowerCase() !== input);
  if (pairs.some(([, column]) => column.includes(','))) return JSON.stringify(Object.fromEntries(pairs));
  return pairs.map(([input, column]) => `${input}:${column}`).join(', ');
};

/** The file's attributes: `src`, `fields`, and with a period `period` and `date-field` (unless `date`). */
const fileAttributes = (file: FileChoice, tag: BuilderTag): [string, string][] => {
  const fields = fieldsText(file.mapping);
  const dated = tag !== 'kpi-trend' && file.period !== '';
  return [
    ['src', file.src],
    ...(fields ? [['fields', fields] as [string, string]] : []),
    ...(dated ? [['period', file.period] as [string, string]] : []),
    ...(dated && file.dateField.toLowerCase() !== 'date' ? [['date-field', file.dateField] as [string, string]] : []),
  ];
};

/**
 * The inputs as typed, in the catalog's order, then a card's earlier periods that are on (the
 * previous period, then a year earlier), blanks left out.
 */
const typedAttributes = (state: BuilderState): [string, string][] => {
  const values = state.tag === 'kpi-trend' ? state.series : state.figures;
  const names = state.kpi.inputs.map((input) => input.name);
  const current = names.map((name) => [name, values[name]?.trim() ?? ''] as [string, string]);
  const card = state.tag === 'kpi-card';
  const earlier = EARLIER_BASELINES.filter((baseline) => card && state.earlier[baseline].on).flatMap((baseline) => {
    const { figures } = state.earlier[baseline];
    return names.map((name): [string, string] => [earlierName(baseline, name), figures[name]?.trim() ?? '']);
  });
  return [...current, ...earlier].filter(([, value]) => value !== '');
};

/** An option as an attribute: a checked box is a presence attribute, blank text is none. */
const optionAttribute = (name: string, value: string | boolean | undefined): [string, AttributeValue][] => {
  if (value === true) return [[name, true]];
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? [[name, text]] : [];
};

/**
 * The widget the builder's state describes: `kpi`, `label`, the inputs (or the file), the
 * element's own options, then the formatting ones. A trend fed by a file takes its labels from
 * the file, not from the `labels` option.
 */
export const widgetSpec = (state: BuilderState): WidgetSpec => {
  const { tag, kpi, options, file } = state;
  const fromFile = state.source === 'file' && file !== undefined;
  const own = ELEMENT_OPTIONS[tag].filter((name) => !(fromFile && name === 'labels'));
  const inputs = fromFile ? [] : typedAttributes(state);
  const attributes: [string, AttributeValue][] = [
    ['kpi', kpi.id],
    ...optionAttribute('label', options.label),
    ...inputs,
    ...(fromFile ? fileAttributes(file, tag) : []),
    ...own.flatMap((name) => optionAttribute(name, options[name])),
    ...FORMAT_OPTIONS.flatMap((name) => optionAttribute(name, options[name])),
  ];
  return { tag, attributes, inputs: new Set(inputs.map(([name]) => name)) };
};
