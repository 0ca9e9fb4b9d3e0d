import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { listKpis, type InputKind, type KpiDefinition } from '../../src/kpi/index.js';
import type { KpiChangeDetail, KpiChangeEvent } from '../../src/index.js';
import { readAloud } from '../helpers/screen-reader.js';
import { anyText, FORBIDDEN, labelList, labelText, numberText, PAYLOADS, scrubGiven, seriesText } from './hostile.js';

/**
 * Every element, given random attribute sets and random updates after its first render, ends each
 * step in a rendered value or the documented error state: no uncaught exception, no `NaN`,
 * `Infinity`, `undefined` or `null` in any text a reader or a screen reader gets, no script run
 * from attribute content, and every console warning names an attribute.
 *
 * Attributes come from the elements' own manifest (custom-elements.json), the inputs of random
 * catalog KPIs, and junk. `src` is left out: fetching is the churn test's and the data-source tests' job.
 */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Widget = HTMLElement & { updateComplete: Promise<boolean>; inputs?: Record<string, unknown> };
type Pair = readonly [name: string, value: string];

const TAGS = ['kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge'] as const;
type Tag = (typeof TAGS)[number];
/** Elements whose KPI inputs are series, one entry per period. */
const SERIES: ReadonlySet<Tag> = new Set(['kpi-trend', 'funnel-ratio']);
const NUM_RUNS = 150;
const KPIS = listKpis();

/** Valid values mostly, hostile ones often enough: a run that always errors proves little about values. */
const mostly = (valid: readonly string[], hostile: fc.Arbitrary<string> = anyText()) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: hostile });

/** In order: a subarray of two is a period. */
const DATES = ['2025-12-31', '2026-02', '2026-02-15', '2026-04-01', '2026-04-30', '2026-12'];

/** What each attribute of the manifest takes; attributes not listed here get any text at all. */
const POOLS: Record<string, () => fc.Arbitrary<string>> = {
  kpi: () => mostly([...KPIS.map((kpi) => kpi.id), 'ROAS', ' roas ', 'no-such-kpi', '__proto__', 'constructor']),
  label: labelText,
  'compare-label': labelText,
  stages: labelList,
  labels: labelList,
  locale: () => mostly(['en-US', 'nl-NL', 'nl', 'en-GB', 'de-DE', 'ar-EG', 'ja-JP', 'zz', 'not a locale', 'NaN']),
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

/** Names that are not the elements' own and do nothing: `on…` handlers are the page's business. */
const junkName = () =>
  fc
    .stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
    .filter((name) => !name.startsWith('on') && !['is', 'style', 'slot'].includes(name));

let manifest: Record<Tag, string[]>;
/** The properties behind the attributes, by tag: what scripts and frameworks set. */
let fields: Record<Tag, string[]>;
/** Every attribute name a message may rightly name. */
let knownNames: Set<string>;

const loadManifest = async () => {
  const json = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string }[] }[] }[];
  };
  const byTag = <T>() => Object.fromEntries(TAGS.map((tag) => [tag, [] as T[]])) as Record<Tag, T[]>;
  const attributes = byTag<string>();
  const properties = byTag<string>();
  for (const declaration of json.modules.flatMap((module) => module.declarations ?? [])) {
    const tag = declaration.tagName as Tag | undefined;
    if (!tag || !TAGS.includes(tag)) continue;
    attributes[tag] = (declaration.attributes ?? []).map((a) => a.name);
    properties[tag] = (declaration.attributes ?? []).flatMap((a) => (a.fieldName ? [a.fieldName] : []));
  }
  return { attributes, properties };
};

const inputNames = (definition: KpiDefinition, tag: Tag) => {
  const names = definition.inputs.map((input) => input.name);
  return tag === 'kpi-card' ? [...names, ...names.map((name) => `previous-${name}`)] : names;
};

/** A JSON child: the inputs of the KPI, or something a CMS editor pasted. */
const jsonChild = (definition: KpiDefinition, tag: Tag) =>
  fc.oneof(
    fc
      .dictionary(fc.constantFrom(...inputNames(definition, tag), 'values', 'stages'), fc.jsonValue(), { maxKeys: 4 })
      .map((data) => JSON.stringify(data)),
    fc.constantFrom(
      '{',
      '[]',
      'null',
      '{"revenue": 1e309, "spend": 5}',
      '{"values": [10, null, 5], "stages": ["A", "B", "C"]}',
      `{"stages": [${JSON.stringify(PAYLOADS[0])}, ${JSON.stringify(PAYLOADS[1])}], "values": [10, 5]}`,
    ),
  );

/** The inputs property, set from a script: anything a script may hold. */
const inputsProperty = (definition: KpiDefinition, tag: Tag) =>
  fc.dictionary(
    fc.constantFrom(...inputNames(definition, tag)),
    fc.oneof(
      numberText(),
      fc.double(),
      fc.array(fc.oneof(fc.double(), fc.constant(null), numberText()), { maxLength: 6 }),
      fc.constant(null),
      fc.constant({}),
    ),
    { maxKeys: 3 },
  );

/** The inputs property as scripts and frameworks set it: usually an object, sometimes cleared or wrong. */
const inputsValue = (definition: KpiDefinition, tag: Tag): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: inputsProperty(definition, tag) },
    { weight: 1, arbitrary: fc.constantFrom(null, 'revenue=5', 42, []) },
  );

/** A child list of stages, the funnel's no-JavaScript view. */
const stageList = () => fc.array(fc.tuple(labelText(), numberText()), { minLength: 1, maxLength: 5 });

/** A value once in `every` cases, else `null`. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

interface Case {
  readonly attributes: readonly Pair[];
  readonly json: string | null;
  readonly inputs: unknown;
  readonly list: readonly (readonly [string, string])[] | null;
  readonly lang: string | null;
  readonly updates: readonly (readonly [string, string | null])[];
  /** Properties set from script after the updates, with values of any type. */
  readonly properties: readonly (readonly [string, unknown])[];
}

/** The largest and smallest figures the parser takes, and numbers a hair apart. */
const extremes = fc.constantFrom('1e15', '999999999999999.9', '1e-9', '0', '0.000001', '123456789.123456789');

/** A value of an input kind written the way it is accepted. */
const plausible = (kind: InputKind): fc.Arbitrary<string> => {
  switch (kind) {
    case 'count':
      return fc.nat({ max: 100_000 }).map(String);
    case 'answer':
      return fc.integer({ min: 0, max: 10 }).map(String);
    case 'rate':
      return fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`);
    case 'percent':
      return fc.integer({ min: -500, max: 500 }).map((n) => `${n / 10}%`);
    case 'signed':
      return fc.oneof(
        fc.integer({ min: -1e7, max: 1e7 }).map((n) => String(n / 100)),
        extremes,
      );
    default:
      return fc.oneof(
        fc.nat({ max: 1e7 }).map((n) => String(n / 100)),
        extremes,
      );
  }
};

const joined = (entries: fc.Arbitrary<string>, length: number) =>
  fc.array(entries, { minLength: length, maxLength: length }).map((list) => list.join(','));

/** A valid setup of each element for a KPI, which the hostile attributes then spoil, or not. */
const validBase = (tag: Tag, definition: KpiDefinition): fc.Arbitrary<Pair[]> => {
  const input = (kind: InputKind, list?: boolean) =>
    list ? fc.array(plausible(kind), { minLength: 1, maxLength: 12 }).map((e) => e.join(',')) : plausible(kind);
  const figure = fc.tuple(...definition.inputs.map((i) => input(i.kind, i.list).map((v): Pair => [i.name, v])));
  const locale = fc.constantFrom<Pair>(['locale', 'en-US'], ['locale', 'nl-NL'], ['lang', 'nl-BE'], ['theme', 'dark']);
  switch (tag) {
    case 'kpi-card':
      return fc
        .tuple(figure, fc.boolean(), locale, fc.option(plausible(definition.unit === 'percent' ? 'percent' : 'amount')))
        .map(([inputs, previous, setting, target]) => [
          ['kpi', definition.id],
          ...inputs,
          ...(previous ? inputs.map(([name, value]): Pair => [`previous-${name}`, value]) : []),
          setting,
          ...(target === null ? [] : [['target', target] as Pair]),
          ['benchmark', ''],
        ]);
    case 'kpi-trend':
      return fc
        .oneof(
          { weight: 9, arbitrary: fc.integer({ min: 1, max: 12 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1000, max: 2000 }) },
        )
        .chain((length) =>
          fc.tuple(
            fc.constant(length),
            fc.tuple(
              ...definition.inputs.map((i) =>
                // Thousands of entries are built arithmetically: fast-check arrays that long are slow.
                (length > 12
                  ? fc.constant(Array.from({ length }, (_, k) => String((k * 7) % 50)).join(','))
                  : joined(plausible(i.kind), length)
                ).map((v): Pair => [i.name, v]),
              ),
            ),
            fc.constantFrom('line', 'area', 'bar'),
            fc.boolean(),
            locale,
          ),
        )
        .map(([length, inputs, type, axis, setting]) => [
          ['kpi', definition.id],
          ...inputs,
          ['type', type],
          ...(axis ? [['axis', ''] as Pair] : []),
          ...(length <= 12
            ? [
                [
                  'labels',
                  Array.from({ length }, (_, k) => `2026-${String((k % 12) + 1).padStart(2, '0')}`).join(','),
                ] as Pair,
              ]
            : []),
          setting,
        ]);
    case 'funnel-ratio':
      return fc
        .integer({ min: 2, max: 6 })
        .chain((length) =>
          fc.tuple(
            fc.array(
              labelText().map((l) => l.replaceAll(',', ' ').trim() || 'Stage'),
              { minLength: length, maxLength: length },
            ),
            fc.array(fc.nat({ max: 10_000 }), { minLength: length, maxLength: length }),
            fc.option(joined(fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constant('')), length)),
            fc.constantFrom('vertical', 'horizontal'),
            fc.constantFrom('bars', 'funnel'),
            locale,
          ),
        )
        .map(([stages, counts, previous, orientation, mode, setting]) => [
          ['stages', stages.join(',')],
          // Mostly narrowing, as funnels do; sometimes a stage grows.
          ['values', counts.sort((a, b) => b - a).join(',')],
          ...(previous === null ? [] : [['previous-values', previous] as Pair]),
          ['orientation', orientation],
          ['mode', mode],
          setting,
        ]);
    case 'goal-gauge':
      return fc
        .tuple(
          figure,
          fc.nat({ max: 100_000 }).map((n) => String(n + 1)),
          fc.constantFrom('arc', 'ring', 'bar'),
          // A dated goal: start before end; a baseline to pace rates and lower-is-better goals from.
          fc.option(fc.tuple(fc.subarray(DATES, { minLength: 2, maxLength: 2 }), fc.constantFrom(...DATES))),
          fc.option(fc.constantFrom('50%,80%', '0.5', '30%')),
          locale,
        )
        .map(([inputs, goal, shape, dating, bands, setting]) => [
          ['kpi', definition.id],
          ...inputs,
          ['goal', goal],
          ['shape', shape],
          ...(dating
            ? ([
                ['period-start', dating[0][0] ?? ''],
                ['period-end', dating[0][1] ?? ''],
                ['as-of', dating[1]],
                ['baseline', definition.better === 'higher' ? '0' : String(Number(goal) * 2)],
              ] as Pair[])
            : []),
          ...(bands === null ? [] : [['bands', bands] as Pair]),
          setting,
        ]);
  }
};

/** The common formatting attributes, valid: any mix of them. */
const formatting = (): fc.Arbitrary<Pair[]> =>
  fc
    .tuple(
      fc.option(fc.integer({ min: 0, max: 10 }).map((d): Pair => ['decimals', String(d)])),
      fc.option(fc.constant<Pair>(['notation', 'compact'])),
      fc.option(fc.constantFrom<Pair>(['currency', 'JPY'], ['currency', 'usd'], ['currency', 'EUR'])),
      fc.option(fc.constantFrom<Pair>(['better', 'lower'], ['better', 'higher'])),
    )
    .map((pairs) => pairs.filter((pair): pair is Pair => pair !== null));

/** A ready figure instead of a KPI (`kpi=""`, `value`/`values` and `unit`), and a gauge's own scale. */
const readyFigure = (tag: Tag): fc.Arbitrary<Pair[]> => {
  const unit = fc.constantFrom('percent', 'currency', 'ratio', 'count', 'number', 'score');
  const value = (u: string) => plausible(u === 'percent' ? 'percent' : u === 'count' ? 'count' : 'signed');
  switch (tag) {
    case 'kpi-card':
      return unit.chain((u) =>
        fc
          .tuple(value(u), fc.option(value(u)), fc.option(value(u)))
          .map(([v, previous, target]): Pair[] => [
            ['kpi', ''],
            ['unit', u],
            ['value', v],
            ...(previous === null ? [] : [['previous-value', previous] as Pair]),
            ...(target === null ? [] : [['target', target] as Pair]),
          ]),
      );
    case 'kpi-trend':
      return unit.chain((u) =>
        fc
          .tuple(fc.array(fc.oneof(value(u), fc.constant('')), { minLength: 1, maxLength: 10 }), fc.option(value(u)))
          .map(([values, target]): Pair[] => [
            ['kpi', ''],
            ['unit', u],
            ['values', values.join(',')],
            ['axis', ''],
            ...(target === null ? [] : [['target', target] as Pair]),
          ]),
      );
    case 'goal-gauge':
      return unit.chain((u) =>
        fc
          .tuple(value(u), fc.nat({ max: 10_000 }), fc.option(fc.nat({ max: 10_000 })))
          .map(([v, goal, max]): Pair[] => [
            ['kpi', ''],
            ['unit', u],
            ['value', v],
            ['goal', String(goal + 1)],
            ...(max === null
              ? []
              : ([
                  ['min', '0'],
                  ['max', String(max + 1)],
                ] as Pair[])),
          ]),
      );
    default:
      return fc.constant([]);
  }
};

const caseFor = (tag: Tag): fc.Arbitrary<Case> => {
  const own = manifest[tag].filter((name) => !LEFT_OUT.has(name));
  const pool = (name: string) => (POOLS[name] ?? anyText)();
  return fc.constantFrom(...KPIS).chain((definition) => {
    const inputs = inputNames(definition, tag);
    const inputValue = SERIES.has(tag) ? seriesText : numberText;
    const valueFor = (name: string) => (inputs.includes(name) && !POOLS[name] ? inputValue() : pool(name));
    const pair = (name: string) => valueFor(name).map((value): Pair => [name, value]);
    const allNames = [...own, ...inputs];
    return fc.record({
      attributes: fc
        .tuple(
          validBase(tag, definition),
          formatting(),
          fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: readyFigure(tag) }),
          // Hostile attributes, set after the valid ones: none, a few, or many.
          fc.oneof(
            { weight: 2, arbitrary: fc.constant([]) },
            { weight: 3, arbitrary: fc.array(fc.constantFrom(...allNames).chain(pair), { maxLength: 3 }) },
            { weight: 1, arbitrary: fc.subarray(allNames).chain((names) => fc.tuple(...names.map(pair))) },
          ),
          fc.array(fc.tuple(junkName(), anyText()), { maxLength: 3 }),
        )
        .map(([base, format, ready, hostile, junk]): Pair[] => [...base, ...format, ...ready, ...hostile, ...junk]),
      json: sometimes(jsonChild(definition, tag), 8),
      inputs: sometimes(inputsValue(definition, tag), 10),
      list: tag === 'funnel-ratio' ? sometimes(stageList(), 6) : fc.constant(null),
      lang: sometimes(fc.constantFrom('nl', 'en-US', 'nl-BE', 'xx', '<b>'), 4),
      properties: fc.array(
        fc.tuple(
          fc.constantFrom(...fields[tag].filter((name) => name !== 'src')),
          fc.oneof(
            fc.double(),
            fc.integer(),
            fc.boolean(),
            fc.constantFrom(null, undefined, {}, [1, 2]),
            numberText(),
            labelText(),
          ),
        ),
        { maxLength: 3 },
      ),
      updates: fc.array(
        fc
          .constantFrom(...allNames)
          .chain((name) => fc.tuple(fc.constant(name), fc.option(valueFor(name), { freq: 5, nil: null }))),
        { maxLength: 4 },
      ),
    });
  });
};

/** The texts a reader or a screen reader gets from the shadow root. */
const textsOf = (element: Widget): string[] => {
  const root = element.shadowRoot as ShadowRoot;
  const texts = [readAloud(element)];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.localName !== 'style') texts.push(node.textContent ?? '');
  }
  // Every attribute: aria-label, aria-valuetext, title, and the drawings' numbers too.
  for (const node of root.querySelectorAll('*')) texts.push(...[...node.attributes].map((a) => `${a.name}=${a.value}`));
  return texts;
};

/** Everything a reader supplied in a case, which the element may rightly echo. */
const givenOf = (element: Widget, run: Case): string[] => {
  const given = [...element.attributes].map((attribute) => attribute.value);
  given.push(...run.attributes.map(([, value]) => value), ...run.updates.map(([, value]) => value ?? ''));
  // A script's NaN is the script's to see echoed; a JSON text's 1e309 is not an "Infinity" its editor wrote.
  const leaves = (value: unknown, fromText = false): string[] =>
    Array.isArray(value)
      ? value.flatMap((entry: unknown) => leaves(entry, fromText))
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap((entry) => leaves(entry, fromText))
        : value === null || value === undefined || (fromText && typeof value === 'number' && !Number.isFinite(value))
          ? []
          : [String(value)];
  if (run.json) {
    given.push(run.json);
    try {
      given.push(...leaves(JSON.parse(run.json), true));
    } catch {
      // Not JSON: echoed as written.
    }
  }
  if (run.inputs !== null) given.push(...leaves(run.inputs));
  if (run.list) given.push(...run.list.flat());
  given.push(...run.properties.map(([, value]) => String(value)));
  return given;
};

describe('element properties', function () {
  // Hundreds of renders per property: more than mocha's default time, never a timing assertion.
  this.timeout(120_000);

  const errors: string[] = [];
  let warnings: string[] = [];
  const originalWarn = console.warn;
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  before(async () => {
    fc.configureGlobal({ includeErrorInReport: true });
    ({ attributes: manifest, properties: fields } = await loadManifest());
    knownNames = new Set([
      ...Object.values(manifest).flat(),
      ...KPIS.flatMap((kpi) => kpi.inputs.flatMap((input) => [input.name, `previous-${input.name}`])),
      'script',
      'li',
      'data-value',
      'data-previous-value',
    ]);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });

  after(() => {
    fc.resetConfigureGlobal();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
  });

  it('reads every element attribute from the manifest', () => {
    for (const tag of TAGS) expect(manifest[tag], tag).to.include.members(['kpi', 'label', 'locale', 'src']);
  });

  const check = (element: Widget, run: Case, step: string) => {
    const where = `${element.localName} after ${step}`;
    expect(errors, `${where}: uncaught errors`).to.deep.equal([]);
    const root = element.shadowRoot as ShadowRoot;
    // A sparkline's value is in its drawing's name.
    const shows =
      root.querySelector('[part~="value"]') ??
      root.querySelector('[part~="error"]') ??
      root.querySelector('[part~="chart"][role="img"][aria-label]');
    expect(shows, `${where}: a value or the error state`).not.to.equal(null);
    const given = givenOf(element, run);
    for (const text of textsOf(element)) {
      expect(scrubGiven(text, given), `${where}: ${text.slice(0, 300)}`).not.to.match(FORBIDDEN);
    }
    expect(root.querySelector('script, img, iframe, object, embed'), `${where}: markup from input`).to.equal(null);
    // Whatever is named by other text (a table, a region, a meter) gets a name that says something.
    for (const named of root.querySelectorAll('[aria-labelledby]')) {
      const ids = (named.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      const name = ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
      expect(name.trim(), `${where}: the name of <${named.localName}>`).not.to.equal('');
    }
    expect(window.__pwned, `${where}: script ran`).to.equal(undefined);
    // What a page's script hears (`kpi-change`) agrees with what is shown, in the same clean text.
    const heard = reported.get(element);
    expect(heard, `${where}: a kpi-change event`).not.to.equal(undefined);
    const failed = root.querySelector('[part~="error"]') !== null;
    expect(heard?.status === 'error', `${where}: kpi-change status ${heard?.status}`).to.equal(failed);
    expect(heard?.value === null, `${where}: kpi-change value ${heard?.value}`).to.equal(failed);
    if (heard?.value !== null) expect(Number.isFinite(heard?.value), `${where}: kpi-change value`).to.equal(true);
    expect(heard?.text.trim(), `${where}: kpi-change text`).not.to.equal('');
    expect(scrubGiven(heard?.text ?? '', given), `${where}: kpi-change text`).not.to.match(FORBIDDEN);
    for (const warning of warnings) {
      const message = warning.replace(/^kpi-kit <[a-z-]+>: /, '');
      const named = [...knownNames].some((name) => new RegExp(`(^|[^a-z-])${name}([^a-z-]|$)`).test(message));
      expect(named, `${where}: the warning "${warning}" names an attribute`).to.equal(true);
      expect(scrubGiven(message, given), warning).not.to.match(FORBIDDEN);
    }
    warnings = [];
  };

  /** Lets the attribute observer's microtask run, then waits for the render it asked for. */
  const flush = async (element: Widget) => {
    await null;
    await element.updateComplete;
    // The trend redraws once its chart is measured.
    if (element.localName === 'kpi-trend') {
      await new Promise(requestAnimationFrame);
      await element.updateComplete;
    }
  };

  /** The detail of each element's latest `kpi-change`: it fires when what the element shows changes. */
  const reported = new WeakMap<Element, KpiChangeDetail>();
  const onChange = (event: KpiChangeEvent) => reported.set(event.currentTarget as Element, event.detail);

  const render = async (tag: Tag, run: Case): Promise<Widget> => {
    const element = document.createElement(tag) as Widget;
    element.addEventListener('kpi-change', onChange);
    for (const [name, value] of run.attributes) element.setAttribute(name, value);
    if (run.json !== null) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = run.json;
      element.append(script);
    }
    if (run.list) {
      const list = document.createElement('ol');
      for (const [label, value] of run.list) {
        const item = document.createElement('li');
        item.textContent = label;
        item.dataset.value = value;
        list.append(item);
      }
      element.append(list);
    }
    if (run.inputs !== null) element.inputs = run.inputs as Widget['inputs'];
    // The page around the element: a lang for it to inherit, sometimes.
    if (run.lang === null) document.body.removeAttribute('lang');
    else document.body.setAttribute('lang', run.lang);
    await fixture(element);
    await flush(element);
    return element;
  };

  for (const tag of TAGS) {
    it(`<${tag}> ends every step in a value or the error state, with clean text (${NUM_RUNS} cases)`, async () => {
      const outcomes = { value: 0, error: 0 };
      const count = (element: Widget) =>
        (outcomes[element.shadowRoot?.querySelector('[part~="error"]') ? 'error' : 'value'] += 1);
      await fc.assert(
        fc.asyncProperty(
          fc.constant(null).chain(() => caseFor(tag)),
          async (run) => {
            warnings = [];
            errors.length = 0;
            try {
              const element = await render(tag, run);
              check(element, run, 'the first render');
              count(element);
              for (const [name, value] of run.properties) {
                (element as unknown as Record<string, unknown>)[name] = value;
                await flush(element);
                check(element, run, `setting the ${name} property`);
                count(element);
              }
              for (const [index, [name, value]] of run.updates.entries()) {
                if (value === null) element.removeAttribute(name);
                else element.setAttribute(name, value);
                await flush(element);
                check(element, run, `update ${index + 1} (${name})`);
                count(element);
              }
            } finally {
              fixtureCleanup();
              document.body.removeAttribute('lang');
            }
          },
        ),
        { numRuns: NUM_RUNS },
      );
      // The steps must reach the values, not only the error state.
      expect(outcomes.value, JSON.stringify(outcomes)).to.be.at.least(NUM_RUNS / 5);
    });
  }

  it('never runs script from labels, stages or period labels', async () => {
    for (const payload of PAYLOADS) {
      for (const tag of TAGS) {
        const run: Case = {
          attributes: [
            ['label', payload],
            ['compare-label', payload],
            ['stages', `${payload},${payload}`],
            ['labels', payload],
            ['values', '10,5'],
            ['kpi', 'roas'],
            ['revenue', '10'],
            ['spend', '5'],
            ['goal', '20'],
          ],
          json: null,
          inputs: null,
          list: null,
          lang: null,
          updates: [],
          properties: [],
        };
        const element = await render(tag, run);
        check(element, run, payload);
        fixtureCleanup();
      }
    }
    // An image error or an inline handler would run after the render: give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);
  });
});

/**
 * A sample of bad input per element: the message names the attribute to fix and says what to
 * write instead (an example, the accepted values, or what to check), in English and in Dutch.
 */
describe('error messages a CMS editor can act on', () => {
  const SAMPLES: [tag: Tag, attributes: Record<string, string>, field: string][] = [
    ['kpi-card', { kpi: 'roas', revenue: '€12000', spend: '3000' }, 'revenue'],
    ['kpi-card', { kpi: 'roas', revenue: '12000' }, 'spend'],
    ['kpi-card', { kpi: 'roas', revenue: '12000', spend: '0' }, 'spend'],
    ['kpi-card', { kpi: 'rooas' }, 'kpi'],
    ['kpi-card', { kpi: 'churn-rate', lost: '-3', start: '100' }, 'lost'],
    ['kpi-card', { kpi: 'nps', scores: '9,10,11' }, 'scores'],
    ['kpi-card', { kpi: 'roas', revenue: '1e309', spend: '1' }, 'revenue'],
    ['kpi-card', { value: '12', 'previous-value': 'last year' }, 'previous-value'],
    ['kpi-card', { kpi: 'roas', revenue: '1', spend: '1', currency: 'XYZ' }, 'currency'],
    ['kpi-card', { kpi: 'roas', revenue: '1', spend: '1', decimals: 'two' }, 'decimals'],
    ['kpi-card', { kpi: 'roas', revenue: '1', spend: '1', refresh: '1' }, 'refresh'],
    ['kpi-trend', { values: '1,x,3' }, 'values'],
    ['kpi-trend', { values: ',,' }, 'values'],
    ['kpi-trend', { kpi: 'roas', revenue: '1,2', spend: '1' }, 'spend'],
    ['kpi-trend', { kpi: 'nps', scores: '1,2' }, 'kpi'],
    ['kpi-trend', { values: '1,2', labels: '2026-01,2026-13' }, 'labels'],
    ['kpi-trend', { values: '1,2,3', labels: 'Q1, ,Q3' }, 'labels'],
    ['funnel-ratio', { stages: 'A,B', values: '10,x' }, 'values'],
    ['funnel-ratio', { stages: 'A', values: '10' }, 'stages'],
    ['funnel-ratio', { stages: 'A,B' }, 'values'],
    ['funnel-ratio', { stages: 'A,B', values: '10,5', 'previous-values': '1' }, 'previous-values'],
    ['funnel-ratio', { stages: 'A,B', values: '10,5', mode: 'pie' }, 'mode'],
    ['goal-gauge', { value: '5', unit: 'count' }, 'goal'],
    ['goal-gauge', { value: '5', unit: 'count', goal: 'lots' }, 'goal'],
    ['goal-gauge', { value: '5', unit: 'count', goal: '10', min: '0' }, 'max'],
    ['goal-gauge', { value: '5', unit: 'count', goal: '10', bands: '80%,50%' }, 'bands'],
    ['goal-gauge', { value: '5', unit: 'count', goal: '10', 'period-start': '2026-03' }, 'period-end'],
    [
      'goal-gauge',
      { value: '5', unit: 'count', goal: '10', 'period-start': '2026-02', 'period-end': '2026-02', 'as-of': 'today' },
      'as-of',
    ],
  ];
  const ACT = {
    en: /\b(Write|Add|like|for example|Use|Check|Give)\b/,
    nl: /\b(Schrijf|Voeg|zoals|bijvoorbeeld|Gebruik|Controleer|Geef)\b/,
  };
  /** English words that must not turn up in a Dutch message. */
  const ENGLISH = /\b(Use|like|another|whole number|seconds|or|is not|missing)\b/;

  const originalWarn = console.warn;
  before(() => {
    console.warn = () => undefined;
  });
  after(() => {
    console.warn = originalWarn;
  });

  for (const [tag, attributes, field] of SAMPLES) {
    it(`<${tag} ${Object.entries(attributes)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ')}> names ${field}`, async () => {
      const texts: Record<string, string> = {};
      for (const locale of ['en-US', 'nl-NL'] as const) {
        const element = document.createElement(tag) as Widget;
        for (const [name, value] of Object.entries({ ...attributes, locale })) element.setAttribute(name, value);
        await fixture(element);
        texts[locale] = element.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
        fixtureCleanup();
      }
      const [en, nl] = [texts['en-US'] ?? '', texts['nl-NL'] ?? ''];
      expect(en).to.contain('This KPI cannot be shown').and.contain(field);
      expect(nl).to.contain('Deze KPI kan niet worden getoond').and.contain(field);
      expect(en, en).to.match(ACT.en);
      expect(nl, nl).to.match(ACT.nl);
      expect(nl.replace(/[a-z-]+="[^"]*"|\("[^"]*"\)/g, ''), nl).not.to.match(ENGLISH);
    });
  }
});
