import type { LocalePack } from '../pack.js';

/** The parts of marketing KPIs measure, as the catalog's section titles. */
export const categories: LocalePack['categories'] = {
  revenue: 'Chiffre d’affaires et rentabilité',
  website: 'Site web',
  content: 'Contenu',
  leads: 'Leads et ventes',
  social: 'Réseaux sociaux',
  seo: 'SEO',
  email: 'E-mail',
  paid: 'Publicité payante',
  retention: 'Fidélisation et satisfaction',
  community: 'RP, événements et communauté',
};
