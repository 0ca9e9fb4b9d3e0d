import { givenOf, showCase } from './case-text.js';
import type { Case } from './element-cases.js';
import type { Tag, Widget } from './elements.js';
import { pageProblem, showsError, widgetProblem, type Listening } from './widget-checks.js';
import { apply, create, reuse, stepsOf } from './widget-steps.js';

/**
 * Renders a batch of cases of one element at once, each widget in its own wrapper (with the page
 * `lang` of its case), and checks them all after each step: the first render, then each property
 * set from script, then each attribute update. One update of the batch per step, instead of one
 * fixture per case, is what lets a property try ten thousand cases in seconds.
 */

/** How many checks found a value and the error state, over all steps. */
export interface Tally {
  value: number;
  error: number;
}

/** Where a batch renders, what it listens to, and what it counts. */
export interface Stage {
  readonly container: HTMLElement;
  readonly listening: Listening;
  readonly tally: Tally;
  /** Widgets rendered at once: a batch of more cases renders them in rounds, on the same widgets. */
  readonly widgets?: number;
  /** A check of a property's own, after the widget's first render: a problem in words, or `undefined`. */
  readonly also?: (element: Widget, run: Case) => string | undefined;
}

/** A task later, unthrottled: rejections and errors of the step have been reported by then. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

/**
 * Lets the attribute observers' microtasks run, then waits for the renders they asked for; with
 * `frame`, also for a frame, after which a trend has measured its chart and drawn it again.
 */
const flush = async (elements: readonly Widget[], errors: string[], frame = false) => {
  const settle = async () => {
    const results = await Promise.allSettled(elements.map((element) => element.updateComplete));
    for (const result of results) if (result.status === 'rejected') errors.push(String(result.reason));
  };
  await null;
  await settle();
  if (frame) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await settle();
  }
};

/**
 * Renders the cases into `container`, `widgets` at a time, each round on the widgets of the round
 * before (see `reuse`); steps each round through its properties and updates, and checks every
 * widget after every step. Throws at the first check that fails, naming the case.
 */
export const runBatch = async (tag: Tag, cases: readonly Case[], stage: Stage): Promise<void> => {
  const { container, listening, tally, widgets = cases.length, also } = stage;
  listening.errors.length = 0;
  listening.warnings.length = 0;
  const elements = cases.slice(0, widgets).map(() => create(tag));
  // Only the trend measures itself: the others need no layout, and skipping it is much of a step's time.
  container.style.display = tag === 'kpi-trend' ? '' : 'none';
  try {
    for (let first = 0; first < cases.length; first += widgets) {
      const round = cases.slice(first, first + widgets);
      /** The case a widget showed before this round's, for a failure that may come of it. */
      const before = (index: number) =>
        first === 0 ? '' : `\n  The widget showed before:\n  ${showCase(cases[first - widgets + index] as Case)}`;
      const check = (changed: readonly number[], step: string, says: (run: Case) => string, opening = false) => {
        const given = () => changed.flatMap((index) => givenOf(elements[index] as Widget, round[index] as Case));
        const heard = pageProblem(listening, given);
        if (heard)
          throw new Error(`<${tag}> after ${step} (${changed.length} of ${round.length} cases changed): ${heard}`);
        listening.warnings.length = 0;
        for (const index of changed) {
          const [run, element] = [round[index] as Case, elements[index] as Widget];
          const problem = widgetProblem(element, run) ?? (opening ? also?.(element, run) : undefined);
          const number = first + index + 1;
          if (problem) {
            throw new Error(
              `<${tag}> case ${number} after ${says(run)}: ${problem}\n  ${showCase(run)}${before(index)}`,
            );
          }
          tally[showsError(element) ? 'error' : 'value'] += 1;
        }
      };
      const shown = round.map((_, index) => index);
      if (first === 0) {
        round.forEach((run, index) => apply(elements[index] as Widget, run));
        container.append(...elements.map((element) => element.parentElement as HTMLElement));
      } else {
        round.forEach((run, index) => reuse(elements[index] as Widget, cases[first - widgets + index] as Case, run));
      }
      const opening = first === 0 ? 'the first render' : 'taking over the widget of the case before';
      // A trend is checked drawn after its first render and after its last step, and as it is
      // before it measures its chart after the steps between: a frame per step would be most of its time.
      const measures = tag === 'kpi-trend';
      await flush(elements.slice(0, round.length), listening.errors, measures);
      check(shown, opening, () => opening, true);
      for (const step of stepsOf(round)) {
        const changed = round.flatMap((run, index) => (step.of(run) ? [index] : []));
        for (const index of changed) step.apply(elements[index] as Widget, round[index] as Case);
        await flush(
          changed.map((index) => elements[index] as Widget),
          listening.errors,
        );
        check(changed, step.name, step.says);
      }
      if (measures) {
        await flush(elements.slice(0, round.length), listening.errors, true);
        check(shown, 'its chart was measured', () => 'its last step, once measured');
      }
    }
    // A rejection or an error in a callback is reported in a later task.
    await nextTask();
    const last = pageProblem(listening, () => cases.flatMap((run) => run.attributes.map(([, value]) => value)));
    if (last) throw new Error(`<${tag}> after the last step: ${last}`);
  } finally {
    container.replaceChildren();
  }
};

/** Runs a batch; when it fails, finds the case that fails on its own, for a message about one case. */
export const checkBatch = async (tag: Tag, cases: readonly Case[], stage: Stage): Promise<void> => {
  try {
    await runBatch(tag, cases, stage);
  } catch (error) {
    throw (await isolate(tag, cases, stage)) ?? error;
  }
};

/**
 * The first case of a failed batch that fails on its own, with its own message; `undefined` when
 * each passes alone (then the cases fail only together, and the batch's message stands).
 */
export const isolate = async (tag: Tag, cases: readonly Case[], stage: Stage): Promise<Error | undefined> => {
  for (const [index, run] of cases.entries()) {
    try {
      await runBatch(tag, [run], { ...stage, tally: { value: 0, error: 0 }, widgets: 1 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A widget's own check shows its case; a page's (an uncaught error, a warning) does not.
      const shown = message.includes(showCase(run)) ? '' : `\n  ${showCase(run)}`;
      return new Error(`case ${index + 1} of the batch fails on its own: ${message}${shown}`);
    }
  }
  return undefined;
};
