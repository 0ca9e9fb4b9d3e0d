import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import { readPeriodNames, readTrend, type PeriodNames, type TrendData } from '../../../src/kpi/index.js';
import { buildTrendPanel } from '../../../src/elements/kpi-trend/panel-model.js';

const read = (values: string, unit = 'number', target?: string): TrendData => {
  const trend = readTrend({ values, unit, target, read: () => undefined });
  if (!trend.ok) throw new Error(trend.error.code);
  return trend.value;
};
const names = (labels: string, count: number, locale = 'en-US'): PeriodNames => {
  const result = readPeriodNames(labels, count, locale);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const number = (value: number, locale = 'en-US', options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(locale, options).format(value);

describe('trend panel', () => {
  it('gives the change on the period before, the period and the one it is compared with', () => {
    const trend = read('1200,1150,1300');
    const panel = buildTrendPanel(trend, names('Jan,Feb,Mar', 3), 'Orders', { locale: 'en-US' }, 'en');
    expect(panel.delta).to.deep.equal({
      direction: 'up',
      news: 'good',
      text: `+${number(150)}`,
      word: 'better',
    });
    expect(panel).to.deep.include({ period: 'Mar', vsPrevious: 'vs Feb', span: 'Jan–Mar' });
    expect(panel.extremes).to.deep.equal({
      high: { word: 'High', value: number(1300), when: 'Mar' },
      low: { word: 'Low', value: number(1150), when: 'Feb' },
    });
    expect(panel.table).to.equal('Data table (3 periods)');
    expect(panel.headers).to.deep.equal(['Period', 'Orders']);
    expect(panel.hint).to.equal('Use the arrow keys, Home and End to explore the periods.');
  });

  it('says "no change" for a flat period, and names the target line, in Dutch too', () => {
    const trend = read('0.02,0.02', 'percent', '3%');
    const panel = buildTrendPanel(trend, names('', 2, 'nl-NL'), 'Open rate', { locale: 'nl-NL' }, 'nl');
    expect(panel.delta).to.deep.include({ direction: 'flat', news: 'neutral', word: 'gelijk' });
    expect(panel.target).to.equal(`Doel ${number(0.03, 'nl-NL', { style: 'percent' })}`);
    expect(panel).to.deep.include({ period: 'Periode 2', vsPrevious: 'ten opzichte van periode 1' });
    expect(panel.table).to.equal('Gegevenstabel (2 perioden)');
  });

  it('has no change, no previous period and no high or low for a single value', () => {
    const panel = buildTrendPanel(read(',7'), names('', 2), 'Orders', { locale: 'en-US' }, 'en');
    expect([panel.delta, panel.vsPrevious, panel.extremes, panel.target]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(panel.period).to.equal('Period 2');
  });
});
