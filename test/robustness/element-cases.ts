import fc from 'fast-check';
import { listKpis, type KpiDefinition } from '../../src/kpi/index.js';
import { DATES, formatting, readyFigure, validBase } from './element-bases.js';
import { SERIES, type Manifest, type Pair, type Tag } from './elements.js';
import { anyText, labelList, labelText, longText, numberText, PAYLOADS, seriesText } from './hostile.js';
import { DEEP_OBJECT, jsonChildText, labelsValue, oddValue, scriptValue } from './hostile-data.js';

/**
 * One generated case of an element: attributes from its manifest, the inputs of a random catalog
 * KPI and junk; sometimes a JSON child, `inputs` set from script, a list of stages, a page `lang`;
 * then properties set from script and attribute updates after the first render. `src` is left
 * out: fetching is the churn test's and the data-source tests' job.
 */

export interface Case {
  readonly attributes: readonly Pair[];
  readonly json: string | null;
  readonly inputs: unknown;
  readonly list: readonly (readonly [string, string])[] | null;
  readonly lang: string | null;
  /** Properties set from script after the first render, with values of any type. */
  readonly properties: readonly (readonly [string, unknown])[];
  /** Attributes set (or removed, `null`) after the properties, one step each. */
  readonly updates: readonly (readonly [string, string | null])[];
}

const KPIS = listKpis();

/** Valid values mostly, hostile ones often enough: a run that always errors proves little about values. */
const mostly = (valid: readonly string[], hostile: fc.Arbitrary<string> = anyText()) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: hostile });

/** What each attribute of the manifest takes; attributes not listed here get any text at all. */
const POOLS: Record<string, () => fc.Arbitrary<string>> = {
  kpi: () => mostly([...KPIS.map((kpi) => kpi.id), 'ROAS', ' roas ', 'no-such-kpi', '__proto__', 'constructor']),
  label: labelText,
  'compare-label': labelText,
  stages: labelList,
  labels: labelList,
  locale: () =>
    mostly([
      'en-US',
      'nl-NL',
      'nl',
      'en-GB',
      'de-DE',
      'fr-FR',
      'fr-CA',
      'de-CH',
      'ar-EG',
      'ja-JP',
      'zz',
      'not a locale',
      'NaN',
    ]),
  currency: () => mostly(['EUR', 'USD', 'JPY', 'usd', 'XYZ', 'XXX', 'EU', '€', 'NaN']),
  decimals: () => mostly(['0', '2', '10', '11', '-1', '1.5', 'two', '1e1', 'NaN']),
  notation: () => mostly(['compact', 'standard', 'short']),
  better: () => mostly(['higher', 'lower', 'up']),
  theme: () => mostly(['light', 'dark', 'blue']),
  refresh: () => mostly(['5', '300', '0.01', 'soon', '1e309']),
  fields: () => mostly(['revenue:Omzet', 'garbage', '{"a":1}', '{']),
  unit: () => mostly(['percent', 'currency', 'ratio', 'count', 'number', 'score', 'eur', 'percent ']),
  value: numberText,
  'previous-value': numberText,
  target: numberText,
  goal: numberText,
  baseline: numberText,
  min: numberText,
  max: numberText,
  values: seriesText,
  'previous-values': seriesText,
  bands: () => mostly(['50%,80%', '0.5', '80%,50%', '1,2,3', '50%,50%']),
  type: () => mostly(['line', 'area', 'bar', 'pie']),
  axis: () => fc.constantFrom('', 'false'),
  sparkline: () => fc.constantFrom('', 'false'),
  benchmark: () => fc.constantFrom('', 'false'),
  orientation: () => mostly(['vertical', 'horizontal', 'diagonal']),
  mode: () => mostly(['bars', 'funnel', 'pie']),
  shape: () => mostly(['arc', 'ring', 'bar', 'circle']),
  'period-start': () => mostly([...DATES, '2026-02-30', '0050-01', '9999-12-31', '2026-13', 'today']),
  'period-end': () => mostly([...DATES, '2026-02-30', '0050-01', '9999-12-31', '2026-13', 'today']),
  'as-of': () => mostly([...DATES, '2026-02-30', '1900-01-01', 'today']),
};
const LEFT_OUT = new Set(['src']);

/**
 * Names that are not the elements' own and do nothing: `on…` handlers are the page's business,
 * and a junk name that happens to be `src` would fetch (left out above, and rare: one in some
 * hundred thousand cases, whose widget then reported only once the fetch failed).
 */
const junkName = () =>
  fc
    .stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
    .filter((name) => !name.startsWith('on') && !['is', 'style', 'slot'].includes(name) && !LEFT_OUT.has(name));

/** The KPI's inputs by attribute name, as data sources and attributes give them. */
export const inputNames = (definition: KpiDefinition, tag: Tag): string[] => {
  const names = definition.inputs.map((input) => input.name);
  return tag === 'kpi-card' ? [...names, ...names.map((name) => `previous-${name}`)] : names;
};

/** Names data may give besides the KPI's inputs: ready figures, series, labels and stages. */
const DATA_NAMES = ['value', 'previous-value', 'values', 'previous-values', 'labels', 'stages'] as const;

/** A JSON child: the inputs of the KPI, something a CMS editor pasted, or hostile values under those names. */
const jsonChild = (definition: KpiDefinition, tag: Tag) =>
  fc.oneof(
    fc
      .dictionary(fc.constantFrom(...inputNames(definition, tag), 'values', 'stages'), fc.jsonValue(), { maxKeys: 4 })
      .map((data) => JSON.stringify(data)),
    jsonChildText([...inputNames(definition, tag), ...DATA_NAMES]),
    fc.constantFrom(
      '{',
      '[]',
      'null',
      '{"revenue": 1e309, "spend": 5}',
      '{"values": [10, null, 5], "stages": ["A", "B", "C"]}',
      '{"labels": {"first": "Week 1"}, "stages": {"a": "Visitors"}, "values": [10, 5]}',
      `{"stages": [${JSON.stringify(PAYLOADS[0])}, ${JSON.stringify(PAYLOADS[1])}], "values": [10, 5]}`,
    ),
  );

/** The inputs property, set from a script: anything a script may hold, under the names data is read by. */
const inputsProperty = (definition: KpiDefinition, tag: Tag) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.dictionary(fc.constantFrom(...inputNames(definition, tag)), scriptValue(), { maxKeys: 3 }),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.constantFrom(...DATA_NAMES), fc.oneof(scriptValue(), labelsValue()), { maxKeys: 3 }),
    },
  );

/** The inputs property as scripts and frameworks set it: usually an object, sometimes cleared or wrong. */
const inputsValue = (definition: KpiDefinition, tag: Tag): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: inputsProperty(definition, tag) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'revenue=5', 42, [], [1, 2], DEEP_OBJECT) },
    { weight: 1, arbitrary: oddValue() },
  );

/** A child list of stages, the funnel's no-JavaScript view. */
const stageList = () => fc.array(fc.tuple(labelText(), numberText()), { minLength: 1, maxLength: 5 });

/** A value once in `every` cases, else `null`. */
export const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** What a script or a framework sets a property to: text, numbers, booleans, nothing, a list of those. */
export const propertyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.oneof(numberText(), labelText()) },
    { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.boolean()) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, [1, 2], ['Q1', 'Q2']) },
  );

/**
 * A property set to a value that is no text at all: an object (labels given as an object, a
 * framework binding the wrong thing), one without a prototype, a date, a list of objects.
 */
export const objectValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>({}, { text: 'Revenue' }, [{}], [[1, 2]], new Date(0)),
    fc.constant(null).map(() => Object.create(null) as unknown),
  );

/** Each arbitrary built once per key: building them (pools, a pattern for junk names) costs far more than drawing. */
const once = <V>(build: (key: string) => V): ((key: string) => V) => {
  const built = new Map<string, V>();
  return (key) => {
    if (!built.has(key)) built.set(key, build(key));
    return built.get(key) as V;
  };
};

/**
 * Cases of an element, for every catalog KPI, with properties set to `values`: arbitraries built
 * once, then drawn from ten thousand times.
 */
export const caseFor = (
  tag: Tag,
  manifest: Manifest,
  values: fc.Arbitrary<unknown> = propertyValue(),
): fc.Arbitrary<Case> => {
  const own = manifest.attributes[tag].filter((name) => !LEFT_OUT.has(name));
  const pool = once((name) => (POOLS[name] ?? anyText)());
  const inputValue = SERIES.has(tag) ? seriesText() : numberText();
  const shared = {
    formatting: formatting(),
    ready: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: readyFigure(tag) }),
    junk: fc.array(fc.tuple(junkName(), anyText()), { maxLength: 3 }),
    list: tag === 'funnel-ratio' ? sometimes(stageList(), 6) : fc.constant(null),
    lang: sometimes(fc.constantFrom('nl', 'en-US', 'nl-BE', 'de', 'fr-FR', 'xx', '<b>'), 4),
    // Steps after the first render: properties in one case in three, updates in one in two, and
    // few, as each is another render.
    properties: fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.tuple(fc.constantFrom(...manifest.properties[tag].filter((name) => name !== 'src')), values),
          { minLength: 1, maxLength: 2 },
        ),
      },
    ),
  };
  const forKpi = (definition: KpiDefinition): fc.Arbitrary<Case> => {
    const inputs = inputNames(definition, tag);
    const valueFor = (name: string) => (inputs.includes(name) && !POOLS[name] ? inputValue : pool(name));
    const allNames = [...new Set([...own, ...inputs])];
    const pairs = allNames.map((name) => valueFor(name).map((value): Pair => [name, value]));
    return fc.record({
      attributes: fc
        .tuple(
          validBase(tag, definition),
          shared.formatting,
          shared.ready,
          // Hostile attributes, set after the valid ones: none, a few, or many.
          fc.oneof(
            { weight: 2, arbitrary: fc.constant([]) },
            { weight: 3, arbitrary: fc.array(fc.oneof(...pairs), { maxLength: 3 }) },
            {
              weight: 1,
              arbitrary: fc
                .tuple(...pairs.map((pair) => fc.option(pair, { freq: 1 })))
                .map((some) => some.filter((pair): pair is Pair => pair !== null)),
            },
          ),
          shared.junk,
          // Now and then one attribute of 100 KB: reading it must stay quick, its message short.
          sometimes(fc.tuple(fc.constantFrom(...allNames), longText()), 150),
        )
        .map(([base, format, ready, hostile, junk, long]): Pair[] => [
          ...base,
          ...format,
          ...ready,
          ...hostile,
          ...junk,
          ...(long ? [long] : []),
        ]),
      json: sometimes(jsonChild(definition, tag), 8),
      inputs: sometimes(inputsValue(definition, tag), 8),
      list: shared.list,
      lang: shared.lang,
      properties: shared.properties,
      updates: fc.oneof(
        { weight: 1, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.oneof(
              ...allNames.map((name) => fc.tuple(fc.constant(name), fc.option(valueFor(name), { freq: 5, nil: null }))),
            ),
            { minLength: 1, maxLength: 3 },
          ),
        },
      ),
    });
  };
  return fc.oneof(...KPIS.map(forKpi));
};
