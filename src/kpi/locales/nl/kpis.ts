import type { KpiId } from '../../catalog/ids.js';
import type { KpiWords } from '../pack.js';

/** Every built-in KPI's name, definition (its formula in words) and benchmark note. */
export const kpis: Readonly<Record<KpiId, KpiWords>> = {
  romi: {
    name: 'Rendement op marketinginvestering',
    definition: 'Omzet toegeschreven aan marketing min de marketinguitgaven, gedeeld door de marketinguitgaven.',
  },
  roi: {
    name: 'Rendement op investering',
    definition: 'Omzetgroei min organische groei min de uitgaven, gedeeld door de uitgaven.',
  },
  ltv: {
    name: 'Levensduurwaarde',
    definition: 'Gemiddelde maandomzet per klant gedeeld door het maandelijkse klantverloop.',
  },
  cac: {
    name: 'Klantacquisitiekosten',
    definition: 'Alle kosten om klanten te werven gedeeld door het aantal geworven klanten.',
    benchmark: '$ 10–$ 500, afhankelijk van branche en product; B2B ongeveer $ 200',
  },
  'ltv-cac': {
    name: 'LTV:CAC-verhouding',
    definition:
      'Levensduurwaarde gedeeld door klantacquisitiekosten; elk mag zelf gegeven of uit de eigen invoer berekend worden.',
    benchmark: 'gezond vanaf 3 : 1',
  },
  'revenue-growth': {
    name: 'Omzetgroei',
    definition: 'De omzet van deze periode min die van de vorige, gedeeld door die van de vorige.',
  },
  'marketing-return': {
    name: 'Marketingrendement',
    definition:
      'Omzet (of leadwaarde) die een marketingactiviteit opleverde min wat die kostte, in geld: een artikel van € 400 dat € 1.000 oplevert, rendeert € 600.',
  },
  visitors: {
    name: 'Websitebezoekers',
    definition: 'Bezoeken aan de website in de periode (of unieke bezoekers, met dat label): een telling.',
  },
  'web-bounce-rate': {
    name: 'Bouncepercentage (website)',
    definition: 'Sessies die na het bekijken van slechts één pagina de site verlieten, gedeeld door alle sessies.',
  },
  'traffic-growth': {
    name: 'Verkeersgroei',
    definition: 'Het verkeer van deze periode min dat van de vorige, gedeeld door dat van de vorige.',
  },
  'publishing-frequency': {
    name: 'Publicatiefrequentie',
    definition: 'Aantal gepubliceerde stukken gedeeld door het aantal perioden.',
  },
  'first-30-days-traffic': {
    name: 'Eerste 30 dagen verkeer',
    definition: 'Bezoekers die een stuk content in de eerste 30 dagen trok: een telling.',
  },
  'conversion-rate': {
    name: 'Conversieratio',
    definition: 'Conversies gedeeld door bezoekers (of leads).',
    benchmark: 'websites; 2 % is gemiddeld, 3 % een gangbaar doel; e-commerce 1–4 %',
  },
  mql: { name: 'Marketing qualified leads', definition: 'Marketing qualified leads: een telling.' },
  sql: { name: 'Sales qualified leads', definition: 'Sales qualified leads: een telling.' },
  'lead-to-mql': { name: 'Lead-naar-MQL-ratio', definition: 'Marketing qualified leads gedeeld door leads.' },
  'mql-to-sql': {
    name: 'MQL-naar-SQL-ratio',
    definition: 'Sales qualified leads gedeeld door marketing qualified leads.',
  },
  cpl: {
    name: 'Kosten per lead',
    definition: 'Kosten gedeeld door het aantal leads.',
    benchmark: '€ 10–€ 500, afhankelijk van de branche',
  },
  cpa: { name: 'Kosten per acquisitie', definition: 'Kosten gedeeld door het aantal conversies.' },
  aov: { name: 'Gemiddelde bestelwaarde', definition: 'Omzet gedeeld door het aantal bestellingen.' },
  'lead-value': {
    name: 'Gemiddelde leadwaarde',
    definition: 'Omzet uit een leadbron gedeeld door de leads uit die bron in dezelfde periode.',
  },
  'leads-per-customer': { name: 'Leads per klant', definition: 'Leads gedeeld door de klanten die ze werden.' },
  'visitors-per-lead': { name: 'Bezoekers per lead', definition: 'Bezoekers gedeeld door de leads die ze opleverden.' },
  leads: { name: 'Aantal leads', definition: 'Nieuwe leads in de periode: een telling.' },
  'new-customers': { name: 'Nieuwe klanten', definition: 'Klanten die in de periode zijn gewonnen: een telling.' },
  'lead-to-customer-time': {
    name: 'Doorlooptijd van lead tot klant',
    definition: 'Het gemiddelde aantal dagen van binnenkomende lead tot klant.',
  },
  followers: { name: 'Totaal aantal volgers', definition: 'De som van volgers over alle platforms.' },
  impressions: { name: 'Totaal aantal vertoningen', definition: 'De som van vertoningen over alle platforms.' },
  'follower-growth': {
    name: 'Groeipercentage volgers',
    definition: 'Gewonnen volgers gedeeld door het aantal volgers aan het begin van de periode.',
  },
  'engagement-rate': {
    name: 'Betrokkenheidspercentage',
    definition: 'Interacties (likes, reacties, shares, opslagen) gedeeld door bereik (of volgers).',
    benchmark: 'gezond',
  },
  'share-of-voice': {
    name: 'Share of voice',
    definition: 'Jouw vermeldingen (of kliks) gedeeld door die van de hele markt.',
  },
  'backlink-growth': {
    name: 'Backlink-groei',
    definition: 'De backlinks van deze periode min die van de vorige, gedeeld door die van de vorige.',
  },
  'organic-ctr': {
    name: 'Organische klikfrequentie',
    definition: 'Kliks vanuit zoekresultaten gedeeld door vertoningen in zoekresultaten.',
    benchmark: 'het eerste zoekresultaat krijgt ongeveer 31,7 % van de klikken',
  },
  'subscriber-growth': {
    name: 'Abonnee groeipercentage',
    definition: 'Abonnees aan het eind min die aan het begin, gedeeld door die aan het begin.',
  },
  'open-rate': {
    name: 'Openratio',
    definition: 'E-mails geopend gedeeld door afgeleverde e-mails (verzonden min bounces).',
    benchmark: 'gebruikelijk',
  },
  'email-ctr': {
    name: 'Klikfrequentie',
    definition: 'E-mails aangeklikt gedeeld door afgeleverde e-mails (verzonden min bounces).',
    benchmark: 'gebruikelijk',
  },
  'unsubscribe-rate': { name: 'Uitschrijfpercentage', definition: 'Uitschrijvingen gedeeld door afgeleverde e-mails.' },
  'bounce-rate': { name: 'E-mailbouncepercentage', definition: 'Gebouncete e-mails gedeeld door verzonden e-mails.' },
  roas: {
    name: 'Rendement op advertentie-uitgaven',
    definition:
      'Totale conversiewaarde uit advertenties gedeeld door de advertentie-uitgaven: € 10 omzet per € 1 advertentiegeld is 10 : 1.',
  },
  cpc: { name: 'Kosten per klik', definition: 'Advertentiekosten gedeeld door kliks.' },
  cpm: {
    name: 'Kosten per duizend vertoningen',
    definition: 'Advertentie-uitgaven gedeeld door vertoningen, maal 1.000.',
  },
  ctr: {
    name: 'Klikfrequentie',
    definition: 'Kliks op advertenties gedeeld door vertoningen.',
    benchmark: 'display-advertenties: boven 0,5 % als kwaliteitsdoel; banners ongeveer 0,2 %',
  },
  'churn-rate': {
    name: 'Klantverloop',
    definition: 'Verloren klanten gedeeld door het aantal klanten aan het begin van de periode.',
  },
  'retention-rate': {
    name: 'Klantbehoudpercentage',
    definition: 'Klanten aan het eind min nieuwe klanten, gedeeld door klanten aan het begin.',
  },
  'repeat-purchase-rate': {
    name: 'Herhaalaankooppercentage',
    definition: 'Klanten met meer dan één aankoop gedeeld door alle klanten.',
  },
  nps: {
    name: 'Net Promoter Score',
    definition: 'Percentage promotors (9–10) min percentage criticasters (0–6), van −100 tot +100.',
  },
  csat: { name: 'Klanttevredenheidsscore', definition: 'Tevreden antwoorden gedeeld door alle antwoorden.' },
  'press-mentions': { name: 'Persvermeldingen', definition: 'Persvermeldingen: een telling.' },
  'campaign-backlinks': { name: 'Campagnebacklinks', definition: 'Backlinks uit een campagne: een telling.' },
  'launch-day-traffic': { name: 'Verkeer op de lanceerdag', definition: 'Bezoekers op de lanceerdag: een telling.' },
  'event-attendees': { name: 'Evenementbezoekers', definition: 'Mensen die het evenement bezochten: een telling.' },
  'new-leads': { name: 'Nieuwe saleleads', definition: 'Nieuwe saleleads: een telling.' },
  'new-members': { name: 'Nieuwe leden', definition: 'Nieuwe communityleden: een telling.' },
  'active-members': {
    name: 'Actieve leden (30 dagen)',
    definition: 'Leden die de laatste 30 dagen actief waren: een telling.',
  },
  'post-views': {
    name: 'Totaal aantal postweergaven',
    definition: 'Weergaven van en interacties met alle posts: een telling.',
  },
};
