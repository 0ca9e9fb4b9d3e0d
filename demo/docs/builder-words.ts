/**
 * The KPI builder's own words in the four languages the kit speaks. KPI names, input names and
 * the engine's messages come from the engine; these are the page's labels and hints. Pure.
 */
import type { InputKind } from '../../src/kpi/index.js';
import type { CopyWords } from './copy.js';

export interface BuilderWords {
  readonly title: string;
  readonly intro: string;
  readonly stepKpi: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly results: string;
  readonly count: (shown: number, total: number) => string;
  readonly noMatch: (query: string) => string;
  readonly stepWidget: string;
  readonly widgets: Readonly<Record<'kpi-card' | 'kpi-trend' | 'goal-gauge', string>>;
  readonly stepData: string;
  readonly typed: string;
  readonly fromFile: string;
  readonly kinds: Readonly<Record<InputKind, string>>;
  readonly optional: string;
  readonly list: string;
  readonly series: string;
  readonly numbers: string;
  readonly sets: string;
  /** The checkbox that reveals an earlier period's inputs; its fields take `compares` as their legend. */
  readonly compareWith: Readonly<Record<'previous' | 'year', string>>;
  readonly target: string;
  readonly goal: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly fileUrl: string;
  readonly fileHint: string;
  readonly readFile: string;
  readonly examples: string;
  readonly exampleMonthly: string;
  readonly exampleDaily: string;
  readonly reading: string;
  readonly noFile: string;
  readonly fileRead: (columns: number, rows: number) => string;
  readonly mapping: string;
  readonly notInFile: string;
  readonly labelsColumn: string;
  readonly period: string;
  readonly periods: Readonly<Record<'' | 'month' | 'quarter' | 'year' | 'last-30-days', string>>;
  readonly dateField: string;
  readonly stepOptions: string;
  readonly label: string;
  readonly labelHint: string;
  readonly locale: string;
  readonly pageLanguage: string;
  readonly currency: string;
  readonly currencyAuto: string;
  readonly decimals: string;
  readonly automatic: string;
  readonly notation: string;
  readonly notations: Readonly<Record<'standard' | 'compact', string>>;
  readonly benchmark: string;
  readonly compare: string;
  readonly compares: Readonly<Record<'previous' | 'year' | 'target', string>>;
  readonly change: string;
  readonly changes: Readonly<Record<'' | 'absolute' | 'relative' | 'both', string>>;
  readonly chart: string;
  readonly charts: Readonly<Record<'line' | 'area' | 'bar', string>>;
  readonly axis: string;
  readonly labels: string;
  readonly labelsHint: string;
  readonly preview: string;
  readonly code: string;
  readonly snippets: Readonly<Record<'html' | 'shortcode' | 'block' | 'jsx', string>>;
  readonly snippetNotes: Readonly<Record<'html' | 'shortcode' | 'block' | 'jsx', string>>;
  readonly error: string;
  readonly allValid: string;
  readonly toFix: (count: number) => string;
  readonly copy: CopyWords;
}

const en: BuilderWords = {
  title: 'KPI builder',
  intro:
    'Pick a KPI, enter its figures or connect a CSV file, and choose how it looks. The preview is the real widget: copy it as an HTML tag, a WordPress shortcode or block, or React JSX.',
  stepKpi: 'Choose a KPI',
  search: 'Search by name in English, Dutch, German or French',
  searchPlaceholder: 'ROAS, Kosten per lead, Abwanderungsrate…',
  results: 'Matching KPIs',
  count: (shown, total) => (shown < total ? `Showing ${shown} of ${total} matches` : `${total} matches`),
  noMatch: (query) => `No KPI matches “${query}”.`,
  stepWidget: 'Choose a widget',
  widgets: {
    'kpi-card': 'One figure with its change, target and typical range.',
    'kpi-trend': 'The KPI over time, period by period.',
    'goal-gauge': 'Progress towards a goal, and whether the pace will reach it.',
  },
  stepData: 'Add the data',
  typed: 'Type the figures',
  fromFile: 'From a CSV file',
  kinds: {
    count: 'whole number',
    amount: 'amount',
    signed: 'amount, may be negative',
    rate: 'rate: 5% or 0.05',
    number: 'number',
    answer: 'answer from 0 to 10',
    percent: 'percentage: 12.5% or 0.125',
  },
  optional: 'optional',
  list: 'comma-separated',
  series: 'one value per period, comma-separated',
  numbers: 'Write numbers as in code: a dot for decimals and no thousands separators.',
  sets: 'Any one of these sets of inputs is enough:',
  compareWith: {
    previous: 'Compare with the previous period',
    year: 'Compare with the same period last year',
  },
  target: 'Target',
  goal: 'Goal',
  periodStart: 'Goal period starts',
  periodEnd: 'Goal period ends',
  fileUrl: 'Address of a CSV file',
  fileHint:
    'A spreadsheet published as CSV works too. The last row is the period shown, the row before it the previous one.',
  readFile: 'Read the columns',
  examples: 'Or try an example:',
  exampleMonthly: 'Monthly figures, Dutch columns',
  exampleDaily: 'Daily web-shop export',
  reading: 'Reading the file…',
  noFile: 'Read a file to see the widget here.',
  fileRead: (columns, rows) => `${columns} columns and ${rows} rows read.`,
  mapping: 'Which column holds each input?',
  notInFile: '— not in the file —',
  labelsColumn: 'Period labels',
  period: 'Period to add up',
  periods: {
    '': 'None: the last row',
    month: 'Month of the last date',
    quarter: 'Quarter of the last date',
    year: 'Year of the last date',
    'last-30-days': 'Last 30 days',
  },
  dateField: 'Date column',
  stepOptions: 'Fine-tune',
  label: 'Label',
  labelHint: 'Leave empty to show the KPI’s name in the reader’s language.',
  locale: 'Language and region',
  pageLanguage: 'Follow the page',
  currency: 'Currency',
  currencyAuto: 'From the region',
  decimals: 'Decimals',
  automatic: 'Automatic',
  notation: 'Large numbers',
  notations: { standard: 'In full: 12,345', compact: 'Short: 12K' },
  benchmark: 'Show the typical range',
  compare: 'Compare with',
  compares: { previous: 'Previous period', year: 'Same period last year', target: 'Target' },
  change: 'Show the change as',
  changes: { '': 'Default', absolute: 'Difference', relative: 'Percentage', both: 'Both' },
  chart: 'Chart',
  charts: { line: 'Line', area: 'Area', bar: 'Bars' },
  axis: 'Show the axes',
  labels: 'Period labels',
  labelsHint: 'Comma-separated: 2026-01,2026-02 or your own words.',
  preview: 'Preview',
  code: 'Code',
  snippets: { html: 'HTML', shortcode: 'Shortcode', block: 'Block', jsx: 'React' },
  snippetNotes: {
    html: 'Paste it where the widget goes, on a page that loads the kit.',
    shortcode: 'For the classic editor, or a Shortcode block.',
    block: 'Paste it into the block editor’s Code editor view.',
    jsx: 'React 19 hands these to the element as attributes.',
  },
  error: 'Error: ',
  allValid: 'Every input is valid.',
  toFix: (count) => (count === 1 ? '1 field to fix.' : `${count} fields to fix.`),
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    done: 'Copied to the clipboard',
    select: 'Code selected: press Ctrl+C (⌘C on a Mac) to copy',
    blocked: 'Copying is blocked here',
    what: (what) => ` code: ${what}`,
  },
};

const nl: BuilderWords = {
  title: 'KPI-builder',
  intro:
    'Kies een KPI, vul de cijfers in of koppel een CSV-bestand, en bepaal hoe hij eruitziet. De preview is de echte widget: kopieer hem als HTML-tag, WordPress-shortcode of -blok, of als React-JSX.',
  stepKpi: 'Kies een KPI',
  search: 'Zoek op naam, in het Nederlands, Engels, Duits of Frans',
  searchPlaceholder: 'ROAS, kosten per lead, churn…',
  results: 'Gevonden KPI’s',
  count: (shown, total) => (shown < total ? `${shown} van ${total} resultaten` : `${total} resultaten`),
  noMatch: (query) => `Geen KPI gevonden voor ‘${query}’.`,
  stepWidget: 'Kies een widget',
  widgets: {
    'kpi-card': 'Eén cijfer met de verandering, het doel en de gangbare bandbreedte.',
    'kpi-trend': 'De KPI door de tijd, periode na periode.',
    'goal-gauge': 'De voortgang naar een doel, en of het tempo volstaat.',
  },
  stepData: 'Voeg de gegevens toe',
  typed: 'Cijfers invullen',
  fromFile: 'Uit een CSV-bestand',
  kinds: {
    count: 'geheel getal',
    amount: 'bedrag',
    signed: 'bedrag, mag negatief zijn',
    rate: 'aandeel: 5% of 0.05',
    number: 'getal',
    answer: 'antwoord van 0 tot 10',
    percent: 'percentage: 12.5% of 0.125',
  },
  optional: 'optioneel',
  list: 'gescheiden door komma’s',
  series: 'één waarde per periode, gescheiden door komma’s',
  numbers: 'Schrijf getallen zoals in code: een punt voor decimalen, zonder scheidingstekens voor duizendtallen.',
  sets: 'Eén van deze combinaties van invoer is genoeg:',
  compareWith: {
    previous: 'Vergelijken met de vorige periode',
    year: 'Vergelijken met dezelfde periode vorig jaar',
  },
  target: 'Doel',
  goal: 'Doel',
  periodStart: 'Begin van de doelperiode',
  periodEnd: 'Einde van de doelperiode',
  fileUrl: 'Adres van een CSV-bestand',
  fileHint:
    'Een spreadsheet die als CSV is gepubliceerd, werkt ook. De laatste rij is de getoonde periode, de rij erboven de vorige.',
  readFile: 'Kolommen inlezen',
  examples: 'Of probeer een voorbeeld:',
  exampleMonthly: 'Maandcijfers, Nederlandse kolommen',
  exampleDaily: 'Dagexport van een webshop',
  reading: 'Bestand wordt gelezen…',
  noFile: 'Lees een bestand in om de widget hier te zien.',
  fileRead: (columns, rows) => `${columns} kolommen en ${rows} rijen ingelezen.`,
  mapping: 'Welke kolom hoort bij welke invoer?',
  notInFile: '— niet in het bestand —',
  labelsColumn: 'Periodelabels',
  period: 'Periode om op te tellen',
  periods: {
    '': 'Geen: de laatste rij',
    month: 'Maand van de laatste datum',
    quarter: 'Kwartaal van de laatste datum',
    year: 'Jaar van de laatste datum',
    'last-30-days': 'Laatste 30 dagen',
  },
  dateField: 'Datumkolom',
  stepOptions: 'Verfijnen',
  label: 'Label',
  labelHint: 'Laat leeg om de naam van de KPI in de taal van de lezer te tonen.',
  locale: 'Taal en regio',
  pageLanguage: 'Volgt de pagina',
  currency: 'Valuta',
  currencyAuto: 'Volgens de regio',
  decimals: 'Decimalen',
  automatic: 'Automatisch',
  notation: 'Grote getallen',
  notations: { standard: 'Voluit: 12.345', compact: 'Kort: 12K' },
  benchmark: 'Gangbare bandbreedte tonen',
  compare: 'Vergelijken met',
  compares: { previous: 'Vorige periode', year: 'Dezelfde periode vorig jaar', target: 'Doel' },
  change: 'Verandering tonen als',
  changes: { '': 'Standaard', absolute: 'Verschil', relative: 'Percentage', both: 'Allebei' },
  chart: 'Grafiek',
  charts: { line: 'Lijn', area: 'Vlak', bar: 'Staven' },
  axis: 'Assen tonen',
  labels: 'Periodelabels',
  labelsHint: 'Gescheiden door komma’s: 2026-01,2026-02 of eigen woorden.',
  preview: 'Preview',
  code: 'Code',
  snippets: { html: 'HTML', shortcode: 'Shortcode', block: 'Blok', jsx: 'React' },
  snippetNotes: {
    html: 'Plak hem waar de widget moet komen, op een pagina die de kit laadt.',
    shortcode: 'Voor de klassieke editor, of een Shortcode-blok.',
    block: 'Plak hem in de code-editorweergave van de blokeditor.',
    jsx: 'React 19 geeft deze als attributen door aan het element.',
  },
  error: 'Fout: ',
  allValid: 'Alle invoer is geldig.',
  toFix: (count) => (count === 1 ? '1 veld om te verbeteren.' : `${count} velden om te verbeteren.`),
  copy: {
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    done: 'Gekopieerd naar het klembord',
    select: 'Code geselecteerd: druk op Ctrl+C (⌘C op een Mac) om te kopiëren',
    blocked: 'Kopiëren is hier geblokkeerd',
    what: (what) => `: ${what}`,
  },
};

const de: BuilderWords = {
  title: 'KPI-Builder',
  intro:
    'Wählen Sie eine KPI, geben Sie die Zahlen ein oder binden Sie eine CSV-Datei an und legen Sie die Darstellung fest. Die Vorschau ist das echte Widget: Kopieren Sie es als HTML-Tag, WordPress-Shortcode oder -Block oder als React-JSX.',
  stepKpi: 'KPI auswählen',
  search: 'Nach Namen suchen, auf Deutsch, Englisch, Niederländisch oder Französisch',
  searchPlaceholder: 'ROAS, Kosten pro Lead, Absprungrate…',
  results: 'Passende KPIs',
  count: (shown, total) => (shown < total ? `${shown} von ${total} Treffern` : `${total} Treffer`),
  noMatch: (query) => `Keine KPI passt zu „${query}“.`,
  stepWidget: 'Widget auswählen',
  widgets: {
    'kpi-card': 'Eine Kennzahl mit Veränderung, Ziel und üblicher Spanne.',
    'kpi-trend': 'Die KPI im Zeitverlauf, Zeitraum für Zeitraum.',
    'goal-gauge': 'Der Fortschritt zum Ziel und ob das Tempo reicht.',
  },
  stepData: 'Daten hinzufügen',
  typed: 'Zahlen eingeben',
  fromFile: 'Aus einer CSV-Datei',
  kinds: {
    count: 'ganze Zahl',
    amount: 'Betrag',
    signed: 'Betrag, auch negativ',
    rate: 'Quote: 5% oder 0.05',
    number: 'Zahl',
    answer: 'Antwort von 0 bis 10',
    percent: 'Prozentwert: 12.5% oder 0.125',
  },
  optional: 'optional',
  list: 'durch Kommas getrennt',
  series: 'ein Wert pro Zeitraum, durch Kommas getrennt',
  numbers: 'Zahlen wie im Code schreiben: Punkt als Dezimaltrennzeichen, ohne Tausendertrennzeichen.',
  sets: 'Eine dieser Kombinationen von Eingaben genügt:',
  compareWith: {
    previous: 'Mit dem Vorzeitraum vergleichen',
    year: 'Mit dem Vorjahreszeitraum vergleichen',
  },
  target: 'Zielwert',
  goal: 'Ziel',
  periodStart: 'Beginn des Zielzeitraums',
  periodEnd: 'Ende des Zielzeitraums',
  fileUrl: 'Adresse einer CSV-Datei',
  fileHint:
    'Auch eine als CSV veröffentlichte Tabelle funktioniert. Die letzte Zeile ist der angezeigte Zeitraum, die davor der Vorzeitraum.',
  readFile: 'Spalten einlesen',
  examples: 'Oder ein Beispiel ausprobieren:',
  exampleMonthly: 'Monatszahlen, niederländische Spalten',
  exampleDaily: 'Täglicher Webshop-Export',
  reading: 'Datei wird gelesen…',
  noFile: 'Lesen Sie eine Datei ein, um das Widget hier zu sehen.',
  fileRead: (columns, rows) => `${columns} Spalten und ${rows} Zeilen eingelesen.`,
  mapping: 'Welche Spalte enthält welche Eingabe?',
  notInFile: '– nicht in der Datei –',
  labelsColumn: 'Zeitraumbeschriftungen',
  period: 'Zu summierender Zeitraum',
  periods: {
    '': 'Keiner: die letzte Zeile',
    month: 'Monat des letzten Datums',
    quarter: 'Quartal des letzten Datums',
    year: 'Jahr des letzten Datums',
    'last-30-days': 'Letzte 30 Tage',
  },
  dateField: 'Datumsspalte',
  stepOptions: 'Feinschliff',
  label: 'Beschriftung',
  labelHint: 'Leer lassen, um den Namen der KPI in der Sprache der Leser zu zeigen.',
  locale: 'Sprache und Region',
  pageLanguage: 'Wie die Seite',
  currency: 'Währung',
  currencyAuto: 'Nach Region',
  decimals: 'Nachkommastellen',
  automatic: 'Automatisch',
  notation: 'Große Zahlen',
  notations: { standard: 'Ausgeschrieben: 12.345', compact: 'Kurz: 12K' },
  benchmark: 'Übliche Spanne zeigen',
  compare: 'Vergleichen mit',
  compares: { previous: 'Vorzeitraum', year: 'Vorjahreszeitraum', target: 'Zielwert' },
  change: 'Veränderung zeigen als',
  changes: { '': 'Standard', absolute: 'Differenz', relative: 'Prozent', both: 'Beides' },
  chart: 'Diagramm',
  charts: { line: 'Linie', area: 'Fläche', bar: 'Balken' },
  axis: 'Achsen zeigen',
  labels: 'Zeitraumbeschriftungen',
  labelsHint: 'Durch Kommas getrennt: 2026-01,2026-02 oder eigene Bezeichnungen.',
  preview: 'Vorschau',
  code: 'Code',
  snippets: { html: 'HTML', shortcode: 'Shortcode', block: 'Block', jsx: 'React' },
  snippetNotes: {
    html: 'Dort einfügen, wo das Widget stehen soll, auf einer Seite, die das Kit lädt.',
    shortcode: 'Für den klassischen Editor oder einen Shortcode-Block.',
    block: 'In die Code-Editor-Ansicht des Block-Editors einfügen.',
    jsx: 'React 19 übergibt diese dem Element als Attribute.',
  },
  error: 'Fehler: ',
  allValid: 'Alle Eingaben sind gültig.',
  toFix: (count) => (count === 1 ? '1 Feld zu korrigieren.' : `${count} Felder zu korrigieren.`),
  copy: {
    copy: 'Kopieren',
    copied: 'Kopiert',
    done: 'In die Zwischenablage kopiert',
    select: 'Code markiert: Zum Kopieren Strg+C (⌘C auf dem Mac) drücken',
    blocked: 'Kopieren ist hier nicht möglich',
    what: (what) => `: ${what}`,
  },
};

const fr: BuilderWords = {
  title: 'Générateur de KPI',
  intro:
    'Choisissez un KPI, saisissez ses chiffres ou connectez un fichier CSV, puis réglez son affichage. L’aperçu est le vrai widget : copiez-le en balise HTML, en shortcode ou bloc WordPress, ou en JSX pour React.',
  stepKpi: 'Choisir un KPI',
  search: 'Rechercher par nom, en français, anglais, néerlandais ou allemand',
  searchPlaceholder: 'ROAS, coût par lead, taux d’attrition…',
  results: 'KPI correspondants',
  count: (shown, total) => (shown < total ? `${shown} résultats sur ${total}` : `${total} résultats`),
  noMatch: (query) => `Aucun KPI ne correspond à « ${query} ».`,
  stepWidget: 'Choisir un widget',
  widgets: {
    'kpi-card': 'Un chiffre avec son évolution, son objectif et sa fourchette habituelle.',
    'kpi-trend': 'Le KPI dans le temps, période par période.',
    'goal-gauge': 'La progression vers un objectif, et si le rythme suffit.',
  },
  stepData: 'Ajouter les données',
  typed: 'Saisir les chiffres',
  fromFile: 'Depuis un fichier CSV',
  kinds: {
    count: 'nombre entier',
    amount: 'montant',
    signed: 'montant, peut être négatif',
    rate: 'taux : 5% ou 0.05',
    number: 'nombre',
    answer: 'réponse de 0 à 10',
    percent: 'pourcentage : 12.5% ou 0.125',
  },
  optional: 'facultatif',
  list: 'séparés par des virgules',
  series: 'une valeur par période, séparées par des virgules',
  numbers: 'Écrivez les nombres comme dans le code : un point pour les décimales, sans séparateur de milliers.',
  sets: 'L’une de ces combinaisons de données suffit :',
  compareWith: {
    previous: 'Comparer à la période précédente',
    year: 'Comparer à la même période l’an dernier',
  },
  target: 'Objectif',
  goal: 'Objectif',
  periodStart: 'Début de la période de l’objectif',
  periodEnd: 'Fin de la période de l’objectif',
  fileUrl: 'Adresse d’un fichier CSV',
  fileHint:
    'Une feuille de calcul publiée au format CSV convient aussi. La dernière ligne est la période affichée, celle d’avant la période précédente.',
  readFile: 'Lire les colonnes',
  examples: 'Ou essayez un exemple :',
  exampleMonthly: 'Chiffres mensuels, colonnes en néerlandais',
  exampleDaily: 'Export quotidien d’une boutique en ligne',
  reading: 'Lecture du fichier…',
  noFile: 'Lisez un fichier pour voir le widget ici.',
  fileRead: (columns, rows) => `${columns} colonnes et ${rows} lignes lues.`,
  mapping: 'Quelle colonne contient chaque donnée ?',
  notInFile: '— absente du fichier —',
  labelsColumn: 'Libellés des périodes',
  period: 'Période à cumuler',
  periods: {
    '': 'Aucune : la dernière ligne',
    month: 'Mois de la dernière date',
    quarter: 'Trimestre de la dernière date',
    year: 'Année de la dernière date',
    'last-30-days': '30 derniers jours',
  },
  dateField: 'Colonne de date',
  stepOptions: 'Peaufiner',
  label: 'Libellé',
  labelHint: 'Laissez vide pour afficher le nom du KPI dans la langue du lecteur.',
  locale: 'Langue et région',
  pageLanguage: 'Celle de la page',
  currency: 'Devise',
  currencyAuto: 'Selon la région',
  decimals: 'Décimales',
  automatic: 'Automatique',
  notation: 'Grands nombres',
  notations: { standard: 'En entier : 12 345', compact: 'Abrégés : 12 k' },
  benchmark: 'Afficher la fourchette habituelle',
  compare: 'Comparer à',
  compares: { previous: 'Période précédente', year: 'Même période l’an dernier', target: 'Objectif' },
  change: 'Afficher l’évolution en',
  changes: { '': 'Par défaut', absolute: 'Écart', relative: 'Pourcentage', both: 'Les deux' },
  chart: 'Graphique',
  charts: { line: 'Courbe', area: 'Aire', bar: 'Barres' },
  axis: 'Afficher les axes',
  labels: 'Libellés des périodes',
  labelsHint: 'Séparés par des virgules : 2026-01,2026-02 ou vos propres libellés.',
  preview: 'Aperçu',
  code: 'Code',
  snippets: { html: 'HTML', shortcode: 'Shortcode', block: 'Bloc', jsx: 'React' },
  snippetNotes: {
    html: 'Collez-la à l’endroit du widget, sur une page qui charge le kit.',
    shortcode: 'Pour l’éditeur classique, ou un bloc Code court.',
    block: 'Collez-le dans la vue Éditeur de code de l’éditeur de blocs.',
    jsx: 'React 19 les transmet à l’élément comme attributs.',
  },
  error: 'Erreur : ',
  allValid: 'Toutes les données sont valides.',
  toFix: (count) => (count === 1 ? '1 champ à corriger.' : `${count} champs à corriger.`),
  copy: {
    copy: 'Copier',
    copied: 'Copié',
    done: 'Copié dans le presse-papiers',
    select: 'Code sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour copier',
    blocked: 'La copie est bloquée ici',
    what: (what) => ` : ${what}`,
  },
};

const WORDS: Readonly<Record<string, BuilderWords>> = { en, nl, de, fr };

/** The builder's words in a language (`nl`), English for any other. */
export const builderWords = (lang: string): BuilderWords => WORDS[lang] ?? en;

/** The languages the builder speaks, as the kit does. */
export const BUILDER_LANGS = Object.keys(WORDS);
