import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

/**
 * Thousands of create → connect → update → disconnect cycles of every element leave nothing
 * behind: no observer still observing, no timer or interval pending, no listener on `window` or
 * `document`, no fetch still running. (Whether the heap returns to its baseline is measured in
 * the benchmark, not here.)
 *
 * The globals are instrumented before any element is created and restored afterwards. Only what
 * is created while the cycles run is counted, so the test framework's own timers do not count.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const CYCLES = 2000;
const TAGS = ['kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge'] as const;

/** Valid attributes per element, and an attribute update that changes what it shows. */
const SETUPS: Record<(typeof TAGS)[number], { attributes: Record<string, string>; update: [string, string] }> = {
  'kpi-card': {
    attributes: { kpi: 'roas', revenue: '1000', spend: '250', 'previous-revenue': '800', 'previous-spend': '250' },
    update: ['revenue', '1200'],
  },
  'kpi-trend': {
    attributes: { kpi: 'roas', revenue: '100,200,300', spend: '50,50,50' },
    update: ['spend', '50,60,70'],
  },
  'funnel-ratio': {
    attributes: { stages: 'Visitors,Leads,Customers', values: '1000,100,10' },
    update: ['values', '900,90,9'],
  },
  'goal-gauge': {
    attributes: {
      kpi: 'new-leads',
      count: '260',
      goal: '1000',
      'period-start': '2026-04-01',
      'period-end': '2026-04-30',
    },
    update: ['count', '300'],
  },
};

/** What the instrumented globals saw while the cycles ran. */
class Ledger {
  recording = false;
  readonly mutationObservers = new Set<MutationObserver>();
  /** Resize observers and the targets each still observes. */
  readonly resizeTargets = new Map<ResizeObserver, Set<Element>>();
  readonly timeouts = new Set<number>();
  readonly intervals = new Set<number>();
  /** `window`/`document` listeners by target, type, callback and capture. */
  readonly listeners = new Map<string, number>();
  fetches = { started: 0, aborted: 0, settled: 0 };
  observersCreated = 0;
  timeoutsCreated = 0;

  get activeMutationObservers() {
    return this.mutationObservers.size;
  }
  get activeResizeObservers() {
    return [...this.resizeTargets.values()].filter((targets) => targets.size > 0).length;
  }
  get pendingFetches() {
    return this.fetches.started - this.fetches.aborted - this.fetches.settled;
  }
  get leftoverListeners() {
    return [...this.listeners.values()].reduce((sum, count) => sum + count, 0);
  }
}

const ledger = new Ledger();

const originals = {
  MutationObserver: window.MutationObserver,
  ResizeObserver: window.ResizeObserver,
  setTimeout: window.setTimeout,
  clearTimeout: window.clearTimeout,
  setInterval: window.setInterval,
  clearInterval: window.clearInterval,
  addEventListener: EventTarget.prototype.addEventListener,
  removeEventListener: EventTarget.prototype.removeEventListener,
  fetch: window.fetch,
};

/** The browser's timers, called on `window` as they must be, typed as the DOM has them. */
type Schedule = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
const native = {
  setTimeout: originals.setTimeout.bind(window) as unknown as Schedule,
  clearTimeout: originals.clearTimeout.bind(window) as (id?: number) => void,
  setInterval: originals.setInterval.bind(window) as unknown as Schedule,
  clearInterval: originals.clearInterval.bind(window) as (id?: number) => void,
  fetch: originals.fetch.bind(window),
};

/** One key per listener, as the DOM tells listeners apart: target, type, callback, capture. */
const callbacks = new WeakMap<object, number>();
let nextCallback = 1;
const listenerKey = (
  target: EventTarget,
  type: string,
  callback: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) => {
  if (callback && !callbacks.has(callback)) callbacks.set(callback, nextCallback++);
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  return `${target === window ? 'window' : 'document'} ${type} ${callback ? callbacks.get(callback) : 0} ${capture}`;
};

const instrument = () => {
  window.MutationObserver = class extends originals.MutationObserver {
    override observe(target: Node, options?: MutationObserverInit) {
      if (ledger.recording) {
        ledger.mutationObservers.add(this);
        ledger.observersCreated += 1;
      }
      super.observe(target, options);
    }
    override disconnect() {
      ledger.mutationObservers.delete(this);
      super.disconnect();
    }
  };
  window.ResizeObserver = class extends originals.ResizeObserver {
    private targets() {
      let targets = ledger.resizeTargets.get(this);
      if (!targets) ledger.resizeTargets.set(this, (targets = new Set()));
      return targets;
    }
    override observe(target: Element, options?: ResizeObserverOptions) {
      if (ledger.recording) this.targets().add(target);
      super.observe(target, options);
    }
    override unobserve(target: Element) {
      ledger.resizeTargets.get(this)?.delete(target);
      super.unobserve(target);
    }
    override disconnect() {
      ledger.resizeTargets.get(this)?.clear();
      super.disconnect();
    }
  };
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]): number => {
    if (!ledger.recording || typeof handler !== 'function') return native.setTimeout(handler, timeout, ...rest);
    const id = native.setTimeout(
      (...args: unknown[]) => {
        ledger.timeouts.delete(id);
        (handler as (...args: unknown[]) => void)(...args);
      },
      timeout,
      ...rest,
    );
    ledger.timeouts.add(id);
    ledger.timeoutsCreated += 1;
    return id;
  }) as unknown as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) ledger.timeouts.delete(id);
    native.clearTimeout(id);
  }) as unknown as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
    const id = native.setInterval(handler, timeout, ...rest);
    if (ledger.recording) ledger.intervals.add(id);
    return id;
  }) as unknown as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) ledger.intervals.delete(id);
    native.clearInterval(id);
  }) as unknown as typeof window.clearInterval;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    callback: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (ledger.recording && callback && (this === window || this === document)) {
      const key = listenerKey(this, type, callback, options);
      // Adding the same listener twice is one listener, as the DOM has it.
      ledger.listeners.set(key, 1);
    }
    originals.addEventListener.call(this, type, callback, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    callback: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (this === window || this === document) ledger.listeners.delete(listenerKey(this, type, callback, options));
    originals.removeEventListener.call(this, type, callback, options);
  };
  // A slow server: `slow` requests answer only when aborted; the others answer at once.
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!ledger.recording) return native.fetch(input, init);
    ledger.fetches.started += 1;
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => {
        ledger.fetches.aborted += 1;
        reject(new DOMException('The user aborted a request.', 'AbortError'));
      });
      if (String(input).includes('slow')) return;
      queueMicrotask(() => {
        if (signal?.aborted) return;
        ledger.fetches.settled += 1;
        resolve(
          new Response('revenue,spend,count,values,stages\n100,50,10,10,A\n200,50,20,5,B\n', {
            headers: { 'content-type': 'text/csv' },
          }),
        );
      });
    });
  };
};

describe('churn', function () {
  // Thousands of cycles: more than mocha's default time, never a timing assertion.
  this.timeout(120_000);

  let container: HTMLElement;
  before(() => {
    instrument();
    container = document.createElement('div');
    document.body.append(container);
  });
  after(() => {
    ledger.recording = false;
    container.remove();
    window.MutationObserver = originals.MutationObserver;
    window.ResizeObserver = originals.ResizeObserver;
    window.setTimeout = originals.setTimeout;
    window.clearTimeout = originals.clearTimeout;
    window.setInterval = originals.setInterval;
    window.clearInterval = originals.clearInterval;
    window.fetch = originals.fetch;
    EventTarget.prototype.addEventListener = originals.addEventListener;
    EventTarget.prototype.removeEventListener = originals.removeEventListener;
  });

  it(`leaves no observer, timer, listener or fetch behind after ${CYCLES} create → connect → update → disconnect cycles`, async () => {
    ledger.recording = true;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const tag = TAGS[cycle % TAGS.length];
      const { attributes, update } = SETUPS[tag];
      const element = document.createElement(tag) as Widget;
      for (const [name, value] of Object.entries({ locale: 'en-US', ...attributes })) element.setAttribute(name, value);
      // A third of the elements read from `src`: a slow one still loading when the element goes,
      // or a fast one that has loaded and set its refresh timer.
      const source = cycle % 3 === 1 ? 'slow' : cycle % 3 === 2 ? 'fast' : undefined;
      if (source) {
        element.setAttribute('src', `/data/${source}-${cycle}.csv`);
        element.setAttribute('refresh', '300');
      }
      const loaded = source === 'fast' ? oneEvent(element, 'kpi-load') : undefined;
      container.append(element);
      await element.updateComplete;
      if (loaded) await loaded;
      element.setAttribute(...update);
      await null;
      await element.updateComplete;
      element.remove();
    }
    // Anything an element left would show up by now.
    await new Promise((resolve) => native.setTimeout(resolve, 50));
    ledger.recording = false;

    const leftovers = {
      mutationObservers: ledger.activeMutationObservers,
      resizeObservers: ledger.activeResizeObservers,
      timeouts: ledger.timeouts.size,
      intervals: ledger.intervals.size,
      listeners: ledger.leftoverListeners,
      pendingFetches: ledger.pendingFetches,
    };
    expect(leftovers).to.deep.equal({
      mutationObservers: 0,
      resizeObservers: 0,
      timeouts: 0,
      intervals: 0,
      listeners: 0,
      pendingFetches: 0,
    });
    // The cycles did what they are meant to: observe, fetch, abort and set refresh timers.
    expect(ledger.observersCreated).to.be.at.least(CYCLES);
    expect(ledger.resizeTargets.size).to.be.at.least(CYCLES / TAGS.length);
    expect(ledger.fetches.started).to.be.at.least(Math.floor((CYCLES * 2) / 3));
    expect(ledger.fetches.aborted).to.be.at.least(Math.floor(CYCLES / 3));
    expect(ledger.timeoutsCreated).to.be.at.least(Math.floor(CYCLES / 3));
  });
});
