import { isServer } from 'lit';
import type { FunnelSource, RawFunnelList, RawValue } from '../../kpi/index.js';
import { asRawEntry, type DataLookup } from '../../shared/data-inputs.js';

const ATTRIBUTES = { stages: 'stages', values: 'values', previous: 'previous-values' } as const;

/**
 * A data value as a list: arrays stay arrays, so labels may contain commas, their entries as the
 * engine's parser takes them (never turned into text, which recurses into nested lists); text is
 * read as written; any other value is the list's only entry, described by the engine's messages.
 */
const asList = (value: unknown): RawFunnelList =>
  Array.isArray(value)
    ? Array.from(value, asRawEntry)
    : typeof value === 'string' || value === undefined || value === null
      ? (value ?? null)
      : [asRawEntry(value)];

/** Stage labels: text and numbers as written; a value that is no text (an object, `NaN`) is no label. */
const asLabels = (value: RawFunnelList): FunnelSource['stages'] =>
  Array.isArray(value)
    ? value.map((entry: RawValue) =>
        typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry)) ? String(entry) : '',
      )
    : (value as string | null);

const fromList = (list: Element, previous: RawFunnelList): FunnelSource => {
  const items = [...list.querySelectorAll(':scope > li')];
  const hasPrevious = items.some((item) => item.hasAttribute('data-previous-value'));
  return {
    stages: items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    values: items.map((item) => item.getAttribute('data-value')),
    previous: previous ?? (hasPrevious ? items.map((item) => item.getAttribute('data-previous-value')) : null),
    fields: { stages: 'li', values: 'data-value', previous: previous ? 'previous-values' : 'data-previous-value' },
  };
};

/** The funnel's attributes, read when no data source has the same name. */
export interface FunnelAttributes {
  readonly stages?: string | null;
  readonly values?: string | null;
  readonly previousValues?: string | null;
}

/**
 * Reads the funnel the way the base reads KPI inputs, by attribute name (`stages`, `values`,
 * `previous-values`): from the element's data sources (its `inputs` property, a fetched `src`, a
 * `<script type="application/json">` child), else the attributes. Without `values` anywhere, a
 * child `<ol>`/`<ul>` of `<li data-value>` items is read.
 */
export const readFunnelSource = (host: Element, find: DataLookup, attributes: FunnelAttributes): FunnelSource => {
  const pick = (name: string, attribute: string | null | undefined): RawFunnelList => {
    const found = find(name);
    return found ? asList(found.value) : (attribute ?? null);
  };
  const values = pick(ATTRIBUTES.values, attributes.values);
  const previous = pick(ATTRIBUTES.previous, attributes.previousValues);
  // A server render has no children to read: kpi-kit/ssr hands a list over as `inputs`.
  const list = isServer ? null : host.querySelector(':scope > ol, :scope > ul');
  if (values === null && list) return fromList(list, previous);
  return { stages: asLabels(pick(ATTRIBUTES.stages, attributes.stages)), values, previous, fields: ATTRIBUTES };
};
