import {
  canonicalLocale,
  invalidOption,
  isCurrencyCode,
  langOf,
  type Better,
  type FormatOptions,
  type KpiError,
  type Lang,
  type Result,
} from '../kpi/index.js';

/** The common attributes as given, before validation. */
export interface SettingAttributes {
  readonly locale?: string | null;
  readonly currency?: string | null;
  readonly decimals?: string | number | null;
  readonly notation?: string | null;
  readonly better?: string | null;
  readonly theme?: string | null;
}

/** The common attributes, validated. */
export interface Settings {
  readonly lang: Lang;
  readonly format: FormatOptions;
  /** Overrides the KPI's own better direction when set. */
  readonly better?: Better;
}

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null && value !== '';

/**
 * Validates the common attributes. `inheritedLocale` is used when there is no `locale`
 * attribute. An invalid value is an error naming its attribute, never a silent fallback.
 */
export const readSettings = (attributes: SettingAttributes, inheritedLocale: string): Result<Settings> => {
  const { locale, currency, decimals, notation, better, theme } = attributes;
  const resolved = given(locale) ? canonicalLocale(locale) : inheritedLocale;
  if (!resolved) return invalidOption('locale', locale ?? '', ['en-US', 'nl-NL', { phrase: 'locale-tag' }]);
  if (given(currency) && !isCurrencyCode(currency))
    return invalidOption('currency', currency, ['EUR', 'USD', { phrase: 'currency-code' }]);
  const places = given(decimals) ? Number(decimals) : undefined;
  if (places !== undefined && !(Number.isInteger(places) && places >= 0 && places <= 10)) {
    return invalidOption('decimals', decimals ?? '', [{ phrase: 'decimals-range' }]);
  }
  if (given(notation) && notation !== 'standard' && notation !== 'compact')
    return invalidOption('notation', notation, ['standard', 'compact']);
  if (given(better) && better !== 'higher' && better !== 'lower')
    return invalidOption('better', better, ['higher', 'lower']);
  if (given(theme) && theme !== 'light' && theme !== 'dark') return invalidOption('theme', theme, ['light', 'dark']);
  return {
    ok: true,
    value: {
      lang: langOf(resolved),
      format: {
        locale: resolved,
        ...(given(currency) ? { currency: currency.toUpperCase() } : {}),
        ...(places === undefined ? {} : { decimals: places }),
        ...(notation === 'compact' ? { notation } : {}),
      },
      ...(given(better) ? { better } : {}),
    },
  };
};

export type { KpiError };
