import type { LocalePack } from '../pack.js';

/** The parts of marketing KPIs measure, as the catalog's section titles. */
export const categories: LocalePack['categories'] = {
  revenue: 'Umsatz und Rendite',
  website: 'Website',
  content: 'Content',
  leads: 'Leads und Vertrieb',
  social: 'Social Media',
  seo: 'SEO',
  email: 'E-Mail',
  paid: 'Bezahlte Anzeigen',
  retention: 'Kundenbindung und Zufriedenheit',
  community: 'PR, Events und Community',
};
