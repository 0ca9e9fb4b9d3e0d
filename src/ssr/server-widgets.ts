import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The kit's tags: what a server render looks for. */
export const WIDGET_TAGS: ReadonlySet<string> = new Set(['kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge']);

/** A widget found in a document, with what its server render needs to know. */
export interface ServerWidget {
  readonly tag: string;
  readonly attributes: readonly { readonly name: string; readonly value: string }[];
  /** Where its start tag ends, in the source: its shadow root's template goes right after. */
  readonly insertAt: number;
  /** Its `locale`, else the nearest `lang` (its own or an ancestor's), if any. */
  readonly inheritedLang?: string;
  /** What its children give in the browser: a JSON child's inputs, a funnel's list. */
  readonly inputs?: Readonly<Record<string, unknown>>;
  /** Whether it has a `<script type="application/json">` child. */
  readonly hasJsonChild: boolean;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/**
 * A `<script type="application/json">` child's object, as the element would parse it; nothing
 * without one; `false` for one that is no JSON object, whose message the browser gives.
 */
const jsonChild = (element: Element): Record<string, unknown> | false | undefined => {
  const script = element.childNodes.find(
    (child) => isElement(child) && child.tagName === 'script' && attribute(child, 'type') === 'application/json',
  );
  if (!script || !isElement(script)) return undefined;
  try {
    const parsed: unknown = JSON.parse(textOf(script));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : false;
  } catch {
    return false;
  }
};

/** A funnel's `<ol>`/`<ul>` of `<li data-value>` items, as `stages`, `values`, `previous-values`. */
const funnelList = (element: Element): Record<string, unknown> | undefined => {
  if (attribute(element, 'values') !== undefined) return undefined;
  const list = element.childNodes.find(
    (child) => isElement(child) && (child.tagName === 'ol' || child.tagName === 'ul'),
  );
  if (!list || !isElement(list)) return undefined;
  const items = list.childNodes.filter((child): child is Element => isElement(child) && child.tagName === 'li');
  const previous = items.some((item) => attribute(item, 'data-previous-value') !== undefined);
  return {
    stages: items.map((item) => textOf(item).replace(/\s+/g, ' ').trim()),
    values: items.map((item) => attribute(item, 'data-value') ?? null),
    ...(previous && { 'previous-values': items.map((item) => attribute(item, 'data-previous-value') ?? null) }),
  };
};

/**
 * Every kpi-kit widget of a parsed document, in source order, that has no shadow root yet (one
 * rendered before, with its `<template shadowrootmode>`, is left as it is), with the language it
 * inherits there. Widgets inside a `<template>` are not rendered: they are not on the page.
 */
export const findWidgets = (root: Node): ServerWidget[] => {
  const found: ServerWidget[] = [];
  const visit = (node: Node, lang: string | undefined) => {
    if (!isElement(node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, lang);
      return;
    }
    if (node.tagName === 'template') return;
    const own = attribute(node, 'lang')?.trim() || lang;
    const location = node.sourceCodeLocation?.startTag;
    const rendered = node.childNodes.some(
      (child) => isElement(child) && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined,
    );
    // A JSON child that is no object is the browser's to explain, in the widget's own words.
    const json = WIDGET_TAGS.has(node.tagName) ? jsonChild(node) : undefined;
    if (WIDGET_TAGS.has(node.tagName) && location && !rendered && json !== false) {
      const data = json ?? (node.tagName === 'funnel-ratio' ? funnelList(node) : undefined);
      found.push({
        tag: node.tagName,
        attributes: node.attrs.map(({ name, value }) => ({ name, value })),
        insertAt: location.endOffset,
        ...(own && { inheritedLang: own }),
        ...(data && { inputs: data }),
        hasJsonChild: json !== undefined,
      });
    }
    for (const child of node.childNodes) visit(child, own);
  };
  visit(root, undefined);
  return found;
};
