import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { computeKpi, describeError, getKpi, kpiWords, loadPack } from '../../src/kpi/index.js';
import { builderWords } from '../../demo/docs/builder-words.js';
import { partText, readAloud, settle } from '../helpers/screen-reader.js';
import { loadDocsPage } from './docs-page.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Types into a field as a reader does: its whole new value, then the input event. */
const type = (field: HTMLInputElement | null | undefined, text: string) => {
  if (!field) throw new Error('no field');
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
};

const field = (doc: Document, name: string) => doc.querySelector<HTMLInputElement>(`#builder [name="${name}"]`);
const snippet = (doc: Document, kind: string) =>
  doc.querySelector(`[data-snippet="${kind}"] pre code`)?.textContent ?? '';
const preview = (doc: Document) =>
  doc.querySelector('#preview > kpi-card, #preview > kpi-trend, #preview > goal-gauge');

/** Until the page's widget has rendered what its attributes now say. */
const rendered = async (doc: Document) => {
  await frames();
  const widget = preview(doc) as (Element & { updateComplete?: Promise<unknown> }) | null;
  if (widget) await settle(widget);
  await frames();
};

describe('the KPI builder page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('finds a KPI by its Dutch, German or French name, and picks it', async () => {
    const { doc } = await loadDocsPage('builder', { width: 1280 });
    await Promise.all(['nl', 'de', 'fr'].map(loadPack));
    const search = doc.querySelector<HTMLInputElement>('#kpi-search');
    const offered = () => [...doc.querySelectorAll<HTMLInputElement>('#kpi-results input')].map((input) => input.value);
    for (const [lang, id] of [
      ['nl', 'cac'],
      ['de', 'churn-rate'],
      ['fr', 'cpl'],
    ] as const) {
      const kpi = getKpi(id);
      if (!kpi) throw new Error(id);
      type(search, kpiWords(kpi, lang).name);
      expect(offered(), `${lang}: ${kpiWords(kpi, lang).name}`).to.include(id);
    }
    type(search, 'Abwanderungsrate');
    const option = doc.querySelector<HTMLInputElement>('#kpi-results input[value="churn-rate"]');
    expect(option?.closest('label')?.textContent).to.contain('German: Abwanderungsrate');
    option?.click();
    await rendered(doc);
    expect(field(doc, 'lost'), 'its inputs').not.to.equal(null);
    expect(snippet(doc, 'html')).to.contain('kpi="churn-rate"');
    type(search, 'nothing like this');
    expect(doc.querySelector('#kpi-count')?.textContent).to.equal('No KPI matches “nothing like this”.');
  });

  it('shows the engine’s message beside a bad input, and marks the field invalid', async () => {
    const { doc } = await loadDocsPage('builder', { width: 1280 });
    const spend = field(doc, 'spend');
    type(spend, '€3,000');
    const result = computeKpi('roas', { revenue: '12000', spend: '€3,000' });
    if (result.ok) throw new Error('meant to be refused');
    const error = doc.getElementById(spend?.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(spend?.getAttribute('aria-invalid')).to.equal('true');
    expect(error?.textContent).to.equal(`Error: ${describeError(result.error, 'en-US')}`);
    type(spend, '3000');
    expect(spend?.hasAttribute('aria-invalid')).to.equal(false);
    expect(spend?.getAttribute('aria-describedby') ?? '').not.to.contain('error');
    // The summary is said once the typing stops.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(doc.querySelector('#summary')?.textContent).to.equal('Every input is valid.');
  });

  it('builds a ROAS card whose copied HTML tag renders the same widget', async () => {
    const { doc } = await loadDocsPage('builder', { width: 1280 });
    type(field(doc, 'revenue'), '18500');
    type(field(doc, 'spend'), '4200');
    type(field(doc, 'target'), '4');
    await rendered(doc);
    const html = snippet(doc, 'html');
    expect(html).to.equal('<kpi-card\n  kpi="roas"\n  revenue="18500"\n  spend="4200"\n  target="4"\n></kpi-card>');

    const host = document.createElement('div');
    host.lang = 'en-US';
    host.innerHTML = html;
    document.body.append(host);
    const pasted = host.firstElementChild as Element;
    await settle(pasted);
    const live = preview(doc);
    if (!live) throw new Error('no preview');
    expect(readAloud(pasted)).to.equal(readAloud(live));
    expect(partText(pasted, 'value')).to.equal(partText(live, 'value'));
    expect(partText(pasted, 'value')).not.to.equal('');
    host.remove();

    expect(snippet(doc, 'shortcode')).to.equal('[kpi_card kpi="roas" revenue="18500" spend="4200" target="4"]');
    expect(snippet(doc, 'block')).to.equal(
      '<!-- wp:kpi-kit/kpi-card {"target":"4","kpi":"roas","inputs":{"revenue":"18500","spend":"4200"}} /-->',
    );
    expect(snippet(doc, 'jsx')).to.equal(
      '<kpi-card\n  kpi="roas"\n  revenue="18500"\n  spend="4200"\n  target="4"\n/>',
    );
  });

  it('compares a card with the same period last year once its box is ticked', async () => {
    const { doc } = await loadDocsPage('builder', { width: 1280 });
    expect(field(doc, 'year-ago-revenue'), 'hidden until ticked').to.equal(null);
    const box = field(doc, 'with-year');
    expect(box?.closest('label')?.textContent).to.equal('Compare with the same period last year');
    box?.click();
    await rendered(doc);
    const revenue = field(doc, 'year-ago-revenue');
    type(revenue, '9.000,5');
    const error = doc.getElementById(revenue?.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(revenue?.getAttribute('aria-invalid')).to.equal('true');
    expect(error?.textContent).to.match(/^Error: year-ago-revenue="9\.000,5"/);
    type(revenue, '9000');
    type(field(doc, 'year-ago-spend'), '3000');
    await rendered(doc);
    const live = preview(doc);
    if (!live) throw new Error('no preview');
    expect(readAloud(live)).to.contain('same period last year');
    expect(snippet(doc, 'html')).to.contain('year-ago-revenue="9000"');
    expect(field(doc, 'year-ago-revenue')?.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('moves between the code tabs with the arrow keys', async () => {
    const { doc } = await loadDocsPage('builder', { width: 1280 });
    const tabs = [...doc.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).to.deep.equal(['HTML', 'Shortcode', 'Block', 'React']);
    tabs[0]?.focus();
    tabs[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(doc.activeElement).to.equal(tabs[3]);
    expect(tabs[3]?.getAttribute('aria-selected')).to.equal('true');
    expect(doc.querySelector<HTMLElement>('#panel-jsx')?.hidden).to.equal(false);
    expect(doc.querySelector<HTMLElement>('#panel-html')?.hidden).to.equal(true);
  });

  it('maps the columns of a CSV file, with a period for a dated table', async () => {
    const { frame, doc } = await loadDocsPage('builder', { width: 1280 });
    // Vite serves demo/public/ at the site's root; the test server serves it where it is.
    const view = frame.contentWindow as (Window & typeof globalThis) | null;
    if (!view) throw new Error('no window');
    const fetchFile = view.fetch.bind(view);
    view.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      fetchFile(
        String(input instanceof Request ? input.url : input).replace('/demo/data/', '/demo/public/data/'),
        init,
      );
    doc.querySelector<HTMLInputElement>('#source input[value="file"]')?.click();
    await rendered(doc);
    doc.querySelector<HTMLButtonElement>('[data-example$="shop-daily-2026.csv"]')?.click();
    const deadline = performance.now() + 5000;
    while (!doc.querySelector('[name="map:revenue"]') && performance.now() < deadline) await rendered(doc);
    expect(doc.querySelector('.file-status')?.textContent).to.equal('7 columns and 91 rows read.');
    expect(doc.querySelector<HTMLSelectElement>('[name="map:revenue"]')?.value).to.equal('Revenue (EUR)');
    const period = doc.querySelector<HTMLSelectElement>('[name="period"]');
    if (!period) throw new Error('no period for a dated table');
    period.value = 'month';
    period.dispatchEvent(new Event('change', { bubbles: true }));
    await rendered(doc);
    const src = new URL('data/shop-daily-2026.csv', doc.baseURI).href;
    expect(snippet(doc, 'shortcode')).to.equal(
      `[kpi_card kpi="roas" src="${src}" fields="revenue:Revenue (EUR), spend:Ad spend" period="month" date-field="Day"]`,
    );
    expect(preview(doc)?.getAttribute('src')).to.equal(src);
  });

  it('speaks Dutch in a Dutch page, and gives its preview that locale', async () => {
    const { doc } = await loadDocsPage('builder', { width: 1280, locale: 'nl-NL' });
    const words = builderWords('nl');
    expect(doc.querySelector('h1')?.textContent).to.equal(words.title);
    expect(doc.querySelector('#source')?.textContent).to.contain(words.typed);
    expect(doc.querySelector('[role="tab"][aria-selected="true"]')?.textContent).to.equal('HTML');
    expect(doc.querySelector('.copy-button')?.textContent).to.contain('Kopiëren');
    expect(preview(doc)?.getAttribute('locale')).to.equal('nl-NL');
    const spend = field(doc, 'spend');
    type(spend, 'veel');
    const error = doc.getElementById(spend?.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(error?.textContent).to.match(/^Fout: spend="veel"/);
  });

  /** axe, run in the page's own window: an element of an iframe is not an Element of this one. */
  const axeViolations = async (frame: HTMLIFrameElement, doc: Document) => {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
    const { axe } = frame.contentWindow as unknown as {
      axe: { run: (context: Element) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    };
    const { violations } = await axe.run(doc.querySelector('main') as Element);
    return violations.map(({ id, nodes }) => `${id}: ${JSON.stringify(nodes.map((node) => node.target))}`);
  };

  for (const scheme of ['light', 'dark']) {
    it(`passes axe on a phone, in ${scheme}, with a message shown and the file step open`, async () => {
      const { frame, doc } = await loadDocsPage('builder', { width: 390 });
      doc.documentElement.style.colorScheme = scheme;
      type(field(doc, 'spend'), '0');
      await rendered(doc);
      expect(await axeViolations(frame, doc)).to.deep.equal([]);
      doc.querySelector<HTMLInputElement>('#source input[value="file"]')?.click();
      doc.querySelector<HTMLInputElement>('#widgets input[value="goal-gauge"]')?.click();
      await rendered(doc);
      expect(await axeViolations(frame, doc)).to.deep.equal([]);
    });
  }
});
