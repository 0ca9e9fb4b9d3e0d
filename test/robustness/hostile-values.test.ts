import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { KpiChangeDetail } from '../../src/shared/events.js';
import { collectWarnings } from '../helpers/console.js';
import { readAloud, settle } from '../helpers/screen-reader.js';

/**
 * Values that a script, a JSON child or a fetched JSON file hands every element, which are no
 * number and no text: a list nested 100,000 deep (which overflowed the stack when it was turned
 * into text), objects (which were shown as "[object Object]"), `NaN`, `Infinity` and `undefined`;
 * and a 100 KB attribute (which took seconds to parse, and was quoted whole).
 */

type Widget = HTMLElement & { inputs?: unknown; updateComplete: Promise<boolean> };

/** Each element with valid attributes around `input`, which the hostile value replaces. */
const ELEMENTS = [
  { tag: 'kpi-card', attributes: { kpi: 'roas', spend: '100' }, input: 'revenue' },
  { tag: 'goal-gauge', attributes: { kpi: 'roas', spend: '100', goal: '4' }, input: 'revenue' },
  { tag: 'kpi-trend', attributes: { kpi: 'roas', spend: '100,120' }, input: 'revenue' },
  { tag: 'funnel-ratio', attributes: { stages: 'Visitors,Leads' }, input: 'values' },
] as const;

/** A list nested `depth` deep around `1`, built without recursion. */
const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
};
const DEEP = 100_000;
const deepJson = `${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`;

/** What must never reach a reader from data the reader did not type. */
const JAVASCRIPT_TEXT = /\[object|NaN|Infinity|undefined/;

/** Errors that escaped the elements while a test ran: uncaught, or unhandled rejections. */
const escaped: unknown[] = [];
const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);

/**
 * Puts an element on the page with `attributes`, a JSON child when `json` is given, and whatever
 * `setup` does before it connects; resolves once it has rendered.
 */
const mount = async (
  tag: string,
  attributes: Readonly<Record<string, string>>,
  { json, setup }: { json?: string; setup?: (element: Widget) => void } = {},
): Promise<Widget> => {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
  }
  setup?.(element);
  container.append(element);
  await settle(element);
  await settle(element);
  return element;
};

/** The error state's text, as a reader and a screen reader get it. */
const errorText = (element: Widget): string => {
  const error = element.shadowRoot?.querySelector('[part="error"]');
  expect(error, `${element.localName} shows its error state`).to.be.instanceOf(HTMLElement);
  return readAloud(element);
};

describe('hostile values from data', () => {
  const warnings = collectWarnings();
  beforeEach(() => {
    escaped.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // A rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(escaped.map(String), 'errors that escaped').to.deep.equal([]);
  });

  /** The deep list is named by the input that holds it, as a list: nested, or an entry of a series. */
  const expectDeepListNamed = (element: Widget, input: string) => {
    const text = errorText(element);
    expect(text).to.match(new RegExp(`\\b${input} \\(a nested list\\)|Entry 1 of ${input} \\(a list of 1\\)`));
    expect(text).not.to.match(JAVASCRIPT_TEXT);
    expect(warnings.some((warning) => warning.includes(input))).to.equal(true);
  };

  for (const { tag, attributes, input } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it(`shows an error naming ${input} for a list nested 100,000 deep set from script`, async () => {
        const element = await mount(tag, attributes, {
          setup: (widget) => {
            widget.inputs = { [input]: nested(DEEP) };
          },
        });
        expectDeepListNamed(element, input);
      });

      it(`shows an error naming ${input} for a list nested 100,000 deep in a JSON child`, async () => {
        const element = await mount(tag, attributes, { json: `{"${input}": ${deepJson}}` });
        expectDeepListNamed(element, input);
      });

      it(`shows an error naming ${input} for a list nested 100,000 deep in a JSON file`, async () => {
        const file = new Blob([`{"${input}": ${deepJson}}`], { type: 'application/json' });
        const src = URL.createObjectURL(file);
        try {
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          const element = document.createElement(tag) as Widget;
          for (const [name, value] of Object.entries({ ...attributes, src })) element.setAttribute(name, value);
          const loaded = oneEvent(element, 'kpi-load');
          container.append(element);
          await loaded;
          await settle(element);
          expectDeepListNamed(element, input);
        } finally {
          URL.revokeObjectURL(src);
        }
      });

      it(`describes an object in ${input} as an object, never as "[object Object]"`, async () => {
        const scripted = await mount(tag, attributes, {
          setup: (widget) => {
            widget.inputs = { [input]: { total: 12000 } };
          },
        });
        const json = await mount(tag, attributes, { json: `{"${input}": {"total": 12000}}` });
        for (const element of [scripted, json]) {
          const text = errorText(element);
          expect(text).to.match(new RegExp(`\\b${input} \\(an object\\) is not a number|of ${input} \\(an object\\)`));
          expect(text).not.to.match(JAVASCRIPT_TEXT);
        }
      });
    });
  }

  it('names a text setting that a script set to an object, and shows the figure once it is text again', async () => {
    const complete = { 'kpi-card': '400', 'goal-gauge': '400', 'kpi-trend': '400,300', 'funnel-ratio': '400,200' };
    for (const { tag, attributes, input } of ELEMENTS) {
      const element = await mount(tag, { ...attributes, [input]: complete[tag] });
      expect(element.shadowRoot?.querySelector('[part="error"]'), tag).to.equal(null);
      const widget = element as Widget & { label?: unknown };
      widget.label = Object.create(null) as unknown;
      await settle(element);
      const text = errorText(element);
      expect(text).to.contain('label (an object) is not text. Set it to text, like label="…".');
      expect(text).not.to.match(JAVASCRIPT_TEXT);
      expect(warnings.some((warning) => warning.includes('label (an object)'))).to.equal(true);
      widget.label = 'Return on ad spend';
      await settle(element);
      expect(element.shadowRoot?.querySelector('[part="error"]'), tag).to.equal(null);
    }
  });

  it('names previous-spend holding an object, as the issue found it', async () => {
    const card = await mount(
      'kpi-card',
      { kpi: 'roas', revenue: '1000', spend: '250', 'previous-revenue': '800', locale: 'en-US' },
      {
        setup: (widget) => {
          widget.inputs = { 'previous-spend': { value: 250 } };
        },
      },
    );
    expect(errorText(card)).to.contain(
      'previous-spend (an object) is not a number. Write it like previous-spend="1250.50".',
    );
  });

  it('describes a value that is no text in the widget’s language', async () => {
    const words: [locale: string, expected: string][] = [
      ['nl-NL', 'revenue (een object) is geen getal.'],
      ['de-DE', 'revenue (ein Objekt) ist keine Zahl.'],
      ['fr-FR', 'revenue (un objet) n’est pas un nombre.'],
    ];
    for (const [locale, expected] of words) {
      const card = await mount(
        'kpi-card',
        { kpi: 'roas', spend: '100', locale },
        {
          setup: (widget) => {
            widget.inputs = { revenue: {} };
          },
        },
      );
      expect(errorText(card)).to.contain(expected);
    }
  });

  it('describes NaN and Infinity in data, and reads undefined as nothing given', async () => {
    const cases: [value: unknown, expected: string][] = [
      [Number.NaN, 'revenue (the result of a failed calculation) is not a number.'],
      [Number.POSITIVE_INFINITY, 'revenue (an infinite number) is too large to be a real figure.'],
      [undefined, 'revenue is missing.'],
      [true, 'revenue (true) is not a number.'],
    ];
    for (const [value, expected] of cases) {
      const card = await mount(
        'kpi-card',
        { kpi: 'roas', spend: '100', locale: 'en-US' },
        {
          setup: (widget) => {
            widget.inputs = { revenue: value };
          },
        },
      );
      const text = errorText(card);
      expect(text).to.contain(expected);
      expect(text).not.to.match(JAVASCRIPT_TEXT);
    }
  });

  it('names the entry of a series that holds an object or Infinity', async () => {
    const trend = await mount(
      'kpi-trend',
      { locale: 'en-US' },
      {
        setup: (widget) => {
          widget.inputs = { values: [1, { value: 2 }, 3] };
        },
      },
    );
    expect(errorText(trend)).to.contain('Entry 2 of values (an object) is not a number.');
    const funnel = await mount(
      'funnel-ratio',
      { stages: 'Visitors,Leads', locale: 'en-US' },
      {
        setup: (widget) => {
          widget.inputs = { values: [1000, Number.POSITIVE_INFINITY] };
        },
      },
    );
    expect(errorText(funnel)).to.contain('Entry 2 of values (an infinite number) is too large');
  });

  it('never shows "[object Object]" for labels or stages given as objects', async () => {
    const trend = await mount(
      'kpi-trend',
      { values: '1,2', locale: 'en-US' },
      {
        setup: (widget) => {
          widget.inputs = { labels: { first: 'Jan' } };
        },
      },
    );
    const funnel = await mount(
      'funnel-ratio',
      { values: '1000,100', locale: 'en-US' },
      {
        setup: (widget) => {
          widget.inputs = { stages: ['Visitors', { name: 'Leads' }] };
        },
      },
    );
    for (const element of [trend, funnel]) expect(readAloud(element)).not.to.match(JAVASCRIPT_TEXT);
    expect(errorText(trend)).to.contain('labels');
    expect(errorText(funnel)).to.contain('stages');
  });
});

describe('a 100 KB attribute', () => {
  const warnings = collectWarnings();
  const LONG = `${'1'.repeat(100_000)}x`;
  /** The quote a message may make of it: its first 40 characters and "…". */
  const QUOTED = `${'1'.repeat(40)}…`;

  const cases = [
    { tag: 'kpi-card', attributes: { kpi: 'new-leads', count: LONG }, field: 'count' },
    { tag: 'goal-gauge', attributes: { kpi: 'new-leads', count: LONG, goal: '1000' }, field: 'count' },
    { tag: 'kpi-trend', attributes: { values: LONG }, field: 'values' },
    { tag: 'funnel-ratio', attributes: { stages: 'Visitors,Leads', values: `1000,${LONG}` }, field: 'values' },
  ] as const;

  for (const { tag, attributes, field } of cases) {
    it(`<${tag}> shows its error, quoting a short excerpt of ${field}`, async () => {
      let detail: KpiChangeDetail | undefined;
      const element = await mount(
        tag,
        { ...attributes, locale: 'en-US' },
        {
          setup: (widget) =>
            widget.addEventListener('kpi-change', (event) => {
              detail = (event as CustomEvent<KpiChangeDetail>).detail;
            }),
        },
      );
      const text = errorText(element);
      expect(text).to.contain(QUOTED).and.contain(field);
      expect(text.length, text).to.be.below(400);
      expect(detail?.text.length).to.be.below(400);
      expect(warnings.join('\n').length).to.be.below(600);
    });
  }
});

/**
 * A label is the writer's own text: 100,000 characters without a space must stay inside the
 * widget (wrapped, or on a card cut with "…"), not widen it. A trend once grew as wide as its label, and its period axis
 * then took minutes to find ticks for a chart 800,000 pixels wide.
 */
describe('a 100 KB label', () => {
  const LABEL = '1'.repeat(100_000);
  const cases = [
    { tag: 'kpi-card', attributes: { kpi: 'roas', revenue: '1200', spend: '300' } },
    { tag: 'goal-gauge', attributes: { kpi: 'roas', revenue: '1200', spend: '300', goal: '5' } },
    {
      tag: 'kpi-trend',
      attributes: { kpi: 'roas', revenue: '1200,1500', spend: '300,310', axis: '', labels: '2026-01,2026-02' },
    },
    { tag: 'funnel-ratio', attributes: { stages: 'Visitors,Leads', values: '1000,50' } },
  ] as const;

  for (const { tag, attributes } of cases) {
    it(`<${tag}> wraps it inside a 320 px column`, async () => {
      const element = await mount(tag, { ...attributes, label: LABEL, locale: 'en-US' });
      element.parentElement?.style.setProperty('width', '320px');
      await settle(element);
      expect(element.shadowRoot?.querySelector('[part~="error"]'), 'no error state').to.equal(null);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      const label = element.shadowRoot?.querySelector('[part~="label"]') as HTMLElement;
      expect(label.getBoundingClientRect().width).to.be.at.most(320);
      // A card's label is one line that ends in "…" (the whole is its tooltip); the others wrap.
      if (tag === 'kpi-card') expect(getComputedStyle(label).textOverflow).to.equal('ellipsis');
      else expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
    });
  }
});
