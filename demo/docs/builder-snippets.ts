/**
 * The KPI builder's four ways to paste a widget, written from one description of it: an HTML tag,
 * a WordPress shortcode, WordPress block markup and React JSX. Pure: no DOM.
 */
import { escapeAttribute, layoutTag } from './tag-layout.js';

/** One attribute: its text, or `true` for a presence attribute (`benchmark`). */
export type AttributeValue = string | true;

/** A widget as the builder made it: its tag and its attributes, in the order they are written. */
export interface WidgetSpec {
  readonly tag: string;
  readonly attributes: readonly (readonly [name: string, value: AttributeValue])[];
  /**
   * The attributes that are KPI inputs (`revenue`, `previous-revenue`): a block keeps them in its
   * `inputs` object, as the plugin's blocks store them.
   */
  readonly inputs: ReadonlySet<string>;
}

/** `<kpi-card kpi="roas" revenue="12000"></kpi-card>`, an attribute a line when it is long. */
export const htmlSnippet = ({ tag, attributes }: WidgetSpec, width?: number): string =>
  layoutTag(
    `<${tag}`,
    attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`)),
    '>',
    width,
    `</${tag}>`,
  ) + `</${tag}>`;

/**
 * A shortcode attribute's value: as in HTML, plus `[` and `]`, which would end the shortcode, and
 * `>`, as WordPress blanks a value with a `<` it cannot pair. The plugin writes the value with
 * `esc_attr`, which keeps these references as they are, so the browser reads the text as typed.
 */
const shortcodeValue = (value: string) =>
  escapeAttribute(value).replace(/>/g, '&gt;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/** `[kpi_card kpi="roas" revenue="12000" benchmark]`, on one line (wpautop would break a long one). */
export const shortcodeSnippet = ({ tag, attributes }: WidgetSpec): string =>
  `[${[
    tag.replace(/-/g, '_'),
    ...attributes.map(([name, value]) => (value === true ? name : `${name}="${shortcodeValue(value)}"`)),
  ].join(' ')}]`;

/**
 * JSON in a block comment as the block editor writes it (`serializeAttributes`): what could end
 * the comment or read as markup becomes a JSON escape.
 */
const blockJson = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');

/**
 * `<!-- wp:kpi-kit/kpi-card {"kpi":"roas","inputs":{"revenue":"12000"}} /-->`: the block's own
 * attributes in `order` (the block's attribute order, which the editor writes them in; others
 * after, as given), then `inputs`, the KPI's inputs, last, as block.json declares it.
 */
export const blockSnippet = ({ tag, attributes, inputs }: WidgetSpec, order: readonly string[] = []): string => {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const own = attributes
    .filter(([name]) => !inputs.has(name))
    .map((attribute, index) => ({ attribute, index }))
    .sort((a, b) => rank(a.attribute[0]) - rank(b.attribute[0]) || a.index - b.index)
    .map(({ attribute }) => attribute);
  const given = attributes.filter(([name]) => inputs.has(name));
  const data = {
    ...Object.fromEntries(own),
    ...(given.length ? { inputs: Object.fromEntries(given) } : {}),
  };
  return `<!-- wp:kpi-kit/${tag} ${blockJson(data)} /-->`;
};

/**
 * A JSX attribute: quoted text, or a JavaScript string in braces when the text has a `"` (which a
 * JSX string cannot hold) or a `&` (which JSX would read as a character reference).
 */
const jsxAttribute = ([name, value]: readonly [string, AttributeValue]) =>
  value === true ? name : /["&]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;

/** `<kpi-card kpi="roas" revenue="12000" />`, for React 19, which passes them on as attributes. */
export const jsxSnippet = ({ tag, attributes }: WidgetSpec, width?: number): string =>
  layoutTag(`<${tag}`, attributes.map(jsxAttribute), ' />', width);
