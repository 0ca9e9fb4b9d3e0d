import type { LocalePack } from '../pack.js';

/** The parts of marketing KPIs measure, as the catalog's section titles. */
export const categories: LocalePack['categories'] = {
  revenue: 'Omzet en rendement',
  website: 'Website',
  content: 'Content',
  leads: 'Leads en sales',
  social: 'Social media',
  seo: 'SEO',
  email: 'E-mail',
  paid: 'Betaalde advertenties',
  retention: 'Klantbehoud en tevredenheid',
  community: 'PR, evenementen en community',
};
