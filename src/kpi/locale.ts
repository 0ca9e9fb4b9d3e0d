import { hasPack } from './locales/index.js';
import { memo } from './memo.js';
import type { Lang } from './types.js';

/**
 * The language of the kit's own words for a locale: its language subtag when the kit has a pack
 * for it (`de-AT` reads German), English otherwise.
 */
export const langOf = (locale: string): Lang => {
  const language = locale.split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
  return hasPack(language) ? language : 'en';
};

const canonical = memo<string | undefined>();

/**
 * A canonical locale tag, or `undefined` for one that `Intl` would reject. Every element asks on
 * every render, with the few tags a page uses: each is checked once.
 */
export const canonicalLocale = (tag: string | null | undefined): string | undefined => {
  if (!tag?.trim()) return undefined;
  return canonical(tag, () => {
    try {
      return Intl.getCanonicalLocales(tag.trim())[0];
    } catch {
      return undefined;
    }
  });
};

let currencies: ReadonlySet<string> | undefined;

/**
 * An ISO 4217 code `Intl` knows (`EUR`, `usd`). `Intl.NumberFormat` takes any three letters
 * (`XYZ`, `NaN`) and prints them as the symbol, so the list of supported currencies decides.
 */
export const isCurrencyCode = (code: string): boolean => {
  if (!/^[a-z]{3}$/i.test(code)) return false;
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code.toUpperCase());
};

const EURO_AREA = new Set('AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));
const NATIONAL = new Map(
  Object.entries({
    US: 'USD',
    GB: 'GBP',
    CA: 'CAD',
    AU: 'AUD',
    NZ: 'NZD',
    CH: 'CHF',
    SE: 'SEK',
    NO: 'NOK',
    DK: 'DKK',
    PL: 'PLN',
    JP: 'JPY',
    IN: 'INR',
    ZA: 'ZAR',
    SR: 'SRD',
  }),
);

/** The currency a money figure is shown in: `currency` when given, else the locale's region's. */
export const shownCurrency = ({ locale, currency }: { readonly locale: string; readonly currency?: string }): string =>
  (currency ?? defaultCurrency(locale)).toUpperCase();

/**
 * The currency a locale's region uses, when no `currency` is given: euro for the euro area
 * (`nl-NL`, `nl-BE`), the national currency for a few large markets, US dollars otherwise.
 */
export const defaultCurrency = (locale: string): string => {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  if (!region) return 'USD';
  return EURO_AREA.has(region) ? 'EUR' : (NATIONAL.get(region) ?? 'USD');
};
