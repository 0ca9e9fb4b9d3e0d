import { codeBlock } from './copy.js';
import { escapeAttribute, INDENT, layoutTag, ONE_LINE } from './tag-layout.js';

/** Removes the indentation the lines share and the blank lines around them. */
export const dedent = (text: string): string => {
  const lines = text.replace(/\t/g, INDENT).split('\n');
  while (lines.length && !lines[0]?.trim()) lines.shift();
  while (lines.length && !lines.at(-1)?.trim()) lines.pop();
  const margin = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(margin).trimEnd()).join('\n');
};

/** The attributes as written, minus the `data-snippet*` markers that only serve this page. */
const attributesOf = (element: Element): string[] =>
  [...element.attributes]
    .filter((attribute) => !attribute.name.startsWith('data-snippet'))
    .map(({ name, value }) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));

/**
 * The markup of an example as it runs: its attributes and light-DOM children, read from the live
 * element (so the snippet cannot drift from the example), laid out like the sources. Shadow DOM is
 * not part of `outerHTML`, so this is exactly what a page author writes.
 */
export const markupOf = (element: Element, width = ONE_LINE): string => {
  const tag = element.localName;
  const attributes = attributesOf(element);
  const close = `</${tag}>`;
  const open = layoutTag(`<${tag}`, attributes, '>', width, close);
  const fits = !open.includes('\n');
  const inner = dedent(element.innerHTML);
  if (!inner) return `${open}${close}`;
  if (!inner.includes('\n') && fits && (open + inner + close).length <= width) {
    return `${open}${inner}</${tag}>`;
  }
  const body = inner
    .split('\n')
    .map((line) => (line ? INDENT + line : line))
    .join('\n');
  return `${open}\n${body}\n${close}`;
};

/** What a snippet is called: its `data-snippet` text, else the example's label, KPI or tag. */
const captionOf = (element: Element): string =>
  element.getAttribute('data-snippet') ||
  element.getAttribute('label') ||
  element.getAttribute('kpi') ||
  `<${element.localName}>`;

/**
 * Gives every `[data-snippet]` example a copyable code block of its own markup. Examples inside
 * one `[data-snippet-group]` (a row of cards) share one "Code" disclosure after the group, so the
 * code gets the full width; a lone example gets its disclosure right after itself.
 */
export const addSnippets = (root: ParentNode = document): void => {
  const groups = new Map<Element, Element[]>();
  for (const example of root.querySelectorAll('[data-snippet]')) {
    const group = example.closest('[data-snippet-group]') ?? example;
    groups.set(group, [...(groups.get(group) ?? []), example]);
  }
  for (const [group, examples] of groups) {
    const details = document.createElement('details');
    details.className = 'snippets';
    const summary = document.createElement('summary');
    summary.textContent = examples.length === 1 ? 'Code' : `Code of these ${examples.length} examples`;
    const list = document.createElement('div');
    list.className = 'snippet-list';
    list.append(...examples.map((example) => codeBlock(captionOf(example), markupOf(example)).figure));
    details.append(summary, list);
    group.after(details);
  }
};
