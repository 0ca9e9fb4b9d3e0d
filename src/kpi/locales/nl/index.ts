import type { LocalePack } from '../pack.js';
import { card } from './card.js';
import { categories } from './categories.js';
import { common, periods, phrases } from './common.js';
import { funnel } from './funnel.js';
import { gauge } from './gauge.js';
import { kpis } from './kpis.js';
import { messages } from './messages.js';
import { trend } from './trend.js';

/** Dutch: every word of the kit in one pack, but the KPIs' notes, downloaded when a card needs them. */
export const nl: LocalePack = {
  lang: 'nl',
  exampleLocale: 'nl-NL',
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
