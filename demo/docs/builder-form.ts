/**
 * The KPI builder's form, drawn from its state in the page's language: the inputs (typed, or a
 * file's columns), the target or goal, and the options. Every control is named by the attribute
 * it writes and kept in `controls`, so the engine's messages find their field.
 */
import type { InputKind, KpiDefinition } from '../../src/kpi/index.js';
import { checkbox, checkboxGroup, inputLabel, selectField, textField, type Control } from './builder-fields.js';
import { EARLIER_BASELINES, earlierName, type BuilderState } from './builder-spec.js';
import type { BuilderWords } from './builder-words.js';
import { DOC_LANGUAGES } from './language.js';
import { make } from './make.js';

/** The controls of the form by the attribute they write (`revenue`, `previous-revenue`, `target`). */
export type Controls = Map<string, Control>;

/** What a phone's keyboard offers: a number pad for plain figures, letters where `%` or commas go. */
const inputModeOf = (kind: InputKind, list: boolean) =>
  list || kind === 'rate' || kind === 'percent' ? undefined : 'decimal';

const register = (controls: Controls, role: string, made: { field: HTMLElement; control: Control }) => {
  made.control.dataset.role = role;
  controls.set(made.control.name, made.control);
  return made.field;
};

/** The note on KPIs computed from one of several sets of inputs: which sets. */
const setsNote = (kpi: KpiDefinition, words: BuilderWords) =>
  kpi.requires
    ? [make('p', 'form-note', words.sets, ' ', kpi.requires.map((set) => set.join(' + ')).join('; '), '.')]
    : [];

/** One field per KPI input, then each earlier period's behind its checkbox (a card's only). */
export const typedSection = (state: BuilderState, words: BuilderWords, controls: Controls): Node[] => {
  const trend = state.tag === 'kpi-trend';
  const values = trend ? state.series : state.figures;
  const field = (name: string, kind: InputKind, list: boolean, optional: boolean, value: string) =>
    textField({
      name,
      label: inputLabel(name, words.kinds[kind], optional ? words.optional : undefined),
      value,
      hint: trend ? words.series : list ? words.list : undefined,
      inputMode: inputModeOf(kind, list || trend),
    });
  const current = state.kpi.inputs.map((input) =>
    register(
      controls,
      'figure',
      field(input.name, input.kind, Boolean(input.list), input.default !== undefined, values[input.name] ?? ''),
    ),
  );
  const nodes: Node[] = [
    make('p', 'form-note', words.numbers),
    ...setsNote(state.kpi, words),
    make('div', 'grid', ...current),
  ];
  if (state.tag !== 'kpi-card') return nodes;
  for (const baseline of EARLIER_BASELINES) {
    const { on, figures } = state.earlier[baseline];
    const toggle = checkbox(`with-${baseline}`, words.compareWith[baseline], on);
    toggle.control.dataset.role = 'with-earlier';
    toggle.control.dataset.baseline = baseline;
    nodes.push(toggle.field);
    if (!on) continue;
    const inputs = state.kpi.inputs.map((input) => {
      const made = field(
        earlierName(baseline, input.name),
        input.kind,
        Boolean(input.list),
        true,
        figures[input.name] ?? '',
      );
      made.control.dataset.baseline = baseline;
      return register(controls, 'earlier', made);
    });
    const legend = make('legend', '', words.compares[baseline]);
    nodes.push(make('fieldset', 'subgroup', legend, make('div', 'grid', ...inputs)));
  }
  return nodes;
};

/** The file's address, the examples, and once it is read, a column per input (and a period for a dated table). */
export const fileSection = (
  state: BuilderState,
  words: BuilderWords,
  controls: Controls,
  src: string,
  examples: readonly (readonly [string, string])[],
  status: Node,
): Node[] => {
  const address = register(
    controls,
    'src',
    textField({ name: 'src', label: [words.fileUrl], value: src, type: 'url', placeholder: 'https://…/data.csv' }),
  );
  const read = make('button', 'button primary', words.readFile);
  read.type = 'button';
  read.dataset.action = 'read-file';
  const exampleButtons = examples.map(([url, text]) => {
    const button = make('button', 'button link-button', text);
    button.type = 'button';
    button.dataset.example = url;
    return button;
  });
  const nodes: Node[] = [
    make('p', 'form-note', words.fileHint),
    make('div', 'file-row', address, read),
    make('p', 'examples', words.examples, ' ', ...exampleButtons),
    status,
  ];
  const { file } = state;
  if (!file) return nodes;
  const columns: [string, string][] = [['', words.notInFile], ...file.columns.map((c): [string, string] => [c, c])];
  const mapped = (name: string, label: (string | Node)[]) =>
    register(controls, 'map', selectField(`map:${name}`, label, columns, file.mapping[name] ?? ''));
  const selects = state.kpi.inputs.map((input) => mapped(input.name, inputLabel(input.name, words.kinds[input.kind])));
  if (state.tag === 'kpi-trend') selects.push(mapped('labels', [words.labelsColumn]));
  nodes.push(make('fieldset', 'subgroup', make('legend', '', words.mapping), make('div', 'grid', ...selects)));
  if (state.tag !== 'kpi-trend' && file.dateColumns.length) {
    const periods = Object.entries(words.periods) as [string, string][];
    const dated = [
      register(controls, 'file', selectField('period', [words.period, ' ', code('period')], periods, file.period)),
    ];
    if (file.period) {
      const dates = file.dateColumns.map((column): [string, string] => [column, column]);
      dated.push(
        register(
          controls,
          'file',
          selectField('date-field', [words.dateField, ' ', code('date-field')], dates, file.dateField),
        ),
      );
    }
    nodes.push(make('div', 'grid', ...dated));
  }
  return nodes;
};

const code = (text: string) => make('code', '', text);

/** What the widget's figure is held against: a card's or trend's target, a gauge's goal and its period. */
export const termsSection = (state: BuilderState, words: BuilderWords, controls: Controls): Node[] => {
  const option = (name: string) => (typeof state.options[name] === 'string' ? (state.options[name] as string) : '');
  const text = (name: string, label: string, type = 'text') =>
    register(controls, 'option', textField({ name, label: [label, ' ', code(name)], value: option(name), type }));
  if (state.tag === 'goal-gauge') {
    return [
      make(
        'div',
        'grid',
        text('goal', words.goal),
        text('period-start', words.periodStart, 'date'),
        text('period-end', words.periodEnd, 'date'),
      ),
    ];
  }
  return [make('div', 'grid', text('target', words.target))];
};

/** The look: label, the element's own options, then language, currency, decimals and notation. */
export const optionsSection = (state: BuilderState, words: BuilderWords, controls: Controls): Node[] => {
  const value = (name: string) => state.options[name];
  const text = (name: string) => (typeof value(name) === 'string' ? (value(name) as string) : '');
  const select = (name: string, label: string, options: readonly (readonly [string, string])[]) =>
    register(controls, 'option', selectField(name, [label, ' ', code(name)], options, text(name)));
  const box = (name: string, label: string) => {
    const made = checkbox(name, label, value(name) === true);
    made.control.dataset.role = 'option';
    return made.field;
  };
  const own: Node[] = [];
  if (state.tag === 'kpi-card') {
    own.push(
      box('benchmark', words.benchmark),
      checkboxGroup('compare', words.compare, Object.entries(words.compares), text('compare').split(' ')),
    );
  } else if (state.tag === 'kpi-trend') {
    if (state.source === 'typed') {
      own.push(
        register(
          controls,
          'option',
          textField({
            name: 'labels',
            label: [words.labels, ' ', code('labels')],
            value: text('labels'),
            hint: words.labelsHint,
          }),
        ),
      );
    }
    own.push(
      select('type', words.chart, [
        ['', words.charts.line],
        ['area', words.charts.area],
        ['bar', words.charts.bar],
      ]),
      box('axis', words.axis),
    );
  }
  const label = register(
    controls,
    'option',
    textField({ name: 'label', label: [words.label, ' ', code('label')], value: text('label'), hint: words.labelHint }),
  );
  const decimals = ['0', '1', '2', '3'].map((places): [string, string] => [places, places]);
  return [
    label,
    ...own,
    make(
      'div',
      'grid',
      ...(state.tag === 'kpi-card' ? [select('change', words.change, Object.entries(words.changes))] : []),
      select('locale', words.locale, [['', words.pageLanguage], ...DOC_LANGUAGES]),
      select('currency', words.currency, [
        ['', words.currencyAuto],
        ...['EUR', 'USD', 'GBP', 'CHF'].map((c): [string, string] => [c, c]),
      ]),
      select('decimals', words.decimals, [['', words.automatic], ...decimals]),
      select('notation', words.notation, [
        ['', words.notations.standard],
        ['compact', words.notations.compact],
      ]),
    ),
  ];
};
