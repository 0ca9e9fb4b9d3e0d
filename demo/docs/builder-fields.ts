/**
 * The KPI builder's form controls: a labelled field with its hint and its error, a select, a
 * checkbox and a group of checkboxes, drawn alike. Each control is named by its attribute, so the
 * engine's messages, which name attributes, find their field.
 */
import { make } from './make.js';
import { errorNote } from './worked-examples.js';

/** A control and the attribute it writes. */
export type Control = HTMLInputElement | HTMLSelectElement;

let counter = 0;
const idFor = (name: string) => `b-${name.replace(/[^a-z0-9-]/gi, '-')}-${(counter += 1)}`;

/** Ties a control to its hint and, when there is one, its error, and marks it invalid. */
export const showProblem = (control: Control, message: string | undefined, errorPrefix: string): void => {
  const field = control.closest('.field');
  const slot = field?.querySelector<HTMLElement>('.field-error');
  if (!slot) return;
  const shown = slot.dataset.message ?? '';
  if (shown !== (message ?? '')) {
    slot.replaceChildren(...(message ? [errorNote(message, errorPrefix)] : []));
    slot.dataset.message = message ?? '';
  }
  const hint = field?.querySelector('.field-hint')?.id;
  const described = [hint, message ? slot.id : undefined].filter(Boolean).join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  else control.removeAttribute('aria-describedby');
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
};

/** The frame every control sits in: its label, the control, an optional hint, and the error's place. */
const frame = (control: Control, label: (string | Node)[], hint?: string, className = 'field'): HTMLElement => {
  const id = idFor(control.name);
  control.id = id;
  const labelNode = make('label', 'field-label', ...label);
  labelNode.htmlFor = id;
  const parts: Node[] = [labelNode, control];
  if (hint) {
    const hintNode = make('p', 'field-hint', hint);
    hintNode.id = `${id}-hint`;
    control.setAttribute('aria-describedby', hintNode.id);
    parts.push(hintNode);
  }
  const error = make('div', 'field-error');
  error.id = `${id}-error`;
  parts.push(error);
  return make('div', className, ...parts);
};

export interface TextOptions {
  readonly name: string;
  readonly label: (string | Node)[];
  readonly value: string;
  readonly hint?: string;
  readonly type?: string;
  /** `decimal` brings up a phone's number pad, for inputs that take no `%` or list. */
  readonly inputMode?: string;
  readonly placeholder?: string;
}

/** A text field. */
export const textField = ({ name, label, value, hint, type = 'text', inputMode, placeholder }: TextOptions) => {
  const input = make('input', '');
  input.type = type;
  input.name = name;
  input.value = value;
  input.autocomplete = 'off';
  input.spellcheck = false;
  if (inputMode) input.inputMode = inputMode;
  if (placeholder) input.placeholder = placeholder;
  return { field: frame(input, label, hint), control: input };
};

/** A select of `[value, text]` options, drawn as the docs' selects. */
export const selectField = (
  name: string,
  label: (string | Node)[],
  options: readonly (readonly [string, string])[],
  value: string,
  hint?: string,
) => {
  const select = make('select', '', ...options.map(([optionValue, text]) => new Option(text, optionValue)));
  select.name = name;
  select.value = value;
  const field = frame(select, label, hint, 'field stacked');
  return { field, control: select };
};

/** A checkbox with its label after it. */
export const checkbox = (name: string, label: string, checked: boolean) => {
  const input = make('input', '');
  input.type = 'checkbox';
  input.name = name;
  input.checked = checked;
  return { field: make('label', 'check', input, make('span', '', label)), control: input };
};

/** Checkboxes for a list attribute (`compare="previous target"`), in a fieldset named by its legend. */
export const checkboxGroup = (
  name: string,
  legend: string,
  options: readonly (readonly [string, string])[],
  picked: readonly string[],
) => {
  const boxes = options.map(([value, text]) => {
    const { field, control } = checkbox(name, text, picked.includes(value));
    control.value = value;
    return field;
  });
  return make('fieldset', 'check-group', make('legend', 'field-label', legend), ...boxes);
};

/** The label of an input: its attribute name as code, then what it takes. */
export const inputLabel = (name: string, kind: string, optional?: string): (string | Node)[] => [
  make('code', '', name),
  ' ',
  make('span', 'kind', optional ? `${kind}, ${optional}` : kind),
];
