import type { KpiDefinition } from '../types.js';
import { content } from './content.js';
import { counts } from './counts.js';
import { email } from './email.js';
import { leadership } from './leadership.js';
import { leadGeneration } from './leads.js';
import { paid } from './paid.js';
import { retention } from './retention.js';
import { seo } from './seo.js';
import { social } from './social.js';
import { website } from './website.js';

/** Every KPI of the catalog, grouped as in the reference catalog. */
export const builtInKpis: readonly KpiDefinition[] = [
  ...leadership,
  ...website,
  ...content,
  ...leadGeneration,
  ...social,
  ...seo,
  ...email,
  ...paid,
  ...retention,
  ...counts,
];
