import type { LocalePack } from '../pack.js';

/** The parts of marketing KPIs measure, as the catalog's section titles. */
export const categories: LocalePack['categories'] = {
  revenue: 'Revenue and return',
  website: 'Website',
  content: 'Content',
  leads: 'Leads and sales',
  social: 'Social media',
  seo: 'SEO',
  email: 'Email',
  paid: 'Paid ads',
  retention: 'Retention and satisfaction',
  community: 'PR, events and community',
};
