/**
 * The four elements as the robustness properties see them: their tags, and the attributes and
 * properties their manifest (custom-elements.json) documents.
 */

export const TAGS = ['kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge'] as const;
export type Tag = (typeof TAGS)[number];

/** Elements whose KPI inputs are series, one entry per period. */
export const SERIES: ReadonlySet<Tag> = new Set(['kpi-trend', 'funnel-ratio']);

/** An attribute as a case sets it. */
export type Pair = readonly [name: string, value: string];

/** A widget as a test handles it: its update promise, and the inputs a script may set. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean>; inputs?: unknown };

export interface Manifest {
  /** The attributes of each element. */
  readonly attributes: Readonly<Record<Tag, readonly string[]>>;
  /** The properties behind the attributes, by tag: what scripts and frameworks set. */
  readonly properties: Readonly<Record<Tag, readonly string[]>>;
}

export const loadManifest = async (): Promise<Manifest> => {
  const json = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string }[] }[] }[];
  };
  const byTag = <T>() => Object.fromEntries(TAGS.map((tag) => [tag, [] as T[]])) as Record<Tag, T[]>;
  const attributes = byTag<string>();
  const properties = byTag<string>();
  for (const declaration of json.modules.flatMap((module) => module.declarations ?? [])) {
    const tag = declaration.tagName as Tag | undefined;
    if (!tag || !TAGS.includes(tag)) continue;
    attributes[tag] = (declaration.attributes ?? []).map((a) => a.name);
    properties[tag] = (declaration.attributes ?? []).flatMap((a) => (a.fieldName ? [a.fieldName] : []));
  }
  return { attributes, properties };
};
