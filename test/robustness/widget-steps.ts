import type { Case } from './element-cases.js';
import type { Tag, Widget } from './elements.js';
import { onChange } from './widget-checks.js';

/**
 * What a batch does to its widgets: give each its case, take a widget over from one case to the
 * next, and step each through the properties and attribute updates of its case.
 */

/** Gives a widget a case: its attributes, its children, its inputs, and the page `lang` around it. */
export const apply = (element: Widget, run: Case) => {
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
  if (run.inputs !== null) element.inputs = run.inputs;
  const wrapper = element.parentElement as HTMLElement;
  if (run.lang === null) wrapper.removeAttribute('lang');
  else wrapper.lang = run.lang;
};

/** A new widget in its wrapper, not yet on the page. */
export const create = (tag: Tag): Widget => {
  const element = document.createElement(tag) as Widget;
  element.addEventListener('kpi-change', onChange);
  document.createElement('div').append(element);
  return element;
};

/**
 * Takes a widget from the case it showed to another, as a framework reusing an element does:
 * every attribute and child removed, every property the case set cleared, then the next case.
 */
export const reuse = (element: Widget, previous: Case, next: Case) => {
  for (const name of element.getAttributeNames()) element.removeAttribute(name);
  element.replaceChildren();
  for (const [name] of previous.properties) (element as unknown as Record<string, unknown>)[name] = undefined;
  element.inputs = undefined;
  apply(element, next);
};

/** One step of every case that has it: what it does to a widget, and how a failure names it. */
export interface Step {
  readonly name: string;
  readonly of: (run: Case) => boolean;
  readonly apply: (element: Widget, run: Case) => void;
  readonly says: (run: Case) => string;
}

/** The steps after the first render: properties set from script, then attribute updates, one at a time. */
export const stepsOf = (cases: readonly Case[]): Step[] => {
  const properties = Math.max(0, ...cases.map((run) => run.properties.length));
  const updates = Math.max(0, ...cases.map((run) => run.updates.length));
  return [
    ...Array.from({ length: properties }, (_, step): Step => ({
      name: `property step ${step + 1}`,
      of: (run) => step < run.properties.length,
      apply: (element, run) => {
        const [name, value] = run.properties[step] as readonly [string, unknown];
        (element as unknown as Record<string, unknown>)[name] = value;
      },
      says: (run) => `setting the ${run.properties[step]?.[0]} property`,
    })),
    ...Array.from({ length: updates }, (_, step): Step => ({
      name: `update step ${step + 1}`,
      of: (run) => step < run.updates.length,
      apply: (element, run) => {
        const [name, value] = run.updates[step] as readonly [string, string | null];
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      },
      says: (run) => `update ${step + 1} (${run.updates[step]?.[0]})`,
    })),
  ];
};
