import type { InputKind, KpiDefinition } from '../../src/kpi/index.js';
import { make } from './make.js';

/** What each input kind accepts, as attribute text (always a dot for decimals, whatever the locale). */
const KINDS: Readonly<Record<InputKind, string>> = {
  count: 'a whole number, 0 or more',
  amount: 'an amount, 0 or more',
  signed: 'an amount, may be negative',
  rate: 'a fraction: 5% or 0.05',
  number: 'a number, 0 or more',
  answer: 'a survey answer, 0 to 10',
  percent: 'a percent: 12.5% or 0.125',
};

/**
 * A KPI's inputs as a list, one attribute a line with whether it is needed and what it accepts: a
 * table of three columns would scroll sideways in a catalog tile.
 */
export const inputsList = (kpi: KpiDefinition): HTMLElement => {
  const alternatives = kpi.requires;
  const items = kpi.inputs.map((input) => {
    const needed =
      input.default !== undefined ? `optional, default ${input.default}` : alternatives ? 'in some sets' : 'required';
    const accepts = input.list ? `a comma-separated list, each ${KINDS[input.kind]}` : KINDS[input.kind];
    return make(
      'li',
      '',
      make(
        'span',
        'input-name',
        make('code', '', input.name),
        ' ',
        make('span', `need need-${needed.split(/[ ,]/)[0]}`, needed),
      ),
      make('span', 'accepts', `${input.kind}: ${accepts}`),
    );
  });
  return make('ul', 'inputs', ...items);
};

/** For a KPI computed from one of several sets of inputs: which sets, as a sentence; else nothing. */
export const inputSets = (kpi: KpiDefinition): HTMLElement | undefined => {
  if (!kpi.requires) return undefined;
  const sets = kpi.requires.flatMap((set, index) => [
    index ? '; ' : '',
    ...set.flatMap((name, position) => [position ? ' + ' : '', make('code', '', name)]),
  ]);
  return make('p', 'sets', 'Needs one of these sets: ', ...sets, '.');
};
