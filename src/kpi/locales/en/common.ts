import type { CommonWords, PeriodWords, Phrases } from '../pack.js';

export const common: CommonWords = {
  and: 'and',
  or: 'or',
  colon: ': ',
  semicolon: '; ',
  points: { short: 'pp', one: 'percentage point', other: 'percentage points' },
  cannotShow: 'This KPI cannot be shown',
  loading: 'Loading data…',
  stale: (reason, when) => `Not up to date: the latest refresh failed (${reason}). These figures are from ${when}.`,
};

export const phrases: Phrases = {
  'locale-tag': 'another BCP 47 language tag',
  'currency-code': 'another ISO 4217 code',
  'decimals-range': 'a whole number from 0 to 10',
  'refresh-seconds': 'a number of seconds, 5 or more',
  'network-error': 'network error',
  'not-json': 'it is not valid JSON',
  'json-shape': 'its JSON is neither an object nor a list of rows',
  'no-rows': 'it has no rows under a header row',
  'web-page': 'it is a web page, perhaps a login or error page, not a CSV or JSON file',
  'file-too-large': (size, limit) => `it is ${size}, more than the ${limit} a widget reads`,
  'fields-pairs': 'input:Column pairs, like fields="revenue:Revenue, spend:Ad spend"',
  'json-object': 'a JSON object',
  'no-column': (column, input) => `it has no column "${column}" for ${input}`,
  'no-key': (key, input) => `it has no "${key}" for ${input}`,
  'funnel-stages': 'at least two stages, separated by commas',
  'funnel-labels': 'a label for every stage',
  'single-numbers': 'a KPI whose inputs are single numbers per period',
  'ready-series': 'values="…" with a ready series',
  'labels-per-period': (count) => `${count} labels, one per period`,
};

export const periods: PeriodWords = {
  period: (number) => `Period ${number}`,
  inSentence: (number) => `period ${number}`,
  periods: (from, to) => `periods ${from}–${to}`,
  at: (name, mention) => (mention === 'week' ? `in the week of ${name}` : `${mention === 'day' ? 'on' : 'in'} ${name}`),
  week: (monday) => `week of ${monday}`,
  versus: (name) => `vs ${name}`,
};
