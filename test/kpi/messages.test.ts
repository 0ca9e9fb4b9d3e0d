import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
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
    expect(nl).to.contain('revenue="1.234,5" is niet eenduidig');
    expect(nl).to.contain('revenue="1250.50"');
  });

  it('explains a zero divisor with the KPI name and the attributes', () => {
    const { en, nl } = messages(computeKpi('cac', { spend: '100', customers: '0' }));
    expect(en).to.equal(
      'Customer acquisition cost cannot be computed: it divides by customers, which is 0. Check customers.',
    );
    expect(nl).to.equal(
      'Klantacquisitiekosten is niet te berekenen: de formule deelt door customers, en dat is 0. Controleer customers.',
    );
    expect(messages(computeKpi('open-rate', { opened: '1', sent: '5', bounces: '5' })).en).to.contain(
      'divides by sent and bounces, which come to 0',
    );
  });

  it('shows the valid range in the KPI unit', () => {
    const { en, nl } = messages(computeKpi('conversion-rate', { conversions: '120', visitors: '100' }));
    expect(en).to.equal(
      'Conversion rate falls outside its possible range (0% to 100%). Check conversions and visitors.',
    );
    expect(nl).to.equal(
      'Conversieratio valt buiten het mogelijke bereik (0% tot en met 100%). Controleer conversions en visitors.',
    );
  });

  it('tells the rate forms', () => {
    expect(messages(parseNumber('5', 'churn', 'rate')).en).to.equal(
      'churn="5" is not a rate between 0 and 100%. Write it like churn="5%" or churn="0.05".',
    );
  });

  it('names the entry of a series', () => {
    const { en, nl } = messages(parseSeries('1,x', 'visitors', 'count'));
    expect(en).to.equal('Entry 2 of visitors ("x") is not a number. Write it like visitors="1250".');
    expect(nl).to.equal('Waarde 2 van visitors ("x") is geen getal. Schrijf het als visitors="1250".');
  });

  it('shows the accepted form for negative, too large and out-of-range entries too', () => {
    const negative = messages(parseNumber('-5', 'spend', 'amount'));
    expect(negative.en).to.equal('spend="-5" is negative. It must be zero or more, like spend="1250.50".');
    expect(negative.nl).to.equal('spend="-5" is negatief. Gebruik nul of een positief getal, zoals spend="1250.50".');
    const large = messages(parseNumber('1e309', 'spend', 'amount'));
    expect(large.en).to.equal(
      'spend="1e309" is too large to be a real figure. Check it and write it like spend="1250.50".',
    );
    expect(large.nl).to.equal(
      'spend="1e309" is te groot om te kloppen. Controleer het getal en schrijf het als spend="1250.50".',
    );
    const answer = messages(parseSeries('9,11', 'scores', 'answer'));
    expect(answer.en).to.equal(
      'Entry 2 of scores ("11") is outside the accepted range (0 to 10). Write it like scores="9".',
    );
    expect(answer.nl).to.equal(
      'Waarde 2 van scores ("11") valt buiten het toegestane bereik (0 tot en met 10). Schrijf het als scores="9".',
    );
  });

  it('asks for a missing date or KPI id by example, not "as a number"', () => {
    const date = describeError({ code: 'missing', fields: ['period-end'], example: '2026-02-15' }, 'en');
    expect(date).to.equal('period-end is missing. Add it, for example period-end="2026-02-15".');
    const kpi = messages(computeKpi('', {}));
    expect(kpi.en).to.equal('kpi is missing. Add it, for example kpi="roas".');
    expect(kpi.nl).to.equal('kpi ontbreekt. Voeg het toe, bijvoorbeeld kpi="roas".');
  });

  it('names every input the started set lacks, not an input of another set', () => {
    const nps = messages(computeKpi('nps', { promoters: '50' }));
    expect(nps.en).to.equal('passives and detractors are missing. Add them, for example passives="1250".');
    expect(nps.nl).to.equal('passives en detractors ontbreken. Voeg ze toe, bijvoorbeeld passives="1250".');
    expect(nps.en).not.to.contain('scores');
  });

  it('names the series that has nothing to show, and the KPI alternative only where there is one', () => {
    const values = { code: 'no-figure', fields: ['values'], example: '12,15,,18' } as const;
    expect(describeError(values, 'en')).to.equal(
      'There is nothing to show yet: values has only empty entries. Give at least one number, like values="12,15,,18".',
    );
    expect(describeError(values, 'nl')).to.equal(
      'Er is nog niets om te tonen: values bevat alleen lege waarden. Vul minimaal één getal in, zoals values="12,15,,18".',
    );
    expect(describeError({ code: 'no-figure', fields: ['kpi', 'value'] }, 'en')).to.equal(
      'There is nothing to show yet. Add kpi="…" with the KPI\'s inputs, or value="…".',
    );
  });

  it("words accepted forms and reasons in the message's language", () => {
    const option: KpiError = {
      code: 'invalid-option',
      fields: ['decimals'],
      given: 'two',
      accepted: [{ phrase: 'decimals-range' }],
    };
    expect(describeError(option, 'en')).to.equal('decimals="two" is not valid. Use a whole number from 0 to 10.');
    expect(describeError(option, 'nl')).to.equal(
      'decimals="two" is ongeldig. Gebruik een geheel getal van 0 tot en met 10.',
    );
    const fetchFailed: KpiError = {
      code: 'fetch-failed',
      fields: ['src'],
      given: '/a.csv',
      reason: { phrase: 'network-error' },
    };
    expect(describeError(fetchFailed, 'nl')).to.contain('(netwerkfout)');
    expect(describeError(fetchFailed, 'en')).to.contain('(network error)');
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
