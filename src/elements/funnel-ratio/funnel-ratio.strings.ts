import type { Lang, News } from '../../kpi/index.js';

/** Every text `<funnel-ratio>` shows or announces, in each language the kit speaks. */
export interface FunnelStrings {
  readonly title: string;
  readonly overall: string;
  readonly stage: string;
  readonly count: string;
  readonly step: string;
  readonly fromFirst: string;
  readonly lost: string;
  readonly change: string;
  readonly biggestLoss: string;
  readonly grew: string;
  readonly firstStage: string;
  readonly noComparison: string;
  /** A change against the previous period in a word, so its direction is not told by colour alone. */
  readonly news: Readonly<Record<News, string>>;
  readonly vsPrevious: string;
  readonly more: (count: string) => string;
  readonly isZero: (stage: string) => string;
  readonly summary: (first: string, last: string, overall: string) => string;
  readonly summaryUndefined: (first: string, last: string, zero: string) => string;
  readonly summaryChange: (change: string, news: string) => string;
  readonly summaryLoss: (from: string, to: string, share: string) => string;
  readonly summaryGrew: (stage: string, before: string) => string;
  readonly summaryNoLoss: string;
}

export const STRINGS: Record<Lang, FunnelStrings> = {
  en: {
    title: 'Conversion funnel',
    overall: 'overall conversion',
    stage: 'Stage',
    count: 'Count',
    step: 'Step conversion',
    fromFirst: 'From first stage',
    lost: 'Lost',
    change: 'Step vs previous period',
    biggestLoss: 'Biggest loss',
    grew: 'Larger than the stage before',
    firstStage: 'not applicable, first stage',
    noComparison: 'no comparison',
    news: { good: 'better', bad: 'worse', neutral: 'unchanged' },
    vsPrevious: 'vs previous period',
    more: (count) => `${count} more`,
    isZero: (stage) => `none, ${stage} is 0`,
    summary: (first, last, overall) => `${first} to ${last}: ${overall} overall`,
    summaryUndefined: (first, last, zero) => `${first} to ${last}: no overall conversion, ${zero} is 0`,
    summaryChange: (change, news) => ` (${change} on the previous period, ${news})`,
    summaryLoss: (from, to, share) => `; biggest loss ${from} → ${to}, ${share} lost`,
    summaryGrew: (stage, before) => `; ${stage} is larger than ${before}, check the tracking`,
    summaryNoLoss: '; no step loses anyone',
  },
  nl: {
    title: 'Conversietrechter',
    overall: 'totale conversie',
    stage: 'Fase',
    count: 'Aantal',
    step: 'Stapconversie',
    fromFirst: 'Vanaf eerste fase',
    lost: 'Verloren',
    change: 'Stap t.o.v. vorige periode',
    biggestLoss: 'Grootste verlies',
    grew: 'Groter dan de fase ervoor',
    firstStage: 'niet van toepassing, eerste fase',
    noComparison: 'geen vergelijking',
    news: { good: 'beter', bad: 'slechter', neutral: 'gelijk' },
    vsPrevious: 't.o.v. vorige periode',
    more: (count) => `${count} meer`,
    isZero: (stage) => `geen, ${stage} is 0`,
    summary: (first, last, overall) => `${first} tot ${last}: ${overall} totaal`,
    summaryUndefined: (first, last, zero) => `${first} tot ${last}: geen totale conversie, ${zero} is 0`,
    summaryChange: (change, news) => ` (${change} t.o.v. de vorige periode, ${news})`,
    summaryLoss: (from, to, share) => `; grootste verlies ${from} → ${to}, ${share} verloren`,
    summaryGrew: (stage, before) => `; ${stage} is groter dan ${before}, controleer de meting`,
    summaryNoLoss: '; geen enkele stap verliest iemand',
  },
};
