import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkBatch, type Tally } from './batch.js';
import { caseFor, objectValue } from './element-cases.js';
import type { Tag } from './elements.js';
import { usePage } from './page.js';
import { assertReplayable } from './replay.js';

/**
 * Every element, given random attribute sets, data set from script and from a JSON child, and
 * random updates after its first render, ends each step in a rendered value or the documented
 * error state: no uncaught exception or unhandled rejection; no `NaN`, `Infinity`, `undefined`,
 * `null` or `[object Object]` in any text a reader or a screen reader gets unless the reader wrote
 * it; no message longer than a short excerpt of what it got; no script run from attribute content;
 * and every console warning names an attribute.
 *
 * Cases run in batches (see ./batch.ts): ten thousand per element, in one test file per element
 * and in parts of two thousand, so a slow machine meets no time limit meant for a hang. A failure
 * names the case and starts with "replay with seed=…, path=…" (see ./replay.ts); so does a batch
 * that hangs.
 */

/** Generated cases per element, in every run of the suite. */
export const CASES = 10_000;
/** Cases per test: each test has its own seed and its own time limit. */
const PART = 2_000;
/** Cases with a property set to an object, per element. */
const OBJECT_CASES = 400;
/** Cases per fast-check run. */
const BATCH = 200;
/**
 * A batch that takes longer has hung (a render or a frame that never comes): it fails with its
 * seed instead of running into the test's limit, which would say nothing of the case. A batch
 * takes under two seconds on a loaded two-core machine.
 */
const BATCH_LIMIT = 60_000;
/**
 * Widgets rendered at once: a trend waits a frame per round for its chart to be measured, so it
 * renders a batch in one round; the others render it in two, the second on the widgets of the first.
 */
const widgetsOf = (tag: Tag) => (tag === 'kpi-trend' ? BATCH : BATCH / 2);

/** The properties of one element, as one `describe` block of its own test file. */
export const describeElementProperties = (tag: Tag): void => {
  describe(`<${tag}> properties`, function () {
    // Thousands of cases per test: more than mocha's default time, never a timing assertion.
    this.timeout((PART / BATCH) * BATCH_LIMIT);
    const page = usePage();

    for (let first = 1; first <= CASES; first += PART) {
      const last = Math.min(first + PART - 1, CASES);
      it(`ends every step in a value or the error state, with clean text (cases ${first}–${last} of ${CASES})`, async () => {
        const { container, listening, manifest } = page();
        const tally: Tally = { value: 0, error: 0 };
        let cases = 0;
        const batches = fc.array(caseFor(tag, manifest), { minLength: BATCH, maxLength: BATCH });
        await assertReplayable(
          fc.asyncProperty(batches, async (runs) => {
            cases += runs.length;
            await checkBatch(tag, runs, { container, listening, tally, widgets: widgetsOf(tag) });
          }),
          { numRuns: (last - first + 1) / BATCH, endOnFailure: true, show: false, timeout: BATCH_LIMIT },
        );
        expect(cases).to.equal(last - first + 1);
        // The steps must reach the values, not only the error state.
        expect(tally.value, JSON.stringify(tally)).to.be.at.least(cases / 5);
      });
    }

    // Kept apart from the cases above, so a widget that shows a script's object as "[object Object]"
    // does not hide what those find.
    it(`shows no "[object Object]" for a property a script sets to an object (${OBJECT_CASES} cases)`, async () => {
      const { container, listening, manifest } = page();
      const tally: Tally = { value: 0, error: 0 };
      const cases = caseFor(tag, manifest, objectValue()).filter((run) => run.properties.length > 0);
      await assertReplayable(
        fc.asyncProperty(fc.array(cases, { minLength: BATCH, maxLength: BATCH }), async (runs) => {
          await checkBatch(tag, runs, { container, listening, tally, widgets: widgetsOf(tag) });
        }),
        { numRuns: OBJECT_CASES / BATCH, endOnFailure: true, show: false, timeout: BATCH_LIMIT },
      );
    });
  });
};
