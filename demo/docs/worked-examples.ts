import { computeKpi, describeError, formatValue, getKpi, kpiWords, langOf } from '../../src/kpi/index.js';
import { make } from './make.js';

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
 * screen reader hears "Error:" (or `prefix`, in the page's language) first, as the icon and colour
 * say it to the eye.
 */
export const errorNote = (message: string, prefix = 'Error: '): HTMLElement =>
  make('span', 'error-note', errorIcon(), make('span', 'visually-hidden', prefix), make('span', '', message));

/** The inputs as their attributes are written, wrapping between attributes, never inside one. */
const inputsOf = (inputs: Readonly<Record<string, string>>) =>
  make('span', 'inputs', ...Object.entries(inputs).map(([name, value]) => make('code', '', `${name}="${value}"`)));

/**
 * One row of the table: the KPI's name in the page's language with its inputs under it, then the
 * result or the error. Two columns, so the result keeps a readable width on a phone.
 */
export const workedExampleRow = ([id, inputs, decimals]: WorkedExample, locale: string): HTMLTableRowElement => {
  const kpi = getKpi(id);
  const result = computeKpi(id, inputs);
  const name = make('span', 'kpi-name', kpi ? kpiWords(kpi, langOf(locale)).name : id);
  const example = make('th', '', name, inputsOf(inputs));
  example.scope = 'row';
  const shown = make(
    'td',
    'result',
    result.ok
      ? formatValue(result.value, kpi?.unit ?? 'number', { locale, currency: 'EUR', decimals })
      : errorNote(describeError(result.error, locale)),
  );
  return make('tr', '', example, shown);
};
