import type { KpiId } from '../../catalog/ids.js';
import type { KpiNotes } from '../pack.js';

/**
 * Definitie (de formule in woorden) en benchmarknotitie van elke ingebouwde KPI. Een kaart laadt
 * ze pas als ze haar benchmark toont of haar definitie opent: de meeste pagina's hebben ze nooit nodig.
 */
export const notes: Readonly<Record<KpiId, KpiNotes>> = {
  romi: {
    definition:
      'Omzet die aan marketing is toe te schrijven min de marketinguitgaven, gedeeld door de marketinguitgaven.',
  },
  roi: {
    definition: 'Omzetgroei min organische groei min de uitgaven, gedeeld door de uitgaven.',
  },
  ltv: {
    definition: 'Gemiddelde maandomzet per klant gedeeld door het maandelijkse klantverloop.',
  },
  cac: {
    definition: 'Alle kosten om klanten te werven gedeeld door het aantal geworven klanten.',
    benchmark: 'afhankelijk van branche en product; B2B ongeveer $ 200',
  },
  'ltv-cac': {
    definition:
      'Customer lifetime value gedeeld door klantacquisitiekosten; beide kun je zelf opgeven of laten berekenen uit hun eigen invoer.',
    benchmark: 'gezond',
  },
  'revenue-growth': {
    definition: 'De omzet van deze periode min die van de vorige, gedeeld door die van de vorige.',
  },
  'marketing-return': {
    definition:
      'Wat een marketingactiviteit opbracht (omzet of leadwaarde) min wat die kostte, in geld: een artikel van € 400 dat € 1.000 oplevert, levert netto € 600 op.',
  },
  visitors: {
    definition: 'Het aantal bezoeken aan de website in de periode (of unieke bezoekers, als het label dat zegt).',
  },
  'web-bounce-rate': {
    definition: 'Sessies die na één bekeken pagina de site verlieten, gedeeld door alle sessies.',
  },
  'traffic-growth': {
    definition: 'Het websiteverkeer van deze periode min dat van de vorige, gedeeld door dat van de vorige.',
  },
  'publishing-frequency': {
    definition: 'Het aantal gepubliceerde stukken content gedeeld door het aantal perioden.',
  },
  'first-30-days-traffic': {
    definition: 'Het aantal bezoekers dat een stuk content in de eerste 30 dagen na publicatie trok.',
  },
  'conversion-rate': {
    definition: 'Conversies gedeeld door bezoekers (of leads).',
    benchmark: 'websites; 2% is gemiddeld, 3% een gangbaar doel; e-commerce 1%–4%',
  },
  mql: {
    definition: 'Het aantal marketing qualified leads (MQL’s).',
  },
  sql: {
    definition: 'Het aantal sales qualified leads (SQL’s).',
  },
  'lead-to-mql': {
    definition: 'Marketing qualified leads gedeeld door alle leads.',
  },
  'mql-to-sql': {
    definition: 'Sales qualified leads gedeeld door marketing qualified leads.',
  },
  cpl: {
    definition: 'Kosten gedeeld door het aantal leads.',
    benchmark: 'afhankelijk van de branche',
  },
  cpa: {
    definition: 'Kosten gedeeld door het aantal conversies.',
  },
  aov: {
    definition: 'Omzet gedeeld door het aantal bestellingen.',
  },
  'lead-value': {
    definition: 'Omzet uit een leadbron gedeeld door het aantal leads uit die bron in dezelfde periode.',
  },
  'leads-per-customer': {
    definition: 'Het aantal leads gedeeld door het aantal klanten dat eruit voortkwam.',
  },
  'visitors-per-lead': {
    definition: 'Het aantal bezoekers gedeeld door het aantal leads dat ze opleverden.',
  },
  leads: {
    definition: 'Het aantal nieuwe leads in de periode.',
  },
  'new-customers': {
    definition: 'Het aantal klanten dat in de periode is gewonnen.',
  },
  'lead-to-customer-time': {
    definition: 'Het gemiddelde aantal dagen tussen het binnenkomen van een lead en het moment dat die klant wordt.',
  },
  followers: {
    definition: 'Het aantal volgers op alle platforms samen.',
  },
  impressions: {
    definition: 'Het aantal vertoningen op alle platforms samen.',
  },
  'follower-growth': {
    definition: 'Nieuwe volgers gedeeld door het aantal volgers aan het begin van de periode.',
  },
  'engagement-rate': {
    definition:
      'Interacties (likes, reacties, shares en keren opgeslagen) gedeeld door het bereik (of het aantal volgers).',
    benchmark: 'een gezonde waarde op social media',
  },
  'share-of-voice': {
    definition: 'Je eigen vermeldingen (of klikken) gedeeld door die van de hele markt.',
  },
  'backlink-growth': {
    definition: 'De backlinks van deze periode min die van de vorige, gedeeld door die van de vorige.',
  },
  'organic-ctr': {
    definition: 'Klikken vanuit de zoekresultaten gedeeld door de vertoningen in de zoekresultaten.',
    benchmark: 'het eerste zoekresultaat krijgt ongeveer 31,7% van de klikken',
  },
  'subscriber-growth': {
    definition: 'Abonnees aan het eind min die aan het begin, gedeeld door die aan het begin.',
  },
  'open-rate': {
    definition: 'Geopende e-mails gedeeld door afgeleverde e-mails (verzonden min bounces).',
    benchmark: 'e-mailcampagnes',
  },
  'email-ctr': {
    definition: 'Aangeklikte e-mails gedeeld door afgeleverde e-mails (verzonden min bounces).',
    benchmark: 'e-mailcampagnes',
  },
  'unsubscribe-rate': {
    definition: 'Uitschrijvingen gedeeld door afgeleverde e-mails.',
  },
  'bounce-rate': {
    definition: 'Bounces gedeeld door verzonden e-mails.',
  },
  roas: {
    definition:
      'Totale conversiewaarde uit advertenties gedeeld door de advertentie-uitgaven: € 10 omzet voor elke € 1 aan advertenties is 10 : 1.',
  },
  cpc: {
    definition: 'Advertentiekosten gedeeld door het aantal klikken.',
  },
  cpm: {
    definition: 'Advertentie-uitgaven gedeeld door het aantal vertoningen, maal 1.000.',
  },
  ctr: {
    definition: 'Klikken op advertenties gedeeld door hun vertoningen.',
    benchmark: 'displayadvertenties, als kwaliteitsdoel; banners ongeveer 0,2%',
  },
  'churn-rate': {
    definition: 'Verloren klanten gedeeld door het aantal klanten aan het begin van de periode.',
  },
  'retention-rate': {
    definition: 'Klanten aan het eind min nieuwe klanten, gedeeld door de klanten aan het begin.',
  },
  'repeat-purchase-rate': {
    definition: 'Klanten met meer dan één aankoop gedeeld door alle klanten.',
  },
  nps: {
    definition: 'Percentage promotors (9–10) min percentage criticasters (0–6), van −100 tot en met +100.',
  },
  csat: {
    definition: 'Tevreden antwoorden gedeeld door alle antwoorden.',
  },
  'press-mentions': {
    definition: 'Het aantal vermeldingen in de pers.',
  },
  'campaign-backlinks': {
    definition: 'Het aantal backlinks dat een campagne opleverde.',
  },
  'launch-day-traffic': {
    definition: 'Het aantal bezoekers op de dag van de lancering.',
  },
  'event-attendees': {
    definition: 'Het aantal mensen dat het evenement bezocht.',
  },
  'new-leads': {
    definition: 'Het aantal nieuwe salesleads.',
  },
  'new-members': {
    definition: 'Het aantal nieuwe leden van de community.',
  },
  'active-members': {
    definition: 'Het aantal leden dat de afgelopen 30 dagen actief was.',
  },
  'post-views': {
    definition: 'Alle weergaven van en interacties met je posts.',
  },
};
