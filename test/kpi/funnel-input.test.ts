import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import { FUNNEL_STAGES_ACCEPTED, parseFunnel, type FunnelSource } from '../../src/kpi/funnel-input.js';
import { describeError } from '../../src/kpi/messages.js';
import type { KpiError, Result } from '../../src/kpi/types.js';

const ATTRIBUTES = { stages: 'stages', values: 'values', previous: 'previous-values' };
const funnel = (source: Partial<FunnelSource>): FunnelSource => ({
  stages: 'Visitors,Leads,Customers',
  values: '10000,500,20',
  previous: null,
  fields: ATTRIBUTES,
  ...source,
});
const errorOf = (result: Result<unknown>): KpiError => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('parseFunnel', () => {
  it('reads labelled stages and whole counts, trimming the labels', () => {
    const result = parseFunnel(funnel({ stages: ' Visitors , Leads,Customers ' }));
    expect(result).to.deep.equal({
      ok: true,
      value: { stages: ['Visitors', 'Leads', 'Customers'], counts: [10000, 500, 20] },
    });
  });

  it('takes lists from data as they are, so labels may contain commas', () => {
    const result = parseFunnel(
      funnel({ stages: ['Visitors, all sources', 'Leads'], values: [2000, '100'], previous: [1800, null] }),
    );
    expect(result).to.deep.equal({
      ok: true,
      value: { stages: ['Visitors, all sources', 'Leads'], counts: [2000, 100], previous: [1800, null] },
    });
  });

  it('takes a previous period with gaps, and none when it is blank', () => {
    const gaps = parseFunnel(funnel({ previous: '9000,,15' }));
    expect(gaps.ok && gaps.value.previous).to.deep.equal([9000, null, 15]);
    const blank = parseFunnel(funnel({ previous: '  ' }));
    expect(blank.ok && blank.value.previous).to.equal(undefined);
  });

  it('asks for missing counts with an example a funnel takes: whole counts, no gap', () => {
    for (const values of [null, '', []]) {
      expect(errorOf(parseFunnel(funnel({ values })))).to.deep.include({
        code: 'missing',
        fields: ['values'],
        example: '10000,500,20',
      });
    }
  });

  it('names the entry of a count that is not a whole, non-negative number, or left empty', () => {
    expect(errorOf(parseFunnel(funnel({ values: '10000,abc,20' })))).to.deep.include({
      code: 'not-a-number',
      position: 2,
    });
    expect(errorOf(parseFunnel(funnel({ values: '10000,-5,20' })))).to.deep.include({ code: 'negative', position: 2 });
    expect(errorOf(parseFunnel(funnel({ values: '10000,2.5,20' })))).to.deep.include({ code: 'not-whole' });
    expect(errorOf(parseFunnel(funnel({ values: '10000,,20' })))).to.deep.include({
      code: 'not-a-number',
      fields: ['values'],
      position: 2,
      example: '10000,500,20',
    });
  });

  it('wants at least two stages, and a label for each, in every language', () => {
    const one = errorOf(parseFunnel(funnel({ stages: 'Everyone', values: '10' })));
    expect(one).to.deep.include({ code: 'invalid-option', fields: ['stages'], given: 'Everyone' });
    expect(one.accepted).to.deep.equal([FUNNEL_STAGES_ACCEPTED.needStages]);
    expect(describeError(one, 'en')).to.contain('stages="Everyone" is not valid. Use at least two stages');
    expect(describeError(one, 'nl')).to.contain('stages="Everyone" is ongeldig. Gebruik minimaal twee fasen');
    const unlabelled = errorOf(parseFunnel(funnel({ stages: 'A,,C' })));
    expect(unlabelled).to.deep.include({ fields: ['stages'], given: 'A,,C' });
    expect(describeError(unlabelled, 'en')).to.contain('Use a label for every stage');
    expect(describeError(unlabelled, 'nl')).to.contain('Gebruik een naam voor elke fase');
    expect(errorOf(parseFunnel(funnel({ stages: null, values: '1,2' })))).to.deep.include({ fields: ['stages'] });
  });

  it('wants one count per stage, now and in the previous period', () => {
    expect(errorOf(parseFunnel(funnel({ values: '10000,500' })))).to.deep.include({
      code: 'length-mismatch',
      fields: ['values', 'stages'],
      lengths: { given: 2, expected: 3 },
    });
    expect(errorOf(parseFunnel(funnel({ previous: '1,2' })))).to.deep.include({
      code: 'length-mismatch',
      fields: ['previous-values', 'stages'],
    });
    expect(errorOf(parseFunnel(funnel({ previous: '1,x,3' })))).to.deep.include({
      code: 'not-a-number',
      fields: ['previous-values'],
    });
  });

  it('reports errors under the names the source uses', () => {
    const fields = { stages: 'li', values: 'data-value', previous: 'data-previous-value' };
    expect(errorOf(parseFunnel(funnel({ fields, values: ['1', 'many', '3'] })))).to.deep.include({
      fields: ['data-value'],
      position: 2,
    });
    expect(errorOf(parseFunnel(funnel({ fields, stages: ['A', ''], values: ['1', '2'] })))).to.deep.include({
      fields: ['li'],
      given: 'A,',
    });
  });
});
