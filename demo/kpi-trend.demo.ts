import '../src/elements/kpi-trend/kpi-trend.js';
import type { KpiTrend } from '../src/elements/kpi-trend/kpi-trend.js';
import type { KpiChangeEvent } from '../src/shared/events.js';

/** A reproducible long series: slow growth, a weekly rhythm and some noise, with one outage gap. */
const longSeries = (count: number): (number | null)[] => {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, day) => {
    if (day >= 6100 && day < 6130) return null;
    const trend = 1200 + day * 0.35;
    const weekly = day % 7 >= 5 ? 0.72 : 1;
    return Math.round(trend * weekly * (0.9 + random() * 0.2));
  });
};

// Numbers a script holds go in as they are: no text to write out and parse back.
const long = document.querySelector<KpiTrend>('#long');
if (long) long.inputs = { values: longSeries(10_000) };

/** How each status reads in the events table: a sign and a word, never color alone. */
const NEWS: Readonly<Record<KpiChangeEvent['detail']['status'], string>> = {
  good: '▲ good news',
  bad: '▼ bad news',
  neutral: '— no judgement',
  error: '! shows an error',
};

// One row per trend, updated in place: what a page listening to `kpi-change` would keep.
const events = document.querySelector('#events');
const rows = new Map<Element, HTMLTableRowElement>();
document.addEventListener('kpi-change', (event) => {
  const target = event.target as HTMLElement;
  if (!events || target.localName !== 'kpi-trend') return;
  const { kpi, text, status } = (event as KpiChangeEvent).detail;
  const row = rows.get(target) ?? events.appendChild(document.createElement('tr'));
  rows.set(target, row);
  const name = document.createElement('th');
  name.scope = 'row';
  // The name the trend shows: its label, or its KPI's name from the catalog, in its language.
  const shownName = target.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim();
  name.textContent = shownName || target.getAttribute('label') || kpi || 'Trend';
  const cells = [text, NEWS[status]].map((content) => {
    const cell = document.createElement('td');
    cell.textContent = content;
    return cell;
  });
  row.replaceChildren(name, ...cells);
});
