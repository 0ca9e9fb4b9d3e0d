import type { KpiChangeDetail, KpiChangeEvent } from '../../src/index.js';
import { findText, givenOf } from './case-text.js';
import type { Case } from './element-cases.js';
import type { Widget } from './elements.js';
import { FORBIDDEN, LONGEST_MESSAGE, scrubber } from './hostile.js';
import { excerpt } from './replay.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/**
 * What every widget must do after every step, whatever its case, and what the page around it must
 * hear. Each check returns the first problem in words, or `undefined`: a message is built only
 * for a failure, since ten thousand cases are checked after every step.
 */

/** What the page around the widgets hears: uncaught errors and console warnings, as they come. */
export interface Listening {
  readonly errors: string[];
  readonly warnings: string[];
  /** Whether a message names an attribute or input an element has. */
  readonly namesAttribute: (message: string) => boolean;
}

/** The detail of each element's latest `kpi-change`: it fires when what the element shows changes. */
const reported = new WeakMap<Element, KpiChangeDetail>();
export const onChange = (event: KpiChangeEvent): void => {
  reported.set(event.currentTarget as Element, event.detail);
};

/** Whether a widget shows the error state. */
export const showsError = (element: Widget): boolean => element.shadowRoot?.querySelector('[part~="error"]') !== null;

/**
 * What is wrong with a widget after a step: no value and no error state; a forbidden word a reader
 * did not write; a message longer than a short excerpt; markup from input; a nameless region; or
 * a `kpi-change` that disagrees with what is shown.
 */
export const widgetProblem = (element: Widget, run: Case): string | undefined => {
  const root = element.shadowRoot as ShadowRoot;
  const error = root.querySelector('[part~="error"]');
  // A sparkline's value is in its drawing's name.
  const shows =
    root.querySelector('[part~="value"]') ?? error ?? root.querySelector('[part~="chart"][role="img"][aria-label]');
  if (!shows) return 'neither a value nor the error state';
  const scrub = scrubber(() => givenOf(element, run));
  const dirty = findText(element, FORBIDDEN, (text) => FORBIDDEN.test(scrub(text)));
  if (dirty !== undefined) return `says ${JSON.stringify(excerpt(dirty, 300))}`;
  const message = error?.textContent ?? '';
  if (message.length >= LONGEST_MESSAGE) return `a message of ${message.length} characters: ${excerpt(message, 300)}`;
  if (root.querySelector('script, img, iframe, object, embed')) return 'markup from input';
  // Whatever is named by other text (a table, a region, a meter) gets a name that says something.
  for (const named of root.querySelectorAll('[aria-labelledby]')) {
    const ids = (named.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    if (
      !ids
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim()
    ) {
      return `<${named.localName}> is named by nothing`;
    }
  }
  // What a page's script hears (`kpi-change`) agrees with what is shown, in the same clean text.
  const heard = reported.get(element);
  const shown = error ? 'the error state' : 'a value';
  if (!heard) return 'no kpi-change event';
  if ((heard.status === 'error') !== (error !== null)) return `kpi-change status ${heard.status}, with ${shown}`;
  // A funnel whose first stage is 0 has no overall conversion: it shows its table, and reports no value.
  const noOverall = element.localName === 'funnel-ratio' && heard.value === null && heard.status === 'neutral';
  if ((heard.value === null) !== (error !== null) && !noOverall)
    return `kpi-change value ${heard.value}, with ${shown}`;
  if (heard.value !== null && !Number.isFinite(heard.value)) return `kpi-change value ${heard.value}`;
  if (!heard.text.trim()) return 'a blank kpi-change text';
  if (FORBIDDEN.test(scrub(heard.text))) return `kpi-change text ${JSON.stringify(excerpt(heard.text, 300))}`;
  return undefined;
};

/** What the page heard wrong during a step: an uncaught error, script run from input, or a bad warning. */
export const pageProblem = (listening: Listening, given: () => readonly string[]): string | undefined => {
  if (listening.errors.length > 0)
    return `uncaught: ${listening.errors.map((error) => excerpt(error, 500)).join('; ')}`;
  if (window.__pwned !== undefined) return 'script ran';
  const scrub = scrubber(given);
  for (const warning of listening.warnings) {
    const message = warning.replace(/^kpi-kit <[a-z-]+>: /, '');
    if (!listening.namesAttribute(message)) return `the warning "${excerpt(warning, 300)}" names no attribute`;
    if (message.length >= LONGEST_MESSAGE) return `a warning of ${message.length} characters: ${excerpt(warning, 300)}`;
    if (FORBIDDEN.test(scrub(message))) return `the warning "${excerpt(warning, 300)}"`;
  }
  return undefined;
};
