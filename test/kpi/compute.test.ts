import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
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

  it('names what is missing from the set of inputs the user started', () => {
    // spend is only used with customers: the set that uses every given input is the one started.
    expect(errorOf(computeKpi('ltv-cac', { arpu: '50', churn: '5%', spend: '1000' }))).to.deep.include({
      code: 'missing',
      fields: ['customers'],
    });
    expect(errorOf(computeKpi('ltv-cac', { arpu: '50', churn: '5%' }))).to.deep.include({ fields: ['cac'] });
    expect(errorOf(computeKpi('nps', { promoters: '10', detractors: '2' }))).to.deep.include({ fields: ['passives'] });
    // One count of three started: the other two are asked for, not the other set's `scores`.
    expect(errorOf(computeKpi('nps', { promoters: '50' }))).to.deep.include({
      code: 'missing',
      fields: ['passives', 'detractors'],
    });
    // Nothing given: the first set, whole.
    expect(errorOf(computeKpi('nps', {}))).to.deep.include({ fields: ['promoters', 'passives', 'detractors'] });
    expect(errorOf(computeKpi('roas', {}))).to.deep.include({ fields: ['revenue', 'spend'] });
  });

  it('names the fields of a started set as the element reads them', () => {
    const error = errorOf(computeKpi('nps', { promoters: '50' }, { field: (name) => `previous-${name}` }));
    expect(error.fields).to.deep.equal(['previous-passives', 'previous-detractors']);
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
