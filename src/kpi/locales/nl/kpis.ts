import type { KpiId } from '../../catalog/ids.js';
import type { KpiWords } from '../pack.js';

/** Naam, definitie (de formule in woorden) en benchmarknotitie van elke ingebouwde KPI. */
export const kpis: Readonly<Record<KpiId, KpiWords>> = {
  romi: {
    name: 'Rendement op marketinginvesteringen',
    definition:
      'Omzet die aan marketing is toe te schrijven min de marketinguitgaven, gedeeld door de marketinguitgaven.',
  },
  roi: {
    name: 'Rendement op investering',
    definition: 'Omzetgroei min organische groei min de uitgaven, gedeeld door de uitgaven.',
  },
  ltv: {
    name: 'Customer lifetime value',
    definition: 'Gemiddelde maandomzet per klant gedeeld door het maandelijkse klantverloop.',
  },
  cac: {
    name: 'Klantacquisitiekosten',
    definition: 'Alle kosten om klanten te werven gedeeld door het aantal geworven klanten.',
    benchmark: 'afhankelijk van branche en product; B2B ongeveer $ 200',
  },
  'ltv-cac': {
    name: 'LTV:CAC-verhouding',
    definition:
      'Customer lifetime value gedeeld door klantacquisitiekosten; beide kun je zelf opgeven of laten berekenen uit hun eigen invoer.',
    benchmark: 'gezond',
  },
  'revenue-growth': {
    name: 'Omzetgroei',
    definition: 'De omzet van deze periode min die van de vorige, gedeeld door die van de vorige.',
  },
  'marketing-return': {
    name: 'Marketingrendement',
    definition:
      'Wat een marketingactiviteit opbracht (omzet of leadwaarde) min wat die kostte, in geld: een artikel van € 400 dat € 1.000 oplevert, levert netto € 600 op.',
  },
  visitors: {
    name: 'Websitebezoekers',
    definition: 'Het aantal bezoeken aan de website in de periode (of unieke bezoekers, als het label dat zegt).',
  },
  'web-bounce-rate': {
    name: 'Bouncepercentage (website)',
    definition: 'Sessies die na één bekeken pagina de site verlieten, gedeeld door alle sessies.',
  },
  'traffic-growth': {
    name: 'Verkeersgroei',
    definition: 'Het websiteverkeer van deze periode min dat van de vorige, gedeeld door dat van de vorige.',
  },
  'publishing-frequency': {
    name: 'Publicatiefrequentie',
    definition: 'Het aantal gepubliceerde stukken content gedeeld door het aantal perioden.',
  },
  'first-30-days-traffic': {
    name: 'Verkeer in de eerste 30 dagen',
    definition: 'Het aantal bezoekers dat een stuk content in de eerste 30 dagen na publicatie trok.',
  },
  'conversion-rate': {
    name: 'Conversieratio',
    definition: 'Conversies gedeeld door bezoekers (of leads).',
    benchmark: 'websites; 2% is gemiddeld, 3% een gangbaar doel; e-commerce 1%–4%',
  },
  mql: { name: 'Marketing qualified leads', definition: 'Het aantal marketing qualified leads (MQL’s).' },
  sql: { name: 'Sales qualified leads', definition: 'Het aantal sales qualified leads (SQL’s).' },
  'lead-to-mql': { name: 'Lead-naar-MQL-ratio', definition: 'Marketing qualified leads gedeeld door alle leads.' },
  'mql-to-sql': {
    name: 'MQL-naar-SQL-ratio',
    definition: 'Sales qualified leads gedeeld door marketing qualified leads.',
  },
  cpl: {
    name: 'Kosten per lead',
    definition: 'Kosten gedeeld door het aantal leads.',
    benchmark: 'afhankelijk van de branche',
  },
  cpa: { name: 'Kosten per acquisitie', definition: 'Kosten gedeeld door het aantal conversies.' },
  aov: { name: 'Gemiddelde bestelwaarde', definition: 'Omzet gedeeld door het aantal bestellingen.' },
  'lead-value': {
    name: 'Gemiddelde leadwaarde',
    definition: 'Omzet uit een leadbron gedeeld door het aantal leads uit die bron in dezelfde periode.',
  },
  'leads-per-customer': {
    name: 'Leads per klant',
    definition: 'Het aantal leads gedeeld door het aantal klanten dat eruit voortkwam.',
  },
  'visitors-per-lead': {
    name: 'Bezoekers per lead',
    definition: 'Het aantal bezoekers gedeeld door het aantal leads dat ze opleverden.',
  },
  leads: { name: 'Aantal leads', definition: 'Het aantal nieuwe leads in de periode.' },
  'new-customers': { name: 'Nieuwe klanten', definition: 'Het aantal klanten dat in de periode is gewonnen.' },
  'lead-to-customer-time': {
    name: 'Doorlooptijd van lead tot klant',
    definition: 'Het gemiddelde aantal dagen tussen het binnenkomen van een lead en het moment dat die klant wordt.',
  },
  followers: { name: 'Totaal aantal volgers', definition: 'Het aantal volgers op alle platforms samen.' },
  impressions: { name: 'Totaal aantal vertoningen', definition: 'Het aantal vertoningen op alle platforms samen.' },
  'follower-growth': {
    name: 'Groeipercentage volgers',
    definition: 'Nieuwe volgers gedeeld door het aantal volgers aan het begin van de periode.',
  },
  'engagement-rate': {
    name: 'Engagementpercentage',
    definition:
      'Interacties (likes, reacties, shares en keren opgeslagen) gedeeld door het bereik (of het aantal volgers).',
    benchmark: 'een gezonde waarde op social media',
  },
  'share-of-voice': {
    name: 'Share of voice',
    definition: 'Je eigen vermeldingen (of klikken) gedeeld door die van de hele markt.',
  },
  'backlink-growth': {
    name: 'Backlinkgroei',
    definition: 'De backlinks van deze periode min die van de vorige, gedeeld door die van de vorige.',
  },
  'organic-ctr': {
    name: 'Organische klikfrequentie',
    definition: 'Klikken vanuit de zoekresultaten gedeeld door de vertoningen in de zoekresultaten.',
    benchmark: 'het eerste zoekresultaat krijgt ongeveer 31,7% van de klikken',
  },
  'subscriber-growth': {
    name: 'Groeipercentage abonnees',
    definition: 'Abonnees aan het eind min die aan het begin, gedeeld door die aan het begin.',
  },
  'open-rate': {
    name: 'Openratio',
    definition: 'Geopende e-mails gedeeld door afgeleverde e-mails (verzonden min bounces).',
    benchmark: 'e-mailcampagnes',
  },
  'email-ctr': {
    name: 'Klikfrequentie (e-mail)',
    definition: 'Aangeklikte e-mails gedeeld door afgeleverde e-mails (verzonden min bounces).',
    benchmark: 'e-mailcampagnes',
  },
  'unsubscribe-rate': {
    name: 'Uitschrijfpercentage',
    definition: 'Uitschrijvingen gedeeld door afgeleverde e-mails.',
  },
  'bounce-rate': { name: 'Bouncepercentage (e-mail)', definition: 'Bounces gedeeld door verzonden e-mails.' },
  roas: {
    name: 'Rendement op advertentie-uitgaven',
    definition:
      'Totale conversiewaarde uit advertenties gedeeld door de advertentie-uitgaven: € 10 omzet voor elke € 1 aan advertenties is 10 : 1.',
  },
  cpc: { name: 'Kosten per klik', definition: 'Advertentiekosten gedeeld door het aantal klikken.' },
  cpm: {
    name: 'Kosten per duizend vertoningen',
    definition: 'Advertentie-uitgaven gedeeld door het aantal vertoningen, maal 1.000.',
  },
  ctr: {
    name: 'Klikfrequentie (advertenties)',
    definition: 'Klikken op advertenties gedeeld door hun vertoningen.',
    benchmark: 'displayadvertenties, als kwaliteitsdoel; banners ongeveer 0,2%',
  },
  'churn-rate': {
    name: 'Klantverloop',
    definition: 'Verloren klanten gedeeld door het aantal klanten aan het begin van de periode.',
  },
  'retention-rate': {
    name: 'Retentiepercentage',
    definition: 'Klanten aan het eind min nieuwe klanten, gedeeld door de klanten aan het begin.',
  },
  'repeat-purchase-rate': {
    name: 'Percentage herhaalaankopen',
    definition: 'Klanten met meer dan één aankoop gedeeld door alle klanten.',
  },
  nps: {
    name: 'Net Promoter Score',
    definition: 'Percentage promotors (9–10) min percentage criticasters (0–6), van −100 tot en met +100.',
  },
  csat: { name: 'Klanttevredenheidsscore', definition: 'Tevreden antwoorden gedeeld door alle antwoorden.' },
  'press-mentions': { name: 'Persvermeldingen', definition: 'Het aantal vermeldingen in de pers.' },
  'campaign-backlinks': { name: 'Campagnebacklinks', definition: 'Het aantal backlinks dat een campagne opleverde.' },
  'launch-day-traffic': {
    name: 'Verkeer op de lanceerdag',
    definition: 'Het aantal bezoekers op de dag van de lancering.',
  },
  'event-attendees': { name: 'Evenementbezoekers', definition: 'Het aantal mensen dat het evenement bezocht.' },
  'new-leads': { name: 'Nieuwe salesleads', definition: 'Het aantal nieuwe salesleads.' },
  'new-members': { name: 'Nieuwe leden', definition: 'Het aantal nieuwe leden van de community.' },
  'active-members': {
    name: 'Actieve leden (30 dagen)',
    definition: 'Het aantal leden dat de afgelopen 30 dagen actief was.',
  },
  'post-views': {
    name: 'Totaal aantal postweergaven',
    definition: 'Alle weergaven van en interacties met je posts.',
  },
};
