import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { allPackedWords, packedWords } from '../../helpers/packs.js';
import '../../../src/index.js';
import type { FunnelRatio } from '../../../src/elements/funnel-ratio/funnel-ratio.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import {
  describeError,
  getKpi,
  hasPack,
  kpiWords,
  langOf,
  packFor,
  phraseText,
  type KpiError,
  type KpiErrorCode,
  type KpiId,
  type PhraseKey,
} from '../../../src/kpi/index.js';
import { collectWarnings } from '../../helpers/console.js';
import { partText, readAloud } from '../../helpers/screen-reader.js';
import { fixedPercent } from '../../helpers/intl.js';

const numbers = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
/** A percent with one decimal: a trend shows all its values with one number of decimals. */
const onePlace = (value: number) => fixedPercent(value, 1, 'nl-NL');
const percent = (value: number, locale = 'nl-NL') =>
  numbers(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
const number = (value: number, digits = 0, locale = 'nl-NL') =>
  numbers(locale, { maximumFractionDigits: digits }).format(value);
const signed = (value: number, digits = 1, locale = 'nl-NL') =>
  numbers(locale, { signDisplay: 'exceptZero', maximumFractionDigits: digits }).format(value);
const euros = (value: number, locale = 'nl-NL', options: Intl.NumberFormatOptions = {}) =>
  numbers(locale, { style: 'currency', currency: 'EUR', ...options }).format(value);
const utc = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
const dates = (options: Intl.DateTimeFormatOptions, locale = 'nl-NL') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
const month = (iso: string, locale = 'nl-NL') => dates({ year: 'numeric', month: 'short' }, locale).format(utc(iso));
const day = (iso: string, locale = 'nl-NL') =>
  dates({ year: 'numeric', month: 'short', day: 'numeric' }, locale).format(utc(iso));

const clean = (text: string | null | undefined) => (text ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** `readAloud` folds every white space, the no-break ones `Intl` puts after "€" included. */
const aloud = (text: string) => text.replace(/\s+/g, ' ');
const shown = (element: Element) => clean(element.shadowRoot?.textContent);
const valueText = (gauge: Element) =>
  gauge.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
const paceLines = (gauge: Element) =>
  [...(gauge.shadowRoot?.querySelectorAll('[part="pace"] span') ?? [])].map((line) => clean(line.textContent));
const chartLabel = (trend: Element) =>
  trend.shadowRoot?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? '';
const ticks = (trend: Element) =>
  [...(trend.shadowRoot?.querySelectorAll('svg text.tick') ?? [])].map((tick) => clean(tick.textContent));
const rows = (funnel: Element) =>
  [...(funnel.shadowRoot?.querySelectorAll('tr') ?? [])].map((row) =>
    // A measure's own column name is shown only where the rows stack: read its value.
    [...row.querySelectorAll('th, td')].map((cell) => clean((cell.querySelector('.cell-value') ?? cell).textContent)),
  );

/**
 * Common English words that are no Dutch words. None may be left in a Dutch message once what is
 * code is taken out: attribute names and values as written, `<script>`, JSON. Words Dutch shares
 * with English ("is", "in", "of", "over", "met", "label", "object", "element", "per") are not listed.
 */
const ENGLISH = new Set(
  `the a an are and or not no missing number add use check write like with for from it its which has have
  be must cannot could loaded valid invalid between at least most more than there nothing yet show entry
  entries date file read range outside too large negative whole zero give one each both same only empty
  inside header row rows column seconds language stages period periods value values accepted possible
  figure computed divides comes address page lets keys attribute about up down better worse change target
  goal missed typical within below above on track pace ahead behind expected projected needs day days week
  month high low data table lost drop biggest overall stage step count unchanged previous vs point points this kit loading refresh failed error network should your you`.split(
    /\s+/,
  ),
);

/** The English words left in a Dutch text once code is taken out: attributes as written, tags, JSON. */
const englishIn = (text: string, code: readonly string[] = []): string[] => {
  let rest = text
    .replace(/<script[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[\w-]+="[^"]*"/g, ' ')
    .replace(/"[^"]*"/g, ' ');
  for (const word of code.filter(Boolean)) rest = rest.split(word).join(' ');
  return (rest.match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word.toLowerCase()));
};

/** Every error code with the errors that carry it, as the engine raises them: the map fails to compile without one. */
const ERRORS: Readonly<Record<KpiErrorCode, readonly KpiError[]>> = {
  'unknown-kpi': [{ code: 'unknown-kpi', fields: ['kpi'], given: 'roas-x' }],
  missing: [
    { code: 'missing', fields: ['spend'], example: '1250.50' },
    { code: 'missing', fields: ['revenue', 'spend'], example: '1250.50' },
  ],
  'not-a-number': [{ code: 'not-a-number', fields: ['visitors'], given: 'x', position: 2, example: '1250' }],
  'ambiguous-number': [{ code: 'ambiguous-number', fields: ['revenue'], given: '1.234,5', example: '1250.50' }],
  'not-a-rate': [{ code: 'not-a-rate', fields: ['churn'], given: '5' }],
  negative: [{ code: 'negative', fields: ['spend'], given: '-5', example: '1250.50' }],
  'not-whole': [{ code: 'not-whole', fields: ['leads'], given: '2.5', example: '1250' }],
  'too-large': [{ code: 'too-large', fields: ['revenue'], given: '1e400', example: '1250.50' }],
  'zero-divisor': [
    { code: 'zero-divisor', fields: ['spend'], kpi: 'roas' },
    { code: 'zero-divisor', fields: ['sent', 'bounces'], kpi: 'open-rate' },
  ],
  'out-of-range': [
    { code: 'out-of-range', fields: ['scores'], given: '11', position: 2, range: { min: 0, max: 10 }, example: '9' },
    { code: 'out-of-range', fields: ['conversions', 'visitors'], kpi: 'conversion-rate', range: { min: 0, max: 1 } },
    { code: 'out-of-range', fields: ['revenue', 'spend'], kpi: 'roas' },
  ],
  'invalid-option': (Object.keys(packFor('nl').phrases) as PhraseKey[])
    // Reasons a file cannot be read are not accepted forms: they are worded in 'words every accepted form and reason'.
    .filter(
      (phrase) =>
        ![
          'network-error',
          'not-json',
          'json-shape',
          'no-rows',
          'no-column',
          'no-key',
          'web-page',
          'file-too-large',
        ].includes(phrase),
    )
    .map((phrase) => ({
      code: 'invalid-option',
      fields: ['option'],
      given: '?',
      accepted: [{ phrase, args: ['4'] }],
    })),
  'not-text': [{ code: 'not-text', fields: ['compare-label'], givenValue: { kind: 'object' } }],
  'no-figure': [
    { code: 'no-figure', fields: ['kpi', 'value'] },
    { code: 'no-figure', fields: ['values'], example: '12,15,,18' },
  ],
  'invalid-json': [{ code: 'invalid-json', fields: ['script'], given: '{oops' }],
  'length-mismatch': [{ code: 'length-mismatch', fields: ['values', 'stages'], lengths: { given: 2, expected: 3 } }],
  'not-a-date': [{ code: 'not-a-date', fields: ['period-end'], given: '2026-02-30', example: '2026-02-15' }],
  'fetch-failed': [{ code: 'fetch-failed', fields: ['src'], given: '/data.csv', reason: { phrase: 'network-error' } }],
  'invalid-source': [
    { code: 'invalid-source', fields: ['src'], given: '/data.csv', reason: { phrase: 'not-json' } },
    { code: 'invalid-source', fields: ['src'], given: '/data.json', reason: { phrase: 'json-shape' } },
    { code: 'invalid-source', fields: ['src'], given: '/data.csv', reason: { phrase: 'no-rows' } },
    {
      code: 'invalid-source',
      fields: ['src'],
      given: '/data.csv',
      reason: { phrase: 'no-column', args: ['Omzet', 'revenue'] },
    },
    {
      code: 'invalid-source',
      fields: ['src'],
      given: '/data.json',
      reason: { phrase: 'no-key', args: ['omzet', 'revenue'] },
    },
  ],
  'empty-period': [
    { code: 'empty-period', fields: ['period', 'date-field'], given: '2026-07', reason: '2026-01-01 – 2026-06-30' },
    { code: 'empty-period', fields: ['period', 'date-field'], given: 'month' },
  ],
};

describe('Dutch (nl)', () => {
  it('is the language of every Dutch region', () => {
    expect(hasPack('nl')).to.equal(true);
    for (const locale of ['nl', 'nl-NL', 'nl-BE']) expect(langOf(locale)).to.equal('nl');
    expect(packFor('nl').exampleLocale).to.equal('nl-NL');
  });

  describe('<kpi-card>', () => {
    it('says a conversion rate with its change, target and benchmark (nl-NL)', async () => {
      const card = await fixture<KpiCard>(html`
        <kpi-card
          kpi="conversion-rate"
          conversions="36"
          visitors="1200"
          previous-conversions="24"
          previous-visitors="1000"
          target="3%"
          benchmark
          locale="nl-NL"
        ></kpi-card>
      `);
      const range = `${percent(0.02)}–${percent(0.05)}`;
      expect(partText(card, 'label')).to.equal('Conversieratio');
      expect(partText(card, 'value')).to.equal(percent(0.03));
      expect(partText(card, 'delta')).to.equal(`${signed(0.6)} pp`);
      expect(shown(card)).to.contain('beter dan de vorige periode');
      expect(partText(card, 'target')).to.equal(`✓Doel ${percent(0.03)}: gehaald`);
      expect(partText(card, 'benchmark')).to.equal(`Binnen de benchmark (${range})`);
      expect(readAloud(card)).to.equal(
        `Conversieratio: ${percent(0.03)}. ` +
          `Gestegen met ${number(0.6, 1)} procentpunt ten opzichte van de vorige periode, beter. ` +
          `Doel ${percent(0.03)}: gehaald. Binnen de benchmark (${range}). Uitleg over conversieratio`,
      );
      expect(partText(card, 'definition')).to.equal(
        `Conversies gedeeld door bezoekers (of leads). Benchmark: ${range} ` +
          '(websites; 2% is gemiddeld, 3% een gangbaar doel; e-commerce 1%–4%).',
      );
      await expect(card).to.be.accessible();
    });

    it('says a cost that fell as good news and a missed target, in Belgian formats (nl-BE)', async () => {
      const card = await fixture<KpiCard>(html`
        <kpi-card
          kpi="cpl"
          cost="4200"
          leads="120"
          previous-cost="4000"
          previous-leads="100"
          target="30"
          benchmark
          locale="nl-BE"
        ></kpi-card>
      `);
      const be = (value: number, options: Intl.NumberFormatOptions = {}) => euros(value, 'nl-BE', options);
      // The range keeps the cents the value has: one rule for a widget's money.
      const range = `${be(10)}–${be(500)}`;
      expect(partText(card, 'value')).to.equal(be(35));
      expect(partText(card, 'delta')).to.equal(
        `${be(-5, { signDisplay: 'exceptZero' })} (${numbers('nl-BE', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(-0.125)})`,
      );
      expect(readAloud(card)).to.equal(
        aloud(
          `Kosten per lead: ${be(35)}. ` +
            `Gedaald met ${be(5)} (${percent(0.125, 'nl-BE')}) ten opzichte van de vorige periode, beter. ` +
            `Doel ${be(30)}: niet gehaald, ${be(5)} te hoog. Binnen de benchmark (${range}). Uitleg over kosten per lead`,
        ),
      );
    });

    it('says an unchanged value "gelijk aan" the previous period, and a site’s own "t.o.v." label with "dan"', async () => {
      const flat = await fixture<KpiCard>(
        html`<kpi-card kpi="new-customers" count="42" previous-count="42" locale="nl-NL"></kpi-card>`,
      );
      expect(shown(flat)).to.contain('gelijk aan de vorige periode');
      expect(readAloud(flat)).to.equal(
        'Nieuwe klanten: 42. Onveranderd ten opzichte van de vorige periode. Uitleg over nieuwe klanten',
      );
      const own = await fixture<KpiCard>(html`
        <kpi-card
          kpi="leads"
          count="120"
          previous-count="100"
          compare-label="t.o.v. vorige maand"
          locale="nl-NL"
        ></kpi-card>
      `);
      expect(shown(own)).to.contain('beter dan vorige maand');
      expect(shown(own)).not.to.contain('beter t.o.v.');
    });
  });

  describe('<kpi-trend>', () => {
    const conversions = '18,21,24,23,27,30,,33';
    const visitors = '1000,1050,1100,1040,1120,1150,,1180';
    const labels = '2025-11,2025-12,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06';

    it('says what the chart shows, with its months, target and gap', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend
          kpi="conversion-rate"
          target="3%"
          axis
          conversions=${conversions}
          visitors=${visitors}
          labels=${labels}
          locale="nl-NL"
          style="width: 640px"
        ></kpi-trend>
      `);
      const [first, last, april] = [0.018, 33 / 1180, 30 / 1150];
      const long = (iso: string) => dates({ year: 'numeric', month: 'long' }).format(utc(iso));
      const span = dates({ year: 'numeric', month: 'short' }).formatRange(utc('2025-11'), utc('2026-06'));
      expect(chartLabel(trend)).to.equal(
        `Conversieratio, ${span}: steeg van ${percent(first)} naar ${percent(last)} ` +
          `(${numbers('nl-NL', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((last - first) * 100)} procentpunt); hoogste ${percent(last)} in ${long('2026-06')}, ` +
          `laagste ${percent(first)} in ${long('2025-11')}; 1 periode zonder gegevens; doel ${onePlace(0.03)}`,
      );
      expect(partText(trend, 'delta')).to.equal(`▲ ${signed((last - april) * 100)} pp beter`);
      expect(partText(trend, 'period')).to.equal(`${month('2026-06')}, ten opzichte van ${month('2026-04')}`);
      expect(partText(trend, 'target')).to.equal(`Doel ${onePlace(0.03)}`);
      expect(shown(trend)).to.contain('Gegevenstabel (8 perioden)');
      expect(shown(trend)).to.contain(`Hoogste ${percent(last)} ${month('2026-06')}`);
      await expect(trend).to.be.accessible();
    });

    it('shows months on the axis with their year, never as a day ("jan 26")', async () => {
      const trend = await fixture<KpiTrend>(html`
        <kpi-trend values="3,1,4,2" labels="2026-01,2026-02,2026-03,2026-04" axis locale="nl-NL"></kpi-trend>
      `);
      await waitUntil(() => ticks(trend).length > 0, 'the axis draws');
      const periods = ticks(trend).filter((tick) => /\p{L}/u.test(tick));
      expect(periods).to.include(month('2026-01')).and.include(month('2026-04'));
      for (const tick of periods)
        expect(tick)
          .to.match(/2026$/)
          .and.not.match(/^\p{L}+\.? \d{2}$/u);
    });
  });

  describe('<funnel-ratio>', () => {
    it('says the funnel, its change and its biggest drop-off with one word for drop-off: "uitval"', async () => {
      const funnel = await fixture<FunnelRatio>(html`
        <funnel-ratio
          stages="Bezoekers,Leads,MQL,SQL,Klanten"
          values="10000,500,200,80,20"
          previous-values="9200,420,190,70,15"
          locale="nl-NL"
        ></funnel-ratio>
      `);
      const change = numbers('nl-NL', { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(
        (20 / 10000 - 15 / 9200) * 100,
      );
      expect(partText(funnel, 'label')).to.equal('Conversiefunnel');
      expect(partText(funnel, 'summary')).to.equal(
        `Van Bezoekers naar Klanten: ${percent(0.002)} totale conversie ` +
          `(${change} procentpunt ten opzichte van de vorige periode, beter); ` +
          `grootste uitval van Bezoekers naar Leads: ${percent(0.95)}.`,
      );
      const table = rows(funnel);
      expect(table[0]).to.deep.equal([
        'Fase',
        'Aantal',
        'Conversie per stap',
        'Vanaf eerste fase',
        'Uitval',
        'Verschil met vorige periode',
      ]);
      expect(table[2]?.[4]).to.equal(`${number(9500)} (${percent(0.95)})▼Grootste uitval`);
      expect(table[1]?.[2]).to.contain('niet van toepassing, eerste fase');
      expect(shown(funnel)).to.contain('totale conversie').and.contain('ten opzichte van de vorige periode');
      await expect(funnel).to.be.accessible();
    });

    it('says a stage that grew and a funnel without drop-off in Dutch', async () => {
      const grew = await fixture<FunnelRatio>(
        html`<funnel-ratio stages="Bezoekers,Leads,MQL" values="1000,0,10" locale="nl-NL"></funnel-ratio>`,
      );
      expect(partText(grew, 'summary')).to.equal(
        `Van Bezoekers naar MQL: ${percent(0.01)} totale conversie; grootste uitval van Bezoekers naar Leads: ` +
          `${percent(1)}; MQL is groter dan Leads, controleer de meting.`,
      );
      expect(shown(grew)).to.contain('geen, Leads is 0').and.contain('Groter dan de fase ervoor');
      const level = await fixture<FunnelRatio>(
        html`<funnel-ratio stages="Bezoekers,Leads" values="100,100" locale="nl-NL"></funnel-ratio>`,
      );
      expect(partText(level, 'summary')).to.equal(
        `Van Bezoekers naar Leads: ${percent(1)} totale conversie; geen enkele stap heeft uitval.`,
      );
    });
  });

  describe('<goal-gauge>', () => {
    it('says a dated goal with its pace', async () => {
      const gauge = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="new-leads"
          count="260"
          goal="1000"
          period-start="2026-04-01"
          period-end="2026-04-30"
          as-of="2026-04-08"
          locale="nl-NL"
        ></goal-gauge>
      `);
      expect(partText(gauge, 'label')).to.equal('Nieuwe salesleads');
      expect(partText(gauge, 'value')).to.equal(`260 van ${number(1000)}`);
      expect(partText(gauge, 'remaining')).to.equal('Nog 740 te gaan');
      expect(partText(gauge, 'status')).to.equal('✓Op schema');
      expect(paceLines(gauge)).to.deep.equal([
        `Volgens schema nu ${number(1000 * (8 / 30))}`,
        `Prognose ${number(975)} op ${day('2026-04-30')}`,
        `Nodig: ${number(740 / 22, 1)} per dag`,
      ]);
      expect(valueText(gauge)).to.equal(
        `Nieuwe salesleads: 260 van ${number(1000)}, ${percent(0.26)} van het doel, op schema`,
      );
      await expect(gauge).to.be.accessible();
    });

    it('says a value past its goal as "230 (doel 200)", never "230 van 200"', async () => {
      const gauge = await fixture<GoalGauge>(
        html`<goal-gauge kpi="new-leads" count="230" goal="200" locale="nl-NL"></goal-gauge>`,
      );
      expect(partText(gauge, 'value')).to.equal('230 (doel 200)');
      expect(partText(gauge, 'remaining')).to.equal('Doel gehaald, 30 erboven');
      expect(valueText(gauge)).to.equal(
        `Nieuwe salesleads: 230 (doel 200), ${percent(1.15)} van het doel, doel gehaald`,
      );
      expect(valueText(gauge)).not.to.contain('230 van 200');
    });

    it('says a lower-is-better goal, its baseline and its zone', async () => {
      const gauge = await fixture<GoalGauge>(html`
        <goal-gauge
          kpi="cpl"
          cost="6250"
          leads="100"
          goal="50"
          baseline="80"
          bands="0.5,0.8"
          locale="nl-NL"
        ></goal-gauge>
      `);
      expect(valueText(gauge)).to.equal(
        `Kosten per lead: ${euros(62.5)}, doel maximaal ${euros(50)}, ` +
          `${numbers('nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(17.5 / 30)} van het traject ` +
          `vanaf ${euros(80)}, ${percent(0.8)} van het doel in totaal, zone: matig`,
      );
      expect(partText(gauge, 'remaining')).to.equal(`${euros(12.5)} boven het doel`);
    });
  });

  describe('messages', () => {
    it('words every error code in Dutch, with no English word', () => {
      for (const [code, errors] of Object.entries(ERRORS)) {
        for (const error of errors) {
          const message = describeError(error, 'nl-NL');
          const kpi = error.kpi ? getKpi(error.kpi) : undefined;
          const kpiName = kpi ? kpiWords(kpi, 'nl').name : '';
          expect(englishIn(message, [...error.fields, kpiName]), `${code}: ${message}`).to.deep.equal([]);
          expect(message, code).not.to.match(/undefined|NaN|null/);
        }
      }
    });

    it('words every accepted form and reason in Dutch', () => {
      const pack = packFor('nl');
      for (const phrase of Object.keys(pack.phrases) as PhraseKey[]) {
        const text = phraseText({ phrase, args: ['Omzet', 'revenue'] }, pack);
        expect(englishIn(text, ['Omzet', 'revenue', 'BCP', 'ISO', 'JSON']), phrase).to.deep.equal([]);
      }
      expect(englishIn(pack.common.stale('netwerkfout', '14:05'))).to.deep.equal([]);
      expect(englishIn(`${pack.common.loading} ${pack.common.cannotShow}`)).to.deep.equal([]);
    });

    const warnings = collectWarnings();

    it('shows an error in Dutch in the widget, and warns in English in the console', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="roas" revenue="1.234,5" spend="10" locale="nl-NL"></kpi-card>`,
      );
      expect(partText(card, 'error')).to.equal(
        '! Deze KPI kan niet worden getoond revenue="1.234,5" is niet eenduidig. Schrijf het getal met een punt ' +
          'als decimaalteken, zonder scheidingstekens voor duizendtallen en zonder valutateken, zoals revenue="1250.50".',
      );
      expect(warnings.join(' ')).to.contain('revenue="1.234,5" is ambiguous');
    });
  });

  describe('the defects of issue 21 are gone', () => {
    const name = (id: KpiId) => packFor('nl').kpis[id].name;
    const definition = (id: KpiId) => packedWords('nl', id).definition;
    const all = () =>
      allPackedWords('nl')
        .flatMap((kpi) => [kpi.name, kpi.definition, kpi.benchmark ?? ''])
        .join(' | ');

    it('joins compounds and puts Dutch words in Dutch order', () => {
      expect(name('subscriber-growth')).to.equal('Groeipercentage abonnees');
      expect(name('backlink-growth')).to.equal('Backlinkgroei');
      expect(name('first-30-days-traffic')).to.equal('Verkeer in de eerste 30 dagen');
      expect(definition('open-rate')).to.match(/^Geopende e-mails gedeeld door/);
      expect(definition('email-ctr')).to.match(/^Aangeklikte e-mails gedeeld door/);
      expect(all()).not.to.match(/Abonnee groeipercentage|Backlink-groei|Eerste 30 dagen verkeer|E-mails geopend/);
    });

    it('spells "salesleads", "klikken" and "keren opgeslagen"', () => {
      expect(name('new-leads')).to.equal('Nieuwe salesleads');
      expect(definition('engagement-rate')).to.contain('keren opgeslagen');
      expect(all()).not.to.match(/saleleads|\bkliks\b|, opslagen\)/);
      expect(definition('cpc')).to.contain('klikken');
    });

    it('says which click-through rate a KPI is: e-mail, ads or organic', () => {
      const names = (['email-ctr', 'ctr', 'organic-ctr'] as const).map(name);
      expect(names).to.deep.equal([
        'Klikfrequentie (e-mail)',
        'Klikfrequentie (advertenties)',
        'Organische klikfrequentie',
      ]);
      expect(new Set(names).size).to.equal(3);
    });

    it('says a typical range once, with what it is, not "gebruikelijk" twice', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="open-rate" opened="2500" sent="10200" bounces="200" benchmark locale="nl-NL"></kpi-card>`,
      );
      const range = `${percent(0.15)}–${percent(0.25)}`;
      expect(partText(card, 'benchmark')).to.equal(`Binnen de benchmark (${range})`);
      expect(partText(card, 'definition')).to.equal(
        `Geopende e-mails gedeeld door afgeleverde e-mails (verzonden min bounces). Benchmark: ${range} (e-mailcampagnes).`,
      );
      expect(shown(card)).not.to.match(/gebruikelijk/i);
    });

    it('uses "conversiefunnel" and "uitval", not "trechter" or "verloren"', () => {
      const words = packFor('nl').funnel;
      expect([words.title, words.lost, words.biggestLoss]).to.deep.equal([
        'Conversiefunnel',
        'Uitval',
        'Grootste uitval',
      ]);
      const texts = Object.values(words).filter((word) => typeof word === 'string');
      for (const text of texts) expect(text).not.to.match(/trechter|[Vv]erlo(ren|ies)/);
      expect(words.summaryLoss('A', 'B', '50%')).to.equal('; grootste uitval van A naar B: 50%');
    });

    it('words an impossible number as a Dutch speaker would', () => {
      const message = describeError(
        { code: 'too-large', fields: ['revenue'], given: '1e400', example: '1250.50' },
        'nl-NL',
      );
      expect(message).to.equal(
        'revenue="1e400" is te groot om te kloppen. Controleer het getal en schrijf het als revenue="1250.50".',
      );
      expect(message).not.to.contain('echt cijfer');
    });

    it('says an inclusive range "0 tot en met 10" everywhere', () => {
      const entry = describeError(
        {
          code: 'out-of-range',
          fields: ['scores'],
          given: '11',
          position: 2,
          range: { min: 0, max: 10 },
          example: '9',
        },
        'nl-NL',
      );
      expect(entry).to.contain('(0 tot en met 10)');
      expect(phraseText({ phrase: 'decimals-range' }, packFor('nl'))).to.contain('0 tot en met 10');
      expect(entry).not.to.match(/0 tot 10/);
    });

    it('writes a KPI name in lower case inside the button’s sentence, acronyms and proper names as they are', async () => {
      const about = packFor('nl').card.about;
      expect(about('Conversieratio')).to.equal('Uitleg over conversieratio');
      expect(about('Net Promoter Score')).to.equal('Uitleg over Net Promoter Score');
      expect(about('LTV:CAC-verhouding')).to.equal('Uitleg over LTV:CAC-verhouding');
      expect(about('Webshop Bol')).to.equal('Uitleg over Webshop Bol');
      const card = await fixture<KpiCard>(html`<kpi-card kpi="roas" revenue="4" spend="1" locale="nl-NL"></kpi-card>`);
      expect(readAloud(card)).to.contain('Uitleg over rendement op advertentie-uitgaven');
    });

    it('says no "t.o.v." in any sentence read aloud', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="leads" count="120" previous-count="100" locale="nl-NL"></kpi-card>`,
      );
      const funnel = await fixture<FunnelRatio>(
        html`<funnel-ratio stages="A,B" values="100,50" previous-values="100,40" locale="nl-NL"></funnel-ratio>`,
      );
      const trend = await fixture<KpiTrend>(html`<kpi-trend values="1,2,3" locale="nl-NL"></kpi-trend>`);
      for (const widget of [card, funnel, trend]) expect(readAloud(widget)).not.to.contain('t.o.v.');
    });
  });
});
