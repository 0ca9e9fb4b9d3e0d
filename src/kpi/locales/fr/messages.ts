import type { MessageParts, MessageWords } from '../pack.js';
import { COLON, NBSP, quoted } from './typography.js';

/** The KPI named in a message when the catalog has no name for it, as the subject of a sentence. */
const SOME_KPI = 'L’indicateur';

/** The accepted form as the tail of a sentence, when the error carries an example. */
const like = (e: MessageParts) => (e.example ? `, par exemple ${e.field}="${e.example}"` : '');

/** The KPI as the subject of a sentence: "L’indicateur « Taux de conversion »". */
const kpi = (e: MessageParts) => (e.kpiName === SOME_KPI ? SOME_KPI : `L’indicateur ${quoted(e.kpiName)}`);

/** One attribute or several: "l’attribut spend", "les attributs spend et customers". */
const attributes = (e: MessageParts) =>
  e.fields.length > 1 ? `les attributs ${e.fieldList}` : `l’attribut ${e.field}`;

/** "1er", "2e": the rank of an entry in a series. */
const rank = (position: number) => (position === 1 ? '1er' : `${position}e`);

/** An entry of a series as the subject of a sentence: "Le 2e élément de l’attribut visitors". */
const entryOf = (position: number, field: string) => `Le ${rank(position)} élément de l’attribut ${field}`;

export const messages: MessageWords = {
  entry: (position, field, given) => `${entryOf(position, field)} (${quoted(given)})`,
  entryOf,
  holding: (subject, value) => `${subject} (${value})`,
  values: {
    object: 'un objet',
    list: (count, shown) =>
      count === 0 ? 'une liste vide' : `une liste de ${shown} ${count < 2 ? 'élément' : 'éléments'}`,
    'nested-list': 'une liste imbriquée',
    true: 'true',
    false: 'false',
    function: 'une fonction',
    symbol: 'un symbole',
    infinite: 'un nombre infini',
    'invalid-number': 'le résultat d’un calcul qui a échoué',
  },
  like: (field, example) => `, par exemple ${field}="${example}"`,
  between: (min, max) => `de ${min} à ${max}`,
  atLeast: (min) => `au moins ${min}`,
  atMost: (max) => `au plus ${max}`,
  someKpi: SOME_KPI,
  codes: {
    'unknown-kpi': (e) =>
      `kpi="${e.given}" ne correspond à aucun indicateur du catalogue. Utilisez un identifiant du catalogue, par exemple kpi="roas".`,
    missing: (e) =>
      e.fields.length > 1
        ? `Il manque ${attributes(e)}. Ajoutez-les, par exemple ${e.field}="${e.example}".`
        : `Il manque ${attributes(e)}. Ajoutez-le, par exemple ${e.field}="${e.example}".`,
    'not-a-number': (e) => `${e.subject} n’est pas un nombre. Écrivez par exemple ${e.field}="${e.example}".`,
    'ambiguous-number': (e) =>
      `${e.subject} est ambigu. Écrivez les chiffres avec un point pour les décimales, sans séparateur de milliers ni symbole monétaire, par exemple ${e.field}="${e.example}".`,
    'not-a-rate': (e) =>
      `${e.subject} n’est pas un taux compris entre 0 et 100${NBSP}%. Écrivez par exemple ${e.field}="5%" ou ${e.field}="0.05".`,
    negative: (e) => `${e.subject} est négatif. La valeur doit être positive ou nulle${like(e)}.`,
    'not-whole': (e) => `${e.subject} doit être un nombre entier, par exemple ${e.field}="${e.example}".`,
    'too-large': (e) =>
      `${e.subject} est anormalement élevé. Vérifiez la valeur${e.example ? `, à écrire par exemple ${e.field}="${e.example}"` : ''}.`,
    'zero-divisor': (e) =>
      e.fields.length > 1
        ? `${kpi(e)} ne peut pas être calculé${COLON}la formule divise par une valeur tirée de ${e.fieldList}, qui vaut 0. Vérifiez ${e.fieldList}.`
        : `${kpi(e)} ne peut pas être calculé${COLON}la formule divise par ${e.field}, qui vaut 0. Vérifiez ${e.field}.`,
    'out-of-range': (e) =>
      e.example
        ? `${e.subject} est hors de la plage autorisée (${e.range}). Écrivez par exemple ${e.field}="${e.example}".`
        : e.range
          ? `${kpi(e)} donne un résultat hors de sa plage possible (${e.range}). Vérifiez ${e.fieldList}.`
          : `${kpi(e)} donne un résultat anormalement élevé. Vérifiez ${e.fieldList}.`,
    'invalid-option': (e) => `${e.subject} n’est pas une valeur valide. Utilisez ${e.acceptedList}.`,
    'not-text': (e) => `${e.subject} n’est pas du texte. Donnez du texte, par exemple ${e.field}="…".`,
    'no-figure': (e) =>
      e.fields[0] === 'kpi' && e.fields[1]
        ? `Rien à afficher pour l’instant. Ajoutez kpi="…" avec les données d’entrée de l’indicateur, ou ${e.fields[1]}="…".`
        : `Rien à afficher pour l’instant${COLON}${attributes(e)} ne ${e.fields.length > 1 ? 'contiennent' : 'contient'} que des éléments vides. Indiquez au moins un nombre${like(e)}.`,
    'invalid-json': (e) =>
      `Le <script type="application/json"> de l’élément ne contient pas un objet JSON (${quoted(`${e.given}…`)}). Écrivez-le sous la forme {"nom": valeur}, avec les noms d’attributs comme clés.`,
    'length-mismatch': (e) => {
      const given = e.lengths?.given ?? 0;
      return `L’attribut ${e.field} compte ${given} ${given < 2 ? 'élément' : 'éléments'}, mais ${e.fields[1] ?? ''} en compte ${e.lengths?.expected ?? 0}. Les deux doivent compter le même nombre d’éléments.`;
    },
    'not-a-date': (e) =>
      `${e.subject} n’est pas une date. Écrivez-la au format année-mois-jour ou année-mois, par exemple ${e.field}="${e.example}".`,
    'fetch-failed': (e) =>
      `Impossible de charger src="${e.given}" (${e.reason}). Vérifiez l’adresse et que le serveur autorise cette page à lire le fichier.`,
    'invalid-source': (e) =>
      `Impossible de lire le fichier src="${e.given}"${COLON}${e.reason}. Utilisez un fichier CSV avec une ligne d’en-tête, ou un objet ou un tableau JSON.`,
    'empty-period': (e) =>
      `Les données n’ont aucune ligne pour period="${e.given}"${e.reason ? ` (elles couvrent ${e.reason})` : ''}. Choisissez une période couverte par les données, ou vérifiez date-field.`,
  },
};
