import type { KpiId } from '../../catalog/ids.js';
import type { KpiWords } from '../pack.js';
import { COLON, NBSP, NNBSP, SEMICOLON } from './typography.js';

/** `5 %`, `500 €`: a figure written by hand, spaced as `Intl` spaces it. */
const pct = (figure: string) => `${figure}${NBSP}%`;
const eur = (figure: string) => `${figure}${NBSP}€`;
const usd = (figure: string) => `${figure}${NBSP}$US`;
/** `1 000`, grouped as `Intl` groups French numbers. */
const THOUSAND = `1${NNBSP}000`;

/**
 * Every built-in KPI's name, definition (its formula in words) and benchmark note, as marketers in
 * France and Belgium name them: the names of Google Ads and Analytics where they have one (taux de
 * clics, coût par clic, retour sur les dépenses publicitaires), the acronym that is the usual name
 * in brackets (CAC, ROAS, CPC), sentence case.
 */
export const kpis: Readonly<Record<KpiId, KpiWords>> = {
  romi: {
    name: 'Retour sur investissement marketing (ROMI)',
    definition:
      'Chiffre d’affaires attribué au marketing moins les dépenses marketing, le tout divisé par les dépenses marketing.',
  },
  roi: {
    name: 'Retour sur investissement (ROI)',
    definition:
      'Croissance du chiffre d’affaires moins la croissance organique et les dépenses, le tout divisé par les dépenses.',
  },
  ltv: {
    name: 'Valeur vie client (LTV)',
    definition: 'Chiffre d’affaires mensuel moyen par client divisé par le taux d’attrition mensuel.',
  },
  cac: {
    name: 'Coût d’acquisition client (CAC)',
    definition: 'Total des coûts d’acquisition divisé par le nombre de clients acquis.',
    benchmark: `selon le secteur et le produit${SEMICOLON}environ ${usd('200')} en B2B`,
  },
  'ltv-cac': {
    name: 'Ratio LTV/CAC',
    definition:
      'Valeur vie client divisée par le coût d’acquisition client, chacun pouvant être indiqué tel quel ou calculé à partir de ses propres données.',
    benchmark: 'ratio sain',
  },
  'revenue-growth': {
    name: 'Croissance du chiffre d’affaires',
    definition:
      'Chiffre d’affaires de la période moins celui de la période précédente, le tout divisé par celui de la période précédente.',
  },
  'marketing-return': {
    name: 'Bénéfice marketing',
    definition: `Chiffre d’affaires (ou valeur des leads) généré par une action marketing moins ce qu’elle a coûté, en montant${COLON}un article à ${eur('400')} qui rapporte ${eur(THOUSAND)} dégage un bénéfice de ${eur('600')}.`,
  },
  visitors: {
    name: 'Visiteurs du site',
    definition: `Visites du site sur la période (ou visiteurs uniques, s’ils sont indiqués comme tels)${COLON}un simple décompte.`,
  },
  'web-bounce-rate': {
    name: 'Taux de rebond (site web)',
    definition: 'Sessions terminées après la consultation d’une seule page, divisées par l’ensemble des sessions.',
  },
  'traffic-growth': {
    name: 'Croissance du trafic',
    definition:
      'Trafic de la période moins celui de la période précédente, le tout divisé par celui de la période précédente.',
  },
  'publishing-frequency': {
    name: 'Fréquence de publication',
    definition: 'Nombre de contenus publiés divisé par le nombre de périodes.',
  },
  'first-30-days-traffic': {
    name: 'Trafic des 30 premiers jours',
    definition: `Visiteurs attirés par un contenu pendant ses 30 premiers jours${COLON}un simple décompte.`,
  },
  'conversion-rate': {
    name: 'Taux de conversion',
    definition: 'Conversions divisées par le nombre de visiteurs (ou de leads).',
    benchmark: `sites web${COLON}${pct('2')} en moyenne, ${pct('3')} comme objectif courant${SEMICOLON}e-commerce${COLON}de 1 à ${pct('4')}`,
  },
  mql: {
    name: 'Leads qualifiés marketing (MQL)',
    definition: `Leads jugés qualifiés par le marketing${COLON}un simple décompte.`,
  },
  sql: {
    name: 'Leads qualifiés commerciaux (SQL)',
    definition: `Leads jugés qualifiés par l’équipe commerciale${COLON}un simple décompte.`,
  },
  'lead-to-mql': {
    name: 'Taux de conversion des leads en MQL',
    definition: 'Leads qualifiés marketing divisés par le nombre de leads.',
  },
  'mql-to-sql': {
    name: 'Taux de conversion des MQL en SQL',
    definition: 'Leads qualifiés commerciaux divisés par les leads qualifiés marketing.',
  },
  cpl: {
    name: 'Coût par lead (CPL)',
    definition: 'Coûts divisés par le nombre de leads.',
    benchmark: 'selon le secteur',
  },
  cpa: { name: 'Coût par acquisition (CPA)', definition: 'Coûts divisés par le nombre de conversions.' },
  aov: { name: 'Panier moyen', definition: 'Chiffre d’affaires divisé par le nombre de commandes.' },
  'lead-value': {
    name: 'Valeur moyenne d’un lead',
    definition:
      'Chiffre d’affaires d’une source de leads divisé par le nombre de leads qu’elle a apportés sur la même période.',
  },
  'leads-per-customer': {
    name: 'Leads par client',
    definition: 'Nombre de leads divisé par le nombre de clients qu’ils sont devenus.',
  },
  'visitors-per-lead': {
    name: 'Visiteurs par lead',
    definition: 'Nombre de visiteurs divisé par le nombre de leads qu’ils ont générés.',
  },
  leads: { name: 'Nombre de leads', definition: `Nouveaux leads sur la période${COLON}un simple décompte.` },
  'new-customers': {
    name: 'Nouveaux clients',
    definition: `Clients gagnés sur la période${COLON}un simple décompte.`,
  },
  'lead-to-customer-time': {
    name: 'Délai de conversion des leads',
    definition: 'Nombre moyen de jours entre l’arrivée d’un lead et sa transformation en client.',
  },
  followers: { name: 'Nombre total d’abonnés', definition: 'Somme des abonnés sur l’ensemble des réseaux sociaux.' },
  impressions: {
    name: 'Nombre total d’impressions',
    definition: 'Somme des impressions sur l’ensemble des réseaux sociaux.',
  },
  'follower-growth': {
    name: 'Taux de croissance des abonnés',
    definition: 'Abonnés gagnés divisés par le nombre d’abonnés en début de période.',
  },
  'engagement-rate': {
    name: 'Taux d’engagement',
    definition:
      'Interactions (mentions J’aime, commentaires, partages, enregistrements) divisées par la portée (ou le nombre d’abonnés).',
    benchmark: 'taux sain sur les réseaux sociaux',
  },
  'share-of-voice': {
    name: 'Part de voix',
    definition: 'Vos mentions (ou clics) divisées par celles de l’ensemble du marché.',
  },
  'backlink-growth': {
    name: 'Croissance des liens entrants',
    definition:
      'Liens entrants de la période moins ceux de la période précédente, le tout divisé par ceux de la période précédente.',
  },
  'organic-ctr': {
    name: 'Taux de clics organique',
    definition: 'Clics depuis les résultats de recherche divisés par les impressions dans les résultats de recherche.',
    benchmark: `le premier résultat naturel obtient environ ${pct('31,7')} des clics`,
  },
  'subscriber-growth': {
    name: 'Taux de croissance des inscrits',
    definition:
      'Inscrits en fin de période moins inscrits en début de période, le tout divisé par les inscrits en début de période.',
  },
  'open-rate': {
    name: 'Taux d’ouverture',
    definition: 'E-mails ouverts divisés par les e-mails délivrés (envoyés moins les rebonds).',
    benchmark: 'campagnes e-mail',
  },
  'email-ctr': {
    name: 'Taux de clics des e-mails',
    definition: 'E-mails cliqués divisés par les e-mails délivrés (envoyés moins les rebonds).',
    benchmark: 'campagnes e-mail',
  },
  'unsubscribe-rate': {
    name: 'Taux de désinscription',
    definition: 'Désinscriptions divisées par le nombre d’e-mails délivrés.',
  },
  'bounce-rate': {
    name: 'Taux de rebond des e-mails',
    definition: 'E-mails non délivrés (rebonds) divisés par les e-mails envoyés.',
  },
  roas: {
    name: 'Retour sur les dépenses publicitaires (ROAS)',
    definition: `Valeur totale des conversions issues des annonces divisée par les dépenses publicitaires${COLON}${eur('10')} de chiffre d’affaires pour ${eur('1')} dépensé en publicité donnent 10 : 1.`,
  },
  cpc: { name: 'Coût par clic (CPC)', definition: 'Coût des annonces divisé par le nombre de clics.' },
  cpm: {
    name: 'Coût pour mille impressions (CPM)',
    definition: `Dépenses publicitaires divisées par le nombre d’impressions, multipliées par ${THOUSAND}.`,
  },
  ctr: {
    name: 'Taux de clics des annonces (CTR)',
    definition: 'Clics sur les annonces divisés par les impressions des annonces.',
    benchmark: `objectif de qualité pour les annonces graphiques${SEMICOLON}environ ${pct('0,2')} pour les bannières`,
  },
  'churn-rate': {
    name: 'Taux d’attrition',
    definition: 'Clients perdus divisés par le nombre de clients en début de période.',
  },
  'retention-rate': {
    name: 'Taux de rétention client',
    definition:
      'Clients en fin de période moins les nouveaux clients, le tout divisé par les clients en début de période.',
  },
  'repeat-purchase-rate': {
    name: 'Taux de réachat',
    definition: 'Clients ayant effectué plus d’un achat divisés par l’ensemble des clients.',
  },
  nps: {
    name: 'Net Promoter Score (NPS)',
    definition: 'Pourcentage de promoteurs (9–10) moins pourcentage de détracteurs (0–6), de −100 à +100.',
  },
  csat: {
    name: 'Score de satisfaction client (CSAT)',
    definition: 'Réponses positives divisées par l’ensemble des réponses.',
  },
  'press-mentions': {
    name: 'Retombées presse',
    definition: `Articles et mentions dans la presse${COLON}un simple décompte.`,
  },
  'campaign-backlinks': {
    name: 'Liens entrants de la campagne',
    definition: `Liens entrants obtenus par une campagne${COLON}un simple décompte.`,
  },
  'launch-day-traffic': {
    name: 'Trafic le jour du lancement',
    definition: `Visiteurs le jour du lancement${COLON}un simple décompte.`,
  },
  'event-attendees': {
    name: 'Participants à l’événement',
    definition: `Personnes ayant participé à l’événement${COLON}un simple décompte.`,
  },
  'new-leads': {
    name: 'Nouveaux leads commerciaux',
    definition: `Nouveaux leads commerciaux${COLON}un simple décompte.`,
  },
  'new-members': {
    name: 'Nouveaux membres',
    definition: `Nouveaux membres de la communauté${COLON}un simple décompte.`,
  },
  'active-members': {
    name: 'Membres actifs (30 jours)',
    definition: `Membres actifs au cours des 30 derniers jours${COLON}un simple décompte.`,
  },
  'post-views': {
    name: 'Vues totales des publications',
    definition: `Vues de l’ensemble des publications et interactions avec celles-ci${COLON}un simple décompte.`,
  },
};
