/**
 * What the KPI builder says of the widget being built: the engine's own checks, as the widget
 * makes them, and its messages in the page's language. Pure: no DOM.
 */
import {
  computeSeries,
  describeError,
  isBlank,
  parseNumber,
  parseSeries,
  readFigure,
  readGoalSetup,
  readOptionalInUnit,
  readPeriodFigures,
  type Figure,
  type KpiError,
  type Result,
} from '../../src/kpi/index.js';
import { readSettings } from '../../src/shared/settings.js';
import type { WidgetSpec } from './builder-snippets.js';
import { EARLIER_BASELINES, earlierName, type BuilderState } from './builder-spec.js';

/** An attribute the engine refuses, and why, in the page's language. */
export interface Problem {
  readonly field: string;
  readonly message: string;
}

type Read = (name: string) => string | undefined;

/** Each typed input on its own, and each earlier period's, so that two bad fields both show their message. */
const inputErrors = (state: BuilderState, read: Read): KpiError[] =>
  state.kpi.inputs.flatMap((input) =>
    [input.name, ...EARLIER_BASELINES.map((baseline) => earlierName(baseline, input.name))].flatMap((field) => {
      const raw = read(field);
      if (isBlank(raw)) return [];
      const parsed =
        input.list || state.tag === 'kpi-trend'
          ? parseSeries(raw, field, input.kind)
          : parseNumber(raw, field, input.kind);
      return parsed.ok ? [] : [parsed.error];
    }),
  );

/** The figure a goal is checked against: the typed inputs' KPI, or (from a file) the KPI's unit alone. */
const figureOf = (state: BuilderState, read: Read): Result<Figure> =>
  state.source === 'file'
    ? { ok: true, value: { value: 0, unit: state.kpi.unit, better: state.kpi.better, kpi: state.kpi } }
    : readFigure({ kpi: state.kpi.id, read });

/** The element's own check of everything together, as it renders: its first error, if any. */
const widgetError = (state: BuilderState, read: Read, locale: string): KpiError | undefined => {
  const settings = readSettings(
    { locale: read('locale'), currency: read('currency'), decimals: read('decimals'), notation: read('notation') },
    locale,
  );
  if (!settings.ok) return settings.error;
  const typed = state.source === 'typed';
  const { kpi } = state;
  const results: (() => Result<unknown>)[] =
    state.tag === 'kpi-card'
      ? [
          () =>
            typed
              ? readPeriodFigures({ kpi: kpi.id, target: read('target'), read })
              : readOptionalInUnit(read('target'), kpi.unit, 'target'),
        ]
      : state.tag === 'kpi-trend'
        ? [
            () => (typed ? computeSeries(kpi.id, read) : { ok: true, value: [] }),
            () => readOptionalInUnit(read('target'), kpi.unit, 'target'),
          ]
        : [
            () => {
              const figure = figureOf(state, read);
              if (!figure.ok) return figure;
              const goal = { goal: read('goal'), periodStart: read('period-start'), periodEnd: read('period-end') };
              return readGoalSetup(goal, figure.value);
            },
          ];
  for (const result of results) {
    const outcome = result();
    if (!outcome.ok) return outcome.error;
  }
  return undefined;
};

/**
 * The problems of a widget: each bad input with the engine's message, then the element's first
 * error on the first attribute it names that has no message yet (a missing input, a zero
 * divisor, a bad target). One problem per attribute, in the order found.
 */
export const checkWidget = (state: BuilderState, spec: WidgetSpec, locale: string): readonly Problem[] => {
  const attributes = new Map(spec.attributes.map(([name, value]) => [name, value === true ? '' : value]));
  const read: Read = (name) => attributes.get(name);
  const problems = new Map<string, string>();
  for (const error of inputErrors(state, read)) {
    const field = error.fields[0];
    if (field && !problems.has(field)) problems.set(field, describeError(error, locale));
  }
  const whole = problems.size ? undefined : widgetError(state, read, locale);
  if (whole) problems.set(whole.fields[0] ?? 'kpi', describeError(whole, locale));
  return [...problems].map(([field, message]) => ({ field, message }));
};
