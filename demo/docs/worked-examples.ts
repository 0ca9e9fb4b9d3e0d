import { computeKpi, describeError, formatValue, getKpi, kpiWords, langOf } from '../../src/kpi/index.js';

/** A worked example: a KPI, its raw inputs as attribute text, and the decimals to show. */
export type WorkedExample = readonly [kpi: string, inputs: Readonly<Record<string, string>>, decimals?: number];

const SVG = 'http://www.w3.org/2000/svg';

/** A circled "!", the error's icon: decoration, as the words say it too. */
const errorIcon = (): SVGSVGElement => {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const circle = document.createElementNS(SVG, 'circle');
  for (const [name, value] of [
    ['cx', '8'],
    ['cy', '8'],
    ['r', '7'],
    ['fill', 'currentColor'],
  ]) {
    circle.setAttribute(name, value ?? '');
  }
  const mark = document.createElementNS(SVG, 'path');
  mark.setAttribute('d', 'M8 4v5M8 11.2v.6');
  mark.setAttribute('stroke', 'var(--doc-surface, #fff)');
  mark.setAttribute('stroke-width', '1.75');
  mark.setAttribute('stroke-linecap', 'round');
  svg.append(circle, mark);
  return svg;
};

/**
 * What the engine says of input it refuses, as a small note in the error colour with an icon; a
 * screen reader hears "Error:" first, as the icon and colour say it to the eye.
 */
export const errorNote = (message: string): HTMLElement => {
  const note = document.createElement('span');
  note.className = 'error-note';
  const prefix = document.createElement('span');
  prefix.className = 'visually-hidden';
  prefix.textContent = 'Error: ';
  const text = document.createElement('span');
  text.textContent = message;
  note.append(errorIcon(), prefix, text);
  return note;
};

const cell = (tag: 'td' | 'th', ...children: (string | Node)[]) => {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
};

/** The inputs as their attributes are written, wrapping between attributes, never inside one. */
const inputsOf = (inputs: Readonly<Record<string, string>>) => {
  const list = document.createElement('span');
  list.className = 'inputs';
  for (const [name, value] of Object.entries(inputs)) {
    const code = document.createElement('code');
    code.textContent = `${name}="${value}"`;
    list.append(code);
  }
  return list;
};

/**
 * One row of the table: the KPI's name in the page's language with its inputs under it, then the
 * result or the error. Two columns, so the result keeps a readable width on a phone.
 */
export const workedExampleRow = ([id, inputs, decimals]: WorkedExample, locale: string): HTMLTableRowElement => {
  const kpi = getKpi(id);
  const result = computeKpi(id, inputs);
  const name = document.createElement('span');
  name.className = 'kpi-name';
  name.textContent = kpi ? kpiWords(kpi, langOf(locale)).name : id;
  const example = cell('th', name, inputsOf(inputs));
  example.scope = 'row';
  const shown = result.ok
    ? cell('td', formatValue(result.value, kpi?.unit ?? 'number', { locale, currency: 'EUR', decimals }))
    : cell('td', errorNote(describeError(result.error, locale)));
  shown.className = 'result';
  const row = document.createElement('tr');
  row.append(example, shown);
  return row;
};
