import { expect, fixture, html } from '@open-wc/testing';
import { packedWords } from '../../helpers/packs.js';
import '../../../src/index.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import {
  describeError,
  hasPack,
  KPI_IDS,
  langOf,
  packFor,
  phraseText,
  type KpiError,
  type KpiErrorCode,
} from '../../../src/kpi/index.js';
import { collectWarnings } from '../../helpers/console.js';
import { partText, readAloud } from '../../helpers/screen-reader.js';
import { fixedPercent } from '../../helpers/intl.js';

/** German joins a number and its unit, and "z. B.", with a no-break space, as `Intl` does. */
const NBSP = '\u00a0';
const E_G = `z.${NBSP}B.`;

const numbers = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
/** A percent with one decimal: a trend shows all its values with one number of decimals. */
const onePlace = (value: number) => fixedPercent(value, 1, 'de-DE');
const percent = (value: number, locale = 'de-DE') =>
  numbers(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const number = (value: number, digits = 0, locale = 'de-DE') =>
  numbers(locale, { maximumFractionDigits: digits }).format(value);
const signed = (value: number, digits = 1, locale = 'de-DE') =>
  numbers(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value);
const euros = (value: number, locale = 'de-DE', options: Intl.NumberFormatOptions = {}) =>
  numbers(locale, { style: 'currency', currency: 'EUR', ...options }).format(value);
const date = (iso: string, options: Intl.DateTimeFormatOptions, locale = 'de-DE') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(`${iso}T00:00:00Z`));
const span = (from: string, to: string, locale = 'de-DE') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' }).formatRange(
    new Date(`${from}-01T00:00:00Z`),
    new Date(`${to}-01T00:00:00Z`),
  );
const day = (iso: string, locale = 'de-DE') => date(iso, { year: 'numeric', month: 'short', day: 'numeric' }, locale);

const clean = (text: string | null | undefined) => (text ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** `readAloud` folds every white space, the no-break ones included. */
const aloud = (text: string) => text.replace(/\s+/g, ' ');
const shown = (element: Element) => clean(element.shadowRoot?.textContent);
const valueText = (gauge: Element) =>
  gauge.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
const paceLines = (gauge: Element) =>
  [...(gauge.shadowRoot?.querySelectorAll('[part="pace"] span') ?? [])].map((line) => clean(line.textContent));

/**
 * Common English words. None may be left in a German sentence once what is code or the page's
 * own text is taken out: attribute names and values as written, quoted names („…“), `<script>`,
 * JSON. German words spelled like English ones ("in", "an", "die", "Element", "Tag", "Server",
 * "falls", "real", "Name", "Code", "Array", "per") are not in the list.
 */
const ENGLISH = new Set(
  `is are the a of to and or not no missing number add use check write like with for from it its which
  has have be must cannot could loaded valid invalid between at least most more than there nothing yet show
  entry entries date file read range outside too large negative whole zero give one each both same only empty
  inside object header row rows column seconds language stages label period periods value values accepted
  possible figure computed divides comes address page lets keys attribute about up down better worse change
  target goal met missed typical within below above on track pace ahead behind expected projected needs day
  days week month high low data table lost drop biggest overall stage step count unchanged previous vs
  percentage point points this kit loading refresh failed error network`.split(/\s+/),
);

/** The English words left in a German text once code and quoted names are taken out. */
const englishIn = (text: string, code: readonly string[] = []): string[] => {
  let rest = text
    .replace(/<script[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[\w-]+="[^"]*"/g, ' ')
    .replace(/„[^“]*“/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  for (const word of code) rest = rest.split(word).join(' ');
  return (rest.match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word.toLowerCase()));
};

describe('German (de)', () => {
  const warnings = collectWarnings();

  it('is a language the kit speaks, for every German region', () => {
    expect(hasPack('de')).to.equal(true);
    for (const locale of ['de', 'de-DE', 'de-AT', 'de-CH']) expect(langOf(locale)).to.equal('de');
    expect(packFor('de').lang).to.equal('de');
    expect(packFor('de').exampleLocale).to.equal('de-DE');
  });

  describe('<kpi-card>', () => {
    it('says a conversion rate with its comparison, target and benchmark (de-DE)', async () => {
      const card = await fixture<KpiCard>(html`
        <kpi-card
          kpi="conversion-rate"
          conversions="36"
          visitors="1200"
          previous-conversions="24"
          previous-visitors="1000"
          target="3.5%"
          benchmark
          locale="de-DE"
        ></kpi-card>
      `);
      expect(partText(card, 'label')).to.equal('Conversion-Rate');
      // Beside a target of 3.5 %, the value and the range keep a decimal too: one rule for a widget's figures.
      const tenth = (value: number) => numbers('de-DE', { style: 'percent', minimumFractionDigits: 1 }).format(value);
      expect(partText(card, 'value')).to.equal(tenth(0.03));
      expect(partText(card, 'delta')).to.equal(`${signed(0.6)} Pp.`);
      expect(shown(card)).to.contain('besser als im Vorzeitraum');
      expect(partText(card, 'target')).to.equal(`✗Ziel ${percent(0.035)}: verfehlt, ${number(0.5, 1)} Pp. darunter`);
      expect(partText(card, 'benchmark')).to.equal(`Im üblichen Bereich (${tenth(0.02)}–${tenth(0.05)})`);
      expect(readAloud(card)).to.equal(
        aloud(
          `Conversion-Rate: ${tenth(0.03)}. ` +
            `Gestiegen um ${number(0.6, 1)} Prozentpunkte gegenüber dem Vorzeitraum, besser. ` +
            `Ziel ${percent(0.035)}: verfehlt, ${number(0.5, 1)} Pp. darunter. ` +
            `Im üblichen Bereich (${tenth(0.02)}–${tenth(0.05)}). ` +
            'Definition: Conversion-Rate',
        ),
      );
      expect(partText(card, 'definition')).to.equal(
        'Conversions geteilt durch Besucher (oder Leads). ' +
          `Üblicher Bereich: ${tenth(0.02)}–${tenth(0.05)} ` +
          `(Websites; im Schnitt 2${NBSP}%, als Ziel oft 3${NBSP}%; E-Commerce 1–4${NBSP}%).`,
      );
      expect(englishIn(readAloud(card))).to.deep.equal([]);
      await expect(card).to.be.accessible();
    });

    it('says one percentage point in the singular, and no change as "unverändert"', async () => {
      const one = await fixture<KpiCard>(html`
        <kpi-card
          kpi="conversion-rate"
          conversions="30"
          visitors="1000"
          previous-conversions="20"
          previous-visitors="1000"
          locale="de-DE"
        ></kpi-card>
      `);
      expect(readAloud(one)).to.contain('Gestiegen um 1 Prozentpunkt gegenüber dem Vorzeitraum, besser.');
      const same = await fixture<KpiCard>(
        html`<kpi-card kpi="new-customers" count="42" previous-count="42" locale="de-DE"></kpi-card>`,
      );
      expect(partText(same, 'label')).to.equal('Neukunden');
      expect(shown(same)).to.contain('unverändert gegenüber dem Vorzeitraum');
      expect(readAloud(same)).to.equal('Neukunden: 42. Unverändert gegenüber dem Vorzeitraum. Definition: Neukunden');
    });

    it('keeps a site’s own comparison label as written', async () => {
      const card = await fixture<KpiCard>(html`
        <kpi-card kpi="leads" count="120" previous-count="100" compare-label="ggü. Vormonat" locale="de-DE"></kpi-card>
      `);
      expect(shown(card)).to.contain('besser ggü. Vormonat');
      expect(readAloud(card)).to.contain('Gestiegen um 20 (20 %) ggü. Vormonat, besser.');
    });

    it('quotes a benchmark without a range as a figure to go by', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="organic-ctr" clicks="120" impressions="4000" benchmark locale="de-DE"></kpi-card>`,
      );
      expect(partText(card, 'label')).to.equal('Organische Klickrate (CTR)');
      expect(partText(card, 'benchmark')).to.equal(
        `Zum Vergleich: Das erste Suchergebnis erhält rund 31,7${NBSP}% der Klicks`,
      );
    });

    it('pays in euros the Austrian way, read from the lang of an ancestor (de-AT)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="de-AT">
          <kpi-card
            kpi="cpl"
            cost="1000"
            leads="15"
            previous-cost="900"
            previous-leads="15"
            target="60"
            benchmark
          ></kpi-card>
        </div>
      `);
      const card = wrapper.querySelector('kpi-card') as KpiCard;
      await card.updateComplete;
      const at = (value: number, options: Intl.NumberFormatOptions = {}) => euros(value, 'de-AT', options);
      expect(partText(card, 'value')).to.equal(at(1000 / 15));
      expect(partText(card, 'delta')).to.equal(
        `${at(20 / 3, { signDisplay: 'exceptZero' })} (${numbers('de-AT', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(1 / 9)})`,
      );
      expect(readAloud(card)).to.equal(
        aloud(
          `Kosten pro Lead (CPL): ${at(1000 / 15)}. ` +
            `Gestiegen um ${at(20 / 3)} (${percent(1 / 9, 'de-AT')}) gegenüber dem Vorzeitraum, schlechter. ` +
            `Ziel ${at(60)}: verfehlt, ${at(20 / 3)} darüber. ` +
            // The range keeps the cents the value has: one rule for a widget's money.
            `Im üblichen Bereich (${at(10)}–${at(500)}). ` +
            'Definition: Kosten pro Lead (CPL)',
        ),
      );
      await expect(card).to.be.accessible();
    });
  });

  describe('<kpi-trend>', () => {
    it('names ISO months in German and says the change as a German chart caption does (de-DE)', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend
          kpi="conversion-rate"
          conversions="18,21,24,27"
          visitors="1000,1050,1100,1080"
          labels="2026-01,2026-02,2026-03,2026-04"
          locale="de-DE"
        ></kpi-trend>
      `);
      const month = (iso: string) => date(`${iso}-01`, { year: 'numeric', month: 'short' });
      expect(partText(trend, 'label')).to.equal('Conversion-Rate');
      expect(partText(trend, 'value')).to.equal(percent(0.025));
      expect(partText(trend, 'delta')).to.contain(`${signed(0.3)} Pp. besser`);
      expect(partText(trend, 'period')).to.equal(`${month('2026-04')}, gegenüber ${month('2026-03')}`);
      const sentence = trend.shadowRoot?.querySelector('[part="chart"]')?.getAttribute('aria-label');
      expect(sentence).to.equal(
        `Conversion-Rate, ${span('2026-01', '2026-04')}: ` +
          `Anstieg von ${percent(0.018)} auf ${percent(0.025)} (${signed(0.7)} Prozentpunkte); ` +
          `Höchstwert ${percent(0.025)} im April, Tiefstwert ${percent(0.018)} im Januar`,
      );
      expect(englishIn(sentence ?? '')).to.deep.equal([]);
      expect(shown(trend)).to.contain('Mit den Pfeiltasten, Pos1 und Ende gehen Sie durch die Zeiträume.');
      expect(shown(trend)).to.contain(`Höchstwert ${percent(0.025)} ${month('2026-04')}`);
      expect(shown(trend)).to.contain('Datentabelle (4 Zeiträume)');
      await expect(trend).to.be.accessible();
    });

    it('numbers periods without labels, a noun with its capital in every sentence', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend
          label="Organischer Traffic"
          unit="count"
          values="645286,664234,689120,702455"
          locale="de-DE"
        ></kpi-trend>
      `);
      expect(partText(trend, 'period')).to.equal('Letzter von 4 Werten, gegenüber dem Wert davor');
      expect(trend.shadowRoot?.querySelector('[part="chart"]')?.getAttribute('aria-label')).to.equal(
        `Organischer Traffic, Zeiträume 1–4: Anstieg von ${number(645286)} auf ${number(702455)} ` +
          `(${signed(702455 - 645286, 0)}); Höchstwert ${number(702455)} in Zeitraum 4, ` +
          `Tiefstwert ${number(645286)} in Zeitraum 1`,
      );
    });

    it('keys its target line as "Ziel"', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend
          kpi="conversion-rate"
          target="3%"
          conversions="18,21"
          visitors="1000,1050"
          labels="2026-01,2026-02"
          locale="de-DE"
        ></kpi-trend>
      `);
      expect(partText(trend, 'target')).to.equal(`Ziel ${onePlace(0.03)}`);
    });

    it('names January the Austrian way (de-AT)', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend
          label="Anfragen"
          unit="count"
          values="1200,1500,1300"
          labels="2026-01,2026-02,2026-03"
          locale="de-AT"
        ></kpi-trend>
      `);
      const january = date('2026-01-01', { month: 'long' }, 'de-AT');
      expect(january).to.equal('Jänner');
      expect(trend.shadowRoot?.querySelector('[part="chart"]')?.getAttribute('aria-label')).to.equal(
        `Anfragen, ${span('2026-01', '2026-03', 'de-AT')}: ` +
          `Anstieg von ${number(1200, 0, 'de-AT')} auf ${number(1300, 0, 'de-AT')} (${signed(100, 0, 'de-AT')}); ` +
          `Höchstwert ${number(1500, 0, 'de-AT')} im ${date('2026-02-01', { month: 'long' }, 'de-AT')}, Tiefstwert ${number(1200, 0, 'de-AT')} im ${january}`,
      );
    });
  });

  describe('<funnel-ratio>', () => {
    it('sums up a lead funnel against the previous period (de-DE)', async () => {
      const funnel = await fixture<FunnelRatio>(html`
        <funnel-ratio
          label="B2B-Lead-Funnel, Q2"
          stages="Besucher,Leads,MQL,SQL,Kunden"
          values="10000,500,200,80,20"
          previous-values="9200,420,190,70,15"
          locale="de-DE"
        ></funnel-ratio>
      `);
      const change = numbers('de-DE', {
        signDisplay: 'exceptZero',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      expect(partText(funnel, 'label')).to.equal('B2B-Lead-Funnel, Q2');
      expect(partText(funnel, 'summary')).to.equal(
        `Besucher bis Kunden: ${percent(0.002)} insgesamt ` +
          `(${change.format((0.002 - 15 / 9200) * 100)} Prozentpunkte gegenüber dem Vorzeitraum, besser); ` +
          `größter Abbruch Besucher → Leads mit ${percent(0.95)}.`,
      );
      expect(englishIn(partText(funnel, 'summary'), ['Besucher', 'Leads', 'Kunden'])).to.deep.equal([]);
      const text = shown(funnel);
      expect(text).to.contain('Gesamt-Conversion-Rate');
      expect(text).to.contain('Stufe Anzahl Übergangsrate Ab erster Stufe Abbrüche Veränderung zum Vorzeitraum');
      expect(text).to.contain(`${number(9500)} (${percent(0.95)})`);
      expect(text).to.contain('Größter Abbruch');
      expect(text).to.contain(`${signed((0.4 - 190 / 420) * 100)} Pp. (schlechter)`);
      expect(readAloud(funnel)).to.contain('entfällt, erste Stufe');
      await expect(funnel).to.be.accessible();
    });

    it('flags a stage larger than the one before', async () => {
      const funnel = await fixture<FunnelRatio>(html`
        <funnel-ratio
          label="Newsletter, Mai"
          stages="Versendet,Zugestellt,Geöffnet,Geklickt"
          values="5000,4900,1200,1300"
          locale="de-DE"
        ></funnel-ratio>
      `);
      expect(partText(funnel, 'summary')).to.contain(
        '; „Geklickt“ ist größer als „Geöffnet“, bitte das Tracking prüfen.',
      );
      expect(shown(funnel)).to.contain('100 mehr');
      expect(shown(funnel)).to.contain('Größer als die Stufe davor');
    });
  });

  describe('<goal-gauge>', () => {
    it('paces a monthly lead goal (de-DE)', async () => {
      const gauge = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="new-leads"
          count="260"
          goal="1000"
          period-start="2026-04-01"
          period-end="2026-04-30"
          as-of="2026-04-15"
          locale="de-DE"
        ></goal-gauge>
      `);
      expect(partText(gauge, 'label')).to.equal('Neue Vertriebs-Leads');
      expect(partText(gauge, 'value')).to.equal(`260 von ${number(1000)}`);
      expect(partText(gauge, 'remaining')).to.equal('Noch 740 bis zum Ziel');
      expect(partText(gauge, 'status')).to.contain('Hinter dem Zeitplan');
      expect(paceLines(gauge)).to.deep.equal([
        'Soll-Stand 500',
        `Prognose 520 zum ${day('2026-04-30')}`,
        `Noch ${number(740 / 15, 1)} pro Tag nötig`,
      ]);
      expect(shown(gauge)).to.contain('Tag 15 von 30');
      expect(valueText(gauge)).to.equal(
        `Neue Vertriebs-Leads: 260 von ${number(1000)}, ${percent(0.26)} des Ziels, hinter dem Zeitplan`,
      );
      expect(englishIn(valueText(gauge))).to.deep.equal([]);
      await expect(gauge).to.be.accessible();
    });

    it('measures the way from a baseline', async () => {
      const gauge = await fixture<GoalGauge>(html`
        <goal-gauge
          label="Besucher pro Monat"
          value="19400"
          unit="count"
          goal="20000"
          baseline="8000"
          bands="50%,80%"
          locale="de-DE"
        ></goal-gauge>
      `);
      expect(shown(gauge)).to.contain(`${percent(0.95)} des Wegs`);
      expect(shown(gauge))
        .to.contain(`Ab dem Ausgangswert ${number(8000)}`)
        .and.contain(`insgesamt ${percent(0.97)} des Ziels`);
      expect(valueText(gauge)).to.equal(
        `Besucher pro Monat: ${number(19400)} von ${number(20000)}, ${percent(0.95)} des Wegs ab ${number(8000)}, ` +
          `insgesamt ${percent(0.97)} des Ziels, Zone: gut`,
      );
    });

    it('says a goal passed, ended, not started, and one that must fall', async () => {
      const beyond = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="new-leads"
          count="1100"
          goal="1000"
          period-start="2026-04-01"
          period-end="2026-04-30"
          as-of="2026-05-02"
          locale="de-DE"
        ></goal-gauge>
      `);
      expect(partText(beyond, 'value')).to.equal(`${number(1100)} (Ziel ${number(1000)})`);
      expect(partText(beyond, 'remaining')).to.equal('Ziel erreicht, 100 darüber');
      expect(partText(beyond, 'status')).to.contain('Abgeschlossen, Ziel erreicht');
      expect(paceLines(beyond)).to.deep.equal([`Endete am ${day('2026-04-30')}`]);

      const early = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="new-leads"
          count="0"
          goal="1000"
          period-start="2026-06-01"
          period-end="2026-06-30"
          as-of="2026-05-31"
          locale="de-DE"
        ></goal-gauge>
      `);
      expect(partText(early, 'status')).to.contain('Noch nicht begonnen');
      expect(paceLines(early)).to.deep.equal([`Beginnt am ${day('2026-06-01')} (morgen)`]);

      const cpa = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="cpa"
          cost="2600"
          conversions="40"
          goal="50"
          baseline="70"
          period-start="2026-04-01"
          period-end="2026-06-30"
          as-of="2026-05-01"
          locale="de-DE"
        ></goal-gauge>
      `);
      expect(partText(cpa, 'value')).to.equal(`${euros(65)}, Ziel höchstens ${euros(50)}`);
      expect(partText(cpa, 'remaining')).to.equal(`${euros(15)} über dem Ziel`);
      expect(paceLines(cpa)[2]).to.match(/^Muss noch um .+ pro Tag sinken$/);
    });
  });

  describe('messages', () => {
    /** Every error code, in the forms its message takes: one field or more, with or without an example. */
    const ERRORS: Readonly<Record<KpiErrorCode, readonly KpiError[]>> = {
      'unknown-kpi': [{ code: 'unknown-kpi', fields: ['kpi'], given: 'roas2' }],
      missing: [
        { code: 'missing', fields: ['spend'], example: '1250.50' },
        { code: 'missing', fields: ['spend', 'customers'], example: '1250.50' },
      ],
      'not-a-number': [
        { code: 'not-a-number', fields: ['spend'], given: 'viel', example: '1250.50' },
        { code: 'not-a-number', fields: ['scores'], given: 'elf', position: 2, example: '9' },
      ],
      'ambiguous-number': [{ code: 'ambiguous-number', fields: ['spend'], given: '1.234,5', example: '1234.5' }],
      'not-a-rate': [{ code: 'not-a-rate', fields: ['churn'], given: '150%' }],
      negative: [
        { code: 'negative', fields: ['lost'], given: '-3', example: '3' },
        { code: 'negative', fields: ['lost'], given: '-3' },
      ],
      'not-whole': [{ code: 'not-whole', fields: ['customers'], given: '2.5', example: '3' }],
      'too-large': [
        { code: 'too-large', fields: ['spend'], given: '1e300', example: '1250.50' },
        { code: 'too-large', fields: ['spend'], given: '1e300' },
      ],
      'zero-divisor': [
        { code: 'zero-divisor', fields: ['visitors'], kpi: 'conversion-rate' },
        { code: 'zero-divisor', fields: ['sent', 'bounces'], kpi: 'open-rate' },
        { code: 'zero-divisor', fields: ['total'] },
      ],
      'out-of-range': [
        { code: 'out-of-range', fields: ['decimals'], given: '12', range: { min: 0, max: 10 }, example: '2' },
        { code: 'out-of-range', fields: ['goal'], given: '-5', range: { min: 0 }, example: '5' },
        { code: 'out-of-range', fields: ['promoters', 'detractors'], kpi: 'nps', range: { min: -100, max: 100 } },
        { code: 'out-of-range', fields: ['revenue', 'spend'], kpi: 'roas' },
      ],
      'invalid-option': [
        { code: 'invalid-option', fields: ['notation'], given: 'big', accepted: ['standard', 'compact'] },
        {
          code: 'invalid-option',
          fields: ['locale'],
          given: 'xx-',
          accepted: ['en-US', 'nl-NL', { phrase: 'locale-tag' }],
        },
        {
          code: 'invalid-option',
          fields: ['currency'],
          given: 'EURO',
          accepted: ['EUR', 'USD', { phrase: 'currency-code' }],
        },
        { code: 'invalid-option', fields: ['decimals'], given: 'viele', accepted: [{ phrase: 'decimals-range' }] },
        { code: 'invalid-option', fields: ['refresh'], given: '1', accepted: [{ phrase: 'refresh-seconds' }] },
        {
          code: 'invalid-option',
          fields: ['fields'],
          given: 'revenue',
          accepted: [{ phrase: 'fields-pairs' }, { phrase: 'json-object' }],
        },
        { code: 'invalid-option', fields: ['stages'], given: 'Alle', accepted: [{ phrase: 'funnel-stages' }] },
        { code: 'invalid-option', fields: ['stages'], given: 'A,,B', accepted: [{ phrase: 'funnel-labels' }] },
        {
          code: 'invalid-option',
          fields: ['kpi'],
          given: 'nps',
          accepted: [{ phrase: 'single-numbers' }, { phrase: 'ready-series' }],
        },
        {
          code: 'invalid-option',
          fields: ['labels'],
          given: 'Jan',
          accepted: [{ phrase: 'labels-per-period', args: ['4'] }],
        },
        {
          code: 'invalid-option',
          fields: ['labels'],
          given: 'a,b',
          accepted: [{ phrase: 'labels-per-period', args: ['1'] }],
        },
      ],
      'not-text': [{ code: 'not-text', fields: ['compare-label'], givenValue: { kind: 'object' } }],
      'no-figure': [
        { code: 'no-figure', fields: ['kpi', 'value'] },
        { code: 'no-figure', fields: ['values'], example: '12,15,,18' },
        { code: 'no-figure', fields: ['conversions', 'visitors'] },
      ],
      'not-a-date': [{ code: 'not-a-date', fields: ['period-end'], given: '2026-02-30', example: '2026-02-28' }],
      'invalid-json': [{ code: 'invalid-json', fields: ['script'], given: '{spend: 100' }],
      'length-mismatch': [
        { code: 'length-mismatch', fields: ['visitors', 'conversions'], lengths: { given: 2, expected: 3 } },
        { code: 'length-mismatch', fields: ['visitors', 'conversions'], lengths: { given: 1, expected: 3 } },
      ],
      'fetch-failed': [
        {
          code: 'fetch-failed',
          fields: ['src'],
          given: 'https://example.com/kpis.csv',
          reason: { phrase: 'network-error' },
        },
        { code: 'fetch-failed', fields: ['src'], given: '/kpis.csv', reason: 'HTTP 404' },
      ],
      'invalid-source': [
        { code: 'invalid-source', fields: ['src'], given: '/kpis.json', reason: { phrase: 'not-json' } },
        { code: 'invalid-source', fields: ['src'], given: '/kpis.json', reason: { phrase: 'json-shape' } },
        { code: 'invalid-source', fields: ['src'], given: '/kpis.csv', reason: { phrase: 'no-rows' } },
        {
          code: 'invalid-source',
          fields: ['src'],
          given: '/kpis.csv',
          reason: { phrase: 'no-column', args: ['Kosten', 'spend'] },
        },
        {
          code: 'invalid-source',
          fields: ['src'],
          given: '/kpis.json',
          reason: { phrase: 'no-key', args: ['kosten', 'spend'] },
        },
      ],
      'empty-period': [
        { code: 'empty-period', fields: ['period', 'date-field'], given: '2026-07', reason: '2026-01-01 – 2026-06-30' },
        { code: 'empty-period', fields: ['period', 'date-field'], given: 'month' },
      ],
    };

    /** What a message may hold as code: attribute names, values as written, `HTTP`. */
    const codeOf = (error: KpiError) => [
      ...error.fields,
      ...(error.accepted ?? []).filter((item): item is string => typeof item === 'string'),
      'HTTP',
    ];

    for (const [code, errors] of Object.entries(ERRORS)) {
      it(`words ${code} in German, with no English word`, () => {
        for (const error of errors) {
          const message = describeError(error, 'de-DE');
          expect(message, code).not.to.equal('');
          expect(englishIn(message, codeOf(error)), message).to.deep.equal([]);
          expect(message, message).to.match(/[.]$/);
        }
      });
    }

    it('reads as German editors write', () => {
      const say = (error: KpiError) => describeError(error, 'de-DE');
      expect(say(ERRORS.missing[0]!)).to.equal(`spend fehlt. Ergänzen Sie ${E_G} spend="1250.50".`);
      expect(say(ERRORS.missing[1]!)).to.equal(`spend und customers fehlen. Ergänzen Sie ${E_G} spend="1250.50".`);
      expect(say(ERRORS['not-a-number'][1]!)).to.equal(
        `Eintrag 2 in scores („elf“) ist keine Zahl. Schreiben Sie ${E_G} scores="9".`,
      );
      expect(say(ERRORS['zero-divisor'][0]!)).to.equal(
        'Für die Kennzahl „Conversion-Rate“ wird durch visitors geteilt, und der Wert ist 0. Prüfen Sie visitors.',
      );
      expect(say(ERRORS['zero-divisor'][2]!)).to.equal(
        'Für die Kennzahl wird durch total geteilt, und der Wert ist 0. Prüfen Sie total.',
      );
      expect(say(ERRORS['out-of-range'][0]!)).to.equal(
        `decimals="12" liegt außerhalb des zulässigen Bereichs (0 bis 10). Schreiben Sie ${E_G} decimals="2".`,
      );
      expect(say(ERRORS['out-of-range'][2]!)).to.equal(
        `Das Ergebnis der Kennzahl „Net Promoter Score (NPS)“ liegt außerhalb des möglichen Bereichs (${signed(-100, 0)} bis ${signed(100, 0)}). Prüfen Sie promoters und detractors.`,
      );
      expect(say(ERRORS['invalid-option'][1]!)).to.equal(
        'locale="xx-" ist ungültig. Zulässig: en-US, nl-NL oder ein anderer Sprachcode nach BCP 47.',
      );
      expect(say(ERRORS['invalid-option'][9]!)).to.equal(
        'labels="Jan" ist ungültig. Zulässig: 4 Bezeichnungen, eine pro Zeitraum.',
      );
      expect(say(ERRORS['length-mismatch'][0]!)).to.equal(
        'visitors hat 2 Einträge, conversions aber 3. Beide brauchen gleich viele Einträge.',
      );
      expect(say(ERRORS['invalid-source'][3]!)).to.equal(
        'Die Datei unter src="/kpis.csv" ist nicht lesbar (keine Spalte „Kosten“ für spend). ' +
          'Verwenden Sie eine CSV-Datei mit Kopfzeile, ein JSON-Objekt oder ein JSON-Array.',
      );
    });

    it('says why older figures show, and when they are from', () => {
      const pack = packFor('de');
      const stale = pack.common.stale(phraseText({ phrase: 'network-error' }, pack), '14:05');
      expect(stale).to.equal(
        'Nicht aktuell: Die letzte Aktualisierung ist fehlgeschlagen (Netzwerkfehler). Stand: 14:05.',
      );
      expect(englishIn(stale)).to.deep.equal([]);
      expect(englishIn(pack.common.loading)).to.deep.equal([]);
    });

    it('shows an error in a widget in German, naming the attribute to fix', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="conversion-rate" conversions="10" visitors="0" locale="de-DE"></kpi-card>`,
      );
      // The error card keeps the KPI's name as its title.
      expect(readAloud(card)).to.equal(
        'Conversion-Rate Diese Kennzahl kann nicht angezeigt werden ' +
          'Für die Kennzahl „Conversion-Rate“ wird durch visitors geteilt, und der Wert ist 0. Prüfen Sie visitors.',
      );
      expect(warnings.length).to.be.greaterThan(0);
      await expect(card).to.be.accessible();
    });
  });

  describe('KPIs', () => {
    it('names KPIs as German marketers and their tools do', () => {
      const names = Object.fromEntries(KPI_IDS.map((id) => [id, packFor('de').kpis[id].name]));
      expect(names).to.include({
        'conversion-rate': 'Conversion-Rate',
        cac: 'Kundenakquisitionskosten (CAC)',
        roas: 'Return on Ad Spend (ROAS)',
        'web-bounce-rate': 'Absprungrate',
        'bounce-rate': 'E-Mail-Bounce-Rate',
        'open-rate': 'Öffnungsrate',
        ctr: 'Anzeigen-Klickrate (CTR)',
        'email-ctr': 'E-Mail-Klickrate',
        'organic-ctr': 'Organische Klickrate (CTR)',
        cpm: 'Tausend-Kontakt-Preis (TKP)',
        'new-customers': 'Neukunden',
      });
      // Each KPI has a name of its own: two click-through rates are never both "Klickrate".
      expect(new Set(Object.values(names)).size).to.equal(KPI_IDS.length);
    });

    it('defines every KPI, and notes every benchmark, in German', () => {
      // A definition may name another KPI by its German name, a loanword among them ("Customer Lifetime Value").
      const names = KPI_IDS.flatMap((id) => packFor('de').kpis[id].name.split(/ \(|\)/)).filter(Boolean);
      for (const id of KPI_IDS) {
        const { definition, benchmark } = packedWords('de', id);
        expect(englishIn(definition, names), `${id}: ${definition}`).to.deep.equal([]);
        if (benchmark !== undefined) expect(englishIn(benchmark, names), `${id}: ${benchmark}`).to.deep.equal([]);
      }
    });
  });
});
