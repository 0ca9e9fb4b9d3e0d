import type { KpiId } from '../../catalog/ids.js';
import type { KpiNotes } from '../pack.js';
import { COLON, NBSP, NNBSP, SEMICOLON } from './typography.js';

/** `5 %`, `500 €`: a figure written by hand, spaced as `Intl` spaces it. */
const pct = (figure: string) => `${figure}${NBSP}%`;
const eur = (figure: string) => `${figure}${NBSP}€`;
const usd = (figure: string) => `${figure}${NBSP}$US`;
/** `1 000`, grouped as `Intl` groups French numbers. */
const THOUSAND = `1${NNBSP}000`;

/**
 * Every built-in KPI's definition (its formula in words) and benchmark note in French, downloaded
 * when a card shows its benchmark or opens its definition.
 */
export const notes: Readonly<Record<KpiId, KpiNotes>> = {
  romi: {
    definition:
      'Chiffre d’affaires attribué au marketing moins les dépenses marketing, le tout divisé par les dépenses marketing.',
  },
  roi: {
    definition:
      'Croissance du chiffre d’affaires moins la croissance organique et les dépenses, le tout divisé par les dépenses.',
  },
  ltv: {
    definition: 'Chiffre d’affaires mensuel moyen par client divisé par le taux d’attrition mensuel.',
  },
  cac: {
    definition: 'Total des coûts d’acquisition divisé par le nombre de clients acquis.',
    benchmark: `selon le secteur et le produit${SEMICOLON}environ ${usd('200')} en B2B`,
  },
  'ltv-cac': {
    definition:
      'Valeur vie client divisée par le coût d’acquisition client, chacun pouvant être indiqué tel quel ou calculé à partir de ses propres données.',
    benchmark: 'ratio sain',
  },
  'revenue-growth': {
    definition:
      'Chiffre d’affaires de la période moins celui de la période précédente, le tout divisé par celui de la période précédente.',
  },
  'marketing-return': {
    definition: `Chiffre d’affaires (ou valeur des leads) généré par une action marketing moins ce qu’elle a coûté, en montant${COLON}un article à ${eur('400')} qui rapporte ${eur(THOUSAND)} dégage un bénéfice de ${eur('600')}.`,
  },
  visitors: {
    definition: `Visites du site sur la période (ou visiteurs uniques, s’ils sont indiqués comme tels)${COLON}un simple décompte.`,
  },
  'web-bounce-rate': {
    definition: 'Sessions terminées après la consultation d’une seule page, divisées par l’ensemble des sessions.',
  },
  'traffic-growth': {
    definition:
      'Trafic de la période moins celui de la période précédente, le tout divisé par celui de la période précédente.',
  },
  'publishing-frequency': {
    definition: 'Nombre de contenus publiés divisé par le nombre de périodes.',
  },
  'first-30-days-traffic': {
    definition: `Visiteurs attirés par un contenu pendant ses 30 premiers jours${COLON}un simple décompte.`,
  },
  'conversion-rate': {
    definition: 'Conversions divisées par le nombre de visiteurs (ou de leads).',
    benchmark: `sites web${COLON}${pct('2')} en moyenne, ${pct('3')} comme objectif courant${SEMICOLON}e-commerce${COLON}de 1 à ${pct('4')}`,
  },
  mql: {
    definition: `Leads jugés qualifiés par le marketing${COLON}un simple décompte.`,
  },
  sql: {
    definition: `Leads jugés qualifiés par l’équipe commerciale${COLON}un simple décompte.`,
  },
  'lead-to-mql': {
    definition: 'Leads qualifiés marketing divisés par le nombre de leads.',
  },
  'mql-to-sql': {
    definition: 'Leads qualifiés commerciaux divisés par les leads qualifiés marketing.',
  },
  cpl: {
    definition: 'Coûts divisés par le nombre de leads.',
    benchmark: 'selon le secteur',
  },
  cpa: {
    definition: 'Coûts divisés par le nombre de conversions.',
  },
  aov: {
    definition: 'Chiffre d’affaires divisé par le nombre de commandes.',
  },
  'lead-value': {
    definition:
      'Chiffre d’affaires d’une source de leads divisé par le nombre de leads qu’elle a apportés sur la même période.',
  },
  'leads-per-customer': {
    definition: 'Nombre de leads divisé par le nombre de clients qu’ils sont devenus.',
  },
  'visitors-per-lead': {
    definition: 'Nombre de visiteurs divisé par le nombre de leads qu’ils ont générés.',
  },
  leads: {
    definition: `Nouveaux leads sur la période${COLON}un simple décompte.`,
  },
  'new-customers': {
    definition: `Clients gagnés sur la période${COLON}un simple décompte.`,
  },
  'lead-to-customer-time': {
    definition: 'Nombre moyen de jours entre l’arrivée d’un lead et sa transformation en client.',
  },
  followers: {
    definition: 'Somme des abonnés sur l’ensemble des réseaux sociaux.',
  },
  impressions: {
    definition: 'Somme des impressions sur l’ensemble des réseaux sociaux.',
  },
  'follower-growth': {
    definition: 'Abonnés gagnés divisés par le nombre d’abonnés en début de période.',
  },
  'engagement-rate': {
    definition:
      'Interactions (mentions J’aime, commentaires, partages, enregistrements) divisées par la portée (ou le nombre d’abonnés).',
    benchmark: 'taux sain sur les réseaux sociaux',
  },
  'share-of-voice': {
    definition: 'Vos mentions (ou clics) divisées par celles de l’ensemble du marché.',
  },
  'backlink-growth': {
    definition:
      'Liens entrants de la période moins ceux de la période précédente, le tout divisé par ceux de la période précédente.',
  },
  'organic-ctr': {
    definition: 'Clics depuis les résultats de recherche divisés par les impressions dans les résultats de recherche.',
    benchmark: `le premier résultat naturel obtient environ ${pct('31,7')} des clics`,
  },
  'subscriber-growth': {
    definition:
      'Inscrits en fin de période moins inscrits en début de période, le tout divisé par les inscrits en début de période.',
  },
  'open-rate': {
    definition: 'E-mails ouverts divisés par les e-mails délivrés (envoyés moins les rebonds).',
    benchmark: 'campagnes e-mail',
  },
  'email-ctr': {
    definition: 'E-mails cliqués divisés par les e-mails délivrés (envoyés moins les rebonds).',
    benchmark: 'campagnes e-mail',
  },
  'unsubscribe-rate': {
    definition: 'Désinscriptions divisées par le nombre d’e-mails délivrés.',
  },
  'bounce-rate': {
    definition: 'E-mails non délivrés (rebonds) divisés par les e-mails envoyés.',
  },
  roas: {
    definition: `Valeur totale des conversions issues des annonces divisée par les dépenses publicitaires${COLON}${eur('10')} de chiffre d’affaires pour ${eur('1')} dépensé en publicité donnent 10 : 1.`,
  },
  cpc: {
    definition: 'Coût des annonces divisé par le nombre de clics.',
  },
  cpm: {
    definition: `Dépenses publicitaires divisées par le nombre d’impressions, multipliées par ${THOUSAND}.`,
  },
  ctr: {
    definition: 'Clics sur les annonces divisés par les impressions des annonces.',
    benchmark: `objectif de qualité pour les annonces graphiques${SEMICOLON}environ ${pct('0,2')} pour les bannières`,
  },
  'churn-rate': {
    definition: 'Clients perdus divisés par le nombre de clients en début de période.',
  },
  'retention-rate': {
    definition:
      'Clients en fin de période moins les nouveaux clients, le tout divisé par les clients en début de période.',
  },
  'repeat-purchase-rate': {
    definition: 'Clients ayant effectué plus d’un achat divisés par l’ensemble des clients.',
  },
  nps: {
    definition: 'Pourcentage de promoteurs (9–10) moins pourcentage de détracteurs (0–6), de −100 à +100.',
  },
  csat: {
    definition: 'Réponses positives divisées par l’ensemble des réponses.',
  },
  'press-mentions': {
    definition: `Articles et mentions dans la presse${COLON}un simple décompte.`,
  },
  'campaign-backlinks': {
    definition: `Liens entrants obtenus par une campagne${COLON}un simple décompte.`,
  },
  'launch-day-traffic': {
    definition: `Visiteurs le jour du lancement${COLON}un simple décompte.`,
  },
  'event-attendees': {
    definition: `Personnes ayant participé à l’événement${COLON}un simple décompte.`,
  },
  'new-leads': {
    definition: `Nouveaux leads commerciaux${COLON}un simple décompte.`,
  },
  'new-members': {
    definition: `Nouveaux membres de la communauté${COLON}un simple décompte.`,
  },
  'active-members': {
    definition: `Membres actifs au cours des 30 derniers jours${COLON}un simple décompte.`,
  },
  'post-views': {
    definition: `Vues de l’ensemble des publications et interactions avec celles-ci${COLON}un simple décompte.`,
  },
};
