import { isBlank, kindForUnit, parseNumber, type RawValue, type Result } from '../../kpi/index.js';
import { readFigure, type Figure } from '../../kpi/index.js';
import type { Settings } from '../../shared/settings.js';

export interface CardAttributes {
  readonly kpi?: string;
  readonly value?: RawValue;
  readonly unit?: string;
  readonly previousValue?: RawValue;
  readonly target?: RawValue;
  /** Reads any attribute, for the KPI's inputs and their `previous-` twins. */
  readonly read: (attribute: string) => RawValue;
}

export interface CardValues {
  readonly current: Figure;
  readonly previous?: number;
  readonly target?: number;
}

/**
 * Reads the card's figures: the current one, the previous period's (from `previous-` inputs, or
 * `previous-value`), and the target, all in the current figure's unit.
 */
export const readCardValues = (attributes: CardAttributes, settings: Settings): Result<CardValues> => {
  const { kpi, value, unit, previousValue, target, read } = attributes;
  const current = readFigure({ kpi, value, unit, better: settings.better, read });
  if (!current.ok) return current;
  const { kpi: definition, unit: shownUnit } = current.value;

  let previous: number | undefined;
  const hasPreviousInputs = definition?.inputs.some((input) => !isBlank(read(`previous-${input.name}`)));
  if (definition && hasPreviousInputs) {
    const figure = readFigure({ kpi: definition.id, read, prefix: 'previous-' });
    if (!figure.ok) return figure;
    previous = figure.value.value;
  } else if (!isBlank(previousValue)) {
    const parsed = parseNumber(previousValue, 'previous-value', kindForUnit(shownUnit));
    if (!parsed.ok) return parsed;
    previous = parsed.value;
  }

  let targetValue: number | undefined;
  if (!isBlank(target)) {
    const parsed = parseNumber(target, 'target', kindForUnit(shownUnit));
    if (!parsed.ok) return parsed;
    targetValue = parsed.value;
  }
  return {
    ok: true,
    value: {
      current: current.value,
      ...(previous === undefined ? {} : { previous }),
      ...(targetValue === undefined ? {} : { target: targetValue }),
    },
  };
};
