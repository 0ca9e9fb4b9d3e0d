import { expect } from '@open-wc/testing';
import '../../helpers/packs.js';
import {
  describeError,
  ENGLISH,
  isPackLoaded,
  langOf,
  languages,
  loadPack,
  packFor,
  registerPack,
  type LocalePack,
} from '../../../src/kpi/index.js';

/** Every path to a word in a pack: `card.news.good`, `messages.codes.missing`, `kpis.roas.name`. */
const paths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('locale packs', () => {
  it('ships a pack for every language the kit speaks, each for its own language', () => {
    expect(languages()).to.include.members(['en', 'nl']);
    for (const lang of languages()) expect(packFor(lang).lang).to.equal(lang);
  });

  it('has, in every pack, every word another pack has', () => {
    const english = paths(ENGLISH).sort();
    for (const lang of languages()) {
      const pack = paths(packFor(lang)).sort();
      expect(
        pack.filter((path) => !english.includes(path)),
        `${lang} has words English lacks`,
      ).to.deep.equal([]);
      expect(
        english.filter((path) => !pack.includes(path)),
        `${lang} lacks words English has`,
      ).to.deep.equal([]);
    }
  });

  it('has no empty word in any pack', () => {
    for (const lang of languages()) {
      const words = Object.entries(packFor(lang).kpis).flatMap(([, kpi]) => Object.values(kpi));
      for (const word of words) expect(word.trim(), lang).not.to.equal('');
    }
  });

  it('reads a regional locale in its language, and a language without a pack in English', () => {
    expect(langOf('nl-BE')).to.equal('nl');
    expect(langOf('en-GB')).to.equal('en');
    expect(langOf('sv-SE')).to.equal('en');
    expect(langOf('')).to.equal('en');
  });

  it('gives English for a language it has no pack for, and loads it at once', async () => {
    expect(packFor('sv')).to.equal(ENGLISH);
    expect(await loadPack('sv')).to.equal(ENGLISH);
    expect(isPackLoaded('sv')).to.equal(false);
  });

  it('adds a language by adding one pack', async () => {
    const pirate: LocalePack = {
      ...ENGLISH,
      lang: 'xp',
      exampleLocale: 'en-US',
      messages: {
        ...ENGLISH.messages,
        codes: { ...ENGLISH.messages.codes, missing: (e) => `Arr, ${e.field} be missing` },
      },
    };
    registerPack(pirate);
    expect(langOf('xp-US')).to.equal('xp');
    expect(isPackLoaded('xp')).to.equal(true);
    expect(await loadPack('xp')).to.equal(pirate);
    expect(describeError({ code: 'missing', fields: ['spend'] }, 'xp-US')).to.equal('Arr, spend be missing');
  });
});
