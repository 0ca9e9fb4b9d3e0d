/**
 * Expected numbers, built with `Intl` as the tests' rule says: a percent with exactly `digits`
 * decimals, as a funnel's column or a trend's values show their figures ("5.0%" beside "0.8%").
 */
export const fixedPercent = (value: number, digits: number, locale = 'en-US'): string =>
  new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
