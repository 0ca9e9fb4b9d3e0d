import { expect } from '@open-wc/testing';
import '../helpers/packs.js';
import {
  computeKpi,
  describeError,
  invalidOption,
  parseNumber,
  parseSeries,
  type KpiError,
  type RawValue,
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

  it('describes a setting a script set to no text by its kind, never as "[object Object]"', () => {
    const error: KpiError = { code: 'not-text', fields: ['label'], givenValue: { kind: 'object' } };
    expect(describeError(error, 'en')).to.equal('label (an object) is not text. Set it to text, like label="…".');
    expect(describeError(error, 'nl')).to.equal('label (een object) is geen tekst. Geef tekst op, zoals label="…".');
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
      'not-text',
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

describe('describeError for values that are no text', () => {
  const LOCALES = ['en-US', 'nl-NL', 'de-DE', 'fr-FR'] as const;
  const all = (error: KpiError) => LOCALES.map((locale) => describeError(error, locale));
  const failed = (result: Result<unknown>): KpiError => {
    if (result.ok) throw new Error('expected an error');
    return result.error;
  };

  it('describes an object, a list and true by their kind, in every language', () => {
    const object = all(failed(parseNumber({ a: 1 } as unknown as RawValue, 'previous-spend', 'amount')));
    expect(object).to.deep.equal([
      'previous-spend (an object) is not a number. Write it like previous-spend="1250.50".',
      'previous-spend (een object) is geen getal. Schrijf het als previous-spend="1250.50".',
      'previous-spend (ein Objekt) ist keine Zahl. Schreiben Sie z.\u00a0B. previous-spend="1250.50".',
      'previous-spend (un objet) n’est pas un nombre. Écrivez par exemple previous-spend="1250.50".',
    ]);
    const list = all(failed(parseNumber([1, 2, 3], 'revenue', 'amount')));
    expect(list[0]).to.equal('revenue (a list of 3) is not a number. Write it like revenue="1250.50".');
    expect(list[1]).to.contain('revenue (een lijst met 3 waarden) is geen getal');
    expect(list[2]).to.contain('revenue (eine Liste mit 3 Einträgen) ist keine Zahl');
    expect(list[3]).to.contain('revenue (une liste de 3 éléments) n’est pas un nombre');
    const one = all(failed(parseNumber([1], 'revenue', 'amount')));
    expect(one.slice(1)).to.deep.equal([
      'revenue (een lijst met 1 waarde) is geen getal. Schrijf het als revenue="1250.50".',
      'revenue (eine Liste mit 1 Eintrag) ist keine Zahl. Schreiben Sie z.\u00a0B. revenue="1250.50".',
      'revenue (une liste de 1 élément) n’est pas un nombre. Écrivez par exemple revenue="1250.50".',
    ]);
    expect(all(failed(parseNumber(true as unknown as RawValue, 'spend', 'amount')))[0]).to.equal(
      'spend (true) is not a number. Write it like spend="1250.50".',
    );
  });

  it("counts the entries of a list in the widget's locale", () => {
    const error: KpiError = { code: 'not-a-number', fields: ['spend'], givenValue: { kind: 'list', length: 12000 } };
    const count = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(12000);
    expect(describeError(error, 'en-US')).to.contain(`spend (a list of ${count('en-US')})`);
    expect(describeError(error, 'de-DE')).to.contain(`spend (eine Liste mit ${count('de-DE')} Einträgen)`);
    expect(describeError(error, 'fr-FR')).to.contain(`spend (une liste de ${count('fr-FR')} éléments)`);
  });

  it('names the entry of a series that holds a list, and says a list of lists is nested', () => {
    const entry = all(failed(parseSeries([1, { kind: 'list', length: 1 }], 'values', 'count')));
    expect(entry).to.deep.equal([
      'Entry 2 of values (a list of 1) is not a number. Write it like values="1250".',
      'Waarde 2 van values (een lijst met 1 waarde) is geen getal. Schrijf het als values="1250".',
      'Eintrag 2 in values (eine Liste mit 1 Eintrag) ist keine Zahl. Schreiben Sie z.\u00a0B. values="1250".',
      'Le 2e élément de l’attribut values (une liste de 1 élément) n’est pas un nombre. Écrivez par exemple values="1250".',
    ]);
    const nested = all(failed(parseNumber([[1]] as unknown as RawValue, 'revenue', 'amount')));
    expect(nested.map((text) => text.slice(0, text.indexOf(')') + 1))).to.deep.equal([
      'revenue (a nested list)',
      'revenue (een geneste lijst)',
      'revenue (eine verschachtelte Liste)',
      'revenue (une liste imbriquée)',
    ]);
  });

  it('describes an infinite number and a failed calculation, never as "Infinity" or "NaN"', () => {
    const infinite = all(failed(parseNumber(Number.POSITIVE_INFINITY, 'revenue', 'amount')));
    expect(infinite).to.deep.equal([
      'revenue (an infinite number) is too large to be a real figure. Check it and write it like revenue="1250.50".',
      'revenue (een oneindig getal) is te groot om te kloppen. Controleer het getal en schrijf het als revenue="1250.50".',
      'revenue (eine unendliche Zahl) ist unrealistisch hoch. Bitte prüfen Sie den Wert und schreiben Sie ihn z.\u00a0B. als revenue="1250.50".',
      'revenue (un nombre infini) est anormalement élevé. Vérifiez la valeur, à écrire par exemple revenue="1250.50".',
    ]);
    const nan = all(failed(parseNumber(Number.NaN, 'revenue', 'amount')));
    expect(nan.map((text) => text.slice(0, text.indexOf(')') + 1))).to.deep.equal([
      'revenue (the result of a failed calculation)',
      'revenue (de uitkomst van een mislukte berekening)',
      'revenue (das Ergebnis einer fehlgeschlagenen Berechnung)',
      'revenue (le résultat d’un calcul qui a échoué)',
    ]);
  });

  it("never shows JavaScript's own text for a value, in any language", () => {
    const values: unknown[] = [{}, [1, {}], [[[1]]], true, false, () => 1, Symbol('x'), Number.NaN, -Infinity, []];
    for (const value of values) {
      for (const kind of ['amount', 'count'] as const) {
        for (const result of [
          parseNumber(value as RawValue, 'spend', kind),
          parseSeries(value as RawValue, 'spend', kind),
        ]) {
          if (result.ok) continue;
          for (const text of all(result.error)) {
            expect(text, String(text)).not.to.match(/\[object|NaN|Infinity|undefined|null|=>|Symbol\(/);
          }
        }
      }
    }
  });

  it('describes a value that is no text in an invalid option too', () => {
    const error = failed(invalidOption('labels', { kind: 'object' }, ['a', 'b']));
    expect(describeError(error, 'en')).to.equal('labels (an object) is not valid. Use a or b.');
  });
});

describe('describeError for long text', () => {
  const LONG = `${'1'.repeat(100_000)}x`;

  it('quotes the first 40 characters of a long value and "…", never the whole', () => {
    const error: KpiError = { code: 'ambiguous-number', fields: ['count'], given: LONG, example: '1250' };
    expect(describeError(error, 'en')).to.equal(
      `count="${'1'.repeat(40)}…" is ambiguous. Write digits with a dot for decimals and no thousands separators or currency signs, like count="1250".`,
    );
  });

  it('keeps every message that quotes what it got short, whatever the code and the language', () => {
    const codes: KpiError['code'][] = [
      'unknown-kpi',
      'not-a-number',
      'ambiguous-number',
      'negative',
      'too-large',
      'invalid-option',
      'not-a-date',
      'fetch-failed',
      'invalid-source',
      'invalid-json',
    ];
    for (const code of codes) {
      for (const position of [undefined, 2]) {
        for (const locale of ['en', 'nl', 'de', 'fr']) {
          const error: KpiError = {
            code,
            fields: ['spend'],
            given: LONG,
            accepted: ['a'],
            reason: 'HTTP 404',
            example: '1',
            ...(position === undefined ? {} : { position }),
          };
          const text = describeError(error, locale);
          expect(text.length, `${code} ${locale}: ${text}`).to.be.below(400);
          expect(text, code).not.to.contain('1'.repeat(41));
        }
      }
    }
  });

  it('quotes a short value whole, and cuts a long one between characters, never inside one', () => {
    const short = 'x'.repeat(40);
    expect(describeError({ code: 'not-a-number', fields: ['spend'], given: short }, 'en')).to.contain(
      `spend="${short}" is`,
    );
    const emoji = `${'a'.repeat(39)}😀😀`;
    expect(describeError({ code: 'not-a-number', fields: ['spend'], given: emoji }, 'en')).to.contain(
      `spend="${'a'.repeat(39)}…" is`,
    );
  });
});
