import type { KpiId } from '../../catalog/ids.js';
import type { KpiNotes } from '../pack.js';

/**
 * Every built-in KPI's definition (its formula in words) and benchmark note in German, downloaded
 * when a card shows its benchmark or opens its definition. A number and its unit are joined by a
 * no-break space, as `Intl` joins them (`2 %`, `10 €`).
 */
export const notes: Readonly<Record<KpiId, KpiNotes>> = {
  romi: {
    definition: 'Dem Marketing zugerechneter Umsatz minus Marketingausgaben, geteilt durch die Marketingausgaben.',
  },
  roi: {
    definition: 'Umsatzwachstum minus organisches Wachstum minus Ausgaben, geteilt durch die Ausgaben.',
  },
  ltv: {
    definition: 'Durchschnittlicher Monatsumsatz pro Kunde geteilt durch die monatliche Abwanderungsrate.',
  },
  cac: {
    definition: 'Alle Kosten der Kundengewinnung geteilt durch die Anzahl der gewonnenen Kunden.',
    benchmark: 'je nach Branche und Produkt; im B2B rund 200\u00a0$',
  },
  'ltv-cac': {
    definition:
      'Customer Lifetime Value geteilt durch die Kundenakquisitionskosten; beide Werte lassen sich direkt angeben oder aus ihren eigenen Eingaben berechnen.',
    benchmark: 'gilt als gesund',
  },
  'revenue-growth': {
    definition: 'Umsatz des Zeitraums minus Umsatz des Vorzeitraums, geteilt durch den Umsatz des Vorzeitraums.',
  },
  'marketing-return': {
    definition:
      'Umsatz (oder Lead-Wert), den eine Marketingmaßnahme gebracht hat, minus ihre Kosten, in Geld: Ein Artikel für 400\u00a0€, der 1.000\u00a0€ Umsatz bringt, erzielt 600\u00a0€ Ertrag.',
  },
  visitors: {
    definition: 'Anzahl der Besuche auf der Website im Zeitraum (oder der eindeutigen Besucher, wenn so bezeichnet).',
  },
  'web-bounce-rate': {
    definition: 'Sitzungen, die nach nur einer aufgerufenen Seite endeten, geteilt durch alle Sitzungen.',
  },
  'traffic-growth': {
    definition: 'Traffic des Zeitraums minus Traffic des Vorzeitraums, geteilt durch den Traffic des Vorzeitraums.',
  },
  'publishing-frequency': {
    definition: 'Veröffentlichte Inhalte geteilt durch die Anzahl der Zeiträume.',
  },
  'first-30-days-traffic': {
    definition: 'Anzahl der Besucher eines Inhalts in seinen ersten 30 Tagen.',
  },
  'conversion-rate': {
    definition: 'Conversions geteilt durch Besucher (oder Leads).',
    benchmark: 'Websites; im Schnitt 2\u00a0%, als Ziel oft 3\u00a0%; E-Commerce 1–4\u00a0%',
  },
  mql: {
    definition: 'Anzahl der Leads, die das Marketing als qualifiziert eingestuft hat.',
  },
  sql: {
    definition: 'Anzahl der Leads, die der Vertrieb als qualifiziert eingestuft hat.',
  },
  'lead-to-mql': {
    definition: 'Marketingqualifizierte Leads geteilt durch alle Leads.',
  },
  'mql-to-sql': {
    definition: 'Vertriebsqualifizierte Leads geteilt durch marketingqualifizierte Leads.',
  },
  cpl: {
    definition: 'Kosten geteilt durch die Anzahl der Leads.',
    benchmark: 'je nach Branche',
  },
  cpa: {
    definition: 'Kosten geteilt durch die Anzahl der Conversions.',
  },
  aov: {
    definition: 'Umsatz geteilt durch die Anzahl der Bestellungen.',
  },
  'lead-value': {
    definition: 'Umsatz aus einer Lead-Quelle geteilt durch die Leads, die sie im selben Zeitraum gebracht hat.',
  },
  'leads-per-customer': {
    definition: 'Leads geteilt durch die daraus gewonnenen Kunden.',
  },
  'visitors-per-lead': {
    definition: 'Besucher geteilt durch die daraus gewonnenen Leads.',
  },
  leads: {
    definition: 'Anzahl der neuen Leads im Zeitraum.',
  },
  'new-customers': {
    definition: 'Anzahl der im Zeitraum gewonnenen Kunden.',
  },
  'lead-to-customer-time': {
    definition: 'Durchschnittliche Anzahl der Tage, bis aus einem neuen Lead ein Kunde wird.',
  },
  followers: {
    definition: 'Summe der Follower auf allen Plattformen.',
  },
  impressions: {
    definition: 'Summe der Impressionen auf allen Plattformen.',
  },
  'follower-growth': {
    definition: 'Neu gewonnene Follower geteilt durch die Follower zu Beginn des Zeitraums.',
  },
  'engagement-rate': {
    definition:
      'Interaktionen (Likes, Kommentare, Teilen und Speichern) geteilt durch die Reichweite (oder die Follower).',
    benchmark: 'gilt in sozialen Medien als gesund',
  },
  'share-of-voice': {
    definition: 'Ihre Erwähnungen (oder Klicks) geteilt durch die des gesamten Markts.',
  },
  'backlink-growth': {
    definition:
      'Backlinks des Zeitraums minus Backlinks des Vorzeitraums, geteilt durch die Backlinks des Vorzeitraums.',
  },
  'organic-ctr': {
    definition: 'Klicks aus den Suchergebnissen geteilt durch die Impressionen in den Suchergebnissen.',
    benchmark: 'Das erste Suchergebnis erhält rund 31,7\u00a0% der Klicks',
  },
  'subscriber-growth': {
    definition: 'Abonnenten am Ende minus Abonnenten zu Beginn, geteilt durch die Abonnenten zu Beginn.',
  },
  'open-rate': {
    definition: 'Geöffnete E-Mails geteilt durch zugestellte E-Mails (versendet minus Bounces).',
    benchmark: 'bei E-Mail-Kampagnen',
  },
  'email-ctr': {
    definition: 'E-Mails mit mindestens einem Klick geteilt durch zugestellte E-Mails (versendet minus Bounces).',
    benchmark: 'bei E-Mail-Kampagnen',
  },
  'unsubscribe-rate': {
    definition: 'Abmeldungen geteilt durch zugestellte E-Mails.',
  },
  'bounce-rate': {
    definition: 'Nicht zugestellte E-Mails (Bounces) geteilt durch versendete E-Mails.',
  },
  roas: {
    definition:
      'Gesamter Conversion-Wert aus Anzeigen geteilt durch die Werbeausgaben: 10\u00a0€ Umsatz pro 1\u00a0€ Werbebudget ergeben 10 : 1.',
  },
  cpc: {
    definition: 'Werbekosten geteilt durch die Klicks.',
  },
  cpm: {
    definition: 'Werbeausgaben geteilt durch die Impressionen, mal 1.000.',
  },
  ctr: {
    definition: 'Klicks auf Anzeigen geteilt durch die Impressionen der Anzeigen.',
    benchmark: 'Qualitätsziel für Display-Anzeigen; Banner rund 0,2\u00a0%',
  },
  'churn-rate': {
    definition: 'Verlorene Kunden geteilt durch die Kunden zu Beginn des Zeitraums.',
  },
  'retention-rate': {
    definition: 'Kunden am Ende minus Neukunden, geteilt durch die Kunden zu Beginn.',
  },
  'repeat-purchase-rate': {
    definition: 'Kunden mit mehr als einem Kauf geteilt durch alle Kunden.',
  },
  nps: {
    definition: 'Anteil der Promotoren (9–10) minus Anteil der Detraktoren (0–6), von −100 bis +100.',
  },
  csat: {
    definition: 'Zufriedene Antworten geteilt durch alle Antworten.',
  },
  'press-mentions': {
    definition: 'Anzahl der Erwähnungen in der Presse.',
  },
  'campaign-backlinks': {
    definition: 'Anzahl der Backlinks aus einer Kampagne.',
  },
  'launch-day-traffic': {
    definition: 'Anzahl der Besucher am Tag des Launchs.',
  },
  'event-attendees': {
    definition: 'Anzahl der Personen, die an der Veranstaltung teilgenommen haben.',
  },
  'new-leads': {
    definition: 'Anzahl der neuen Leads für den Vertrieb.',
  },
  'new-members': {
    definition: 'Anzahl der neuen Mitglieder der Community.',
  },
  'active-members': {
    definition: 'Anzahl der Mitglieder, die in den letzten 30 Tagen aktiv waren.',
  },
  'post-views': {
    definition: 'Anzahl der Aufrufe von und Interaktionen mit allen Beiträgen.',
  },
};
