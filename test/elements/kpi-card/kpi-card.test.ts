import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/kpi-card/kpi-card.js';
import type { KpiCard } from '../../../src/elements/kpi-card/kpi-card.js';
import { getKpi, registerKpi } from '../../../src/kpi/index.js';
import { notes as dutchNotes } from '../../../src/kpi/locales/nl/notes.js';
import { notes as englishNotes } from '../../../src/kpi/locales/en/notes.js';
import { partText, readAloud, settle } from '../../helpers/screen-reader.js';

const en = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);
const nl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('nl-NL', options);

describe('<kpi-card>', () => {
  let warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('computes ROAS from raw inputs: "ROAS 4 : 1"', async () => {
    const card = await fixture<KpiCard>(
      html`<kpi-card kpi="roas" revenue="12000" spend="3000" locale="en-US"></kpi-card>`,
    );
    expect(partText(card, 'label')).to.equal('Return on ad spend');
    expect(partText(card, 'value')).to.equal('4 : 1');
    expect(readAloud(card)).to.contain('Return on ad spend: 4 : 1.');
    await expect(card).to.be.accessible();
  });

  describe('units', () => {
    const cases: [string, string, string][] = [
      ['percent', 'kpi="conversion-rate" conversions="30" visitors="1000"', en({ style: 'percent' }).format(0.03)],
      [
        'currency',
        'kpi="cac" spend="10000" customers="50" currency="USD"',
        en({ style: 'currency', currency: 'USD' }).format(200),
      ],
      ['ratio', 'kpi="roas" revenue="10" spend="1"', '10 : 1'],
      ['count', 'kpi="press-mentions" count="1250"', en({}).format(1250)],
      ['number', 'kpi="visitors-per-lead" visitors="2050" leads="100"', en({ maximumFractionDigits: 1 }).format(20.5)],
      ['score', 'kpi="nps" promoters="60" passives="25" detractors="15"', '+45'],
    ];
    for (const [unit, attributes, expected] of cases) {
      it(`shows a ${unit} KPI`, async () => {
        const wrapper = await fixture(`<div lang="en-US"><kpi-card ${attributes}></kpi-card></div>`);
        const card = wrapper.querySelector('kpi-card') as KpiCard;
        await card.updateComplete;
        expect(partText(card, 'value')).to.equal(expected);
      });
    }

    it('shows a ready value in its unit when there is no formula', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          label="Share of wallet"
          value="12.5%"
          unit="percent"
          previous-value="10%"
          locale="en-US"
        ></kpi-card>`,
      );
      expect(partText(card, 'label')).to.equal('Share of wallet');
      expect(partText(card, 'value')).to.equal('12.5%');
      expect(partText(card, 'delta')).to.equal('+2.5 pp');
      await expect(card).to.be.accessible();
    });
  });

  describe('comparison with the previous period', () => {
    it('shows a rise as good news where higher is better, in percentage points for percent KPIs', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="conversion-rate"
          conversions="30"
          visitors="1000"
          previous-conversions="20"
          previous-visitors="1000"
          locale="en-US"
        ></kpi-card>`,
      );
      expect(partText(card, 'delta')).to.equal('+1 pp');
      expect(readAloud(card)).to.contain('Up 1 percentage point vs previous period, better.');
      await expect(card).to.be.accessible();
    });

    it('shows CAC going down as good news, with the relative change', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="cac"
          spend="18000"
          customers="100"
          previous-spend="20000"
          previous-customers="100"
          currency="USD"
          locale="en-US"
        ></kpi-card>`,
      );
      const relative = en({ style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(-0.1);
      expect(partText(card, 'delta')).to.equal(`-$20.00 (${relative})`);
      expect(readAloud(card)).to.contain('Down $20.00 (10%) vs previous period, better.');
    });

    it('lets better="lower" turn a rise into bad news', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card value="120" previous-value="100" better="lower" locale="en-US"></kpi-card>`,
      );
      expect(readAloud(card)).to.contain('Up 20 (20%) vs previous period, worse.');
    });

    it('uses previous-value as the previous KPI value when the previous inputs are not given', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="roas" revenue="12000" spend="3000" previous-value="3" locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'delta')).to.contain('+1');
    });

    it('keeps a KPI input named previous as an input (traffic growth), with previous- twins for the period before', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="traffic-growth"
          current="664234"
          previous="645286"
          previous-current="645286"
          previous-previous="600000"
          decimals="2"
          locale="en-US"
        ></kpi-card>`,
      );
      expect(partText(card, 'value')).to.equal('2.94%');
      expect(partText(card, 'delta')).to.match(/^-4\.61 pp$/);
    });

    it('shows no percent change of a score: NPS +30 to +45 is +15, not +50% (defect 3)', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="nps"
          promoters="60"
          passives="25"
          detractors="15"
          previous-promoters="50"
          previous-passives="30"
          previous-detractors="20"
          locale="en-US"
        ></kpi-card>`,
      );
      expect(partText(card, 'value')).to.equal('+45');
      expect(partText(card, 'delta')).to.equal('+15');
      expect(readAloud(card)).to.contain('Up 15 vs previous period, better.');
      expect(readAloud(card)).not.to.contain('%');
      await expect(card).to.be.accessible();
    });

    it('shows no percent change from zero, nor across a change of sign', async () => {
      const fromZero = await fixture<KpiCard>(html`<kpi-card value="5" previous-value="0" locale="en-US"></kpi-card>`);
      expect(partText(fromZero, 'delta')).to.equal('+5');
      const acrossZero = await fixture<KpiCard>(
        html`<kpi-card value="5" previous-value="-5" locale="en-US"></kpi-card>`,
      );
      expect(partText(acrossZero, 'delta')).to.equal('+10');
      expect(readAloud(acrossZero)).to.contain('Up 10 vs previous period, better.');
    });

    it('says what it compares with, via compare-label', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card value="5" previous-value="5" compare-label="vs last month" locale="en-US"></kpi-card>`,
      );
      expect(readAloud(card)).to.contain('Unchanged vs last month.');
    });
  });

  describe('target', () => {
    it('says a target is met, and by how much', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="conversion-rate" conversions="35" visitors="1000" target="3%" locale="en-US"></kpi-card>`,
      );
      // 3.5% shows its decimal, and so does the target beside it: one rule for decimals.
      const target = en({ style: 'percent', minimumFractionDigits: 1 }).format(0.03);
      expect(partText(card, 'target')).to.equal(`✓Target ${target}: met, 0.5 pp above`);
      expect(readAloud(card)).to.contain(`Target ${target}: met, 0.5 pp above.`);
      await expect(card).to.be.accessible();
    });

    it('says a target is missed, in the better direction of the KPI', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="cac" spend="20000" customers="100" target="180" currency="EUR" locale="en-US"></kpi-card>`,
      );
      const twenty = en({ style: 'currency', currency: 'EUR' }).format(20);
      expect(readAloud(card)).to.contain(`missed, ${twenty} over`);
    });

    it('puts a dash, not a second colon, after a ratio target', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="roas" revenue="12000" spend="3000" target="3.5" locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'target')).to.equal('✓Target 3.5 : 1 – met, 0.5 above');
      expect(readAloud(card)).to.contain('Target 3.5 : 1 – met, 0.5 above.');
    });

    it('accepts 0.03 and 3% as the same percent target', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="conversion-rate" conversions="30" visitors="1000" target="0.03" locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'target')).to.contain('Target 3%: met');
    });
  });

  describe('benchmark', () => {
    it('shows the typical range of the KPI and where the value stands in it', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="open-rate" opened="300" sent="1000" benchmark locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'benchmark')).to.equal('Above the typical range (15%–25%)');
      await expect(card).to.be.accessible();
    });

    it('shows ratios once with ": 1"', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="ltv-cac" ltv="400" cac="100" benchmark locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'benchmark')).to.equal('Within the typical range (≥ 3 : 1)');
    });

    it('does not judge a dollar CPL against a range quoted in euros, but still shows the range (defect 1)', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="cpl" cost="1000" leads="15" benchmark locale="en-US"></kpi-card>`,
      );
      const euros = en({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      const range = `${euros.format(10)}–${euros.format(500)}`;
      expect(partText(card, 'value')).to.equal(en({ style: 'currency', currency: 'USD' }).format(1000 / 15));
      expect(partText(card, 'benchmark')).to.equal(`Typical: ${range}`);
      expect(readAloud(card)).to.contain(`Typical: ${range}.`);
      expect(readAloud(card)).not.to.match(/within|below|above/);
      // No bar either: a dollar value has no place on a track in euros.
      expect(card.shadowRoot?.querySelector('[part="benchmark-bar"]')).to.equal(null);
      await expect(card).to.be.accessible();
    });

    it('judges a CPL against the euro range when the card is in euros', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="cpl" cost="1000" leads="15" currency="EUR" benchmark locale="en-US"></kpi-card>`,
      );
      // Judged, the range shares the value's decimals: cents, as €66.67 has.
      const euros = en({ style: 'currency', currency: 'EUR' });
      expect(partText(card, 'benchmark')).to.equal(
        `Within the typical range (${euros.format(10)}–${euros.format(500)})`,
      );
      expect(card.shadowRoot?.querySelector('[part="benchmark-bar"]')).not.to.equal(null);
    });

    it('shows a benchmark that is a figure to go by, not a range, as a reference line without a verdict', async () => {
      const organic = getKpi('organic-ctr');
      if (!organic) throw new Error('organic-ctr is in the catalog');
      // A site's own take on a KPI, with a benchmark that has a note and no bounds.
      registerKpi({
        ...organic,
        id: 'site-organic-ctr',
        benchmark: { note: { en: 'position 1 about 31.7%', nl: 'positie 1 ongeveer 31,7%' } },
      });
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="site-organic-ctr" clicks="50" impressions="1000" benchmark locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'benchmark')).to.equal('For reference: position 1 about 31.7%');
      expect(readAloud(card)).to.contain('For reference: position 1 about 31.7%.');
      expect(readAloud(card)).not.to.match(/within|below|above/);
      expect(card.shadowRoot?.querySelector('[part="benchmark-bar"]')).to.equal(null);
      await expect(card).to.be.accessible();
    });

    it('judges a CPL in euros by default where the locale pays in euros (nl-NL)', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="cpl" cost="1000" leads="15" benchmark locale="nl-NL"></kpi-card>`,
      );
      expect(partText(card, 'benchmark')).to.contain('Binnen de benchmark');
    });
  });

  describe('locales', () => {
    it('speaks Dutch for nl-NL, numbers and words', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="conversion-rate"
          conversions="36"
          visitors="1200"
          previous-conversions="24"
          previous-visitors="1000"
          target="3%"
          benchmark
          locale="nl-NL"
        ></kpi-card>`,
      );
      expect(partText(card, 'label')).to.equal('Conversieratio');
      expect(partText(card, 'delta')).to.equal('+0,6 pp');
      expect(readAloud(card)).to.equal(
        `Conversieratio: ${nl({ style: 'percent' }).format(0.03)}. Gestegen met 0,6 procentpunt ten opzichte van de vorige periode, beter. ` +
          'Doel 3%: gehaald. Binnen de benchmark (2%–5%). Uitleg over conversieratio',
      );
      await expect(card).to.be.accessible();
    });
  });

  describe('common attributes', () => {
    it('honours decimals, compact notation and currency', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="first-30-days-traffic" visitors="1234567" notation="compact" locale="en-US"></kpi-card>`,
      );
      expect(partText(card, 'value')).to.equal(en({ notation: 'compact', maximumFractionDigits: 1 }).format(1234567));
      card.setAttribute('notation', 'standard');
      card.setAttribute('decimals', '1');
      await settle(card);
      expect(partText(card, 'value')).to.equal(
        en({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234567),
      );
      const money = await fixture<KpiCard>(
        html`<kpi-card kpi="aov" revenue="9000" orders="120" currency="GBP" locale="nl-NL"></kpi-card>`,
      );
      expect(partText(money, 'value')).to.equal(nl({ style: 'currency', currency: 'GBP' }).format(75));
    });

    for (const width of [160, 600]) {
      it(`fits a ${width} px container without overflowing`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <kpi-card
              kpi="ltv"
              arpu="50"
              churn="4%"
              previous-arpu="48"
              previous-churn="5%"
              target="1200"
              benchmark
              currency="USD"
              locale="en-US"
            ></kpi-card>
          </div>`,
        );
        wrapper.style.width = `${width}px`;
        const card = wrapper.querySelector('kpi-card') as KpiCard;
        await settle(card);
        const box = card.shadowRoot?.querySelector<HTMLElement>('[part="card"]');
        expect(box?.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        expect(box?.scrollWidth).to.be.at.most((box?.clientWidth ?? 0) + 1);
      });
    }
  });

  describe('definition', () => {
    it('opens and closes the KPI definition by keyboard, pointer and touch alike (a button)', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card kpi="roas" revenue="4" spend="1" locale="en-US"></kpi-card>`);
      const button = card.shadowRoot?.querySelector<HTMLButtonElement>('[part="info-button"]');
      const definition = card.shadowRoot?.querySelector<HTMLElement>('[part="definition"]');
      expect(button?.getAttribute('aria-expanded')).to.equal('false');
      expect(readAloud(card)).to.contain('About return on ad spend');
      expect(definition?.hidden).to.equal(true);
      button?.click();
      await card.updateComplete;
      expect(button?.getAttribute('aria-expanded')).to.equal('true');
      expect(definition?.hidden).to.equal(false);
      // The definitions download when one opens: nothing else on this page asked for them.
      expect(definition?.textContent).to.contain(englishNotes.roas.definition);
      await expect(card).to.be.accessible();
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await card.updateComplete;
      expect(definition?.hidden).to.equal(true);
    });

    it("opens a Dutch card's definition in Dutch, with its benchmark note", async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="conversion-rate" conversions="30" visitors="1000" locale="nl-NL"></kpi-card>`,
      );
      card.shadowRoot?.querySelector<HTMLButtonElement>('[part="info-button"]')?.click();
      await card.updateComplete;
      const text = card.shadowRoot?.querySelector('[part="definition"]')?.textContent ?? '';
      expect(text).to.contain(dutchNotes['conversion-rate'].definition);
      expect(text).to.contain(dutchNotes['conversion-rate'].benchmark);
    });

    it('has no definition button for a plain value', async () => {
      const card = await fixture<KpiCard>(html`<kpi-card value="12" locale="en-US"></kpi-card>`);
      expect(card.shadowRoot?.querySelector('[part="info-button"]')).to.equal(null);
    });
  });

  describe('updates and events', () => {
    it('re-computes when an input attribute changes and fires kpi-change', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="roas" revenue="12000" spend="3000" locale="en-US"></kpi-card>`,
      );
      setTimeout(() => card.setAttribute('spend', '4000'));
      const event = await oneEvent(card, 'kpi-change');
      expect(event.detail).to.deep.equal({ kpi: 'roas', value: 3, text: '3 : 1', status: 'neutral' });
      expect(partText(card, 'value')).to.equal('3 : 1');
    });

    /** The first `kpi-change` of a card made with these attributes. */
    const firstReport = async (attributes: Record<string, string>) => {
      const card = document.createElement('kpi-card');
      for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) card.setAttribute(name, value);
      const event = oneEvent(card, 'kpi-change');
      document.body.append(card);
      const { detail } = await event;
      card.remove();
      return detail;
    };

    it('names the catalog id in kpi-change, however kpi is written (kpi="ROAS" reports roas)', async () => {
      expect(await firstReport({ kpi: 'ROAS', revenue: '12000', spend: '3000' })).to.deep.equal({
        kpi: 'roas',
        value: 4,
        text: '4 : 1',
        status: 'neutral',
      });
    });

    it('reports a met target as good news and a missed one as bad when there is no previous value', async () => {
      expect((await firstReport({ value: '5', target: '4' })).status).to.equal('good');
      expect((await firstReport({ value: '5', target: '4', better: 'lower' })).status).to.equal('bad');
      // With a previous value, the change decides: down from 6 is bad news, though the target is met.
      expect((await firstReport({ value: '5', target: '4', 'previous-value': '6' })).status).to.equal('bad');
    });

    it('reports good or bad news in kpi-change', async () => {
      const card = document.createElement('kpi-card');
      card.setAttribute('locale', 'en-US');
      card.value = '5';
      card.previousValue = '4';
      const event = oneEvent(card, 'kpi-change');
      document.body.append(card);
      expect((await event).detail.status).to.equal('good');
      card.remove();
    });
  });

  describe('errors', () => {
    const cases: [attributes: string, says: string, names: string][] = [
      ['kpi="roas" revenue="€12.000" spend="3000"', 'revenue="€12.000" is ambiguous', 'revenue'],
      ['kpi="roas" revenue="12000"', 'spend is missing', 'spend'],
      // The set the editor started (counts), not the other set's `scores`.
      ['kpi="nps" promoters="50"', 'passives and detractors are missing', 'passives'],
      ['kpi="cac" spend="100" customers="0"', 'divides by customers, which is 0', 'customers'],
      ['kpi="cac" spend="100" customers="-3"', 'customers="-3" is negative', 'customers'],
      ['kpi="roas" revenue="1e400" spend="1"', 'revenue="1e400" is too large', 'revenue'],
      ['kpi="roass" revenue="1" spend="1"', 'kpi="roass" is not a KPI', 'kpi'],
      [
        'kpi="roas" revenue="1" spend="1" previous-revenue="abc" previous-spend="1"',
        'previous-revenue="abc" is not a number',
        'previous-revenue',
      ],
      ['kpi="roas" revenue="1" spend="1" target="lots"', 'target="lots" is not a number', 'target'],
      ['value="12" unit="euros"', 'unit="euros" is not valid', 'unit'],
      ['', 'nothing to show yet', 'kpi'],
    ];
    for (const [attributes, says, names] of cases) {
      it(`explains ${attributes || 'no attributes'} and warns naming ${names}`, async () => {
        const wrapper = await fixture(`<div lang="en-US"><kpi-card ${attributes}></kpi-card></div>`);
        const card = wrapper.querySelector('kpi-card') as KpiCard;
        await card.updateComplete;
        const text = readAloud(card);
        expect(text).to.contain(says);
        expect(text).not.to.match(/NaN|Infinity|undefined|null/);
        expect(String(warnings.at(-1)?.[0])).to.contain(names);
        await expect(card).to.be.accessible();
      });
    }

    it('recovers when the attribute is fixed', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="cac" spend="100" customers="0" locale="en-US"></kpi-card>`,
      );
      card.setAttribute('customers', '4');
      await settle(card);
      expect(partText(card, 'value')).to.equal(en({ style: 'currency', currency: 'USD' }).format(25));
    });
  });

  describe('craft (issue 24)', () => {
    /** The box of a part, or of the first element a selector finds, in the card's shadow root. */
    const box = (card: KpiCard, selector: string) => {
      const element = card.shadowRoot?.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return element.getBoundingClientRect();
    };

    /** A row of cards as a dashboard lays them out: a grid of equal columns. */
    const row = async (width: number, cards: string) => {
      const wrapper = await fixture<HTMLDivElement>(
        `<div lang="en-US" style="display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;width:${width}px">${cards}</div>`,
      );
      const all = [...wrapper.querySelectorAll('kpi-card')];
      for (const card of all) await settle(card);
      return all;
    };

    const three = `
      <kpi-card kpi="roas" revenue="12000" spend="3000"></kpi-card>
      <kpi-card kpi="romi" revenue="48000" spend="12000" previous-revenue="36000" previous-spend="12000" target="250%"></kpi-card>
      <kpi-card kpi="open-rate" opened="4200" sent="20000" bounces="400" previous-opened="3900" previous-sent="20000" previous-bounces="500" target="22%" benchmark></kpi-card>`;

    it('stretches every card of a row to the row, with the values on one baseline', async () => {
      const cards = await row(820, three);
      const heights = cards.map((card) => Math.round(box(card, '[part="card"]').height));
      expect(new Set(heights).size, `heights ${heights}`).to.equal(1);
      // A long name ("Return on marketing investment") keeps to one line: it does not push its value down.
      const bottoms = cards.map((card) => Math.round(box(card, '[part="value"]').bottom));
      expect(new Set(bottoms).size, `value bottoms ${bottoms}`).to.equal(1);
      expect(partText(cards[1] as KpiCard, 'label')).to.equal('Return on marketing investment');
    });

    it('keeps the change badge and its note in one phrase: the note starts on the badge’s line', async () => {
      const [, romi] = (await row(820, three)) as KpiCard[];
      const badge = box(romi as KpiCard, '[part="delta"]');
      const note = romi?.shadowRoot?.querySelector('.delta-note')?.getClientRects()[0];
      expect(note, 'the note').to.not.equal(undefined);
      expect(Math.abs((note?.bottom ?? 0) - badge.bottom)).to.be.below(6);
      expect(note?.left).to.be.at.least(badge.right);
    });

    it('labels the benchmark bar: the value at its marker and the range at its ends, readable', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card kpi="open-rate" opened="4200" sent="20000" bounces="400" benchmark locale="en-US"></kpi-card>`,
      );
      const one = en({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      const labels = [...(card.shadowRoot?.querySelectorAll('[part="benchmark-bar"] text') ?? [])];
      expect(labels.map((label) => label.textContent)).to.deep.equal([0.2143, 0.15, 0.25].map(one.format));
      for (const label of labels) {
        expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(11);
        const { width } = label.getBoundingClientRect();
        expect(width, 'a label that shows').to.be.above(10);
      }
      // Over the bar, the value stands between the range's ends under it, as 21.4% is within 15%–25%.
      const [value, low, high] = labels.map((label) => label.getBoundingClientRect());
      const middle = (rect?: DOMRect) => (rect ? rect.left + rect.width / 2 : Number.NaN);
      expect(middle(value)).to.be.above(middle(low)).and.below(middle(high));
      expect(value?.bottom, 'the value over the bar').to.be.at.most(low?.top ?? 0);
      // A screen reader gets the same in words.
      expect(readAloud(card)).to.contain(
        `${one.format(0.2143)}. Within the typical range (${one.format(0.15)}–${one.format(0.25)}).`,
      );
      await expect(card).to.be.accessible();
    });

    it('gives the name its room beside the ⓘ in a narrow card', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:160px">
          <kpi-card kpi="conversion-rate" conversions="36" visitors="1200" locale="en-US"></kpi-card>
        </div>`,
      );
      const card = wrapper.querySelector('kpi-card') as KpiCard;
      await settle(card);
      const label = box(card, '[part="label"]');
      const button = box(card, '[part="info-button"]');
      expect(label.right, 'the name stops before the ⓘ').to.be.at.most(button.left);
      expect(button.width).to.be.at.least(24);
      expect(button.height).to.be.at.least(24);
    });

    it('keeps the KPI’s name on an error card, before what went wrong', async () => {
      const [roas, cac] = await row(
        820,
        `<kpi-card kpi="roas" revenue="€12.000" spend="3000"></kpi-card>
         <kpi-card kpi="cac" label="CAC" spend="5000" customers="0"></kpi-card>`,
      );
      expect(partText(roas as KpiCard, 'label')).to.equal('Return on ad spend');
      expect(readAloud(roas as KpiCard)).to.match(/^Return on ad spend This KPI cannot be shown revenue="€12.000"/);
      expect(partText(cac as KpiCard, 'label')).to.equal('CAC');
      expect(box(cac as KpiCard, '[part="label"]').bottom).to.be.at.most(box(cac as KpiCard, '[part="error"]').top);
      await expect(roas).to.be.accessible();
    });

    it('shows every figure in tabular figures', async () => {
      const card = await fixture<KpiCard>(
        html`<kpi-card
          kpi="open-rate"
          opened="4200"
          sent="20000"
          bounces="400"
          previous-opened="3900"
          previous-sent="20000"
          previous-bounces="500"
          target="22%"
          benchmark
          locale="en-US"
        ></kpi-card>`,
      );
      for (const selector of ['[part="value"]', '[part="delta"]', '[part~="target"]', '[part="benchmark"]', 'text']) {
        const element = card.shadowRoot?.querySelector(selector) as Element;
        expect(getComputedStyle(element).fontVariantNumeric, selector).to.contain('tabular-nums');
      }
    });
  });
});
