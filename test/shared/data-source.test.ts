import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import '../helpers/packs.js';
import type { SourceLoad } from '../../src/shared/controllers/source-controller.js';
import { partText, readAloud, settle } from '../helpers/screen-reader.js';
import { collectWarnings } from '../helpers/console.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until a `kpi-load` has come and the element has rendered what it brought. */
const loaded = async (element: Widget): Promise<SourceLoad> => {
  const { detail } = (await oneEvent(element, 'kpi-load')) as CustomEvent<SourceLoad>;
  await settle(element);
  return detail;
};

const FIXTURES = '/test/fixtures';

/** A fetch that answers only when the test says so, and remembers what it was asked. */
class ScriptedFetch {
  readonly calls: { url: string; signal: AbortSignal }[] = [];
  private readonly answers: ((response: Response) => void)[] = [];
  private readonly original = window.fetch;

  install() {
    this.calls.length = 0;
    this.answers.length = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      this.calls.push({ url: String(input), signal: init?.signal ?? new AbortController().signal });
      return new Promise<Response>((resolve, reject) => {
        this.answers.push(resolve);
        init?.signal?.addEventListener('abort', () => {
          this.answers.splice(this.answers.indexOf(resolve), 1);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    };
  }

  answer(body: string, status = 200, type = 'text/csv') {
    this.answers.shift()?.(new Response(body, { status, headers: { 'content-type': type } }));
  }

  restore() {
    window.fetch = this.original;
  }
}

/** setTimeout under the test's control: the refresh timer fires when the test says so. */
class ManualTimers {
  readonly pending = new Map<number, () => void>();
  private next = 1;
  private readonly originals = { set: window.setTimeout, clear: window.clearTimeout };

  install() {
    this.pending.clear();
    // Only the source controller's long timers are captured; short ones (test helpers) run normally.
    window.setTimeout = ((callback: () => void, delay?: number) => {
      if ((delay ?? 0) < 1000) return this.originals.set.call(window, callback, delay);
      const id = this.next++;
      this.pending.set(id, callback);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && this.pending.delete(id)) return;
      this.originals.clear.call(window, id);
    }) as typeof window.clearTimeout;
  }

  fire() {
    const [id, callback] = [...this.pending][0] ?? [];
    if (id === undefined || !callback) throw new Error('no timer is pending');
    this.pending.delete(id);
    callback();
  }

  restore() {
    window.setTimeout = this.originals.set;
    window.clearTimeout = this.originals.clear;
  }
}

describe('src: inputs from a CSV or JSON file', () => {
  const warnings = collectWarnings();

  it('reads a published spreadsheet into a card: the last row now, the row before as the previous period', async () => {
    const card = await fixture<Widget>(
      html`<kpi-card
        kpi="roas"
        locale="en-US"
        src="${FIXTURES}/ad-spend.csv"
        fields="revenue:Revenue (EUR), spend:Ad spend"
      ></kpi-card>`,
    );
    const load = await loaded(card);
    expect(load).to.include({ ok: true });
    expect(partText(card, 'value')).to.equal('4 : 1');
    expect(readAloud(card)).to.contain('Up 0.5');
    await expect(card).to.be.accessible();
  });

  it('reads whole columns into a trend, with the period labels from another column', async () => {
    const trend = await fixture<Widget>(
      html`<kpi-trend
        kpi="roas"
        locale="en-US"
        src="${FIXTURES}/ad-spend.csv"
        fields="revenue:Revenue (EUR), spend:Ad spend, labels:Month"
      ></kpi-trend>`,
    );
    await loaded(trend);
    expect(partText(trend, 'value')).to.equal('4 : 1');
    expect(partText(trend, 'period')).to.contain('Mar 2026');
    await expect(trend).to.be.accessible();
  });

  it('reads a JSON object like the JSON child, so funnel labels may hold commas', async () => {
    const funnel = await fixture<Widget>(
      html`<funnel-ratio locale="en-US" src="${FIXTURES}/funnel.json"></funnel-ratio>`,
    );
    await loaded(funnel);
    expect(partText(funnel, 'value')).to.equal('0.2%');
    expect(funnel.shadowRoot?.querySelector('th[scope="row"]')?.textContent).to.contain('Visitors, all sources');
  });

  it('reads JSON rows into a gauge: the latest row is the value', async () => {
    const gauge = await fixture<Widget>(
      html`<goal-gauge kpi="new-leads" goal="200" locale="en-US" src="${FIXTURES}/leads.json" fields="count:leads">
      </goal-gauge>`,
    );
    await loaded(gauge);
    const meter = gauge.shadowRoot?.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-valuetext')).to.contain('160 of 200');
  });

  it('says where the file could not be loaded, naming src, in the widget and the console', async () => {
    const card = await fixture<Widget>(
      html`<kpi-card kpi="roas" locale="en-US" src="${FIXTURES}/missing.csv"></kpi-card>`,
    );
    const load = await loaded(card);
    expect(load.ok).to.equal(false);
    expect(partText(card, 'error')).to.contain(`src="${FIXTURES}/missing.csv" could not be loaded (HTTP 404)`);
    expect(warnings.join('\n')).to.contain('src=');
    await expect(card).to.be.accessible();
  });

  it('says what is wrong with a file that has no data, and with a column that is not there', async () => {
    const empty = await fixture<Widget>(
      html`<kpi-card kpi="roas" locale="en-US" src="${FIXTURES}/empty.csv"></kpi-card>`,
    );
    await loaded(empty);
    expect(partText(empty, 'error')).to.contain('it has no rows under a header row');

    const wrongColumn = await fixture<Widget>(
      html`<kpi-card kpi="roas" locale="en-US" src="${FIXTURES}/ad-spend.csv" fields="spend:Spend"></kpi-card>`,
    );
    await loaded(wrongColumn);
    expect(partText(wrongColumn, 'error')).to.contain('it has no column "Spend" for spend');
  });

  it('words the messages in Dutch for a Dutch widget', async () => {
    const card = await fixture<Widget>(
      html`<kpi-card kpi="roas" locale="nl-NL" src="${FIXTURES}/missing.csv"></kpi-card>`,
    );
    await loaded(card);
    expect(partText(card, 'error')).to.contain('kon niet worden geladen (HTTP 404)');
  });

  it('rejects an invalid fields or refresh, naming the attribute', async () => {
    const fields = await fixture<Widget>(
      html`<kpi-card kpi="roas" locale="en-US" src="${FIXTURES}/ad-spend.csv" fields="revenue"></kpi-card>`,
    );
    await loaded(fields);
    expect(partText(fields, 'error')).to.contain('fields="revenue" is not valid');

    const refresh = await fixture<Widget>(
      html`<kpi-card kpi="roas" revenue="1" spend="1" locale="en-US" refresh="0.01"></kpi-card>`,
    );
    expect(partText(refresh, 'error')).to.contain('refresh="0.01" is not valid. Use a number of seconds, 5 or more.');
    expect(warnings.join('\n')).to.contain('refresh="0.01"');
  });

  describe('with the network and the clock scripted', () => {
    const network = new ScriptedFetch();
    const timers = new ManualTimers();
    beforeEach(() => {
      network.install();
      timers.install();
    });
    afterEach(() => {
      network.restore();
      timers.restore();
    });

    const CSV = 'Month,revenue,spend\n2026-02,9000,3000\n2026-03,12000,3000\n';

    it('says it is loading until the first answer, instead of reporting missing inputs', async () => {
      const card = await fixture<Widget>(html`<kpi-card kpi="roas" locale="en-US" src="/data.csv"></kpi-card>`);
      expect(partText(card, 'loading')).to.equal('Loading data…');
      expect(card.shadowRoot?.querySelector('[part="error"]')).to.equal(null);
      expect(warnings).to.deep.equal([]);
      const load = oneEvent(card, 'kpi-load');
      network.answer(CSV);
      await load;
      await settle(card);
      expect(partText(card, 'value')).to.equal('4 : 1');
    });

    it('refreshes no more often than asked, and keeps the last good figures, marked stale, when a refresh fails', async () => {
      const card = await fixture<Widget>(
        html`<kpi-card kpi="roas" locale="en-US" src="/data.csv" refresh="60"></kpi-card>`,
      );
      network.answer(CSV);
      await oneEvent(card, 'kpi-load');
      await settle(card);
      expect(network.calls).to.have.length(1);
      // The next fetch waits for its timer: exactly one is pending, none is in flight.
      expect(timers.pending.size).to.equal(1);

      timers.fire();
      expect(network.calls).to.have.length(2);
      network.answer('Server error', 500, 'text/plain');
      await oneEvent(card, 'kpi-load');
      await settle(card);
      expect(partText(card, 'value')).to.equal('4 : 1');
      expect(partText(card, 'stale')).to.match(
        /^⚠ Not up to date: the latest refresh failed \(HTTP 500\)\. These figures are from \d/,
      );
      await expect(card).to.be.accessible();

      timers.fire();
      network.answer('Month,revenue,spend\n2026-04,15000,3000\n');
      await oneEvent(card, 'kpi-load');
      await settle(card);
      expect(partText(card, 'value')).to.equal('5 : 1');
      expect(card.shadowRoot?.querySelector('[part="stale"]')).to.equal(null);
    });

    it('aborts the request and stops refreshing when the element leaves the page', async () => {
      const card = await fixture<Widget>(
        html`<kpi-card kpi="roas" locale="en-US" src="/data.csv" refresh="60"></kpi-card>`,
      );
      const [first] = network.calls;
      card.remove();
      expect(first?.signal.aborted).to.equal(true);
      expect(timers.pending.size).to.equal(0);

      document.body.append(card);
      await settle(card);
      expect(network.calls).to.have.length(2);
      network.answer(CSV);
      await oneEvent(card, 'kpi-load');
      card.remove();
      expect(timers.pending.size).to.equal(0);
    });

    it('fetches again, from scratch, when src changes, and aborts the request to the old address', async () => {
      const card = await fixture<Widget>(html`<kpi-card kpi="roas" locale="en-US" src="/old.csv"></kpi-card>`);
      card.setAttribute('src', '/new.csv');
      await settle(card);
      expect(network.calls.map((call) => call.url)).to.deep.equal(['/old.csv', '/new.csv']);
      expect(network.calls[0]?.signal.aborted).to.equal(true);
      network.answer(CSV);
      await oneEvent(card, 'kpi-load');
      await settle(card);
      expect(partText(card, 'value')).to.equal('4 : 1');
    });
  });
});
