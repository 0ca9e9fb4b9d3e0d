import { expect } from '@open-wc/testing';
import { computeKpi, type KpiError, type Result } from '../../src/kpi/index.js';

const errorOf = (result: Result<number>): KpiError => {
  if (result.ok) throw new Error(`expected an error, got ${result.value}`);
  return result.error;
};

describe('computeKpi errors', () => {
  it('rejects an unknown or missing KPI id', () => {
    expect(errorOf(computeKpi('roass', {}))).to.deep.include({ code: 'unknown-kpi', fields: ['kpi'], given: 'roass' });
    expect(errorOf(computeKpi('', {}))).to.deep.include({ code: 'missing', fields: ['kpi'] });
    expect(errorOf(computeKpi(undefined, {}))).to.deep.include({ code: 'missing', fields: ['kpi'] });
  });

  it('names the first missing input', () => {
    expect(errorOf(computeKpi('roas', { revenue: '100' }))).to.deep.include({ code: 'missing', fields: ['spend'] });
  });

  it('names a missing input of the alternative that is nearest to complete', () => {
    expect(errorOf(computeKpi('ltv-cac', { arpu: '50', churn: '5%', spend: '1000' }))).to.deep.include({
      code: 'missing',
      fields: ['cac'],
    });
    expect(errorOf(computeKpi('nps', { promoters: '10', detractors: '2' }))).to.deep.include({ fields: ['passives'] });
  });

  it('reports a zero divisor against the attribute it came from', () => {
    expect(errorOf(computeKpi('roas', { revenue: '100', spend: '0' }))).to.deep.include({
      code: 'zero-divisor',
      fields: ['spend'],
      kpi: 'roas',
    });
    expect(errorOf(computeKpi('open-rate', { opened: '0', sent: '40', bounces: '40' }))).to.deep.include({
      code: 'zero-divisor',
      fields: ['sent', 'bounces'],
    });
    expect(errorOf(computeKpi('ltv-cac', { arpu: '50', churn: '0', cac: '10' }))).to.deep.include({
      fields: ['churn'],
    });
    expect(errorOf(computeKpi('nps', { scores: ',,' }))).to.deep.include({ code: 'zero-divisor', fields: ['scores'] });
  });

  it('maps inputs to attribute names for messages', () => {
    const error = errorOf(computeKpi('roas', { revenue: '1', spend: '0' }, { field: (name) => `previous-${name}` }));
    expect(error.fields).to.deep.equal(['previous-spend']);
  });

  it('reports a result outside the KPI range instead of showing an impossible value', () => {
    expect(errorOf(computeKpi('conversion-rate', { conversions: '120', visitors: '100' }))).to.deep.include({
      code: 'out-of-range',
      kpi: 'conversion-rate',
    });
    expect(errorOf(computeKpi('open-rate', { opened: '10', sent: '100', bounces: '150' }))).to.deep.include({
      code: 'out-of-range',
    });
  });

  it('reports a result too large to be real', () => {
    expect(errorOf(computeKpi('cpm', { spend: '1e15', impressions: '1' }))).to.deep.include({ code: 'out-of-range' });
  });

  it('reports bad input before it computes', () => {
    expect(errorOf(computeKpi('cac', { spend: '€100', customers: '4' }))).to.deep.include({
      code: 'ambiguous-number',
      fields: ['spend'],
    });
    expect(errorOf(computeKpi('cac', { spend: '100', customers: '-4' }))).to.deep.include({ code: 'negative' });
    expect(errorOf(computeKpi('nps', { scores: '9,12' }))).to.deep.include({ code: 'out-of-range', position: 2 });
  });

  it('reads inputs through a function, as elements read attributes', () => {
    const attributes: Record<string, string> = { revenue: '500', spend: '100' };
    expect(computeKpi('roas', (name) => attributes[name] ?? null)).to.deep.equal({ ok: true, value: 5 });
  });

  it('never returns NaN, Infinity or -0', () => {
    const samples: Record<string, string>[] = [
      { revenue: '0', spend: '5' },
      { revenue: '1e15', spend: '1e-15' },
      { revenue: '-0', spend: '1' },
    ];
    for (const sample of samples) {
      const result = computeKpi('roas', sample);
      if (result.ok) {
        expect(Number.isFinite(result.value)).to.equal(true);
        expect(Object.is(result.value, -0)).to.equal(false);
      }
    }
  });
});
