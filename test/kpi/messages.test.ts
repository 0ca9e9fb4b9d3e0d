import { expect } from '@open-wc/testing';
import {
  computeKpi,
  describeError,
  parseNumber,
  parseSeries,
  type KpiError,
  type Result,
} from '../../src/kpi/index.js';

const messages = (result: Result<unknown>): { en: string; nl: string } => {
  if (result.ok) throw new Error('expected an error');
  return { en: describeError(result.error, 'en-US'), nl: describeError(result.error, 'nl-NL') };
};

describe('describeError', () => {
  it('names the attribute and shows the accepted form, in English and Dutch', () => {
    const { en, nl } = messages(parseNumber('1.234,5', 'revenue', 'amount'));
    expect(en).to.equal(
      'revenue="1.234,5" is ambiguous. Write digits with a dot for decimals and no thousands separators or currency signs, like revenue="1250.50".',
    );
    expect(nl).to.contain('revenue="1.234,5" is dubbelzinnig');
    expect(nl).to.contain('revenue="1250.50"');
  });

  it('explains a zero divisor with the KPI name and the attributes', () => {
    const { en, nl } = messages(computeKpi('cac', { spend: '100', customers: '0' }));
    expect(en).to.equal(
      'Customer acquisition cost cannot be computed: it divides by customers, which is 0. Check customers.',
    );
    expect(nl).to.equal(
      'Klantacquisitiekosten is niet te berekenen: er wordt gedeeld door customers, en dat is 0. Controleer customers.',
    );
    expect(messages(computeKpi('open-rate', { opened: '1', sent: '5', bounces: '5' })).en).to.contain(
      'divides by sent and bounces, which come to 0',
    );
  });

  it('shows the valid range in the KPI unit', () => {
    const { en, nl } = messages(computeKpi('conversion-rate', { conversions: '120', visitors: '100' }));
    expect(en).to.equal(
      'Conversion rate comes out outside its possible range (0% to 100%). Check conversions and visitors.',
    );
    expect(nl).to.equal(
      'Conversieratio valt buiten het mogelijke bereik (0% tot 100%). Controleer conversions en visitors.',
    );
  });

  it('tells the rate forms', () => {
    expect(messages(parseNumber('5', 'churn', 'rate')).en).to.equal(
      'churn="5" is not a rate between 0 and 100 %. Write it like churn="5%" or churn="0.05".',
    );
  });

  it('names the entry of a series', () => {
    const { en, nl } = messages(parseSeries('1,x', 'visitors', 'count'));
    expect(en).to.equal('Entry 2 of visitors ("x") is not a number. Write it like visitors="1250".');
    expect(nl).to.equal('Waarde 2 van visitors ("x") is geen getal. Schrijf het als visitors="1250".');
  });

  it('has a message for every error code in both languages, with no undefined, NaN or empty parts', () => {
    const codes: KpiError['code'][] = [
      'unknown-kpi',
      'missing',
      'not-a-number',
      'ambiguous-number',
      'not-a-rate',
      'negative',
      'not-whole',
      'too-large',
      'zero-divisor',
      'out-of-range',
      'invalid-option',
      'no-figure',
      'not-a-date',
      'invalid-json',
      'length-mismatch',
      'fetch-failed',
      'invalid-source',
    ];
    for (const code of codes) {
      for (const locale of ['en', 'nl']) {
        const text = describeError(
          { code, fields: ['spend'], given: 'x', kpi: 'roas', accepted: ['a', 'b'], example: '1' },
          locale,
        );
        expect(text, `${code} ${locale}`).to.match(/\w/);
        expect(text).not.to.match(/undefined|NaN|null|""/);
      }
    }
  });
});
