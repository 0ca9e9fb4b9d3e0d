import { builtInKpis } from './catalog/index.js';
import type { KpiDefinition } from './types.js';

const registry = new Map<string, KpiDefinition>(builtInKpis.map((kpi) => [kpi.id, kpi]));

/** The KPI with this id, built in or registered, or `undefined`. */
export const getKpi = (id: string): KpiDefinition | undefined => registry.get(id.trim().toLowerCase());

/** Every known KPI, built-in ones first, in catalog order. */
export const listKpis = (): readonly KpiDefinition[] => [...registry.values()];

/**
 * Adds a site's own KPI, in the same shape as the built-in ones, so every element can show it.
 * Registering an id again replaces the earlier definition, which lets a site adjust a built-in
 * KPI (a different benchmark, say). Returns the definition for chaining.
 */
export const registerKpi = <Name extends string>(definition: KpiDefinition<Name>): KpiDefinition<Name> => {
  registry.set(definition.id.toLowerCase(), definition);
  return definition;
};
