// The KPI builder: the kit itself for the preview, the engine for names, inputs and messages.
import '../src/index.js';
import {
  BASELINE_PREFIX,
  describeError,
  getKpi,
  langOf,
  listKpis,
  loadNotes,
  loadPack,
  type KpiDefinition,
} from '../src/kpi/index.js';
import { checkWidget } from './docs/builder-check.js';
import { exampleEarlier, exampleGoal, exampleInputs, exampleSeries } from './docs/builder-examples.js';
import { showProblem } from './docs/builder-fields.js';
import { readFileTable, suggestMapping } from './docs/builder-file.js';
import { fileSection, optionsSection, termsSection, typedSection, type Controls } from './docs/builder-form.js';
import { kpiChoices, sourceChoices, widgetChoices } from './docs/builder-choices.js';
import { blockSnippet, htmlSnippet, jsxSnippet, shortcodeSnippet } from './docs/builder-snippets.js';
import {
  EARLIER_BASELINES,
  widgetSpec,
  withEarlier,
  type BuilderState,
  type BuilderTag,
  type EarlierBaseline,
  type EarlierInputs,
} from './docs/builder-spec.js';
import { snippetTabs } from './docs/builder-tabs.js';
import { builderWords, type BuilderWords } from './docs/builder-words.js';
import { onLanguage } from './docs/language.js';
import { make } from './docs/make.js';
import { elementDeclaration } from './docs/manifest.js';
import { errorNote } from './docs/worked-examples.js';

const $ = <E extends HTMLElement>(selector: string) => document.querySelector<E>(selector) as E;
const form = $<HTMLFormElement>('#builder');
const search = $<HTMLInputElement>('#kpi-search');
const preview = $('#preview');
const summary = $('#summary');
const tabs = snippetTabs($('#snippets'), 'code-title');

/** The code panel's line length: a tag longer than this puts an attribute a line. */
const SNIPPET_WIDTH = 44;

/** The example files in demo/public/data/, beside the page once built. */
const EXAMPLES = ['data/de-linde-2026.csv', 'data/shop-daily-2026.csv'] as const;

const firstKpi = getKpi(new URLSearchParams(location.search).get('kpi') ?? '') ?? (getKpi('roas') as KpiDefinition);
/** A KPI's example figures, its earlier periods' too, each earlier period on or off as it was. */
const startOf = (kpi: KpiDefinition, earlier?: BuilderState['earlier']) => ({
  figures: { ...exampleInputs(kpi) },
  series: exampleSeries(kpi),
  earlier: Object.fromEntries(
    EARLIER_BASELINES.map((baseline) => [
      baseline,
      { on: earlier?.[baseline].on ?? false, figures: exampleEarlier(kpi, baseline) },
    ]),
  ) as Record<EarlierBaseline, EarlierInputs>,
});
let state: BuilderState = {
  kpi: firstKpi,
  tag: 'kpi-card',
  source: 'typed',
  ...startOf(firstKpi),
  options: { goal: exampleGoal(firstKpi) },
};
let locale = document.documentElement.lang;
let words: BuilderWords = builderWords(langOf(locale));
let src = '';
const fileStatus = make('p', 'file-status');
fileStatus.setAttribute('role', 'status');
const controls: Controls = new Map();

/** Draws again what depends on the state's shape, keeping the focus on the control that had it. */
const renderForm = () => {
  const active = document.activeElement as HTMLInputElement | null;
  const focused = active && form.contains(active) ? { name: active.name, value: active.value } : undefined;
  controls.clear();
  const typed = $('#typed');
  const file = $('#file');
  typed.hidden = state.source !== 'typed';
  file.hidden = state.source !== 'file';
  typed.replaceChildren(...(state.source === 'typed' ? typedSection(state, words, controls) : []));
  const examples = EXAMPLES.map((url, index): [string, string] => [
    url,
    index ? words.exampleDaily : words.exampleMonthly,
  ]);
  file.replaceChildren(
    ...(state.source === 'file' ? fileSection(state, words, controls, src, examples, fileStatus) : []),
  );
  $('#terms').replaceChildren(...termsSection(state, words, controls));
  $('#options').replaceChildren(...optionsSection(state, words, controls));
  if (focused?.name) {
    const again = [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(focused.name)}"]`)];
    (again.find((control) => control.value === focused.value) ?? again[0])?.focus();
  }
  update();
};

const renderChoices = () => {
  const query = search.value;
  kpiChoices($('#kpi-results'), $('#kpi-count'), $('#kpi-chosen'), {
    kpis: listKpis(),
    query,
    chosen: state.kpi,
    locale,
    words,
  });
  widgetChoices($('#widgets'), state.tag, words);
  sourceChoices($('#source'), state.source, words);
};

let announce: number | undefined;
let previewTag = '';

/** The widget as it is now: its problems beside their fields, the preview, and the four snippets. */
const update = () => {
  const spec = widgetSpec(state);
  const problems = checkWidget(state, spec, locale);
  const byField = new Map(problems.map((problem) => [problem.field, problem.message]));
  for (const [name, control] of controls) showProblem(control, byField.get(name), words.error);
  const elsewhere = problems.filter((problem) => !controls.has(problem.field));
  $('#other-problems').replaceChildren(...elsewhere.map((problem) => errorNote(problem.message, words.error)));
  // Said once the typing stops, and only when it changes: the field's own message is read on focus.
  window.clearTimeout(announce);
  announce = window.setTimeout(() => {
    const text = problems.length ? words.toFix(problems.length) : words.allValid;
    if (summary.textContent !== text) summary.textContent = text;
  }, 700);

  const waiting = state.source === 'file' && !state.file;
  if (waiting) {
    previewTag = '';
    preview.replaceChildren(make('p', 'preview-empty', words.noFile));
  } else {
    let widget = preview.firstElementChild;
    if (!widget || previewTag !== spec.tag) {
      widget = document.createElement(spec.tag);
      preview.replaceChildren(widget);
      previewTag = spec.tag;
    }
    const wanted = new Map(spec.attributes.map(([name, value]) => [name, value === true ? '' : value]));
    if (!wanted.has('locale')) wanted.set('locale', locale);
    for (const name of widget.getAttributeNames()) if (!wanted.has(name)) widget.removeAttribute(name);
    for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  }
  const order = elementDeclaration(spec.tag)?.attributes?.map((attribute) => attribute.name) ?? [];
  tabs.update({
    html: htmlSnippet(spec, SNIPPET_WIDTH),
    shortcode: shortcodeSnippet(spec),
    block: blockSnippet(spec, order),
    jsx: jsxSnippet(spec, SNIPPET_WIDTH),
  });
};

const chooseKpi = (kpi: KpiDefinition) => {
  const file = state.file && {
    ...state.file,
    mapping: suggestMapping(kpi, state.file.columns, state.tag, state.file.dateColumns),
  };
  state = {
    ...state,
    kpi,
    ...startOf(kpi, state.earlier),
    file,
    options: { ...state.options, goal: exampleGoal(kpi), target: '' },
  };
  renderChoices();
  renderForm();
};

/** Reads the file's header with the kit's reader; the widget's own message when it cannot. */
const readFile = async (address: string) => {
  src = address.trim();
  if (!src) return;
  fileStatus.textContent = words.reading;
  const table = await readFileTable(src);
  if (!table.ok) {
    fileStatus.replaceChildren(errorNote(describeError(table.error, locale), words.error));
    state = { ...state, file: undefined };
  } else {
    const { columns, rows, dateColumns } = table.value;
    fileStatus.textContent = words.fileRead(columns.length, rows);
    const mapping = suggestMapping(state.kpi, columns, state.tag, dateColumns);
    state = { ...state, file: { src, columns, mapping, dateColumns, period: '', dateField: dateColumns[0] ?? '' } };
  }
  renderForm();
};

const onInput = (event: Event) => {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  const { name, value } = control;
  const role = control.dataset.role;
  if (control === search) return renderChoices();
  if (name === 'kpi' && event.type === 'change') return chooseKpi(getKpi(value) ?? state.kpi);
  if (name === 'tag' && event.type === 'change') {
    state = { ...state, tag: value as BuilderTag };
    if (state.file)
      state = {
        ...state,
        file: {
          ...state.file,
          mapping: suggestMapping(state.kpi, state.file.columns, state.tag, state.file.dateColumns),
        },
      };
    return renderForm();
  }
  if (name === 'source' && event.type === 'change') {
    state = { ...state, source: value === 'file' ? 'file' : 'typed' };
    return renderForm();
  }
  const baseline = control.dataset.baseline as EarlierBaseline | undefined;
  if (role === 'with-earlier' && baseline) {
    state = withEarlier(state, baseline, { on: (control as HTMLInputElement).checked });
    return renderForm();
  }
  if (role === 'figure') {
    const key = state.tag === 'kpi-trend' ? 'series' : 'figures';
    state = { ...state, [key]: { ...state[key], [name]: value } };
  } else if (role === 'earlier' && baseline) {
    const { figures } = state.earlier[baseline];
    const input = name.slice(BASELINE_PREFIX[baseline].length);
    state = withEarlier(state, baseline, { figures: { ...figures, [input]: value } });
  } else if (role === 'src') {
    src = value;
    return;
  } else if (role === 'map' && state.file) {
    state = {
      ...state,
      file: { ...state.file, mapping: { ...state.file.mapping, [name.slice('map:'.length)]: value } },
    };
  } else if (role === 'file' && state.file) {
    state = { ...state, file: { ...state.file, [name === 'period' ? 'period' : 'dateField']: value } };
    if (name === 'period') return renderForm();
  } else if (role === 'option') {
    const checked = (control as HTMLInputElement).type === 'checkbox' ? (control as HTMLInputElement).checked : value;
    const compare = [...form.querySelectorAll<HTMLInputElement>('input[name="compare"]:checked')].map(
      (box) => box.value,
    );
    const option = name === 'compare' ? compare.join(' ') : checked;
    state = { ...state, options: { ...state.options, [name]: option } };
  }
  update();
};

form.addEventListener('input', onInput);
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  // Text fields report as they are typed in; radios, boxes and selects when they change.
  if (target instanceof HTMLInputElement && ['text', 'url', 'search', 'date'].includes(target.type)) return;
  onInput(event);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if ((document.activeElement as HTMLInputElement | null)?.name === 'src') void readFile(src);
});
form.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
  if (button?.dataset.action === 'read-file') void readFile(src);
  if (button?.dataset.example) void readFile(new URL(button.dataset.example, document.baseURI).href);
});

/** The page in a language: the builder's words, and the KPIs' names (all four, for the search). */
onLanguage((picked) => {
  locale = picked;
  const lang = langOf(locale);
  void Promise.all([loadPack('nl'), loadPack('de'), loadPack('fr'), loadNotes(lang)]).then(() => {
    words = builderWords(lang);
    for (const node of document.querySelectorAll<HTMLElement>('[data-word]')) {
      const text = words[node.dataset.word as keyof BuilderWords];
      if (typeof text === 'string') node.textContent = text;
    }
    document.title = `${words.title} · kpi-kit`;
    search.placeholder = words.searchPlaceholder;
    summary.textContent = '';
    tabs.relabel(words);
    renderChoices();
    renderForm();
  });
});
