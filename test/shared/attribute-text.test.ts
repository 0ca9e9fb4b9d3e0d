import { expect } from '@open-wc/testing';
import { attributeText } from '../../src/shared/attribute-text.js';

describe('attributeText', () => {
  it('reads numbers, booleans and objects with their own text as the attribute would hold them', () => {
    expect(attributeText('ROAS')).to.equal('ROAS');
    expect(attributeText(2024)).to.equal('2024');
    expect(attributeText(false)).to.equal('false');
    expect(attributeText(12n)).to.equal('12');
    expect(attributeText(new Intl.Locale('nl-NL'))).to.equal('nl-NL');
    expect(attributeText(new URL('https://example.com/a.csv'))).to.equal('https://example.com/a.csv');
    expect(attributeText({ toString: () => 'de-DE' })).to.equal('de-DE');
  });

  it('gives no text for values that have none of their own', () => {
    const throwing = {
      toString: () => {
        throw new Error('no text');
      },
    };
    for (const value of [{}, { a: 1 }, Object.create(null), [], ['a', 'b'], () => 'x', Symbol('s'), throwing]) {
      expect(attributeText(value), String(typeof value)).to.equal(undefined);
    }
  });
});
