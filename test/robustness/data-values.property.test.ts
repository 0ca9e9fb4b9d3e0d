import fc from 'fast-check';
import '../../src/index.js';
import { checkBatch } from './batch.js';
import type { Case } from './element-cases.js';
import type { Pair, Tag, Widget } from './elements.js';
import { jsonOf, notAFigure, notALabelList, notASeries } from './hostile-data.js';
import { usePage } from './page.js';
import { assertReplayable } from './replay.js';

/**
 * A value from data that no input takes (an object, a list nested 100,000 deep, `NaN`, `Infinity`,
 * `true`, a list holding any of those), set from script (`inputs`) or in a JSON child for one input
 * of an otherwise valid widget: the widget shows its error state, its message names that input and
 * says none of JavaScript's words for the value (`[object Object]`, `NaN`), and no error escapes.
 * These are the first two defects, tried on every input data may give.
 */

/** Generated cases per element. */
const CASES = 1000;
const BATCH = 200;

type Shape = 'figure' | 'series' | 'labels';

/** Valid widgets, and the inputs data may give them, by what each input holds. */
const SETUPS: Record<Tag, readonly { attributes: Record<string, string>; inputs: Record<string, Shape> }[]> = {
  'kpi-card': [
    {
      attributes: { kpi: 'roas', revenue: '1000', spend: '250', 'previous-revenue': '800', 'previous-spend': '250' },
      inputs: { revenue: 'figure', spend: 'figure', 'previous-revenue': 'figure', 'previous-spend': 'figure' },
    },
    {
      // Not `value`: a list of numbers there is a series, which the card draws as its sparkline.
      attributes: { kpi: '', unit: 'currency', value: '12', 'previous-value': '10' },
      inputs: { 'previous-value': 'figure' },
    },
  ],
  'kpi-trend': [
    {
      attributes: { kpi: 'roas', revenue: '100,200,300', spend: '50,50,50', labels: '2026-01,2026-02,2026-03' },
      inputs: { revenue: 'series', spend: 'series', labels: 'labels' },
    },
    { attributes: { kpi: '', unit: 'number', values: '1,2,3' }, inputs: { values: 'series' } },
  ],
  'funnel-ratio': [
    {
      attributes: { stages: 'Visitors,Leads,Customers', values: '1000,100,10', 'previous-values': '900,90,9' },
      inputs: { values: 'series', 'previous-values': 'series', stages: 'labels' },
    },
  ],
  'goal-gauge': [
    {
      attributes: { kpi: 'roas', revenue: '1000', spend: '250', goal: '5' },
      inputs: { revenue: 'figure', spend: 'figure' },
    },
    { attributes: { kpi: '', unit: 'count', value: '5', goal: '10' }, inputs: { value: 'figure' } },
  ],
};

const HOSTILE: Record<Shape, () => fc.Arbitrary<unknown>> = {
  figure: notAFigure,
  series: notASeries,
  labels: notALabelList,
};

/** A case, and the input whose value it spoils. */
interface Spoiled {
  readonly run: Case;
  readonly input: string;
}

const spoiledCase = (tag: Tag): fc.Arbitrary<Spoiled> =>
  fc.oneof(
    ...SETUPS[tag].flatMap(({ attributes, inputs }) =>
      Object.entries(inputs).map(([input, shape]) =>
        fc
          .record({
            value: HOSTILE[shape](),
            route: fc.constantFrom('inputs', 'json'),
            locale: fc.constantFrom('en-US', 'nl-NL', 'de-DE', 'fr-FR'),
          })
          .map(({ value, route, locale }): Spoiled => {
            // JSON cannot hold every value (`NaN`): those come from a script.
            const written = route === 'json' ? jsonOf(value, { numbers: shape !== 'labels' }) : undefined;
            const json = written === undefined ? undefined : `{${JSON.stringify(input)}: ${written}}`;
            const run: Case = {
              attributes: [...Object.entries(attributes), ['locale', locale]] as Pair[],
              json: json ?? null,
              inputs: json === undefined ? { [input]: value } : null,
              list: null,
              lang: null,
              properties: [],
              updates: [],
            };
            return { run, input };
          }),
      ),
    ),
  );

/** The error state, naming the spoiled input as a word of its own (`revenue`, not `previous-revenue`). */
const namesInput = (element: Widget, input: string): string | undefined => {
  const error = element.shadowRoot?.querySelector('[part~="error"]');
  if (!error) return `no error state for a value of ${input} that is no number`;
  const text = error.textContent ?? '';
  return new RegExp(`(^|[^a-z-])${input}([^a-z-]|$)`).test(text)
    ? undefined
    : `the message does not name ${input}: ${text}`;
};

describe('values from data that no input takes', function () {
  this.timeout(120_000);
  const page = usePage();

  for (const tag of Object.keys(SETUPS) as Tag[]) {
    it(`<${tag}> shows the error state naming the input (${CASES} cases)`, async () => {
      const { container, listening } = page();
      const tally = { value: 0, error: 0 };
      await assertReplayable(
        fc.asyncProperty(fc.array(spoiledCase(tag), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const inputs = new Map(batch.map(({ run, input }) => [run, input]));
          const also = (element: Widget, run: Case) => namesInput(element, inputs.get(run) ?? '');
          await checkBatch(
            tag,
            batch.map(({ run }) => run),
            { container, listening, tally, also },
          );
        }),
        { numRuns: CASES / BATCH, endOnFailure: true, show: false },
      );
    });
  }
});
