import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { NEED_SPAN_DAYS, paceNeed } from '../../src/kpi/index.js';

const en = { locale: 'en-US' } as const;

describe('paceNeed', () => {
  it('says a need per day when a day’s need shows in the unit', () => {
    expect(paceNeed(500 / 14, 14, 'count', en)).to.deep.equal({ amount: 500 / 14, per: 'day' });
    expect(paceNeed(0.002, 30, 'percent', en)).to.deep.equal({ amount: 0.002, per: 'day' });
    // Exactly one step (0.1 pp, a cent) is enough, whatever floating point makes of it.
    expect(paceNeed(0.001, 30, 'percent', en).per).to.equal('day');
    expect(paceNeed(0.01, 30, 'currency', en).per).to.equal('day');
  });

  it('says a need too small for a day per week, and one too small for a week per month', () => {
    // A conversion rate from 2 % to 3 % over a quarter: 0.033 pp a day would read "0 pp".
    const week = paceNeed(0.01 / 30, 45, 'percent', en);
    expect(week.per).to.equal('week');
    expect(week.amount).to.be.closeTo((0.01 / 30) * 7, 1e-12);
    expect(paceNeed(0.5, 20, 'count', en)).to.deep.equal({ amount: 3.5, per: 'week' });
    const month = paceNeed(0.02, 80, 'count', en);
    expect(month.per).to.equal('month');
    expect(month.amount).to.be.closeTo(0.6, 1e-12);
    expect(NEED_SPAN_DAYS).to.deep.equal({ day: 1, week: 7, month: 30 });
  });

  it('never says it per a span longer than what remains of the period', () => {
    expect(paceNeed(0.0001, 5, 'percent', en)).to.deep.equal({ amount: 0.0001, per: 'day' });
    expect(paceNeed(0.02, 20, 'count', en).per).to.equal('week');
  });

  it('takes the page’s decimals and the currency’s minor unit as the smallest amount shown', () => {
    expect(paceNeed(0.0003, 30, 'percent', { ...en, decimals: 2 }).per).to.equal('day');
    expect(paceNeed(0.004, 30, 'currency', { ...en, currency: 'EUR' }).per).to.equal('week');
    expect(paceNeed(0.5, 30, 'currency', { ...en, currency: 'JPY' }).per).to.equal('week');
    expect(paceNeed(0.5, 30, 'currency', { ...en, currency: 'EUR' }).per).to.equal('day');
  });

  it('keeps the sign of what it is given, for a need that falls', () => {
    expect(paceNeed(-0.5, 20, 'count', en)).to.deep.equal({ amount: -3.5, per: 'week' });
  });
});
