import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale, onDemand, type KpiError, type Phrase } from '../../kpi/index.js';
import { fileTooLarge, MAX_FILE_BYTES } from '../data-file.js';
import type { SourceDocument } from '../remote-data.js';
import type { LocaleController } from './locale-controller.js';

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string;
  /** The host's `locale` attribute, for sizes in messages; else the nearest `lang` is used. */
  readonly locale?: string | undefined;
  /** Seconds between fetches, already validated; `undefined` fetches once. */
  readonly refreshSeconds: number | undefined;
  /**
   * Why a refreshed document cannot replace the one shown (a column the widget reads is gone), if
   * it cannot. The first document is always kept, so a wrong `fields` can be fixed without a fetch.
   */
  refreshProblem(document: SourceDocument): KpiError | undefined;
}

/** What a fetch brought: after each attempt, for `kpi-load`. */
export interface SourceLoad {
  readonly src: string;
  readonly ok: boolean;
  readonly error?: KpiError;
}

const ACCEPT = 'text/csv, application/json;q=0.9, */*;q=0.5';

/**
 * Reading a fetched file (CSV and JSON parsing, mapping columns to inputs): downloaded with the
 * first `src` of the page, alongside its fetch, so a page without one never downloads it. The
 * element reads its documents with it too; it is here whenever a document is.
 */
export const remoteData = onDemand(() => import('../remote-data.js'));

/**
 * Fetches `src` while the element is on the page: again every `refresh` seconds, counted from the
 * end of the previous fetch so requests never overlap or come faster than asked; aborted when the
 * element leaves the page or `src` changes. A failed or unreadable fetch keeps the last good
 * document and marks it stale: an error, a web page, a file over `MAX_FILE_BYTES` (refused by its
 * `Content-Length` before its body is downloaded, else by the body's length before it is read), a
 * refreshed file that lacks what the widget reads.
 */
export class SourceController implements ReactiveController {
  /** The last document read successfully from the current `src`. */
  document?: SourceDocument;
  /** When `document` was fetched. */
  loadedAt?: Date;
  /** Why the latest fetch failed; cleared by the next success. */
  error?: KpiError;

  private url?: string;
  private interval?: number;
  private request?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;
  /**
   * @param locales The host's own locale controller: its inherited locale, read once per `lang`
   *   change, formats the sizes in messages.
   */
  constructor(
    private readonly host: SourceHost,
    private readonly locales: LocaleController,
    private readonly onLoad: (load: SourceLoad) => void,
  ) {
    host.addController(this);
  }

  /** The first fetch of this `src` has not answered yet. */
  get pending(): boolean {
    return Boolean(this.url) && !this.document && !this.error;
  }

  /** The figures shown come from an earlier fetch, because the latest one failed. */
  get stale(): boolean {
    return this.document !== undefined && this.error !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync(true);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  hostUpdate(): void {
    this.sync(false);
  }

  private sync(reconnected: boolean): void {
    if (!this.connected) return;
    const url = this.host.src?.trim() || undefined;
    const interval = this.host.refreshSeconds;
    if (url !== this.url) {
      this.stop();
      this.url = url;
      this.document = undefined;
      this.loadedAt = undefined;
      this.error = undefined;
      this.interval = interval;
      if (url) void this.load(url);
    } else if (reconnected && url) {
      this.interval = interval;
      this.resume(url);
    } else if (interval !== this.interval) {
      this.interval = interval;
      if (url && !this.request) this.schedule(url);
    }
  }

  /** Back on the page: fetch now if the data is due (or never came), else wait out the rest. */
  private resume(url: string): void {
    const age = this.loadedAt ? (Date.now() - this.loadedAt.getTime()) / 1000 : Infinity;
    if (!this.document || (this.interval !== undefined && age >= this.interval)) void this.load(url);
    else this.schedule(url, this.interval === undefined ? undefined : this.interval - age);
  }

  private schedule(url: string, seconds = this.interval): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (seconds !== undefined) this.timer = setTimeout(() => void this.load(url), seconds * 1000);
  }

  private stop(): void {
    this.request?.abort();
    this.request = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async load(url: string): Promise<void> {
    this.stop();
    const request = new AbortController();
    this.request = request;
    // Downloaded while the file is: a page's first `src` waits for the slower of the two.
    const reader = remoteData.load();
    let outcome: Outcome;
    try {
      const response = await fetch(url, { signal: request.signal, headers: { Accept: ACCEPT } });
      outcome = response.ok
        ? await this.read(response, url, reader)
        : { error: failure(url, `HTTP ${response.status}`) };
    } catch (error) {
      if (request.signal.aborted) return;
      outcome = { error: failure(url, error instanceof TypeError ? NETWORK_ERROR : String(error)) };
    }
    if (request.signal.aborted || this.request !== request) return;
    this.request = undefined;
    const problem = 'document' in outcome && this.document ? this.host.refreshProblem(outcome.document) : undefined;
    if (problem) outcome = { error: problem };
    if ('document' in outcome) {
      this.document = outcome.document;
      this.loadedAt = new Date();
      this.error = undefined;
    } else {
      this.error = outcome.error;
    }
    this.schedule(url);
    this.host.requestUpdate();
    this.onLoad({ src: url, ok: !this.error, ...(this.error ? { error: this.error } : {}) });
  }

  /** A good response's body as a document, unless it is too large to read without holding the page. */
  private async read(response: Response, url: string, reader: ReturnType<typeof remoteData.load>): Promise<Outcome> {
    // A header that is missing or not a number says nothing (NaN is never over the limit).
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > MAX_FILE_BYTES) {
      void response.body?.cancel().catch(() => undefined);
      return { error: fileTooLarge(url, declared, this.locale) };
    }
    // Counted in bytes, like Content-Length; a compressed response's header counts fewer.
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_FILE_BYTES) return { error: fileTooLarge(url, body.byteLength, this.locale) };
    const { parseDocument } = (await reader) ?? {};
    // The kit's own chunk did not download (the network): as a failed fetch, tried again at the next refresh.
    if (!parseDocument) return { error: failure(url, NETWORK_ERROR) };
    // UTF-8, without a byte-order mark, as `response.text()` would read it.
    const parsed = parseDocument(new TextDecoder().decode(body), response.headers.get('content-type') ?? '', url);
    return parsed.ok ? { document: parsed.value } : { error: parsed.error };
  }

  /** The locale the host formats in: its valid `locale`, else the nearest `lang`, else the browser's. */
  private get locale(): string {
    return canonicalLocale(this.host.locale) ?? this.locales.inherited;
  }
}

type Outcome = { readonly document: SourceDocument } | { readonly error: KpiError };

const NETWORK_ERROR: Phrase = { phrase: 'network-error' };

const failure = (src: string, reason: string | Phrase): KpiError => ({
  code: 'fetch-failed',
  fields: ['src'],
  given: src,
  reason,
});
