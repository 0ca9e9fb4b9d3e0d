import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import '../helpers/packs.js';
import type { SourceLoad } from '../../src/shared/controllers/source-controller.js';
import { partText, readAloud, settle } from '../helpers/screen-reader.js';
import { collectWarnings } from '../helpers/console.js';
import { loaded } from '../helpers/source.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

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
    this.respond(new Response(body, { status, headers: { 'content-type': type } }));
  }

  respond(response: Response) {
    this.answers.shift()?.(response);
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
    // One number of decimals for all the trend's values: 3.5 : 1 beside it gives 4 one too.
    expect(partText(trend, 'value')).to.equal('4.0 : 1');
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

  it('says a web page served as the data file is not one, whatever its type, instead of "revenue is missing"', async () => {
    // A login page behind the address, answered with status 200: the dev server calls it text/csv.
    const card = await fixture<Widget>(
      html`<kpi-card kpi="roas" locale="en-US" src="${FIXTURES}/login-page.csv"></kpi-card>`,
    );
    const load = await loaded(card);
    expect(load.ok).to.equal(false);
    expect(partText(card, 'error')).to.contain(
      `The file at src="${FIXTURES}/login-page.csv" cannot be read: it is a web page, perhaps a login or error page, not a CSV or JSON file.`,
    );
    expect(partText(card, 'error')).not.to.contain('missing');
    expect(warnings.join('\n')).to.contain('src=');
    await expect(card).to.be.accessible();
  });

  it('keeps period labels with commas from a CSV: a quoted label is one label', async () => {
    const trend = await fixture<Widget>(
      html`<kpi-trend kpi="roas" locale="en-US" src="${FIXTURES}/weekly.csv" fields="labels:Week"></kpi-trend>`,
    );
    await loaded(trend);
    expect(partText(trend, 'error')).to.equal('');
    // One number of decimals for all the trend's values: 3.5 : 1 beside it gives 4 one too.
    expect(partText(trend, 'value')).to.equal('4.0 : 1');
    expect(partText(trend, 'period')).to.contain('Week 3, 2026');
    expect(partText(trend, 'period')).to.contain('Week 2, 2026');
  });

  it('keeps funnel stages with commas from a CSV column', async () => {
    const funnel = await fixture<Widget>(
      html`<funnel-ratio locale="en-US" src="${FIXTURES}/funnel-stages.csv"></funnel-ratio>`,
    );
    await loaded(funnel);
    expect(partText(funnel, 'value')).to.equal('0.2%');
    const stages = [...(funnel.shadowRoot?.querySelectorAll('th[scope="row"]') ?? [])].map((th) => th.textContent);
    expect(stages.join('|')).to.contain('Visitors, all sources').and.to.contain('Leads, qualified');
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

    const PAGE = '<!doctype html>\n<html><head><title>Sign in</title></head><body>Sign in</body></html>';
    const megabytes = (value: number, locale: string) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte' }).format(value);

    /** A card that has shown the good CSV once, with its next refresh due. */
    const refreshedCard = async () => {
      const card = await fixture<Widget>(
        html`<kpi-card kpi="roas" locale="en-US" src="/data.csv" refresh="60"></kpi-card>`,
      );
      network.answer(CSV);
      await oneEvent(card, 'kpi-load');
      await settle(card);
      timers.fire();
      return card;
    };

    it('keeps the last good figures, marked stale, when a refresh answers with a web page', async () => {
      const card = await refreshedCard();
      network.answer(PAGE, 200, 'text/html; charset=utf-8');
      const load = (await oneEvent(card, 'kpi-load')) as CustomEvent<SourceLoad>;
      await settle(card);
      expect(load.detail.ok).to.equal(false);
      expect(partText(card, 'value')).to.equal('4 : 1');
      expect(partText(card, 'stale')).to.contain(
        'the latest refresh failed (it is a web page, perhaps a login or error page, not a CSV or JSON file)',
      );
      await expect(card).to.be.accessible();
    });

    it('tells a page sent as text/html by its first tag, and still reads a CSV a script sent as text/html', async () => {
      const page = await fixture<Widget>(html`<kpi-card kpi="roas" locale="en-US" src="/page"></kpi-card>`);
      network.answer(`\n  <body><p>Session expired</p></body>`, 200, 'text/html');
      await loaded(page);
      expect(partText(page, 'error')).to.contain('it is a web page');

      // PHP sends text/html unless told otherwise: the text, not the type, says what it is.
      const csv = await fixture<Widget>(html`<kpi-card kpi="roas" locale="en-US" src="/export.php"></kpi-card>`);
      network.answer(CSV, 200, 'text/html; charset=UTF-8');
      await loaded(csv);
      expect(partText(csv, 'value')).to.equal('4 : 1');
    });

    it('refuses a file larger than 1 MB by its Content-Length, without downloading it', async () => {
      const card = await fixture<Widget>(html`<kpi-card kpi="roas" locale="en-US" src="/huge.csv"></kpi-card>`);
      expect(partText(card, 'loading')).to.equal('Loading data…');
      // Five megabytes, handed over a chunk at a time as the reader asks for them.
      const chunk = new TextEncoder().encode('2026-01,9000,3000\n'.repeat(4000));
      let [pulled, cancelled] = [0, false];
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => {
          if (pulled >= 5_000_000) return controller.close();
          pulled += chunk.length;
          controller.enqueue(chunk);
        },
        cancel: () => {
          cancelled = true;
        },
      });
      network.respond(new Response(body, { headers: { 'content-type': 'text/csv', 'content-length': '5000000' } }));
      const load = await loaded(card);
      expect(load.ok).to.equal(false);
      expect(cancelled, 'the download is cancelled').to.equal(true);
      expect(pulled, 'bytes downloaded').to.be.below(1_000_000);
      expect(partText(card, 'error')).to.contain(
        `cannot be read: it is ${megabytes(5, 'en-US')}, more than the ${megabytes(1, 'en-US')} a widget reads`,
      );
      await expect(card).to.be.accessible();
    });

    it("refuses a larger file without a Content-Length by its length, with sizes in the widget's language", async () => {
      const card = await fixture<Widget>(html`<kpi-card kpi="roas" locale="nl-NL" src="/big.csv"></kpi-card>`);
      const rows = '2026-01,9000,3000\n'.repeat(Math.ceil(1_150_000 / 18));
      network.answer(`Month,revenue,spend\n${rows}`);
      await loaded(card);
      const bytes = new TextEncoder().encode(`Month,revenue,spend\n${rows}`).length;
      const size = new Intl.NumberFormat('nl-NL', {
        style: 'unit',
        unit: 'megabyte',
        maximumSignificantDigits: 3,
        roundingMode: 'ceil',
      }).format(bytes / 1_000_000);
      expect(partText(card, 'error')).to.contain(`het is ${size}, meer dan de ${megabytes(1, 'nl-NL')}`);
    });

    it('keeps the last good figures, marked stale, when a refresh brings a file too large to read', async () => {
      const card = await refreshedCard();
      network.respond(new Response('', { headers: { 'content-type': 'text/csv', 'content-length': '3000000' } }));
      await oneEvent(card, 'kpi-load');
      await settle(card);
      expect(partText(card, 'value')).to.equal('4 : 1');
      expect(partText(card, 'stale')).to.contain(`(it is ${megabytes(3, 'en-US')}, more than the`);
    });

    it('keeps the last good figures, marked stale, when a refresh brings a file without a column the card reads', async () => {
      const card = await refreshedCard();
      network.answer('Month,revenue\n2026-01,9000\n');
      const load = (await oneEvent(card, 'kpi-load')) as CustomEvent<SourceLoad>;
      await settle(card);
      expect(load.detail.ok).to.equal(false);
      expect(partText(card, 'value')).to.equal('4 : 1');
      expect(partText(card, 'stale')).to.contain('the latest refresh failed (it has no column "spend" for spend)');
    });

    it('reads a first file again, without a fetch, once fields names its columns', async () => {
      const card = await fixture<Widget>(html`<kpi-card kpi="roas" locale="en-US" src="/data.csv"></kpi-card>`);
      network.answer('Month,Omzet,Kosten\n2026-01,12000,3000\n');
      await loaded(card);
      expect(partText(card, 'error')).to.contain('revenue and spend are missing');
      card.setAttribute('fields', 'revenue:Omzet,spend:Kosten');
      await settle(card);
      expect(partText(card, 'value')).to.equal('4 : 1');
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
