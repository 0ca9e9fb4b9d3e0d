import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, parseFragment } from 'parse5';
import { canonicalLocale, langOf, type Lang } from '../kpi/index.js';
import '../index.js';
import { setServerLocale } from '../shared/controllers/locale-controller.js';
import { inputsOf, parseDocument, parseFields, type DataShape } from '../shared/remote-data.js';
import { findWidgets, type ServerWidget } from './server-widgets.js';

export interface RenderToHtmlOptions {
  /**
   * The locale of a widget with no `locale` attribute and no `lang` on it or around it in the
   * HTML, which in the browser would take the reader's language: a server cannot know it. Such a
   * widget gets this as its `locale` attribute, so the browser shows it in the same language.
   * `en-US` by default.
   */
  readonly locale?: string;
  /**
   * Reads the file a widget's `src` names (from disk, or fetched), so the server renders its
   * figures instead of its loading state: `(src) => readFile(join('public', src), 'utf8')`. The
   * figures go to the browser in a `<script type="application/json">` child, which the widget shows
   * until its own fetch of `src` answers (and keeps refreshing, with `refresh`). Without it, or for
   * a file it cannot read or a widget that has a JSON child already, the widget renders loading.
   */
  readonly readSrc?: (src: string) => Promise<string>;
}

/** What an element asks to have loaded before it renders (its language, a card's notes or bar). */
type Preloading = {
  pendingModules(lang: Lang): Promise<unknown>[];
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A template of one widget as the page has it: its tag and attributes as written, and the inputs
 * its children give (a JSON child, a funnel's list) as its `inputs` property, which a server
 * render cannot read from children. Built by hand: the tag and attributes come from the page.
 */
const widgetTemplate = (widget: ServerWidget, attributes: ServerWidget['attributes']) => {
  const start = `<${widget.tag}${attributes.map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`).join('')}`;
  const strings = widget.inputs ? [`${start} .inputs=`, `></${widget.tag}>`] : [`${start}></${widget.tag}>`];
  // lit-html takes a template's strings only from a tagged template literal, which has `raw`.
  const template = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return widget.inputs ? html(template, widget.inputs) : html(template);
};

/** Data as a `<script>` child's text: `</script>` and `<!--` in its strings cannot end it early. */
const jsonScript = (inputs: Readonly<Record<string, unknown>>) =>
  `<script type="application/json">${JSON.stringify(inputs).replace(/</g, '\\u003c')}</script>`;

/**
 * The inputs of a widget's `src`, read with `readSrc` and mapped by its `fields` as the browser
 * maps them; nothing when there is no `src`, or it cannot be read or mapped (the browser says why).
 */
const srcInputs = async (
  widget: ServerWidget,
  shape: DataShape,
  readSrc: RenderToHtmlOptions['readSrc'],
): Promise<Record<string, unknown> | undefined> => {
  const attribute = (name: string) => widget.attributes.find((attr) => attr.name === name)?.value;
  const src = attribute('src')?.trim();
  // A JSON child of the page's own stays the only one: the element reads the first.
  if (!src || !readSrc || widget.hasJsonChild) return undefined;
  const text = await readSrc(src).catch(() => undefined);
  const document = text === undefined ? undefined : parseDocument(text, '', src);
  const fields = parseFields(attribute('fields'));
  if (!document?.ok || !fields.ok) return undefined;
  const inputs = inputsOf(document.value, fields.value, shape, src);
  return inputs.ok ? { ...inputs.value } : undefined;
};

/** The `<template shadowrootmode="open">…</template>` of a widget's server render. */
const shadowRootOf = (rendered: string): string => {
  const start = rendered.indexOf('<template shadowroot');
  const end = rendered.lastIndexOf('</template>');
  return start >= 0 && end > start ? rendered.slice(start, end + '</template>'.length) : '';
};

/**
 * The same HTML with every kpi-kit widget rendered into a declarative shadow root (`<template
 * shadowrootmode="open">`): the widgets paint before, or without, JavaScript, and when the kit
 * loads on the page (its autoloader or `kpi-kit.js`) they hydrate instead of rendering again.
 * Everything else is left as written, the widgets' own attributes and children too.
 *
 * What a server cannot do: fetch `src` (the widget renders its loading state, and the browser
 * fetches), know the reader's language (see `options.locale`), or measure a full trend's width
 * (its figures, summary and data render; the chart is drawn in the browser, at the width it gets).
 */
export const renderToHtml = async (source: string, options: RenderToHtmlOptions = {}): Promise<string> => {
  const fallback = canonicalLocale(options.locale) ?? 'en-US';
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html[\s>])/i.test(source);
  const tree = isDocument
    ? parse(source, { sourceCodeLocationInfo: true })
    : parseFragment(source, { sourceCodeLocationInfo: true });
  const widgets = findWidgets(tree);
  const insertions: { at: number; text: string; pin?: string }[] = [];
  for (const found of widgets) {
    const own = found.attributes.find(({ name }) => name === 'locale')?.value;
    const inherited = canonicalLocale(found.inheritedLang);
    const locale = canonicalLocale(own) ?? inherited ?? fallback;
    // Without a `lang` around it, the browser would use the reader's language: pinned to the server's.
    const pinned = !own && !inherited;
    const attributes = pinned ? [...found.attributes, { name: 'locale', value: locale }] : found.attributes;
    const Element = customElements.get(found.tag);
    if (!Element) continue;
    // Protected in the class: whether a table feeds it a column as a series, or its last row.
    const { dataShape } = Element as unknown as { dataShape: DataShape };
    const fromSrc = await srcInputs(found, dataShape, options.readSrc);
    const widget = fromSrc ? { ...found, inputs: { ...found.inputs, ...fromSrc } } : found;
    const probe = new Element() as unknown as HTMLElement & Preloading;
    for (const { name, value } of attributes) {
      // No document calls it here: the element reads its attributes into its properties (`benchmark`).
      probe.setAttribute(name, value);
      probe.attributeChangedCallback(name, null, value);
    }
    // Protected in the class: what its first render in the browser waits for, loaded before this one.
    await Promise.all(probe.pendingModules(langOf(locale)));
    setServerLocale(inherited ?? fallback);
    const rendered = await collectResult(render(widgetTemplate(widget, attributes)));
    insertions.push({
      at: widget.insertAt,
      text: shadowRootOf(rendered) + (fromSrc ? jsonScript(fromSrc) : ''),
      ...(pinned && { pin: ` locale="${escapeAttribute(locale)}"` }),
    });
  }
  // From the end, so the offsets of the ones before stay true.
  let output = source;
  for (const { at, text, pin } of insertions.reverse()) {
    const head = pin ? `${output.slice(0, at - 1)}${pin}>` : output.slice(0, at);
    output = `${head}${text}${output.slice(at)}`;
  }
  return output;
};
