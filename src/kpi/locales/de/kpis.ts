import type { KpiId } from '../../catalog/ids.js';
import type { KpiWords } from '../pack.js';

/**
 * Every built-in KPI's name, definition (its formula in words) and benchmark note, as German
 * marketers and their tools (Google Ads, Analytics, Search Console, LinkedIn) name them. A number
 * and its unit are joined by a no-break space, as `Intl` joins them (`2 %`, `10 €`).
 */
export const kpis: Readonly<Record<KpiId, KpiWords>> = {
  romi: {
    name: 'Return on Marketing Investment (ROMI)',
    definition: 'Dem Marketing zugerechneter Umsatz minus Marketingausgaben, geteilt durch die Marketingausgaben.',
  },
  roi: {
    name: 'Return on Investment (ROI)',
    definition: 'Umsatzwachstum minus organisches Wachstum minus Ausgaben, geteilt durch die Ausgaben.',
  },
  ltv: {
    name: 'Customer Lifetime Value (CLV)',
    definition: 'Durchschnittlicher Monatsumsatz pro Kunde geteilt durch die monatliche Abwanderungsrate.',
  },
  cac: {
    name: 'Kundenakquisitionskosten (CAC)',
    definition: 'Alle Kosten der Kundengewinnung geteilt durch die Anzahl der gewonnenen Kunden.',
    benchmark: 'je nach Branche und Produkt; im B2B rund 200\u00a0$',
  },
  'ltv-cac': {
    name: 'CLV:CAC-Verhältnis',
    definition:
      'Customer Lifetime Value geteilt durch die Kundenakquisitionskosten; beide Werte lassen sich direkt angeben oder aus ihren eigenen Eingaben berechnen.',
    benchmark: 'gilt als gesund',
  },
  'revenue-growth': {
    name: 'Umsatzwachstum',
    definition: 'Umsatz des Zeitraums minus Umsatz des Vorzeitraums, geteilt durch den Umsatz des Vorzeitraums.',
  },
  'marketing-return': {
    name: 'Marketingertrag',
    definition:
      'Umsatz (oder Lead-Wert), den eine Marketingmaßnahme gebracht hat, minus ihre Kosten, in Geld: Ein Artikel für 400\u00a0€, der 1.000\u00a0€ Umsatz bringt, erzielt 600\u00a0€ Ertrag.',
  },
  visitors: {
    name: 'Website-Besucher',
    definition: 'Anzahl der Besuche auf der Website im Zeitraum (oder der eindeutigen Besucher, wenn so bezeichnet).',
  },
  'web-bounce-rate': {
    name: 'Absprungrate',
    definition: 'Sitzungen, die nach nur einer aufgerufenen Seite endeten, geteilt durch alle Sitzungen.',
  },
  'traffic-growth': {
    name: 'Traffic-Wachstum',
    definition: 'Traffic des Zeitraums minus Traffic des Vorzeitraums, geteilt durch den Traffic des Vorzeitraums.',
  },
  'publishing-frequency': {
    name: 'Veröffentlichungsfrequenz',
    definition: 'Veröffentlichte Inhalte geteilt durch die Anzahl der Zeiträume.',
  },
  'first-30-days-traffic': {
    name: 'Traffic in den ersten 30 Tagen',
    definition: 'Anzahl der Besucher eines Inhalts in seinen ersten 30 Tagen.',
  },
  'conversion-rate': {
    name: 'Conversion-Rate',
    definition: 'Conversions geteilt durch Besucher (oder Leads).',
    benchmark: 'Websites; im Schnitt 2\u00a0%, als Ziel oft 3\u00a0%; E-Commerce 1–4\u00a0%',
  },
  mql: {
    name: 'Marketingqualifizierte Leads (MQL)',
    definition: 'Anzahl der Leads, die das Marketing als qualifiziert eingestuft hat.',
  },
  sql: {
    name: 'Vertriebsqualifizierte Leads (SQL)',
    definition: 'Anzahl der Leads, die der Vertrieb als qualifiziert eingestuft hat.',
  },
  'lead-to-mql': { name: 'Lead-zu-MQL-Rate', definition: 'Marketingqualifizierte Leads geteilt durch alle Leads.' },
  'mql-to-sql': {
    name: 'MQL-zu-SQL-Rate',
    definition: 'Vertriebsqualifizierte Leads geteilt durch marketingqualifizierte Leads.',
  },
  cpl: {
    name: 'Kosten pro Lead (CPL)',
    definition: 'Kosten geteilt durch die Anzahl der Leads.',
    benchmark: 'je nach Branche',
  },
  cpa: { name: 'Kosten pro Conversion (CPA)', definition: 'Kosten geteilt durch die Anzahl der Conversions.' },
  aov: { name: 'Durchschnittlicher Bestellwert', definition: 'Umsatz geteilt durch die Anzahl der Bestellungen.' },
  'lead-value': {
    name: 'Durchschnittlicher Lead-Wert',
    definition: 'Umsatz aus einer Lead-Quelle geteilt durch die Leads, die sie im selben Zeitraum gebracht hat.',
  },
  'leads-per-customer': { name: 'Leads pro Kunde', definition: 'Leads geteilt durch die daraus gewonnenen Kunden.' },
  'visitors-per-lead': { name: 'Besucher pro Lead', definition: 'Besucher geteilt durch die daraus gewonnenen Leads.' },
  leads: { name: 'Leads', definition: 'Anzahl der neuen Leads im Zeitraum.' },
  'new-customers': { name: 'Neukunden', definition: 'Anzahl der im Zeitraum gewonnenen Kunden.' },
  'lead-to-customer-time': {
    name: 'Dauer vom Lead zum Kunden',
    definition: 'Durchschnittliche Anzahl der Tage, bis aus einem neuen Lead ein Kunde wird.',
  },
  followers: { name: 'Follower gesamt', definition: 'Summe der Follower auf allen Plattformen.' },
  impressions: { name: 'Impressionen gesamt', definition: 'Summe der Impressionen auf allen Plattformen.' },
  'follower-growth': {
    name: 'Follower-Wachstum',
    definition: 'Neu gewonnene Follower geteilt durch die Follower zu Beginn des Zeitraums.',
  },
  'engagement-rate': {
    name: 'Interaktionsrate',
    definition:
      'Interaktionen (Likes, Kommentare, Teilen und Speichern) geteilt durch die Reichweite (oder die Follower).',
    benchmark: 'gilt in sozialen Medien als gesund',
  },
  'share-of-voice': {
    name: 'Share of Voice',
    definition: 'Ihre Erwähnungen (oder Klicks) geteilt durch die des gesamten Markts.',
  },
  'backlink-growth': {
    name: 'Backlink-Wachstum',
    definition:
      'Backlinks des Zeitraums minus Backlinks des Vorzeitraums, geteilt durch die Backlinks des Vorzeitraums.',
  },
  'organic-ctr': {
    name: 'Organische Klickrate (CTR)',
    definition: 'Klicks aus den Suchergebnissen geteilt durch die Impressionen in den Suchergebnissen.',
    benchmark: 'Das erste Suchergebnis erhält rund 31,7\u00a0% der Klicks',
  },
  'subscriber-growth': {
    name: 'Abonnentenwachstum',
    definition: 'Abonnenten am Ende minus Abonnenten zu Beginn, geteilt durch die Abonnenten zu Beginn.',
  },
  'open-rate': {
    name: 'Öffnungsrate',
    definition: 'Geöffnete E-Mails geteilt durch zugestellte E-Mails (versendet minus Bounces).',
    benchmark: 'bei E-Mail-Kampagnen',
  },
  'email-ctr': {
    name: 'E-Mail-Klickrate',
    definition: 'E-Mails mit mindestens einem Klick geteilt durch zugestellte E-Mails (versendet minus Bounces).',
    benchmark: 'bei E-Mail-Kampagnen',
  },
  'unsubscribe-rate': { name: 'Abmelderate', definition: 'Abmeldungen geteilt durch zugestellte E-Mails.' },
  'bounce-rate': {
    name: 'E-Mail-Bounce-Rate',
    definition: 'Nicht zugestellte E-Mails (Bounces) geteilt durch versendete E-Mails.',
  },
  roas: {
    name: 'Return on Ad Spend (ROAS)',
    definition:
      'Gesamter Conversion-Wert aus Anzeigen geteilt durch die Werbeausgaben: 10\u00a0€ Umsatz pro 1\u00a0€ Werbebudget ergeben 10 : 1.',
  },
  cpc: { name: 'Kosten pro Klick (CPC)', definition: 'Werbekosten geteilt durch die Klicks.' },
  cpm: { name: 'Tausend-Kontakt-Preis (TKP)', definition: 'Werbeausgaben geteilt durch die Impressionen, mal 1.000.' },
  ctr: {
    name: 'Anzeigen-Klickrate (CTR)',
    definition: 'Klicks auf Anzeigen geteilt durch die Impressionen der Anzeigen.',
    benchmark: 'Qualitätsziel für Display-Anzeigen; Banner rund 0,2\u00a0%',
  },
  'churn-rate': {
    name: 'Abwanderungsrate',
    definition: 'Verlorene Kunden geteilt durch die Kunden zu Beginn des Zeitraums.',
  },
  'retention-rate': {
    name: 'Kundenbindungsrate',
    definition: 'Kunden am Ende minus Neukunden, geteilt durch die Kunden zu Beginn.',
  },
  'repeat-purchase-rate': {
    name: 'Wiederkaufrate',
    definition: 'Kunden mit mehr als einem Kauf geteilt durch alle Kunden.',
  },
  nps: {
    name: 'Net Promoter Score (NPS)',
    definition: 'Anteil der Promotoren (9–10) minus Anteil der Detraktoren (0–6), von −100 bis +100.',
  },
  csat: { name: 'Kundenzufriedenheit (CSAT)', definition: 'Zufriedene Antworten geteilt durch alle Antworten.' },
  'press-mentions': { name: 'Presseerwähnungen', definition: 'Anzahl der Erwähnungen in der Presse.' },
  'campaign-backlinks': { name: 'Kampagnen-Backlinks', definition: 'Anzahl der Backlinks aus einer Kampagne.' },
  'launch-day-traffic': { name: 'Traffic am Launch-Tag', definition: 'Anzahl der Besucher am Tag des Launchs.' },
  'event-attendees': {
    name: 'Event-Teilnehmer',
    definition: 'Anzahl der Personen, die an der Veranstaltung teilgenommen haben.',
  },
  'new-leads': { name: 'Neue Vertriebs-Leads', definition: 'Anzahl der neuen Leads für den Vertrieb.' },
  'new-members': { name: 'Neue Mitglieder', definition: 'Anzahl der neuen Mitglieder der Community.' },
  'active-members': {
    name: 'Aktive Mitglieder (30 Tage)',
    definition: 'Anzahl der Mitglieder, die in den letzten 30 Tagen aktiv waren.',
  },
  'post-views': {
    name: 'Beitragsaufrufe gesamt',
    definition: 'Anzahl der Aufrufe von und Interaktionen mit allen Beiträgen.',
  },
};
