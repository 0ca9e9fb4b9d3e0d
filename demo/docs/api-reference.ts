import { make } from './make.js';
import { elementDeclaration, type Attribute, type Inheritable, type ManifestEvent, type TypeRef } from './manifest.js';

type Content = string | Node;

/** Appends text, turning `backticked` spans into `<code>`: text nodes only, never parsed as HTML. */
export const appendRichText = (parent: Node, text: string): void => {
  for (const [index, part] of text
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .entries()) {
    if (!part) continue;
    if (index % 2) {
      parent.appendChild(make('code', '', part));
    } else parent.appendChild(document.createTextNode(part));
  }
};

const code = (text: string) => make('code', '', text);
const rich = (text = '') => {
  const fragment = document.createDocumentFragment();
  appendRichText(fragment, text);
  return fragment;
};
const typeOf = (type?: TypeRef): Content => (type ? code(type.text.replace(/\s*\|\s*undefined\b/g, '')) : '—');
const orDash = (text?: string): Content => (text === undefined ? '—' : code(text));

/** A color default gets a swatch beside its code; the swatch is decoration, the code says it. */
const defaultWithSwatch = (value?: string): Content => {
  if (!value || !/^#[0-9a-f]{3,8}$/i.test(value)) return orDash(value);
  const swatch = make('span', '');
  swatch.className = 'swatch';
  swatch.style.backgroundColor = value;
  swatch.setAttribute('aria-hidden', 'true');
  const both = document.createDocumentFragment();
  both.append(swatch, code(value));
  return both;
};

interface Table<Row> {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  readonly cells: (row: Row) => Content[];
}

/**
 * One API table under its own heading. Rows the element inherits from the shared base class come
 * last, under a group header, so what is particular to this element reads first.
 */
const apiTable = <Row extends Inheritable>(tag: string, { title, columns, rows, cells }: Table<Row>): Node[] => {
  if (!rows.length) return [];
  const id = `api-${tag}-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const heading = make('h3', '', title);
  heading.id = id;
  const headRow = make('tr', '', ...columns.map((column) => make('th', '', column)));
  for (const th of headRow.children) th.setAttribute('scope', 'col');
  const table = make('table', '', make('thead', '', headRow));
  table.className = 'api';
  table.setAttribute('aria-labelledby', id);

  const row = (item: Row) => {
    const [first, ...rest] = cells(item);
    const th = make('th', '', first ?? '');
    th.scope = 'row';
    return make('tr', '', th, ...rest.map((cell) => make('td', '', cell)));
  };
  const own = rows.filter((item) => !item.inheritedFrom);
  const shared = rows.filter((item) => item.inheritedFrom);
  const group = (label: string, items: readonly Row[]) => {
    const header = make('th', '', label);
    header.scope = 'colgroup';
    header.colSpan = columns.length;
    header.className = 'group';
    return make('tbody', '', make('tr', '', header), ...items.map(row));
  };
  if (own.length && shared.length) {
    table.append(
      group(`Particular to <${tag}>`, own),
      group(`Shared by every kpi-kit element (from ${shared[0]?.inheritedFrom?.name})`, shared),
    );
  } else table.append(make('tbody', '', ...rows.map(row)));

  // Narrow screens scroll the table, not the page; the region can be scrolled from the keyboard.
  const scroller = make('div', '', table);
  scroller.className = 'table-scroll';
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'region');
  // Named apart from the page's own sections: a page may well have an "Events" section too.
  scroller.setAttribute('aria-label', `${title} of <${tag}>`);
  return [heading, scroller];
};

/** The detail type of an event: its declared type, else the first `Type` the description names after "Detail". */
const detailOf = (event: ManifestEvent): Content => {
  if (event.type) return typeOf(event.type);
  const named = /Detail:?\s*`([^`]+)`/.exec(event.description ?? '');
  return named?.[1] ? code(named[1]) : '—';
};

/** Renders the reference of one element, read from the manifest, into `section`. */
export const renderApiReference = (section: Element, tag: string): void => {
  const declaration = elementDeclaration(tag);
  if (!declaration) {
    section.append(make('p', '', `custom-elements.json has no <${tag}>: run npm run generate.`));
    return;
  }
  const members = declaration.members ?? [];
  const fieldOf = (attribute: Attribute) =>
    members.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
  const properties = members.filter(
    (member) =>
      member.kind === 'field' && !member.static && !member.attribute && (member.privacy ?? 'public') === 'public',
  );

  const parts: Node[] = (declaration.description ?? '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => make('p', '', rich(paragraph)));

  parts.push(
    ...apiTable(tag, {
      title: 'Attributes',
      columns: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      rows: declaration.attributes ?? [],
      cells: (attribute) => {
        const field = fieldOf(attribute);
        const description = rich(attribute.description);
        if (field?.reflects) description.append(' ', make('em', '', '(Reflected.)'));
        return [
          code(attribute.name),
          orDash(attribute.fieldName),
          typeOf(attribute.type ?? field?.type),
          orDash(attribute.default ?? field?.default),
          description,
        ];
      },
    }),
    ...apiTable(tag, {
      title: 'Properties',
      columns: ['Property', 'Type', 'Description'],
      rows: properties,
      cells: (member) => {
        const description = rich(member.description);
        if (member.readonly) description.append(' ', make('em', '', '(Read-only.)'));
        return [code(member.name), typeOf(member.type), description];
      },
    }),
    ...apiTable(tag, {
      title: 'Events',
      columns: ['Event', 'Detail', 'Description'],
      rows: declaration.events ?? [],
      cells: (event) => [code(event.name), detailOf(event), rich(event.description)],
    }),
    ...apiTable(tag, {
      title: 'Slots',
      columns: ['Slot', 'Description'],
      rows: declaration.slots ?? [],
      cells: (slot) => [slot.name ? code(slot.name) : '(default)', rich(slot.description)],
    }),
    ...apiTable(tag, {
      title: 'CSS parts',
      columns: ['Part', 'Description'],
      rows: declaration.cssParts ?? [],
      cells: (part) => [code(part.name), rich(part.description)],
    }),
    ...apiTable(tag, {
      title: 'CSS custom properties',
      columns: ['Custom property', 'Default', 'Description'],
      rows: declaration.cssProperties ?? [],
      cells: (property) => [code(property.name), defaultWithSwatch(property.default), rich(property.description)],
    }),
  );
  section.append(...parts);
};

/** Fills every `<section data-api="tag">` of the page. */
export const renderApiReferences = (root: ParentNode = document): void => {
  for (const section of root.querySelectorAll('[data-api]')) {
    const tag = section.getAttribute('data-api');
    if (tag) renderApiReference(section, tag);
  }
};
