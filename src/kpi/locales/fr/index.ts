import type { LocalePack } from '../pack.js';
import { card } from './card.js';
import { categories } from './categories.js';
import { common, periods, phrases } from './common.js';
import { funnel } from './funnel.js';
import { gauge } from './gauge.js';
import { kpis } from './kpis.js';
import { messages } from './messages.js';
import { trend } from './trend.js';

/** French: every word of the kit in one pack (numbers and dates in fr-FR, fr-BE… come from `Intl`). */
export const fr: LocalePack = {
  lang: 'fr',
  exampleLocale: 'fr-FR',
  kpis,
  notes: () => import('./notes.js').then((module) => module.notes),
  categories,
  common,
  messages,
  phrases,
  periods,
  card,
  trend,
  funnel,
  gauge,
};
