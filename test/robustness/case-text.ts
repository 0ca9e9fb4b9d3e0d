import { readAloud } from '../helpers/screen-reader.js';
import type { Case } from './element-cases.js';
import type { Widget } from './elements.js';
import { excerpt } from './replay.js';

/**
 * The texts a case puts in (what a reader supplied, which an element may rightly echo) and the
 * texts an element gives out (what a reader or a screen reader gets), and a case in a failure message.
 */

/**
 * The first text a reader or a screen reader gets from the shadow root for which `found` says yes:
 * every text shown (also in drawings a screen reader skips) and every attribute (aria-label,
 * aria-valuetext, title, and the drawings' numbers too). `quick` is asked first of all of them at
 * once, as the shadow root's markup: when it says no, no text needs a look of its own.
 */
export const findText = (element: Widget, quick: RegExp, found: (text: string) => boolean): string | undefined => {
  const root = element.shadowRoot as ShadowRoot;
  if (!quick.test(root.innerHTML)) return undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const attribute of node.attributes)
        if (found(attribute.value)) return `${attribute.name}=${attribute.value}`;
    } else if (node.parentElement?.localName !== 'style' && found(node.textContent ?? ''))
      return node.textContent ?? '';
  }
  // What a screen reader reads, words from several texts in one: a word may only show up there.
  const spoken = readAloud(element);
  return found(spoken) ? spoken : undefined;
};

/** Lists and objects deeper than any case's own are not looked into: only the deepest lists go further. */
const DEEPEST = 64;

/**
 * The text and numbers in data, without recursion (a list may be 100,000 levels deep). Only what a
 * reader wrote counts: text, finite numbers and booleans. `NaN`, `Infinity` and `undefined` are no
 * one's words, and an object's stringification is JavaScript's, so none of them may be echoed.
 */
const leaves = (data: unknown): string[] => {
  const found: string[] = [];
  const stack: [unknown, number][] = [[data, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (typeof value === 'object' && value !== null) {
      if (depth < DEEPEST) for (const entry of Object.values(value)) stack.push([entry, depth + 1]);
    } else if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') {
      found.push(String(value));
    } else if (typeof value === 'number' && Number.isFinite(value)) found.push(String(value));
  }
  return found;
};

/** What a case gives besides the element's attributes now: worked out once per case, not per check. */
const gave = new WeakMap<Case, readonly string[]>();

/** Everything a reader supplied in a case, which the element may rightly echo. */
export const givenOf = (element: Widget, run: Case): string[] => {
  let given = gave.get(run);
  if (!given) gave.set(run, (given = givenIn(run)));
  return [...[...element.attributes].map((attribute) => attribute.value), ...given];
};

const givenIn = (run: Case): string[] => {
  const given = [...run.attributes.map(([, value]) => value), ...run.updates.map(([, value]) => value ?? '')];
  if (run.json) {
    given.push(run.json);
    try {
      // A JSON text's 1e309 is written `1e309`, not "Infinity".
      given.push(...leaves(JSON.parse(run.json)));
    } catch {
      // Not JSON: echoed as written.
    }
  }
  if (run.inputs !== null) given.push(...leaves(run.inputs));
  if (run.list) given.push(...run.list.flat());
  // A property holds text as its attribute would: what a script set, unless it is no text at all.
  for (const [, value] of run.properties) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object') given.push(String(value));
    else if (Array.isArray(value) && value.every((entry) => typeof entry !== 'object')) given.push(String(value));
  }
  return given;
};

/** A value as a failure message shows it: short, and safe for the deepest lists and odd objects. */
export const showValue = (value: unknown, depth = 0): string => {
  if (typeof value === 'string') return JSON.stringify(excerpt(value, 120));
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth > 4) return Array.isArray(value) ? '[…]' : '{…}';
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 12).map((entry: unknown) => showValue(entry, depth + 1));
    return `[${shown.join(', ')}${value.length > 12 ? `, … (${value.length} entries)` : ''}]`;
  }
  const prototype = Object.getPrototypeOf(value) === null ? '(no prototype) ' : '';
  const entries = Object.entries(value).map(([key, entry]) => `${JSON.stringify(key)}: ${showValue(entry, depth + 1)}`);
  return `${prototype}{${entries.join(', ')}}`;
};

/** A case as a failure message shows it. */
export const showCase = (run: Case): string =>
  [
    `attributes: ${run.attributes.map(([name, value]) => `${name}=${showValue(value)}`).join(' ')}`,
    run.json === null ? '' : `JSON child: ${excerpt(run.json, 400)}`,
    run.inputs === null ? '' : `inputs: ${showValue(run.inputs)}`,
    run.list === null ? '' : `list: ${showValue(run.list)}`,
    run.lang === null ? '' : `page lang: ${run.lang}`,
    run.properties.length ? `then properties: ${showValue(run.properties)}` : '',
    run.updates.length ? `then updates: ${showValue(run.updates)}` : '',
  ]
    .filter(Boolean)
    .join('\n  ');
