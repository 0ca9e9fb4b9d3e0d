import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/goal-gauge/goal-gauge.js';
import type { GoalGauge } from '../../../src/elements/goal-gauge/goal-gauge.js';
import { collectWarnings } from '../../helpers/console.js';

const shown = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const meterOf = (element: Element) => element.shadowRoot?.querySelector('[role="meter"]') ?? null;
const aria = (element: Element, name: string) => meterOf(element)?.getAttribute(`aria-${name}`) ?? null;
const drawing = (element: Element) => element.shadowRoot?.querySelector('[part~="gauge"]') ?? null;
const percent = (share: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
const number = (value: number, locale = 'en-US') => new Intl.NumberFormat(locale).format(value);

describe('<goal-gauge> shapes, bands and locales', () => {
  for (const shape of ['arc', 'ring', 'bar'] as const) {
    it(`draws the ${shape} as a hidden drawing, with the meaning in the meter`, async () => {
      const element = await fixture<GoalGauge>(
        html`<goal-gauge shape=${shape} label="Leads" value="640" unit="count" goal="800"></goal-gauge>`,
      );
      const svg = drawing(element);
      expect(svg?.getAttribute('aria-hidden')).to.equal('true');
      expect(svg?.querySelector('[part~="track"]')).not.to.equal(null);
      expect(svg?.querySelector('[part~="fill"]')).not.to.equal(null);
      expect(aria(element, 'valuenow')).to.equal('80');
      expect(shown(element)).to.contain(percent(0.8));
      expect(svg?.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });
  }

  it('draws no fill at zero progress, and never NaN in its geometry', async () => {
    const element = await fixture<GoalGauge>(html`<goal-gauge value="0" unit="count" goal="800"></goal-gauge>`);
    expect(drawing(element)?.querySelector('[part~="fill"]')).to.equal(null);
    expect(element.shadowRoot?.innerHTML).not.to.match(/NaN|Infinity/);
  });

  it('puts the value on its own min–max scale with a goal tick', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge label="Subscribers" value="7300" unit="count" goal="10000" min="0" max="12000"></goal-gauge>`,
    );
    expect(aria(element, 'valuemin')).to.equal('0');
    expect(aria(element, 'valuemax')).to.equal('12000');
    expect(aria(element, 'valuenow')).to.equal('7300');
    expect(aria(element, 'valuetext')).to.contain(`${percent(0.73)} of goal`);
  });

  it('says which band the progress is in, in words as well as color', async () => {
    const cases: [value: string, zone: string][] = [
      ['14', 'Zone: poor'],
      ['26', 'Zone: warning'],
      ['36', 'Zone: good'],
    ];
    for (const [value, zone] of cases) {
      const element = await fixture<GoalGauge>(
        html`<goal-gauge label="Mentions" value=${value} unit="count" goal="40" bands="50%,80%"></goal-gauge>`,
      );
      expect(shown(element), value).to.contain(zone);
      expect(aria(element, 'valuetext'), value).to.contain(zone.toLowerCase());
      expect(drawing(element)?.querySelectorAll('[part~="band"]').length).to.equal(3);
    }
  });

  it('accepts bands as fractions and one threshold', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge value="30" unit="count" goal="40" bands="0.9" locale="nl-NL"></goal-gauge>`,
    );
    expect(shown(element)).to.contain('Zone: slecht');
  });

  it('formats in the locale, and speaks Dutch', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge
        kpi="first-30-days-traffic"
        visitors="19400"
        goal="20000"
        baseline="8000"
        locale="nl-NL"
      ></goal-gauge>`,
    );
    const text = shown(element);
    expect(text).to.contain('Verkeer in de eerste 30 dagen');
    expect(text).to.contain(`${number(19400, 'nl-NL')} van ${number(20000, 'nl-NL')}`);
    expect(text).to.contain(`Nog ${number(600, 'nl-NL')} te gaan`);
    expect(aria(element, 'valuetext')).to.contain(`${percent(0.97, 'nl-NL')} van het doel`);
    expect(aria(element, 'valuetext')).to.contain(
      `${percent(0.95, 'nl-NL')} van het traject vanaf ${number(8000, 'nl-NL')}`,
    );
    await expect(element).to.be.accessible();
  });

  it('takes its language from the nearest lang', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><goal-gauge value="5" unit="count" goal="10"></goal-gauge></div>`,
    );
    const element = wrapper.querySelector('goal-gauge') as GoalGauge;
    await element.updateComplete;
    expect(shown(element)).to.contain('Voortgang richting doel').and.contain('van het doel');
  });
});

describe('<goal-gauge> error states', () => {
  const warnings = collectWarnings();

  const cases: [what: string, attributes: Record<string, string>, says: string][] = [
    ['a missing goal', { value: '5', unit: 'count' }, 'goal is missing'],
    [
      'a goal equal to the baseline',
      { value: '19400', unit: 'count', goal: '8000', baseline: '8000' },
      'goal="8000" is not valid',
    ],
    ['a goal below the baseline', { value: '5', unit: 'count', goal: '10', baseline: '20' }, '> baseline (20)'],
    ['a zero goal', { value: '5', unit: 'count', goal: '0' }, 'goal="0" is not valid'],
    [
      'a CPA goal above its baseline',
      { kpi: 'cpa', cost: '100', conversions: '2', goal: '90', baseline: '80' },
      '< baseline (80)',
    ],
    [
      'a non-numeric goal, with an example the gauge takes',
      { value: '5', unit: 'count', goal: 'lots' },
      'goal="lots" is not a number. Write it like goal="20000".',
    ],
    ['a non-numeric baseline', { value: '5', unit: 'count', goal: '10', baseline: 'x' }, 'like baseline="20000"'],
    ['an unknown shape', { value: '5', unit: 'count', goal: '10', shape: 'pie' }, 'shape="pie" is not valid'],
    ['bands out of order', { value: '5', unit: 'count', goal: '10', bands: '80%,50%' }, 'bands="80%,50%" is not valid'],
    ['three bands', { value: '5', unit: 'count', goal: '10', bands: '0.2,0.5,0.8' }, 'bands="0.2,0.5,0.8"'],
    ['min without max', { value: '5', unit: 'count', goal: '10', min: '0' }, 'max is missing'],
    ['max not above min', { value: '5', unit: 'count', goal: '10', min: '10', max: '10' }, 'max="10" is not valid'],
    [
      'a period end before its start',
      { value: '5', unit: 'count', goal: '10', 'period-start': '2026-03', 'period-end': '2026-02' },
      'period-end="2026-02"',
    ],
    [
      'a period without its end',
      { value: '5', unit: 'count', goal: '10', 'period-start': '2026-03' },
      'period-end is missing',
    ],
    [
      'a date that does not exist',
      { value: '5', unit: 'count', goal: '10', 'period-start': '2026-02-30', 'period-end': '2026-03' },
      'period-start="2026-02-30" is not a date',
    ],
    [
      'a bad as-of',
      { value: '5', unit: 'count', goal: '10', 'period-start': '2026-02', 'period-end': '2026-02', 'as-of': 'today' },
      'as-of="today"',
    ],
    [
      'pacing a rate without a baseline',
      {
        kpi: 'conversion-rate',
        conversions: '2',
        visitors: '100',
        goal: '3%',
        'period-start': '2026-02',
        'period-end': '2026-02',
      },
      'baseline is missing',
    ],
    ['no figure at all', { goal: '10' }, 'nothing to show'],
  ];

  for (const [what, attributes, says] of cases) {
    it(`shows the error state for ${what}, naming the attribute`, async () => {
      const element = document.createElement('goal-gauge');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.setAttribute('locale', 'en-US');
      const event = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('kpi-change', (e) => resolve(e), { once: true }),
      );
      document.body.append(element);
      const { detail } = await event;
      await element.updateComplete;
      const text = shown(element);
      expect(text).to.contain('This KPI cannot be shown').and.contain(says);
      expect(text).not.to.match(/NaN|undefined|Infinity|null/);
      expect(meterOf(element)).to.equal(null);
      expect(detail).to.include({ status: 'error', value: null });
      expect(warnings.join('\n')).to.contain('<goal-gauge>');
      await expect(element).to.be.accessible();
      element.remove();
    });
  }

  it('words the error in Dutch', async () => {
    const element = await fixture<GoalGauge>(
      html`<goal-gauge value="5" unit="count" goal="8000" baseline="8000" locale="nl-NL"></goal-gauge>`,
    );
    expect(shown(element)).to.contain('Deze KPI kan niet worden getoond').and.contain('goal="8000" is ongeldig');
  });
});
