/**
 * What the WordPress plugin knows about the kit, generated rather than written by hand so it
 * cannot drift: every element's attributes (from custom-elements.json) and the KPI catalog with
 * its inputs and names in every language (from the built engine).
 */
import { readFileSync } from 'node:fs';

/** The elements that compute a catalog KPI from its inputs; a funnel reads stages and counts. */
const CATALOG_ELEMENTS = new Set(['kpi-card', 'kpi-trend', 'goal-gauge']);

/** Only the card compares with a previous period through `previous-<input>` attributes. */
const PREVIOUS_ELEMENTS = new Set(['kpi-card']);

/** Attributes the editor lays out in their own panels rather than among the element's figures. */
const SOURCE_ATTRIBUTES = new Set(['src', 'fields', 'refresh']);

/** A ready figure instead of a catalog KPI's inputs ("when there is no `kpi`"): a panel of its own. */
const READY_ATTRIBUTES = new Set(['value', 'values', 'unit', 'previous-value', 'year-ago-value']);

/**
 * The manifest types some choices as plain `string` or as a named alias (`Shape`): their values
 * are then the code spans of the description (`arc` (default), `ring` or `bar`).
 */
const CHOICES_FROM_DESCRIPTION = new Set(['type', 'unit', 'orientation', 'mode', 'shape']);

const literalChoices = (type) => {
  const parts = type.split('|').map((part) => part.trim());
  const literals = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  return literals.length > 0 && literals.length === parts.filter((part) => part !== 'undefined').length
    ? literals
    : undefined;
};

/** Code spans of a description, but not the attribute it is about ("The unit of `value`: …"). */
const describedChoices = (description) => [
  ...new Set([...description.matchAll(/(?<!\bof )`([a-z-]+)`/g)].map((match) => match[1])),
];

/** One manifest attribute as the editor and the PHP allow-list need it. */
const groupOf = (attribute, catalog) => {
  if (SOURCE_ATTRIBUTES.has(attribute.name)) return 'source';
  if (catalog && READY_ATTRIBUTES.has(attribute.name)) return 'ready';
  return attribute.inheritedFrom ? 'display' : 'figure';
};

const toAttribute = (attribute, catalog) => {
  const type = attribute.type?.text ?? 'string';
  const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
  const choices =
    literalChoices(type) ?? (CHOICES_FROM_DESCRIPTION.has(attribute.name) ? describedChoices(description) : undefined);
  return {
    name: attribute.name,
    type: type === 'boolean' ? 'boolean' : 'string',
    ...(choices ? { choices } : {}),
    group: groupOf(attribute, catalog),
    // Help text is plain text in the editor: code spans lose their backticks.
    help: description.replace(/`([^`]*)`/g, '$1'),
  };
};

/** Every element of the manifest with its attributes, by tag name, in manifest order. */
export const readElements = (manifestPath) => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  return Object.fromEntries(
    declarations
      .sort((a, b) => a.tagName.localeCompare(b.tagName))
      .map((declaration) => [
        declaration.tagName,
        {
          summary: declaration.summary ?? '',
          catalog: CATALOG_ELEMENTS.has(declaration.tagName),
          previous: PREVIOUS_ELEMENTS.has(declaration.tagName),
          attributes: (declaration.attributes ?? []).map((attribute) =>
            toAttribute(attribute, CATALOG_ELEMENTS.has(declaration.tagName)),
          ),
        },
      ]),
  );
};

/** The catalog with each KPI's name in every language the engine ships a pack for. */
export const readCatalog = async (engineUrl) => {
  const engine = await import(engineUrl);
  const langs = engine.languages();
  await Promise.all(langs.map((lang) => engine.loadPack(lang)));
  return {
    langs,
    kpis: engine.listKpis().map((kpi) => ({
      id: kpi.id,
      unit: kpi.unit,
      better: kpi.better,
      names: Object.fromEntries(langs.map((lang) => [lang, engine.kpiWords(kpi, lang).name])),
      inputs: kpi.inputs.map((input) => ({
        name: input.name,
        kind: input.kind,
        ...(input.default === undefined ? {} : { optional: true }),
        ...(input.list ? { list: true } : {}),
      })),
      ...(kpi.requires ? { requires: kpi.requires } : {}),
    })),
  };
};

/**
 * Every KPI input attribute: each input's name and its `previous-` and `year-ago-` twins. The
 * manifest lists them in prose only ("every input of the KPI is an attribute of the same name"),
 * so the catalog says.
 */
export const inputAttributes = (catalog) => {
  const names = new Set(catalog.kpis.flatMap((kpi) => kpi.inputs.map((input) => input.name)));
  return [...names].sort().flatMap((name) => [name, `previous-${name}`, `year-ago-${name}`]);
};
