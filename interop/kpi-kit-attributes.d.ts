// Generated from custom-elements.json by "npm run generate". Do not edit.

/** Attributes of `<funnel-ratio>`. */
export interface FunnelRatioAttributes {
  /** Comma-separated stage labels, first to last: `Visitors,Leads,MQL,SQL,Customers`. */
  'stages'?: string | number;
  /** Comma-separated whole counts, one per stage: `10000,500,200,80,20`. */
  'values'?: string | number;
  /** Comma-separated counts of a previous period, one per stage (an empty entry is a stage without data). */
  'previous-values'?: string | number;
  /** `vertical` (default): stages stacked top to bottom; `horizontal`: stages left to right, where the widget is at least 36em wide (narrower, a column per stage has no room: it is drawn vertical). */
  'orientation'?: string | number;
  /** `bars` (default): a bar per stage; `funnel`: a funnel shape narrowing from stage to stage. A steep funnel is drawn on a log scale. */
  'mode'?: string | number;
  /** The KPI to compute, by catalog id: `roas`, `cac`, `conversion-rate`, … */
  'kpi'?: 'romi' | 'roi' | 'ltv' | 'cac' | 'ltv-cac' | 'revenue-growth' | 'marketing-return' | 'visitors' | 'web-bounce-rate' | 'traffic-growth' | 'publishing-frequency' | 'first-30-days-traffic' | 'conversion-rate' | 'mql' | 'sql' | 'lead-to-mql' | 'mql-to-sql' | 'cpl' | 'cpa' | 'aov' | 'lead-value' | 'leads-per-customer' | 'visitors-per-lead' | 'leads' | 'new-customers' | 'lead-to-customer-time' | 'followers' | 'impressions' | 'follower-growth' | 'engagement-rate' | 'share-of-voice' | 'backlink-growth' | 'organic-ctr' | 'subscriber-growth' | 'open-rate' | 'email-ctr' | 'unsubscribe-rate' | 'bounce-rate' | 'roas' | 'cpc' | 'cpm' | 'ctr' | 'churn-rate' | 'retention-rate' | 'repeat-purchase-rate' | 'nps' | 'csat' | 'press-mentions' | 'campaign-backlinks' | 'launch-day-traffic' | 'event-attendees' | 'new-leads' | 'new-members' | 'active-members' | 'post-views';
  /** The label shown with the figure; defaults to the KPI's name in the locale. */
  'label'?: string | number;
  /** BCP 47 locale for numbers and texts (`en-US`, `nl-NL`); defaults to the nearest `lang`, then the browser's. */
  'locale'?: string | number;
  /** ISO 4217 currency code for money KPIs (`EUR`, `USD`); defaults to the locale's region's currency. */
  'currency'?: string | number;
  /** Fixed number of decimals (0–10). Without it each unit has its own. A change too small for them gets the decimals it needs (`+0.04 pp`), never a zero beside an arrow. */
  'decimals'?: string | number;
  /** `compact` shows large numbers short (`1.2K`, `€3.4M`); `standard` by default. */
  'notation'?: 'standard' | 'compact';
  /** Overrides which direction is good news: `higher` or `lower`. Defaults to the KPI's own. */
  'better'?: 'higher' | 'lower';
  /** `light` or `dark`; by default the widget follows the page's `color-scheme` (light unless the page says otherwise). */
  'theme'?: 'light' | 'dark';
  /** A CSV file (with a header row) or JSON document to read inputs from, such as a spreadsheet published as CSV. Columns named like inputs are used as they are; `fields` maps the others. Elements that show one period read the last row, and the row before it as the previous period; trends and funnels read whole columns. Fetched data takes precedence over a JSON child and attributes. */
  'src'?: string | number;
  /** Maps inputs to the columns (or JSON keys) of `src`: `revenue:Omzet, spend:Kosten, labels:Maand`, or a JSON object when a column's name has a comma. */
  'fields'?: string | number;
  /** Fetches `src` again every this many seconds (5 or more), counted from the end of the previous fetch. */
  'refresh'?: string | number;
  /** For a `src` table with a row per day (an analytics export): the period a card, a gauge or a funnel adds up, `month`, `quarter` or `year` (the one its last date falls in), `last-30-days`, a month (`2026-05`) or a span (`2026-05-01/2026-05-31`). Each input is summed over it, or for a stock (followers, subscribers) read on its last day, and the KPI is computed on the totals; the period before gives the `previous-` inputs, the same period a year earlier the `year-ago-` ones. A period still under way is marked so far and compared like for like (June 1–15 with May 1–15); a gauge paces it. A funnel's stages are the table's columns (those `stages` names). */
  'period'?: string | number;
  /** The column of a `src` table that holds each row's ISO date (`2026-05-31`), with `period` (or a trend's `group-by`): `date` by default. */
  'date-field'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'arpu'?: string | number;
  /** KPI input of web-bounce-rate, open-rate, email-ctr, bounce-rate. */
  'bounces'?: string | number;
  /** KPI input of ltv-cac. */
  'cac'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'churn'?: string | number;
  /** KPI input of email-ctr. */
  'clicked'?: string | number;
  /** KPI input of organic-ctr, cpc, ctr. */
  'clicks'?: string | number;
  /** KPI input of conversion-rate, cpa. */
  'conversions'?: string | number;
  /** KPI input of cpl, cpa, cpc. */
  'cost'?: string | number;
  /** KPI input of visitors, mql, sql, leads, new-customers, press-mentions, campaign-backlinks, launch-day-traffic, event-attendees, new-leads, new-members, active-members, post-views. */
  'count'?: string | number;
  /** KPI input of followers, impressions. */
  'counts'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'current'?: string | number;
  /** KPI input of cac, ltv-cac, leads-per-customer, repeat-purchase-rate. */
  'customers'?: string | number;
  /** KPI input of lead-to-customer-time. */
  'days'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'delivered'?: string | number;
  /** KPI input of nps. */
  'detractors'?: string | number;
  /** KPI input of subscriber-growth, retention-rate. */
  'end'?: string | number;
  /** KPI input of organic-ctr, cpm, ctr. */
  'impressions'?: string | number;
  /** KPI input of engagement-rate. */
  'interactions'?: string | number;
  /** KPI input of lead-to-mql, cpl, lead-value, leads-per-customer, visitors-per-lead. */
  'leads'?: string | number;
  /** KPI input of churn-rate. */
  'lost'?: string | number;
  /** KPI input of ltv-cac. */
  'ltv'?: string | number;
  /** KPI input of lead-to-mql, mql-to-sql. */
  'mqls'?: string | number;
  /** KPI input of follower-growth, retention-rate. */
  'new'?: string | number;
  /** KPI input of open-rate. */
  'opened'?: string | number;
  /** KPI input of aov. */
  'orders'?: string | number;
  /** KPI input of roi. */
  'organic-growth'?: string | number;
  /** KPI input of share-of-voice. */
  'own'?: string | number;
  /** KPI input of nps. */
  'passives'?: string | number;
  /** KPI input of publishing-frequency. */
  'periods'?: string | number;
  /** KPI input of publishing-frequency. */
  'pieces'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'previous'?: string | number;
  /** KPI input of nps. */
  'promoters'?: string | number;
  /** KPI input of engagement-rate. */
  'reach'?: string | number;
  /** KPI input of repeat-purchase-rate. */
  'repeat'?: string | number;
  /** KPI input of csat. */
  'responses'?: string | number;
  /** KPI input of romi, marketing-return, aov, lead-value, roas. */
  'revenue'?: string | number;
  /** KPI input of roi. */
  'revenue-growth'?: string | number;
  /** KPI input of csat. */
  'satisfied'?: string | number;
  /** KPI input of nps. */
  'scores'?: string | number;
  /** KPI input of open-rate, email-ctr, bounce-rate. */
  'sent'?: string | number;
  /** KPI input of web-bounce-rate. */
  'sessions'?: string | number;
  /** KPI input of romi, roi, cac, ltv-cac, marketing-return, roas, cpm. */
  'spend'?: string | number;
  /** KPI input of mql-to-sql. */
  'sqls'?: string | number;
  /** KPI input of follower-growth, subscriber-growth, churn-rate, retention-rate. */
  'start'?: string | number;
  /** KPI input of share-of-voice. */
  'total'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'unsubscribes'?: string | number;
  /** KPI input of first-30-days-traffic, conversion-rate, visitors-per-lead. */
  'visitors'?: string | number;
}

/** Attributes of `<goal-gauge>`. */
export interface GoalGaugeAttributes {
  /** The value, when there is no `kpi`: a plain number in `unit` (`19400`, `3%`). */
  'value'?: string | number;
  /** The unit of `value`: `count`, `currency`, `percent`, `ratio`, `score` or `number` (default). */
  'unit'?: string | number;
  /** The goal, in the figure's unit (`20000`, `50`, `2%`). Required. */
  'goal'?: string | number;
  /** Where we started; progress is then counted from it. Needed to pace rates and lower-is-better goals. */
  'baseline'?: string | number;
  /** Start of the gauge's own scale; with `max`, the gauge shows the value on min–max with a goal tick. */
  'min'?: string | number;
  /** End of the gauge's own scale; set together with `min`. */
  'max'?: string | number;
  /** `arc` (default), `ring` or `bar`. */
  'shape'?: string | number;
  /** One or two shares of the goal separating bad, warning and good: `50%,80%` or `0.5,0.8`. */
  'bands'?: string | number;
  /** First day of the goal's period, ISO: `2026-02-01`, or a month `2026-02`. With `period-end`, turns on pacing. Without both, a `period` of daily `src` data is the goal's period, paced as of the data's last day. */
  'period-start'?: string | number;
  /** Last day of the goal's period, ISO: `2026-02-28`, or a month `2026-02` (its last day). */
  'period-end'?: string | number;
  /** The day the value is measured on, ISO, counted as done; defaults to today in the user's time zone, or with a `period` of daily data, to the data's last day. */
  'as-of'?: string | number;
  /** The KPI to compute, by catalog id: `roas`, `cac`, `conversion-rate`, … */
  'kpi'?: 'romi' | 'roi' | 'ltv' | 'cac' | 'ltv-cac' | 'revenue-growth' | 'marketing-return' | 'visitors' | 'web-bounce-rate' | 'traffic-growth' | 'publishing-frequency' | 'first-30-days-traffic' | 'conversion-rate' | 'mql' | 'sql' | 'lead-to-mql' | 'mql-to-sql' | 'cpl' | 'cpa' | 'aov' | 'lead-value' | 'leads-per-customer' | 'visitors-per-lead' | 'leads' | 'new-customers' | 'lead-to-customer-time' | 'followers' | 'impressions' | 'follower-growth' | 'engagement-rate' | 'share-of-voice' | 'backlink-growth' | 'organic-ctr' | 'subscriber-growth' | 'open-rate' | 'email-ctr' | 'unsubscribe-rate' | 'bounce-rate' | 'roas' | 'cpc' | 'cpm' | 'ctr' | 'churn-rate' | 'retention-rate' | 'repeat-purchase-rate' | 'nps' | 'csat' | 'press-mentions' | 'campaign-backlinks' | 'launch-day-traffic' | 'event-attendees' | 'new-leads' | 'new-members' | 'active-members' | 'post-views';
  /** The label shown with the figure; defaults to the KPI's name in the locale. */
  'label'?: string | number;
  /** BCP 47 locale for numbers and texts (`en-US`, `nl-NL`); defaults to the nearest `lang`, then the browser's. */
  'locale'?: string | number;
  /** ISO 4217 currency code for money KPIs (`EUR`, `USD`); defaults to the locale's region's currency. */
  'currency'?: string | number;
  /** Fixed number of decimals (0–10). Without it each unit has its own. A change too small for them gets the decimals it needs (`+0.04 pp`), never a zero beside an arrow. */
  'decimals'?: string | number;
  /** `compact` shows large numbers short (`1.2K`, `€3.4M`); `standard` by default. */
  'notation'?: 'standard' | 'compact';
  /** Overrides which direction is good news: `higher` or `lower`. Defaults to the KPI's own. */
  'better'?: 'higher' | 'lower';
  /** `light` or `dark`; by default the widget follows the page's `color-scheme` (light unless the page says otherwise). */
  'theme'?: 'light' | 'dark';
  /** A CSV file (with a header row) or JSON document to read inputs from, such as a spreadsheet published as CSV. Columns named like inputs are used as they are; `fields` maps the others. Elements that show one period read the last row, and the row before it as the previous period; trends and funnels read whole columns. Fetched data takes precedence over a JSON child and attributes. */
  'src'?: string | number;
  /** Maps inputs to the columns (or JSON keys) of `src`: `revenue:Omzet, spend:Kosten, labels:Maand`, or a JSON object when a column's name has a comma. */
  'fields'?: string | number;
  /** Fetches `src` again every this many seconds (5 or more), counted from the end of the previous fetch. */
  'refresh'?: string | number;
  /** For a `src` table with a row per day (an analytics export): the period a card, a gauge or a funnel adds up, `month`, `quarter` or `year` (the one its last date falls in), `last-30-days`, a month (`2026-05`) or a span (`2026-05-01/2026-05-31`). Each input is summed over it, or for a stock (followers, subscribers) read on its last day, and the KPI is computed on the totals; the period before gives the `previous-` inputs, the same period a year earlier the `year-ago-` ones. A period still under way is marked so far and compared like for like (June 1–15 with May 1–15); a gauge paces it. A funnel's stages are the table's columns (those `stages` names). */
  'period'?: string | number;
  /** The column of a `src` table that holds each row's ISO date (`2026-05-31`), with `period` (or a trend's `group-by`): `date` by default. */
  'date-field'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'arpu'?: string | number;
  /** KPI input of web-bounce-rate, open-rate, email-ctr, bounce-rate. */
  'bounces'?: string | number;
  /** KPI input of ltv-cac. */
  'cac'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'churn'?: string | number;
  /** KPI input of email-ctr. */
  'clicked'?: string | number;
  /** KPI input of organic-ctr, cpc, ctr. */
  'clicks'?: string | number;
  /** KPI input of conversion-rate, cpa. */
  'conversions'?: string | number;
  /** KPI input of cpl, cpa, cpc. */
  'cost'?: string | number;
  /** KPI input of visitors, mql, sql, leads, new-customers, press-mentions, campaign-backlinks, launch-day-traffic, event-attendees, new-leads, new-members, active-members, post-views. */
  'count'?: string | number;
  /** KPI input of followers, impressions. */
  'counts'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'current'?: string | number;
  /** KPI input of cac, ltv-cac, leads-per-customer, repeat-purchase-rate. */
  'customers'?: string | number;
  /** KPI input of lead-to-customer-time. */
  'days'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'delivered'?: string | number;
  /** KPI input of nps. */
  'detractors'?: string | number;
  /** KPI input of subscriber-growth, retention-rate. */
  'end'?: string | number;
  /** KPI input of organic-ctr, cpm, ctr. */
  'impressions'?: string | number;
  /** KPI input of engagement-rate. */
  'interactions'?: string | number;
  /** KPI input of lead-to-mql, cpl, lead-value, leads-per-customer, visitors-per-lead. */
  'leads'?: string | number;
  /** KPI input of churn-rate. */
  'lost'?: string | number;
  /** KPI input of ltv-cac. */
  'ltv'?: string | number;
  /** KPI input of lead-to-mql, mql-to-sql. */
  'mqls'?: string | number;
  /** KPI input of follower-growth, retention-rate. */
  'new'?: string | number;
  /** KPI input of open-rate. */
  'opened'?: string | number;
  /** KPI input of aov. */
  'orders'?: string | number;
  /** KPI input of roi. */
  'organic-growth'?: string | number;
  /** KPI input of share-of-voice. */
  'own'?: string | number;
  /** KPI input of nps. */
  'passives'?: string | number;
  /** KPI input of publishing-frequency. */
  'periods'?: string | number;
  /** KPI input of publishing-frequency. */
  'pieces'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'previous'?: string | number;
  /** KPI input of nps. */
  'promoters'?: string | number;
  /** KPI input of engagement-rate. */
  'reach'?: string | number;
  /** KPI input of repeat-purchase-rate. */
  'repeat'?: string | number;
  /** KPI input of csat. */
  'responses'?: string | number;
  /** KPI input of romi, marketing-return, aov, lead-value, roas. */
  'revenue'?: string | number;
  /** KPI input of roi. */
  'revenue-growth'?: string | number;
  /** KPI input of csat. */
  'satisfied'?: string | number;
  /** KPI input of nps. */
  'scores'?: string | number;
  /** KPI input of open-rate, email-ctr, bounce-rate. */
  'sent'?: string | number;
  /** KPI input of web-bounce-rate. */
  'sessions'?: string | number;
  /** KPI input of romi, roi, cac, ltv-cac, marketing-return, roas, cpm. */
  'spend'?: string | number;
  /** KPI input of mql-to-sql. */
  'sqls'?: string | number;
  /** KPI input of follower-growth, subscriber-growth, churn-rate, retention-rate. */
  'start'?: string | number;
  /** KPI input of share-of-voice. */
  'total'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'unsubscribes'?: string | number;
  /** KPI input of first-30-days-traffic, conversion-rate, visitors-per-lead. */
  'visitors'?: string | number;
}

/** Attributes of `<kpi-card>`. */
export interface KpiCardAttributes {
  /** A ready value to show when there is no `kpi` (or no formula for it). */
  'value'?: string | number;
  /** The unit of `value`: `percent`, `currency`, `ratio`, `count`, `number` (default), `score` or `duration` (days). */
  'unit'?: 'percent' | 'currency' | 'ratio' | 'count' | 'number' | 'score' | 'duration';
  /** The previous period's value, when `value` is used or the KPI's `previous-` inputs are not given. */
  'previous-value'?: string | number;
  /** The value of the same period a year earlier, when `value` is used or the KPI's `year-ago-` inputs are not given. */
  'year-ago-value'?: string | number;
  /** The target in the KPI's unit (`3%` or `0.03` for percent KPIs); shows whether it is met. */
  'target'?: string | number;
  /** Shows the catalog's typical range for the KPI and where the value stands in it. A range in money is judged only in its own currency; in another it shows for reference, as does a benchmark that is a figure to go by rather than a range. */
  'benchmark'?: boolean;
  /** What the card compares its figure with, in the order the lines show, separated by spaces: `previous` (the `previous-` inputs or `previous-value`), `year` (the `year-ago-` inputs or `year-ago-value`) and `target`. By default, each it has a figure for, in that order; one listed without its figure shows a line saying so, and a console warning names what to add. */
  'compare'?: string | number;
  /** How each change is told: `absolute` (`+€2,000`, `+0.4 pp`), `relative` (`+20%`) or `both`. By default, percentage points for rates and points for scores, both for counts, money and ratios. A relative change is never shown where it means nothing (a score, from zero, across a change of sign): the change itself shows instead. */
  'change'?: 'absolute' | 'relative' | 'both';
  /** With series, names their periods, comma-separated as the trend's `labels`: free text, or ISO months and dates (`2026-05`) formatted for the locale. The change then names the period before ("vs May 2026"). */
  'labels'?: string | number;
  /** What the change since the previous period is compared with; defaults to "vs previous period" in the locale. */
  'compare-label'?: string | number;
  /** What the change since a year earlier is compared with; defaults to "vs same period last year" in the locale. */
  'year-label'?: string | number;
  /** The KPI to compute, by catalog id: `roas`, `cac`, `conversion-rate`, … */
  'kpi'?: 'romi' | 'roi' | 'ltv' | 'cac' | 'ltv-cac' | 'revenue-growth' | 'marketing-return' | 'visitors' | 'web-bounce-rate' | 'traffic-growth' | 'publishing-frequency' | 'first-30-days-traffic' | 'conversion-rate' | 'mql' | 'sql' | 'lead-to-mql' | 'mql-to-sql' | 'cpl' | 'cpa' | 'aov' | 'lead-value' | 'leads-per-customer' | 'visitors-per-lead' | 'leads' | 'new-customers' | 'lead-to-customer-time' | 'followers' | 'impressions' | 'follower-growth' | 'engagement-rate' | 'share-of-voice' | 'backlink-growth' | 'organic-ctr' | 'subscriber-growth' | 'open-rate' | 'email-ctr' | 'unsubscribe-rate' | 'bounce-rate' | 'roas' | 'cpc' | 'cpm' | 'ctr' | 'churn-rate' | 'retention-rate' | 'repeat-purchase-rate' | 'nps' | 'csat' | 'press-mentions' | 'campaign-backlinks' | 'launch-day-traffic' | 'event-attendees' | 'new-leads' | 'new-members' | 'active-members' | 'post-views';
  /** The label shown with the figure; defaults to the KPI's name in the locale. */
  'label'?: string | number;
  /** BCP 47 locale for numbers and texts (`en-US`, `nl-NL`); defaults to the nearest `lang`, then the browser's. */
  'locale'?: string | number;
  /** ISO 4217 currency code for money KPIs (`EUR`, `USD`); defaults to the locale's region's currency. */
  'currency'?: string | number;
  /** Fixed number of decimals (0–10). Without it each unit has its own. A change too small for them gets the decimals it needs (`+0.04 pp`), never a zero beside an arrow. */
  'decimals'?: string | number;
  /** `compact` shows large numbers short (`1.2K`, `€3.4M`); `standard` by default. */
  'notation'?: 'standard' | 'compact';
  /** Overrides which direction is good news: `higher` or `lower`. Defaults to the KPI's own. */
  'better'?: 'higher' | 'lower';
  /** `light` or `dark`; by default the widget follows the page's `color-scheme` (light unless the page says otherwise). */
  'theme'?: 'light' | 'dark';
  /** A CSV file (with a header row) or JSON document to read inputs from, such as a spreadsheet published as CSV. Columns named like inputs are used as they are; `fields` maps the others. Elements that show one period read the last row, and the row before it as the previous period; trends and funnels read whole columns. Fetched data takes precedence over a JSON child and attributes. */
  'src'?: string | number;
  /** Maps inputs to the columns (or JSON keys) of `src`: `revenue:Omzet, spend:Kosten, labels:Maand`, or a JSON object when a column's name has a comma. */
  'fields'?: string | number;
  /** Fetches `src` again every this many seconds (5 or more), counted from the end of the previous fetch. */
  'refresh'?: string | number;
  /** For a `src` table with a row per day (an analytics export): the period a card, a gauge or a funnel adds up, `month`, `quarter` or `year` (the one its last date falls in), `last-30-days`, a month (`2026-05`) or a span (`2026-05-01/2026-05-31`). Each input is summed over it, or for a stock (followers, subscribers) read on its last day, and the KPI is computed on the totals; the period before gives the `previous-` inputs, the same period a year earlier the `year-ago-` ones. A period still under way is marked so far and compared like for like (June 1–15 with May 1–15); a gauge paces it. A funnel's stages are the table's columns (those `stages` names). */
  'period'?: string | number;
  /** The column of a `src` table that holds each row's ISO date (`2026-05-31`), with `period` (or a trend's `group-by`): `date` by default. */
  'date-field'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'arpu'?: string | number;
  /** KPI input of web-bounce-rate, open-rate, email-ctr, bounce-rate. */
  'bounces'?: string | number;
  /** KPI input of ltv-cac. */
  'cac'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'churn'?: string | number;
  /** KPI input of email-ctr. */
  'clicked'?: string | number;
  /** KPI input of organic-ctr, cpc, ctr. */
  'clicks'?: string | number;
  /** KPI input of conversion-rate, cpa. */
  'conversions'?: string | number;
  /** KPI input of cpl, cpa, cpc. */
  'cost'?: string | number;
  /** KPI input of visitors, mql, sql, leads, new-customers, press-mentions, campaign-backlinks, launch-day-traffic, event-attendees, new-leads, new-members, active-members, post-views. */
  'count'?: string | number;
  /** KPI input of followers, impressions. */
  'counts'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'current'?: string | number;
  /** KPI input of cac, ltv-cac, leads-per-customer, repeat-purchase-rate. */
  'customers'?: string | number;
  /** KPI input of lead-to-customer-time. */
  'days'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'delivered'?: string | number;
  /** KPI input of nps. */
  'detractors'?: string | number;
  /** KPI input of subscriber-growth, retention-rate. */
  'end'?: string | number;
  /** KPI input of organic-ctr, cpm, ctr. */
  'impressions'?: string | number;
  /** KPI input of engagement-rate. */
  'interactions'?: string | number;
  /** KPI input of lead-to-mql, cpl, lead-value, leads-per-customer, visitors-per-lead. */
  'leads'?: string | number;
  /** KPI input of churn-rate. */
  'lost'?: string | number;
  /** KPI input of ltv-cac. */
  'ltv'?: string | number;
  /** KPI input of lead-to-mql, mql-to-sql. */
  'mqls'?: string | number;
  /** KPI input of follower-growth, retention-rate. */
  'new'?: string | number;
  /** KPI input of open-rate. */
  'opened'?: string | number;
  /** KPI input of aov. */
  'orders'?: string | number;
  /** KPI input of roi. */
  'organic-growth'?: string | number;
  /** KPI input of share-of-voice. */
  'own'?: string | number;
  /** KPI input of nps. */
  'passives'?: string | number;
  /** KPI input of publishing-frequency. */
  'periods'?: string | number;
  /** KPI input of publishing-frequency. */
  'pieces'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'previous'?: string | number;
  /** KPI input of nps. */
  'promoters'?: string | number;
  /** KPI input of engagement-rate. */
  'reach'?: string | number;
  /** KPI input of repeat-purchase-rate. */
  'repeat'?: string | number;
  /** KPI input of csat. */
  'responses'?: string | number;
  /** KPI input of romi, marketing-return, aov, lead-value, roas. */
  'revenue'?: string | number;
  /** KPI input of roi. */
  'revenue-growth'?: string | number;
  /** KPI input of csat. */
  'satisfied'?: string | number;
  /** KPI input of nps. */
  'scores'?: string | number;
  /** KPI input of open-rate, email-ctr, bounce-rate. */
  'sent'?: string | number;
  /** KPI input of web-bounce-rate. */
  'sessions'?: string | number;
  /** KPI input of romi, roi, cac, ltv-cac, marketing-return, roas, cpm. */
  'spend'?: string | number;
  /** KPI input of mql-to-sql. */
  'sqls'?: string | number;
  /** KPI input of follower-growth, subscriber-growth, churn-rate, retention-rate. */
  'start'?: string | number;
  /** KPI input of share-of-voice. */
  'total'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'unsubscribes'?: string | number;
  /** KPI input of first-30-days-traffic, conversion-rate, visitors-per-lead. */
  'visitors'?: string | number;
}

/** Attributes of `<kpi-trend>`. */
export interface KpiTrendAttributes {
  /** A ready series, comma-separated, one entry per period; an empty entry is a gap (used without `kpi`). */
  'values'?: string | number;
  /** The unit of `values`: `percent`, `currency`, `ratio`, `count`, `number` (default), `score` or `duration` (days). */
  'unit'?: string | number;
  /** Period labels, comma-separated: free text, or ISO months and dates (`2026-01`, `2026-02-15`) formatted for the locale. */
  'labels'?: string | number;
  /** `line` (a sparkline, the default), `area` or `bar`. Areas and bars start at zero; a line starts near its values. */
  'type'?: string | number;
  /** How the line (and the area's edge) passes from one period to the next: `linear` (default, straight), `monotone` (smooth, never overshooting a value: no bump above the high or below the low) or `step` (each value held until the next period starts). */
  'curve'?: string | number;
  /** Shows small localized axes. */
  'axis'?: boolean;
  /** Draws only the line (or area, or bars), the target and a dot on the latest value, filling the element's width: for table cells and tight rows. Screen readers get the summary sentence as the drawing's name. No headline, footer, axes or data table, and nothing to explore. */
  'sparkline'?: boolean;
  /** Draws a target line at this value, in the KPI's unit (`3%` or `0.03` for percent KPIs). */
  'target'?: string | number;
  /** For a `src` table with a row per day (an analytics export): one period per `week` (ISO, Monday to Sunday), `month` or `quarter`, from the first date to the last (see `date-field`). Each input is summed over the period, or for a stock (followers, subscribers) read on its last day, and the KPI is computed on the totals. A period without rows is a gap; a first or latest period the data covers only in part is marked as such ("Jun 2026 (so far)") and drawn dashed. */
  'group-by'?: string | number;
  /** The KPI to compute, by catalog id: `roas`, `cac`, `conversion-rate`, … */
  'kpi'?: 'romi' | 'roi' | 'ltv' | 'cac' | 'ltv-cac' | 'revenue-growth' | 'marketing-return' | 'visitors' | 'web-bounce-rate' | 'traffic-growth' | 'publishing-frequency' | 'first-30-days-traffic' | 'conversion-rate' | 'mql' | 'sql' | 'lead-to-mql' | 'mql-to-sql' | 'cpl' | 'cpa' | 'aov' | 'lead-value' | 'leads-per-customer' | 'visitors-per-lead' | 'leads' | 'new-customers' | 'lead-to-customer-time' | 'followers' | 'impressions' | 'follower-growth' | 'engagement-rate' | 'share-of-voice' | 'backlink-growth' | 'organic-ctr' | 'subscriber-growth' | 'open-rate' | 'email-ctr' | 'unsubscribe-rate' | 'bounce-rate' | 'roas' | 'cpc' | 'cpm' | 'ctr' | 'churn-rate' | 'retention-rate' | 'repeat-purchase-rate' | 'nps' | 'csat' | 'press-mentions' | 'campaign-backlinks' | 'launch-day-traffic' | 'event-attendees' | 'new-leads' | 'new-members' | 'active-members' | 'post-views';
  /** The label shown with the figure; defaults to the KPI's name in the locale. */
  'label'?: string | number;
  /** BCP 47 locale for numbers and texts (`en-US`, `nl-NL`); defaults to the nearest `lang`, then the browser's. */
  'locale'?: string | number;
  /** ISO 4217 currency code for money KPIs (`EUR`, `USD`); defaults to the locale's region's currency. */
  'currency'?: string | number;
  /** Fixed number of decimals (0–10). Without it each unit has its own. A change too small for them gets the decimals it needs (`+0.04 pp`), never a zero beside an arrow. */
  'decimals'?: string | number;
  /** `compact` shows large numbers short (`1.2K`, `€3.4M`); `standard` by default. */
  'notation'?: 'standard' | 'compact';
  /** Overrides which direction is good news: `higher` or `lower`. Defaults to the KPI's own. */
  'better'?: 'higher' | 'lower';
  /** `light` or `dark`; by default the widget follows the page's `color-scheme` (light unless the page says otherwise). */
  'theme'?: 'light' | 'dark';
  /** A CSV file (with a header row) or JSON document to read inputs from, such as a spreadsheet published as CSV. Columns named like inputs are used as they are; `fields` maps the others. Elements that show one period read the last row, and the row before it as the previous period; trends and funnels read whole columns. Fetched data takes precedence over a JSON child and attributes. */
  'src'?: string | number;
  /** Maps inputs to the columns (or JSON keys) of `src`: `revenue:Omzet, spend:Kosten, labels:Maand`, or a JSON object when a column's name has a comma. */
  'fields'?: string | number;
  /** Fetches `src` again every this many seconds (5 or more), counted from the end of the previous fetch. */
  'refresh'?: string | number;
  /** For a `src` table with a row per day (an analytics export): the period a card, a gauge or a funnel adds up, `month`, `quarter` or `year` (the one its last date falls in), `last-30-days`, a month (`2026-05`) or a span (`2026-05-01/2026-05-31`). Each input is summed over it, or for a stock (followers, subscribers) read on its last day, and the KPI is computed on the totals; the period before gives the `previous-` inputs, the same period a year earlier the `year-ago-` ones. A period still under way is marked so far and compared like for like (June 1–15 with May 1–15); a gauge paces it. A funnel's stages are the table's columns (those `stages` names). */
  'period'?: string | number;
  /** The column of a `src` table that holds each row's ISO date (`2026-05-31`), with `period` (or a trend's `group-by`): `date` by default. */
  'date-field'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'arpu'?: string | number;
  /** KPI input of web-bounce-rate, open-rate, email-ctr, bounce-rate. */
  'bounces'?: string | number;
  /** KPI input of ltv-cac. */
  'cac'?: string | number;
  /** KPI input of ltv, ltv-cac. */
  'churn'?: string | number;
  /** KPI input of email-ctr. */
  'clicked'?: string | number;
  /** KPI input of organic-ctr, cpc, ctr. */
  'clicks'?: string | number;
  /** KPI input of conversion-rate, cpa. */
  'conversions'?: string | number;
  /** KPI input of cpl, cpa, cpc. */
  'cost'?: string | number;
  /** KPI input of visitors, mql, sql, leads, new-customers, press-mentions, campaign-backlinks, launch-day-traffic, event-attendees, new-leads, new-members, active-members, post-views. */
  'count'?: string | number;
  /** KPI input of followers, impressions. */
  'counts'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'current'?: string | number;
  /** KPI input of cac, ltv-cac, leads-per-customer, repeat-purchase-rate. */
  'customers'?: string | number;
  /** KPI input of lead-to-customer-time. */
  'days'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'delivered'?: string | number;
  /** KPI input of nps. */
  'detractors'?: string | number;
  /** KPI input of subscriber-growth, retention-rate. */
  'end'?: string | number;
  /** KPI input of organic-ctr, cpm, ctr. */
  'impressions'?: string | number;
  /** KPI input of engagement-rate. */
  'interactions'?: string | number;
  /** KPI input of lead-to-mql, cpl, lead-value, leads-per-customer, visitors-per-lead. */
  'leads'?: string | number;
  /** KPI input of churn-rate. */
  'lost'?: string | number;
  /** KPI input of ltv-cac. */
  'ltv'?: string | number;
  /** KPI input of lead-to-mql, mql-to-sql. */
  'mqls'?: string | number;
  /** KPI input of follower-growth, retention-rate. */
  'new'?: string | number;
  /** KPI input of open-rate. */
  'opened'?: string | number;
  /** KPI input of aov. */
  'orders'?: string | number;
  /** KPI input of roi. */
  'organic-growth'?: string | number;
  /** KPI input of share-of-voice. */
  'own'?: string | number;
  /** KPI input of nps. */
  'passives'?: string | number;
  /** KPI input of publishing-frequency. */
  'periods'?: string | number;
  /** KPI input of publishing-frequency. */
  'pieces'?: string | number;
  /** KPI input of revenue-growth, traffic-growth, backlink-growth. */
  'previous'?: string | number;
  /** KPI input of nps. */
  'promoters'?: string | number;
  /** KPI input of engagement-rate. */
  'reach'?: string | number;
  /** KPI input of repeat-purchase-rate. */
  'repeat'?: string | number;
  /** KPI input of csat. */
  'responses'?: string | number;
  /** KPI input of romi, marketing-return, aov, lead-value, roas. */
  'revenue'?: string | number;
  /** KPI input of roi. */
  'revenue-growth'?: string | number;
  /** KPI input of csat. */
  'satisfied'?: string | number;
  /** KPI input of nps. */
  'scores'?: string | number;
  /** KPI input of open-rate, email-ctr, bounce-rate. */
  'sent'?: string | number;
  /** KPI input of web-bounce-rate. */
  'sessions'?: string | number;
  /** KPI input of romi, roi, cac, ltv-cac, marketing-return, roas, cpm. */
  'spend'?: string | number;
  /** KPI input of mql-to-sql. */
  'sqls'?: string | number;
  /** KPI input of follower-growth, subscriber-growth, churn-rate, retention-rate. */
  'start'?: string | number;
  /** KPI input of share-of-voice. */
  'total'?: string | number;
  /** KPI input of unsubscribe-rate. */
  'unsubscribes'?: string | number;
  /** KPI input of first-30-days-traffic, conversion-rate, visitors-per-lead. */
  'visitors'?: string | number;
}

/** Every kpi-kit tag and its attributes. */
export interface KpiKitElements {
  'funnel-ratio': FunnelRatioAttributes;
  'goal-gauge': GoalGaugeAttributes;
  'kpi-card': KpiCardAttributes;
  'kpi-trend': KpiTrendAttributes;
}
