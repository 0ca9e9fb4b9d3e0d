import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { en } from '../../../src/kpi/locales/en/index.js';
import { nl } from '../../../src/kpi/locales/nl/index.js';

const PACKS: Record<string, typeof en> = { en, nl };
import { paceModel } from '../../../src/elements/goal-gauge/pace-model.js';
import {
  measureGoal,
  readGoalSetup,
  type Figure,
  type FormatOptions,
  type GoalAttributes,
  type Lang,
} from '../../../src/kpi/index.js';

const LOCALES: Record<Lang, string> = { en: 'en-US', nl: 'nl-NL' };
const number = (value: number, locale: string, digits = 1) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
const percent = (share: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
const date = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The pace model of a figure against a dated goal, in a language. */
const paceOf = (figure: Figure, attributes: GoalAttributes, lang: Lang = 'en', extra = {}) => {
  const setup = readGoalSetup(attributes, figure);
  if (!setup.ok) throw new Error(setup.error.code);
  const { pace, met } = measureGoal(figure.value, figure.better, setup.value);
  const { dating } = setup.value;
  if (!pace || !dating) throw new Error('expected a dated goal');
  const format: FormatOptions = { locale: LOCALES[lang], ...extra };
  return paceModel({
    pace,
    goal: setup.value.goal,
    dating,
    met,
    unit: figure.unit,
    better: figure.better,
    format,
    strings: (PACKS[lang] ?? en).gauge,
  });
};

const leads = (value: number): Figure => ({ value, unit: 'count', better: 'higher' });
const month = (asOf: string) => ({ goal: '1000', periodStart: '2026-02', periodEnd: '2026-02', asOf });
/** A conversion rate paced from 2 % to 3 % over April. */
const conversion = { goal: '3%', baseline: '2%', periodStart: '2026-04', periodEnd: '2026-04', asOf: '2026-04-10' };
const rate = (value: number, better: 'higher' | 'lower' = 'higher'): Figure => ({ value, unit: 'percent', better });

describe('pace model', () => {
  it('in the period: the day beside the badge, then one fact a line, no separators to strand', () => {
    const model = paceOf(leads(500), month('2026-02-14'));
    expect(model.badge).to.deep.equal({ text: 'On track', icon: '✓', tone: 'good' });
    expect(model.state).to.equal('on track');
    expect(model.day).to.equal('Day 14 of 28');
    // The pace so far reaches the goal: what it still needs would only repeat it.
    expect(model.lines).to.deep.equal([
      `Expected ${number(500, 'en-US')} by now`,
      `Projected ${number(1000, 'en-US')} by ${date('2026-02-28', 'en-US')}`,
    ]);
    for (const line of [model.day, ...model.lines]) expect(line).not.to.contain('·');
  });

  it('short of the goal at this pace: what it still needs a day, on a line of its own', () => {
    const model = paceOf(leads(300), month('2026-02-14'));
    expect(model.badge.tone).to.equal('bad');
    expect(model.lines).to.deep.equal([
      `Expected ${number(500, 'en-US')} by now`,
      `Projected ${number(600, 'en-US')} by ${date('2026-02-28', 'en-US')}`,
      `Needs ${number(700 / 14, 'en-US')} a day`,
    ]);
  });

  it('gives the levels of a percent KPI in percent, and only its need in points, per week when a day’s is too small', () => {
    // 2.2 % on 10 April: 2.33 % expected, 2.6 % projected, 0.8 pp to go in 20 days is 0.04 pp a day.
    for (const lang of ['en', 'nl'] as const) {
      const locale = LOCALES[lang];
      const { lines } = paceOf(rate(0.022), conversion, lang);
      const [expected, projected, need] = [
        percent(0.02 + 0.01 / 3, locale),
        percent(0.026, locale),
        number(0.28, locale),
      ];
      expect(lines, lang).to.deep.equal(
        lang === 'en'
          ? [
              `Expected ${expected} by now`,
              `Projected ${projected} by ${date('2026-04-30', locale)}`,
              `Needs ${need} pp a week`,
            ]
          : [
              `Volgens schema nu ${expected}`,
              `Prognose ${projected} op ${date('2026-04-30', locale)}`,
              `Nodig: ${need} pp per week`,
            ],
      );
    }
  });

  it('says the need of a lower-is-better goal as a fall, in either language', () => {
    // Churn from 3 % to 2 % over January, at 2.9 % on the 10th: 0.9 pp in 21 days, 0.04 pp a day.
    const churn = { goal: '2%', baseline: '3%', periodStart: '2026-01', periodEnd: '2026-01', asOf: '2026-01-10' };
    const en = paceOf(rate(0.029, 'lower'), churn, 'en');
    const nl = paceOf(rate(0.029, 'lower'), churn, 'nl');
    expect(en.lines[2]).to.equal(`Needs to fall ${number((0.9 / 21) * 7, 'en-US')} pp a week`);
    expect(nl.lines[2]).to.equal(`Moet ${number((0.9 / 21) * 7, 'nl-NL')} pp per week dalen`);
  });

  it('says a count’s need per month when even a week’s is less than one', () => {
    // From 999 to 1,000 over a quarter, still at 999 on 4 January: behind, and 1 lead short with
    // 86 days to go is 0.01 a day, 0.08 a week, 0.3 a month.
    const quarter = { goal: '1000', baseline: '999', periodStart: '2026-01', periodEnd: '2026-03', asOf: '2026-01-04' };
    const figure = leads(999);
    expect(paceOf(figure, quarter, 'en').lines[2]).to.equal(`Needs ${number((1 / 86) * 30, 'en-US')} a month`);
    expect(paceOf(figure, quarter, 'nl').lines[2]).to.equal(`Nodig: ${number((1 / 86) * 30, 'nl-NL')} per maand`);
  });

  it('before the period: not started, and when it starts', () => {
    const model = paceOf(leads(0), month('2026-01-26'));
    expect(model.badge).to.deep.equal({ text: 'Not started yet', icon: '◷', tone: 'neutral' });
    expect(model.lines).to.deep.equal([`Starts ${date('2026-02-01', 'en-US')}, in 6 days`]);
    expect(model).not.to.have.property('day');
  });

  it('after the period: ended, goal met or missed, in Dutch too', () => {
    const missed = paceOf(leads(900), month('2026-03-03'), 'nl');
    expect(missed.badge).to.deep.equal({ text: 'Afgelopen, doel niet gehaald', icon: '✗', tone: 'bad' });
    expect(missed.lines).to.deep.equal([`Eindigde op ${date('2026-02-28', 'nl-NL')}`]);
    expect(paceOf(leads(1000), month('2026-03-03')).badge.text).to.equal('Ended, goal met');
  });
});
