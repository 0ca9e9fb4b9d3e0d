import { expect, fixture, html } from '@open-wc/testing';
import { packedWords } from '../../helpers/packs.js';
import '../../../src/index.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import {
  computeKpi,
  describeError,
  hasPack,
  KPI_IDS,
  kpiWords,
  getKpi,
  langOf,
  notText,
  packFor,
  parseNumber,
  parseSeries,
  type KpiError,
  type KpiErrorCode,
  type Result,
} from '../../../src/kpi/index.js';
import { collectWarnings } from '../../helpers/console.js';
import { partText, readAloud } from '../../helpers/screen-reader.js';
import { fixedPercent } from '../../helpers/intl.js';

/** French typography: a narrow no-break space before « : ; ! ? » and inside « ». */
const NNBSP = '\u202f';

/** What `readAloud` gives: every run of white space, no-break ones too, as one space. */
const folded = (text: string) => text.replace(/\s+/g, ' ');
const clean = (text: string | null | undefined) => (text ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const shown = (element: Element) => clean(element.shadowRoot?.textContent);
const numbers = (locale: string, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, options);
/** A percent with one decimal: a trend shows all its values with one number of decimals. */
const onePlace = (value: number) => fixedPercent(value, 1, 'fr-FR');
const percent = (value: number, locale = 'fr-FR') =>
  numbers(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const euros = (value: number, locale = 'fr-FR', digits?: number) =>
  numbers(locale, {
    style: 'currency',
    currency: 'EUR',
    ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  }).format(value);
const count = (value: number, locale = 'fr-FR', digits = 0) =>
  numbers(locale, { maximumFractionDigits: digits }).format(value);
/** A change in points as the short form shows it: `+0,6 pt`. */
const points = (change: number, digits = 1, locale = 'fr-FR') =>
  `${numbers(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(change * 100)} pt`;
const signedPercent = (value: number, locale = 'fr-FR') =>
  numbers(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value);
const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));
const dates = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });

/**
 * Common English words: none may be left in a French sentence once what is code (attribute names,
 * values as written, `<script>`) is taken out.
 */
const ENGLISH = [
  'is',
  'are',
  'the',
  'an',
  'of',
  'to',
  'and',
  'not',
  'no',
  'missing',
  'number',
  'add',
  'use',
  'check',
  'write',
  'like',
  'with',
  'for',
  'from',
  'it',
  'its',
  'which',
  'has',
  'have',
  'be',
  'must',
  'cannot',
  'could',
  'value',
  'values',
  'entry',
  'entries',
  'example',
  'valid',
  'invalid',
  'whole',
  'negative',
  'too',
  'between',
  'least',
  'most',
  'more',
  'nothing',
  'show',
  'yet',
  'loaded',
  'read',
  'rows',
  'row',
  'header',
  'column',
  'key',
  'object',
  'list',
  'error',
  'network',
  'year',
  'month',
  'day',
  'seconds',
  'kpi',
  'catalog',
  'comes',
  'come',
  'out',
  'divides',
  'computed',
  'accepted',
  'real',
  'empty',
  'give',
  'both',
  'same',
  'inside',
  'element',
  'address',
  'server',
  'lets',
  'this',
  'that',
  'stages',
  'separated',
  'commas',
  'period',
  'per',
  'ready',
  'series',
  'another',
  'language',
  'decimals',
  'digits',
  'thousands',
  'separators',
  'currency',
  'signs',
  'ambiguous',
  'goal',
  'target',
  'better',
  'worse',
  'up',
  'down',
  'lost',
  'vs',
  'above',
  'below',
  'typical',
  'about',
  'share',
  'click',
  'clicks',
  'ad',
  'ads',
  'spend',
  'revenue',
  'growth',
  'cost',
  'customer',
  'customers',
  'followers',
  'average',
  'order',
];
const englishIn = (text: string) => {
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  return ENGLISH.filter((word) => words.has(word));
};

/**
 * A text without what is code or quoted: `spend="€100"`, `<script …>`, `{"nom": valeur}`, the
 * text given between « », a ratio (`10 : 1`, written as the widget writes it), attribute names.
 */
const prose = (message: string, fields: readonly string[] = []) =>
  fields.reduce(
    (text, field) => text.replace(new RegExp(`\\b${field}\\b`, 'g'), ' '),
    message
      .replace(/<script[^>]*>/g, ' ')
      .replace(/\{"nom": valeur\}/g, ' ')
      .replace(/[\w-]+="[^"]*"/g, ' ')
      .replace(/«\u202f[^»]*\u202f»/g, ' ')
      .replace(/\d+ : 1\b/g, ' '),
  );

/** French punctuation in prose: « : ; ! ? » after a narrow no-break space, never a plain one or none. */
const badPunctuation = (text: string) => text.match(/(?:^|[^\u202f])[:;!?](?=\s|$)/g) ?? [];

describe('French (fr)', () => {
  const warnings = collectWarnings();

  it('is the language of fr-FR and fr-BE, from a pack of its own loaded on demand', () => {
    expect(hasPack('fr')).to.equal(true);
    expect(langOf('fr-FR')).to.equal('fr');
    expect(langOf('fr-BE')).to.equal('fr');
    expect(packFor('fr').lang).to.equal('fr');
    expect(packFor('fr').exampleLocale).to.equal('fr-FR');
    const stale = packFor('fr').common.stale('erreur réseau', '14:32');
    expect(stale).to.equal(
      `Données pas à jour${NNBSP}: la dernière actualisation a échoué (erreur réseau). Dernière mise à jour réussie${NNBSP}: 14:32.`,
    );
  });

  describe('<kpi-card>', () => {
    it('says a conversion rate with its change, target and typical range (fr-FR)', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="conversion-rate"
          conversions="36"
          visitors="1200"
          previous-conversions="24"
          previous-visitors="1000"
          target="3%"
          benchmark
          locale="fr-FR"
        ></kpi-card>`,
      );
      const range = `${percent(0.02)}–${percent(0.05)}`;
      expect(partText(card, 'label')).to.equal('Taux de conversion');
      expect(partText(card, 'value')).to.equal(percent(0.03));
      expect(partText(card, 'delta')).to.equal(points(0.006));
      expect(shown(card)).to.contain('en amélioration par rapport à la période précédente');
      expect(partText(card, 'target'))
        .to.contain(`Objectif ${percent(0.03)}`)
        .and.contain('atteint');
      expect(partText(card, 'benchmark')).to.equal(`Dans la fourchette habituelle (${range})`);
      expect(readAloud(card)).to.equal(
        folded(
          `Taux de conversion\u202f: ${percent(0.03)}. ` +
            `En hausse de ${count(0.6, 'fr-FR', 1)} point de pourcentage par rapport à la période précédente, en amélioration. ` +
            `Objectif ${percent(0.03)}\u202f: atteint. Dans la fourchette habituelle (${range}). ` +
            `Définition${NNBSP}: taux de conversion`,
        ),
      );
      await expect(card).to.be.accessible();
    });

    it('says a cost that rose past its target as bad news, in euros (fr-FR)', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="cac"
          spend="10000"
          customers="50"
          previous-spend="9000"
          previous-customers="50"
          target="190"
          locale="fr-FR"
        ></kpi-card>`,
      );
      expect(partText(card, 'label')).to.equal('Coût d’acquisition client (CAC)');
      expect(partText(card, 'value')).to.equal(euros(200));
      const signedEuros = numbers('fr-FR', { style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' });
      expect(partText(card, 'delta')).to.equal(`${signedEuros.format(20)} (${signedPercent(1 / 9)})`);
      expect(shown(card)).to.contain('en dégradation par rapport à la période précédente');
      expect(readAloud(card)).to.equal(
        folded(
          `Coût d’acquisition client (CAC)\u202f: ${euros(200)}. ` +
            `En hausse de ${euros(20)} (${percent(1 / 9)}) par rapport à la période précédente, en dégradation. ` +
            `Objectif ${euros(190)}\u202f: non atteint, ${euros(10)} de trop. ` +
            `Définition${NNBSP}: coût d’acquisition client (CAC)`,
        ),
      );
    });

    it('speaks French with Belgian formats for fr-BE, and judges a CPL in euros', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="cpl"
          cost="1000"
          leads="15"
          previous-cost="1200"
          previous-leads="15"
          benchmark
          locale="fr-BE"
        ></kpi-card>`,
      );
      // The range keeps the cents the value has: one rule for a widget's money.
      const range = `${euros(10, 'fr-BE')}–${euros(500, 'fr-BE')}`;
      expect(partText(card, 'label')).to.equal('Coût par lead (CPL)');
      expect(partText(card, 'value')).to.equal(euros(1000 / 15, 'fr-BE'));
      expect(partText(card, 'benchmark')).to.equal(`Dans la fourchette habituelle (${range})`);
      expect(readAloud(card)).to.contain(
        folded(
          `En baisse de ${euros(200 / 15, 'fr-BE')} (${percent(1 / 6, 'fr-BE')}) par rapport à la période précédente, en amélioration.`,
        ),
      );
      const definition = packFor('fr').card.typicalNote(kpiWords(getKpi('cpl')!, 'fr').benchmark ?? '', range);
      expect(definition).to.equal(`Fourchette habituelle${NNBSP}: ${range} (selon le secteur).`);
    });
  });

  describe('<kpi-trend>', () => {
    it('names months in French and says the trend in one sentence (fr-FR)', async () => {
      const element = await fixture<KpiTrend>(
        html`<kpi-trend
          kpi="conversion-rate"
          conversions="12,15,18,20"
          visitors="1000,1100,1050,1200"
          labels="2026-01,2026-02,2026-03,2026-04"
          target="2%"
          locale="fr-FR"
        ></kpi-trend>`,
      );
      const [jan, mar, apr] = [12 / 1000, 18 / 1050, 20 / 1200];
      const months = (date: Date) => dates('fr-FR', { month: 'long' }).format(date);
      const short = (date: Date) => dates('fr-FR', { month: 'short', year: 'numeric' }).format(date);
      const span = dates('fr-FR', { month: 'short', year: 'numeric' }).formatRange(utc(2026, 1), utc(2026, 4));
      const chart = element.shadowRoot?.querySelector('[role="group"]');
      expect(chart?.getAttribute('aria-label')).to.equal(
        `Taux de conversion, ${span}\u202f: en hausse, de ${percent(jan)} à ${percent(apr)} ` +
          `(+0,5 point de pourcentage)\u202f; ` +
          `maximum ${percent(mar)} en ${months(utc(2026, 3))}, minimum ${percent(jan)} en ${months(utc(2026, 1))}\u202f; ` +
          `objectif ${onePlace(0.02)}`,
      );
      expect(partText(element, 'value')).to.equal(percent(apr));
      expect(partText(element, 'delta')).to.equal(`▼ ${points(apr - mar, 2)} en dégradation`);
      expect(partText(element, 'period')).to.equal(`${short(utc(2026, 4))}, par rapport à ${short(utc(2026, 3))}`);
      expect(partText(element, 'target')).to.equal(`Objectif ${onePlace(0.02)}`);
      expect(shown(element))
        .to.contain(`Maximum ${percent(mar)} ${short(utc(2026, 3))}`)
        .and.contain(`Minimum ${percent(jan)} ${short(utc(2026, 1))}`)
        .and.contain('Tableau des données (4 périodes)');
      expect(element.shadowRoot?.querySelector('#hint')?.textContent).to.equal(
        'Utilisez les touches fléchées, Début et Fin pour parcourir les périodes.',
      );
      await expect(element).to.be.accessible();
    });

    it('says a numbered period and a day as French does: « à la période 2 », « le 1er mars », « par rapport à la période 9 »', () => {
      const { at } = packFor('fr').periods;
      expect(at('période 2', 'text')).to.equal('à la période 2');
      expect(at('T3 2025', 'text')).to.equal('en T3 2025');
      expect(at('1 mars', 'day')).to.equal('le 1er mars');
      expect(at('15 mars', 'day')).to.equal('le 15 mars');
      expect(at('mars', 'month')).to.equal('en mars');
      expect(packFor('fr').trend.vsPrevious('Période 9')).to.equal('par rapport à la période 9');
      expect(packFor('fr').trend.vsPrevious('nov. 2025')).to.equal('par rapport à nov. 2025');
    });
  });

  describe('<funnel-ratio>', () => {
    it('says the funnel, its change and its biggest drop-off (fr-FR)', async () => {
      const element = await fixture<FunnelRatio>(
        html`<funnel-ratio
          stages="Visiteurs,Leads,Clients"
          values="10000,500,30"
          previous-values="10000,500,20"
          locale="fr-FR"
        ></funnel-ratio>`,
      );
      const summary = clean(element.shadowRoot?.querySelector('[part="summary"]')?.textContent);
      expect(summary).to.equal(
        `De Visiteurs à Clients${NNBSP}: ${percent(0.003)} de conversion globale ` +
          `(${points(0.001).replace(' pt', '')} point de pourcentage par rapport à la période précédente, en amélioration)` +
          `${NNBSP}; plus fort abandon entre Visiteurs et Leads${NNBSP}: ${percent(0.95)}.`,
      );
      const headers = [...(element.shadowRoot?.querySelectorAll('tr:first-child th') ?? [])].map((th) =>
        clean(th.textContent),
      );
      expect(headers).to.deep.equal([
        'Étape',
        'Nombre',
        'Taux de passage',
        'Depuis la première étape',
        'Abandons',
        'Évolution du taux de passage',
      ]);
      expect(shown(element))
        .to.contain('Entonnoir de conversion')
        .and.contain(`${percent(0.003)} de conversion globale`)
        .and.contain('Plus fort abandon')
        .and.contain(`${count(9500)} (${percent(0.95)})`);
      await expect(element).to.be.accessible();
    });

    it('elides "de" before a stage that starts with a vowel, and flags a stage larger than the one before', async () => {
      const element = await fixture<FunnelRatio>(
        html`<funnel-ratio stages="Inscriptions,Essais,Achats" values="100,120,30" locale="fr-FR"></funnel-ratio>`,
      );
      const summary = clean(element.shadowRoot?.querySelector('[part="summary"]')?.textContent);
      expect(summary).to.match(/^D’Inscriptions à Achats\u202f: /);
      expect(summary).to.contain(`${NNBSP}; Essais dépasse Inscriptions, vérifiez le suivi des conversions.`);
      expect(shown(element))
        .to.contain('Supérieur à l’étape précédente')
        .and.contain(`${count(20)} de plus`);
    });
  });

  describe('<goal-gauge>', () => {
    const valueText = (element: Element) =>
      element.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
    const day = (iso: string, locale = 'fr-FR') =>
      dates(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));

    it('says a paced goal: its share, its status and what it still needs (fr-FR)', async () => {
      const element = await fixture<GoalGauge>(
        html`<goal-gauge
          label="Nouveaux leads"
          kpi="new-leads"
          count="480"
          goal="1000"
          period-start="2026-02"
          period-end="2026-02"
          as-of="2026-02-14"
          locale="fr-FR"
        ></goal-gauge>`,
      );
      expect(valueText(element)).to.equal(
        `Nouveaux leads\u202f: ${count(480)} sur ${count(1000)}, ${percent(0.48)} de l’objectif, dans les temps`,
      );
      expect(partText(element, 'value')).to.equal(`${count(480)} sur ${count(1000)}`);
      expect(partText(element, 'remaining')).to.equal(`Il reste ${count(520)}`);
      expect(partText(element, 'status')).to.equal('✓Dans les temps');
      expect(element.shadowRoot?.textContent).to.contain('Jour 14 sur 28');
      expect(partText(element, 'pace'))
        .to.contain(`Attendu à ce jour${NNBSP}: ${count(500)}`)
        .and.contain(`Projection${NNBSP}: ${count(960)} au ${day('2026-02-28')}`)
        .and.contain(`Il faut ${count(520 / 14, 'fr-FR', 1)} de plus par jour`);
      await expect(element).to.be.accessible();
    });

    it('says a goal passed, and a period to come, with « 1er » for the first of the month', async () => {
      const passed = await fixture<GoalGauge>(
        html`<goal-gauge label="Visiteurs" value="23000" unit="count" goal="20000" locale="fr-FR"></goal-gauge>`,
      );
      expect(partText(passed, 'value')).to.equal(`${count(23000)} (objectif${NNBSP}: ${count(20000)})`);
      expect(partText(passed, 'remaining')).to.equal(`Objectif dépassé de ${count(3000)}`);
      const ahead = await fixture<GoalGauge>(
        html`<goal-gauge
          label="Leads"
          kpi="new-leads"
          count="0"
          goal="1000"
          period-start="2026-03-01"
          period-end="2026-03-31"
          as-of="2026-02-26"
          locale="fr-FR"
        ></goal-gauge>`,
      );
      expect(partText(ahead, 'status')).to.equal('◷À venir');
      expect(partText(ahead, 'pace')).to.equal(`Début le ${day('2026-03-01').replace(/^1 /, '1er ')}, dans 3 jours`);
    });
  });

  describe('messages', () => {
    const fail = (result: Result<unknown>): KpiError => {
      if (result.ok) throw new Error('expected an error');
      return result.error;
    };
    /** One realistic error of every code, as the engine and elements raise them. */
    const errors: Readonly<Record<KpiErrorCode, KpiError>> = {
      'unknown-kpi': fail(computeKpi('roas-total', {})),
      missing: fail(computeKpi('nps', { promoters: '50' })),
      'not-a-number': fail(parseSeries('1,x', 'visitors', 'count')),
      'ambiguous-number': fail(parseNumber('1.234,5', 'revenue', 'amount')),
      'not-a-rate': fail(parseNumber('5', 'churn', 'rate')),
      negative: fail(parseNumber('-5', 'spend', 'amount')),
      'not-whole': { code: 'not-whole', fields: ['count'], given: '2.5', example: '1250' },
      'too-large': fail(parseNumber('1e309', 'spend', 'amount')),
      'zero-divisor': fail(computeKpi('open-rate', { opened: '1', sent: '5', bounces: '5' })),
      'out-of-range': fail(computeKpi('conversion-rate', { conversions: '120', visitors: '100' })),
      'invalid-option': {
        code: 'invalid-option',
        fields: ['decimals'],
        given: 'deux',
        accepted: [{ phrase: 'decimals-range' }],
      },
      'not-text': fail(notText('compare-label', {})),
      'no-figure': { code: 'no-figure', fields: ['values'], example: '12,15,,18' },
      'not-a-date': { code: 'not-a-date', fields: ['labels'], given: '2026-02-30', position: 2, example: '2026-02-15' },
      'invalid-json': { code: 'invalid-json', fields: ['script'], given: '{revenue: 1' },
      'length-mismatch': { code: 'length-mismatch', fields: ['values', 'labels'], lengths: { given: 3, expected: 4 } },
      'fetch-failed': { code: 'fetch-failed', fields: ['src'], given: '/kpi.csv', reason: { phrase: 'network-error' } },
      'invalid-source': {
        code: 'invalid-source',
        fields: ['src'],
        given: '/kpi.csv',
        reason: { phrase: 'no-column', args: ['Revenue', 'revenue'] },
      },
      'empty-period': {
        code: 'empty-period',
        fields: ['period', 'date-field'],
        given: '2026-07',
        reason: '2026-01-01 – 2026-06-30',
      },
    };

    it('words every error code in French, with no English word left', () => {
      for (const [code, error] of Object.entries(errors)) {
        const message = describeError(error, 'fr-FR');
        const text = prose(message, [...error.fields, 'passives', 'detractors', 'revenue']);
        expect(englishIn(text), `${code}: ${message}`).to.deep.equal([]);
        expect(badPunctuation(text), `${code}: ${message}`).to.deep.equal([]);
        expect(text, `${code}: ${message}`).not.to.match(/'|undefined|NaN/);
      }
    });

    it('says what to fix, in the words a French editor expects', () => {
      const say = (code: KpiErrorCode) => describeError(errors[code], 'fr-FR');
      expect(say('missing')).to.equal(
        'Il manque les attributs passives et detractors. Ajoutez-les, par exemple passives="1250".',
      );
      expect(say('not-a-number')).to.equal(
        `Le 2e élément de l’attribut visitors («${NNBSP}x${NNBSP}») n’est pas un nombre. Écrivez par exemple visitors="1250".`,
      );
      expect(say('zero-divisor')).to.equal(
        `L’indicateur «${NNBSP}Taux d’ouverture${NNBSP}» ne peut pas être calculé${NNBSP}: la formule divise par une valeur tirée de sent et bounces, qui vaut 0. Vérifiez sent et bounces.`,
      );
      expect(say('out-of-range')).to.equal(
        `L’indicateur «${NNBSP}Taux de conversion${NNBSP}» donne un résultat hors de sa plage possible (de ${percent(0)} à ${percent(1)}). Vérifiez conversions et visitors.`,
      );
      expect(say('invalid-option')).to.equal(
        'decimals="deux" n’est pas une valeur valide. Utilisez un nombre entier de 0 à 10.',
      );
      expect(say('fetch-failed')).to.contain('(erreur réseau)');
      expect(describeError({ code: 'missing', fields: ['kpi'], example: 'roas' }, 'fr-BE')).to.equal(
        'Il manque l’attribut kpi. Ajoutez-le, par exemple kpi="roas".',
      );
    });

    it('shows a message in French in the error state of a French widget', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="cac" spend="100" customers="0" locale="fr-FR"></kpi-card>`,
      );
      expect(shown(card)).to.contain('Impossible d’afficher cet indicateur');
      expect(shown(card)).to.contain('Vérifiez customers.');
      expect(warnings.length).to.be.above(0);
    });
  });

  it('names and defines every KPI in French, with French punctuation', () => {
    for (const id of KPI_IDS) {
      const { name, definition, benchmark } = packedWords('fr', id);
      for (const text of [name, definition, benchmark ?? '']) {
        expect(englishIn(text), `${id}: ${text}`).to.deep.equal([]);
        expect(badPunctuation(prose(text)), `${id}: ${text}`).to.deep.equal([]);
        expect(text, `${id}: ${text}`).not.to.contain("'");
      }
    }
    expect(packFor('fr').kpis.roas.name).to.equal('Retour sur les dépenses publicitaires (ROAS)');
    expect(packFor('fr').kpis['email-ctr'].name).not.to.equal(packFor('fr').kpis.ctr.name);
    expect(packFor('fr').kpis['bounce-rate'].name).not.to.equal(packFor('fr').kpis['web-bounce-rate'].name);
  });
});
