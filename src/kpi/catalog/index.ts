import type { Category, KpiDefinition } from '../types.js';
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

/** The KPIs of one catalog file, each marked with the part of marketing the file covers. */
const inCategory = (category: Category, kpis: readonly KpiDefinition[]): KpiDefinition[] =>
  kpis.map((kpi) => ({ ...kpi, category }));

/** Every KPI of the catalog, grouped as in the reference catalog. */
export const builtInKpis: readonly KpiDefinition[] = [
  ...inCategory('revenue', leadership),
  ...inCategory('website', website),
  ...inCategory('content', content),
  ...inCategory('leads', leadGeneration),
  ...inCategory('social', social),
  ...inCategory('seo', seo),
  ...inCategory('email', email),
  ...inCategory('paid', paid),
  ...inCategory('retention', retention),
  ...inCategory('community', counts),
];
