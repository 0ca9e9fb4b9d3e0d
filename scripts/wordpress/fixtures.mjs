/**
 * The posts the test saves as an Author, one per way of adding a widget, and what each widget
 * must show. Expected figures are built with Intl, as a reader in en-US sees them.
 */
const number = (value, options = {}) => new Intl.NumberFormat('en-US', options).format(value);
const percent = (value, digits = 0) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: digits }).format(value);
/** A percent with exactly `digits` decimals: a trend shows all its values with one number of decimals. */
const fixedPercent = (value, digits) =>
  new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/** A label with markup and quotes: it must be shown as text, never become markup. */
export const HOSTILE_LABEL = 'Ads "Q2" <b>bold</b> & more';

/**
 * A block's comment as the editor serializes it: characters that could end the comment or read as
 * markup are written as JSON escapes (serializeAttributes in @wordpress/blocks).
 */
const block = (tag, attributes) => {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:kpi-kit/${tag} ${json} /-->`;
};

export const blockPost = {
  title: 'Blocks',
  content: [
    block('kpi-card', {
      kpi: 'roas',
      inputs: {
        revenue: '12000',
        spend: '3000',
        'previous-revenue': '9000',
        'previous-spend': '3000',
        'year-ago-revenue': '15000',
        'year-ago-spend': '3000',
      },
      target: '3.5',
      label: HOSTILE_LABEL,
    }),
    block('kpi-trend', {
      kpi: 'conversion-rate',
      inputs: { conversions: '18,21,24,30', visitors: '1000,1050,1100,1000' },
      labels: '2026-01,2026-02,2026-03,2026-04',
      axis: true,
    }),
    block('funnel-ratio', { stages: 'Visitors,Leads,Customers', values: '10000,500,20' }),
    block('goal-gauge', { kpi: 'new-leads', inputs: { count: '260' }, goal: '1000' }),
  ].join('\n\n'),
  widgets: [
    // Its target, 3.5, has a decimal: the value shows one too.
    // A year ago its ROAS was 5 : 1: the block's year-ago- inputs survive and show as a second line.
    {
      tag: 'kpi-card',
      shows: [
        `${number(12000 / 3000, { minimumFractionDigits: 1 })} : 1`,
        HOSTILE_LABEL,
        'worse vs same period last year',
      ],
    },
    { tag: 'kpi-trend', shows: [fixedPercent(30 / 1000, 1)] },
    { tag: 'funnel-ratio', shows: [percent(20 / 10000, 1)] },
    { tag: 'goal-gauge', shows: [percent(260 / 1000), `${number(260)} of ${number(1000)}`] },
  ],
};

export const shortcodePost = {
  title: 'Shortcodes',
  content: [
    '[kpi_card kpi="roas" revenue="12000" spend="3000"]',
    '[kpi_card kpi="ctr" clicks="120" impressions="9000" benchmark onclick="alert(1)"]',
    '[kpi_trend kpi="ctr" clicks="80,95,120" impressions="8000,8500,9000" labels="May,June,July"]',
    '[funnel_ratio stages="Visitors,Leads,Customers" values="10000,500,20" mode="funnel"]',
    '[goal_gauge value="19400" goal="20000" baseline="8000"]',
  ].join('\n\n'),
  widgets: [
    { tag: 'kpi-card', shows: [`${number(4)} : 1`] },
    { tag: 'kpi-card', shows: [percent(120 / 9000, 1)], absent: ['onclick'] },
    { tag: 'kpi-trend', shows: [percent(120 / 9000, 1)] },
    { tag: 'funnel-ratio', shows: [percent(20 / 10000, 1)] },
    { tag: 'goal-gauge', shows: [percent((19400 - 8000) / (20000 - 8000))] },
  ],
};

/** The kses-safe ways to give data, as readme.txt documents them. */
export const safeDataPost = {
  title: 'Data without scripts',
  content: [
    '<kpi-card kpi="roas" src="/kpi-kit-fixtures/ads.csv" fields="revenue:Revenue (EUR), spend:Ad spend"></kpi-card>',
    '<funnel-ratio label="Leads at $10, \\1 list"><ol><li data-value="10000">Visitors, all sources</li><li data-value="500">Leads</li><li data-value="20">Customers</li></ol></funnel-ratio>',
  ].join('\n\n'),
  widgets: [
    { tag: 'kpi-card', shows: [`${number(15000 / 3000)} : 1`] },
    // The tag goes round wpautop as a placeholder: "$10" and a backslash must come back as written.
    { tag: 'funnel-ratio', shows: ['Leads at $10, \\1 list', 'Visitors, all sources', percent(20 / 10000, 1)] },
  ],
};

/** Served at /kpi-kit-fixtures/: the last row is the period shown. */
export const FIXTURE_FILES = {
  'ads.csv': 'Month,Revenue (EUR),Ad spend\n2026-04,9000,3000\n2026-05,15000,3000\n',
};

/**
 * What the README's examples must show, by tag and label (else kpi); an example not listed must
 * still render without an error.
 */
export const README_FIGURES = {
  'kpi-card roas': [`${number(4)} : 1`],
  'kpi-card conversion-rate': [percent(0.03)],
  'kpi-trend conversion-rate': [percent(33 / 1180, 1)],
  'funnel-ratio B2B lead funnel, Q2': [percent(20 / 10000, 1)],
  'goal-gauge New leads, April': [`${number(260)} of ${number(1000)}`, `${number(740)} to go`],
  'kpi-trend Sessions': [number(1230)],
};

export const readmeKey = (widget) => `${widget.tag} ${widget.attributes.label ?? widget.attributes.kpi}`;
