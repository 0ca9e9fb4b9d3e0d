import { expect, waitUntil } from '@open-wc/testing';
import { pageFiles, type ManifestChunk } from '../../scripts/page-files.mjs';
import { expectWidgetsRendered, loadPage, recordOf } from './embed-page.js';

/**
 * dist/autoloader.js, the one script tag that loads only what a page uses: it must render the same
 * widgets as the whole kit, under a strict Content-Security-Policy too, find widgets added after
 * the page loaded, and download an element, d3 or a language only when a widget needs it.
 */

/** The kit's scripts a page has downloaded: their paths (/dist/autoload/kpi-trend-<hash>.js). */
const downloadedPaths = (doc: Document): string[] =>
  (doc.defaultView?.performance.getEntriesByType('resource') ?? [])
    .map(({ name }) => new URL(name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));

/** The same by name (dist/autoload/kpi-trend-<hash>.js is "kpi-trend"). */
const downloaded = (doc: Document): string[] =>
  downloadedPaths(doc).map((path) => (path.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$|\.js$/, ''));

describe('the autoloader', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders every widget of a plain page from its one script tag, without the whole kit', async () => {
    const doc = await loadPage('host?kit=autoloader');
    expectWidgetsRendered(doc);
    const files = downloaded(doc);
    expect(files).to.include.members(['autoloader', 'kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge', 'lit']);
    expect(files).not.to.include('kpi-kit');
  });

  it('works under a strict Content-Security-Policy with no violation', async () => {
    expectWidgetsRendered(await loadPage('host?kit=autoloader&csp'));
  });

  it('downloads only what the page uses, and finds widgets added later', async () => {
    const doc = await loadPage('autoload-later?csp');
    const before = downloaded(doc);
    expect(before).to.include.members(['autoloader', 'kpi-card', 'lit', 'engine']);
    // A page of cards without a benchmark or a src: no trend, funnel or gauge, no d3, no KPI notes,
    // no file reader, no other language.
    const unusedByCards = [
      'kpi-trend',
      'funnel-ratio',
      'goal-gauge',
      'benchmark-geometry',
      'd3-scale',
      'd3-shape',
      'notes',
      'remote-data',
    ];
    for (const unused of [...unusedByCards, 'nl', 'de', 'fr']) expect(before, unused).not.to.include(unused);

    (doc.defaultView as unknown as { kpiKitAddLater: () => void }).kpiKitAddLater();
    const value = (tag: string) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="value"], [role="meter"]');
    const bar = () => doc.querySelector('kpi-card[benchmark]')?.shadowRoot?.querySelector('[part~="benchmark-bar"]');
    const stages = () =>
      doc
        .querySelector('funnel-ratio')
        ?.shadowRoot?.querySelector('[part~="table"]')
        ?.textContent?.includes('Leads, qualified');
    await waitUntil(
      () => value('kpi-trend') && value('goal-gauge') && bar() && stages(),
      'the widgets added later render',
      {
        timeout: 8000,
      },
    );
    const after = downloaded(doc);
    // The benchmark's bar came on demand, with d3's scales and the KPIs' notes (one chunk per
    // language), and the funnel's file with the reader of files.
    const onDemand = ['benchmark-geometry', 'd3-scale', 'notes', 'remote-data'];
    expect(after).to.include.members(['kpi-trend', 'goal-gauge', 'funnel-ratio', 'de', ...onDemand]);
    // The trend speaks German: its pack came with it, and no other.
    expect(doc.querySelector('kpi-trend')?.shadowRoot?.textContent).to.contain('Datentabelle');
    for (const unused of ['nl', 'fr']) expect(after, unused).not.to.include(unused);
    expect(recordOf(doc)).to.deep.equal({ errors: [], violations: [] });
  });

  it('downloads the very files the size check counts for a page of cards', async () => {
    const doc = await loadPage('autoload-later');
    const response = await fetch('/dist/.vite/autoload-manifest.json');
    const manifest = (await response.json()) as Record<string, ManifestChunk>;
    const counted = pageFiles(manifest, ['src/elements/kpi-card/kpi-card.ts']).map((file) => `/dist/${file}`);
    expect(downloadedPaths(doc).sort()).to.deep.equal(counted.sort());
  });

  it('does nothing more when it is loaded twice', async () => {
    const doc = await loadPage('host?kit=autoloader');
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/autoloader.js?again';
    doc.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    expectWidgetsRendered(doc);
  });
});
