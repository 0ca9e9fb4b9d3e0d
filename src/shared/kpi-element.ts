import { html, isServer, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  canonicalLocale,
  describeError,
  getKpi,
  invalidOption,
  isPackLoaded,
  langOf,
  loadPack,
  notText,
  reportedKpiId,
  type KpiError,
  type Lang,
  type RawValue,
  type Result,
} from '../kpi/index.js';
import { AttributeController } from './controllers/attribute-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { remoteData, SourceController, type SourceLoad } from './controllers/source-controller.js';
import { renderError } from './error-state.js';
import { kpiEvent, type KpiChangeDetail } from './events.js';
import { attributeText } from './attribute-text.js';
import { asRawValue, findInput, isRecord, parseJsonInputs, type DataInputs, type DataLookup } from './data-inputs.js';
import type { DataShape, SourceDocument, TableRequest } from './remote-data.js';
import { readSettings, type Settings } from './settings.js';
import { renderLoading, renderStale } from './source-state.js';
import { hostStyles } from './styles/host.styles.js';

/** Whether two reports say the same: `kpi-change` fires only when what a reader sees changed. */
const sameReport = (a: KpiChangeDetail, b: KpiChangeDetail): boolean =>
  a.kpi === b.kpi && a.value === b.value && a.text === b.text && a.status === b.status;

/** What an update read from the element's data, once per update. */
interface Reading {
  readonly json: Result<DataInputs>;
  sources?: readonly DataInputs[];
  /** The inputs this update looked up in its data sources. */
  readonly names: Set<string>;
}

/**
 * What every kpi-kit element shares: the common attributes, KPI inputs read from attributes,
 * the error state, and the `kpi-change` event. Elements render their own view and say what they
 * show in `detail` (or by overriding `report()`).
 *
 * @fires kpi-change - When the shown value, text or status changes, including the first render. Detail: `KpiChangeDetail`.
 * @fires kpi-load - After each fetch of `src`, good or failed. Detail: `{ src, ok, error? }` (`SourceLoad`).
 * @csspart error - The error state shown instead of the figure when an attribute needs fixing.
 * @csspart loading - What shows while the first fetch of `src` is on its way.
 * @csspart stale - The note under the widget when the latest refresh of `src` failed and older figures show.
 * @cssprop [--kpi-color-good=#1a7f37] - Color of good news (a change in the better direction, a met target).
 * @cssprop [--kpi-color-bad=#cf222e] - Color of bad news and of the error state.
 * @cssprop [--kpi-color-neutral=#59636e] - Color of no change.
 * @cssprop [--kpi-color-text=#1f2328] - Main text color.
 * @cssprop [--kpi-color-muted=#59636e] - Secondary text color.
 * @cssprop [--kpi-color-surface=#ffffff] - Background of the widget.
 * @cssprop [--kpi-color-border=#d1d9e0] - Borders and tracks.
 * @cssprop [--kpi-color-accent=#0969da] - Lines, bars and focus rings.
 * @cssprop [--kpi-font-family=system-ui] - Font family.
 * @cssprop [--kpi-font-size=medium] - Base font size: by default the reader's browser setting, whatever size the page sets on its root or body.
 * @cssprop [--kpi-radius=12px] - Corner radius.
 * @cssprop [--kpi-space=16px] - Inner spacing.
 */
export abstract class KpiElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  /** How a table fetched from `src` feeds this element: a column as a series, or the last row as figures. */
  protected static readonly dataShape: DataShape = 'figure';

  /** The KPI to compute, by catalog id: `roas`, `cac`, `conversion-rate`, … */
  @property() kpi?: string;

  /** The label shown with the figure; defaults to the KPI's name in the locale. */
  @property() label?: string;

  /** BCP 47 locale for numbers and texts (`en-US`, `nl-NL`); defaults to the nearest `lang`, then the browser's. */
  @property() locale?: string;

  /** ISO 4217 currency code for money KPIs (`EUR`, `USD`); defaults to the locale's region's currency. */
  @property() currency?: string;

  /**
   * Fixed number of decimals (0–10). Without it each unit has its own. A change too small for
   * them gets the decimals it needs (`+0.04 pp`), never a zero beside an arrow.
   */
  @property() decimals?: string | number;

  /** `compact` shows large numbers short (`1.2K`, `€3.4M`); `standard` by default. */
  @property() notation?: 'standard' | 'compact';

  /** Overrides which direction is good news: `higher` or `lower`. Defaults to the KPI's own. */
  @property() better?: 'higher' | 'lower';

  /** `light` or `dark`; by default the widget follows the page's `color-scheme` (light unless the page says otherwise). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * KPI inputs set from script, by attribute name (`{ revenue: 12000, 'previous-spend': 3000 }`),
   * series as arrays (`null` for a gap). They take precedence over a JSON child and attributes.
   */
  @property({ attribute: false }) inputs?: DataInputs;

  /**
   * A CSV file (with a header row) or JSON document to read inputs from, such as a spreadsheet
   * published as CSV. Columns named like inputs are used as they are; `fields` maps the others.
   * Elements that show one period read the last row, and the row before it as the previous period;
   * trends and funnels read whole columns. Fetched data takes precedence over a JSON child and attributes.
   */
  @property() src?: string;

  /**
   * Maps inputs to the columns (or JSON keys) of `src`: `revenue:Omzet, spend:Kosten, labels:Maand`,
   * or a JSON object when a column's name has a comma.
   */
  @property() fields?: string;

  /** Fetches `src` again every this many seconds (5 or more), counted from the end of the previous fetch. */
  @property() refresh?: string;

  /**
   * For a `src` table with a row per day (an analytics export): the period a card, a gauge or a
   * funnel adds up, `month`, `quarter` or `year` (the one its last date falls in), `last-30-days`,
   * a month (`2026-05`) or a span (`2026-05-01/2026-05-31`). Each input is summed over it, or for a
   * stock (followers, subscribers) read on its last day, and the KPI is computed on the totals;
   * the period before gives the `previous-` inputs, the same period a year earlier the `year-ago-`
   * ones. A period still under way is marked so far and compared like for like (June 1–15 with
   * May 1–15); a gauge paces it. A funnel's stages are the table's columns (those `stages` names).
   */
  @property() period?: string;

  /**
   * The column of a `src` table that holds each row's ISO date (`2026-05-31`), with `period` (or a
   * trend's `group-by`): `date` by default.
   */
  @property({ attribute: 'date-field' }) dateField?: string;

  private readonly localeController = new LocaleController(this);
  private readonly source = new SourceController(this, this.localeController, (load: SourceLoad) =>
    this.emit('kpi-load', load),
  );
  private remote?: {
    document: SourceDocument;
    fields?: string;
    /** The table request, written out without the KPI's inputs (the KPI says which they are). */
    request: string;
    kpi?: string;
    inputs: Result<DataInputs>;
  };
  /** What `kpi-change` reports, set by the view as it renders (see `report()` and `fail()`). */
  protected detail: KpiChangeDetail = { kpi: null, value: null, text: '', status: 'error' };
  private lastReport?: KpiChangeDetail;
  /** The console warnings of the last update, and of this one: each is written when it first appears. */
  private warned = new Set<string>();
  private warnings = new Set<string>();
  /** Text settings a script set to no text (`label = {}`), by attribute, until it sets them again. */
  private readonly notText = new Map<string, unknown>();
  private jsonText?: string;
  private jsonInputs?: Result<DataInputs>;
  /** The JSON child and the data sources as this render found them: looked up once per render. */
  private reading?: Reading;

  constructor() {
    super();
    new AttributeController(this);
  }

  /** The common attributes and the data sources, validated, or an error that names what to fix. */
  protected readSettings(): Result<Settings> {
    const [given] = this.notText;
    if (given) return notText(...given);
    const { json } = this.read();
    if (!json.ok) return json;
    if (this.refresh?.trim() && this.refreshSeconds === undefined) {
      return invalidOption('refresh', this.refresh, [{ phrase: 'refresh-seconds' }]);
    }
    if (this.source.error && !this.source.document) return { ok: false, error: this.source.error };
    const remote = this.readRemote();
    if (remote && !remote.ok) return remote;
    return readSettings(this, this.localeController.inherited);
  }

  /**
   * `refresh` in seconds, when it is a valid interval: for the source controller, not API.
   * @internal
   */
  get refreshSeconds(): number | undefined {
    const seconds = Number(this.refresh?.trim() || Number.NaN);
    return Number.isFinite(seconds) && seconds >= 5 ? seconds : undefined;
  }

  /**
   * Why a refreshed document cannot replace the figures shown (see `refreshError`); none while the
   * shown document itself does not map, whose own error shows. For the source controller, not API.
   * @internal
   */
  refreshProblem(document: SourceDocument): KpiError | undefined {
    const shown = this.remote?.document === this.source.document ? this.remote?.inputs : undefined;
    // Here whenever a document is: the controller read the document with it.
    const { parseFields, refreshError } = remoteData.module ?? {};
    if (!shown?.ok || !parseFields || !refreshError) return undefined;
    const request = this.tableRequest();
    const fields = parseFields(this.fields);
    if (!fields.ok) return undefined;
    const read = [...(this.reading?.names ?? [])].filter((name) => Object.hasOwn(shown.value, name));
    const { dataShape } = this.constructor as typeof KpiElement;
    return refreshError(document, read, fields.value, dataShape, this.src ?? '', request);
  }

  /** The fetched document as inputs, mapped by `fields`, computed once per document and mapping. */
  private readRemote(): Result<DataInputs> | undefined {
    const { document } = this.source;
    // The reader is here whenever a document is: the controller read the document with it.
    const { parseFields, inputsOf } = remoteData.module ?? {};
    if (!document || !parseFields || !inputsOf) return undefined;
    const { fields: given, kpi } = this;
    const request = this.tableRequest();
    const written = JSON.stringify(request ?? null, (key, value: unknown) => (key === 'inputs' ? undefined : value));
    const remote = this.remote;
    const same =
      remote?.document === document && remote.fields === given && remote.request === written && remote.kpi === kpi;
    if (!same) {
      const fields = parseFields(given);
      const shape = (this.constructor as typeof KpiElement).dataShape;
      this.remote = {
        document,
        fields: given,
        request: written,
        kpi,
        inputs: fields.ok ? inputsOf(document, fields.value, shape, this.src ?? '', request) : fields,
      };
    }
    return this.remote?.inputs;
  }

  /**
   * What the element asks of a `src` table with a row per day, or nothing to read it as it is: a
   * card or a gauge adds up `period`; a trend overrides this with its `group-by`.
   */
  protected tableRequest(): TableRequest | undefined {
    const { period } = this;
    return period?.trim() ? { period, ...this.datedTable() } : undefined;
  }

  /** The date column of a table request, and the KPI's inputs, which say which are stocks and which flows. */
  protected datedTable(): { readonly dateField: string; readonly inputs: TableRequest['inputs'] } {
    return { dateField: this.dateField?.trim() || 'date', inputs: getKpi(this.kpi ?? '')?.inputs ?? [] };
  }

  /**
   * Data that takes precedence over attributes, first to last: the `inputs` property, the fetched
   * `src`, the JSON child. Each is an object of inputs by attribute name.
   */
  protected dataSources(): readonly DataInputs[] {
    const reading = this.read();
    if (!reading.sources) {
      const remote = this.readRemote();
      const { json } = reading;
      // `inputs` is whatever a script set: `null` (cleared) or anything else that is no object holds no inputs.
      const sources = [this.inputs, remote?.ok ? remote.value : undefined, json.ok ? json.value : undefined];
      reading.sources = sources.filter(isRecord);
    }
    return reading.sources;
  }

  private read(): Reading {
    return (this.reading ??= { json: this.parseJsonChild(), names: new Set() });
  }

  /** The inputs of a `<script type="application/json">` child, parsed once per text. */
  private parseJsonChild(): Result<DataInputs> {
    // A server render has no children to read: kpi-kit/ssr hands a JSON child over as `inputs`.
    const script = isServer ? null : this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? '';
    if (text !== this.jsonText || !this.jsonInputs) {
      this.jsonText = text;
      this.jsonInputs = text.trim() ? parseJsonInputs(text) : { ok: true, value: {} };
    }
    return this.jsonInputs;
  }

  /**
   * Waits for what the next render needs and loads on demand before rendering, the first time and
   * whenever it changes: a German widget shows German words once they are here, never English
   * ones first. What cannot load (the network) is rendered without: English words, no bar.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const pending = this.pendingModules(this.language);
    if (pending.length > 0) await Promise.all(pending);
    super.scheduleUpdate();
  }

  /**
   * The downloads the next render waits for: the locale pack of `lang`, the element's language
   * (English is always here). An element adds its own (the card's benchmark bar) to these.
   */
  protected pendingModules(lang: Lang): Promise<unknown>[] {
    return isPackLoaded(lang) ? [] : [loadPack(lang)];
  }

  /**
   * The language of the element's own texts, even when its inputs or other settings are invalid:
   * an invalid `decimals` on a Dutch widget is explained in Dutch. An invalid `locale` falls back
   * to the page's.
   */
  protected get language(): Lang {
    // Read before willUpdate turns a script's `locale = 1` into text, as the attribute would be;
    // a `locale` that is no text (an object) is reported there, and the page's language used.
    const locale = attributeText(this.locale);
    return langOf(canonicalLocale(locale) ?? this.localeController.inherited);
  }

  /**
   * Reads KPI inputs by attribute name, with an optional prefix (`previous-`): from `inputs`, else
   * the fetched `src`, else the JSON child, else the attribute. Data is turned into attribute text, so it is parsed and
   * validated the same way.
   */
  protected attributeReader(prefix = ''): (input: string) => RawValue {
    return (input) => {
      const found = this.findData(prefix + input);
      return found ? asRawValue(found.value) : this.getAttribute(prefix + input);
    };
  }

  /** An element attribute that data may also give (`values`, `labels`): from the data sources, else the attribute. */
  protected dataOr<T extends RawValue | undefined>(name: string, attribute: T): RawValue | T {
    const found = this.findData(name);
    return found ? asRawValue(found.value) : attribute;
  }

  /**
   * An input by attribute name from the data sources, remembered as one this update read: a
   * refreshed file that lacks it cannot replace the figures (see `refreshProblem`).
   */
  protected findData(name: string): ReturnType<DataLookup> {
    const reading = this.read();
    reading.names.add(name);
    return findInput(this.dataSources(), name);
  }

  /** Fires a kpi-kit event: bubbling and composed, so it reaches listeners outside the shadow root. */
  protected emit<Detail>(name: `kpi-${string}`, detail: Detail): void {
    this.dispatchEvent(kpiEvent(name, detail));
  }

  /** What the element shows now, for `kpi-change`: the `detail` its view set. */
  protected report(): KpiChangeDetail {
    return this.detail;
  }

  /**
   * The KPI id that `kpi-change` names: the catalog's own id for the `kpi` attribute (`ROAS` is
   * `roas`), or `null` when there is none, as for a ready value (`kpi=""`).
   */
  protected get reportedKpi(): string | null {
    return reportedKpiId(this.kpi);
  }

  /** The error state instead of the view, reported as such to `kpi-change`. */
  protected fail(error: KpiError, lang?: Lang) {
    this.detail = { kpi: this.reportedKpi, value: null, text: this.describe(error), status: 'error' };
    return this.renderError(error, lang);
  }

  /**
   * The shared error state for an engine error, in the element's language. The console warning
   * (in English, for developers) names the attribute too; it is written once per distinct error.
   */
  protected renderError(error: KpiError, lang: Lang = this.language) {
    // Inputs are missing until the first fetch answers: that is loading, not an error.
    if (this.source.pending) return renderLoading(lang);
    this.warn(error);
    return renderError(describeError(error, lang), lang);
  }

  /**
   * A console warning for developers, in English, naming the attribute to fix, for an error state
   * or a part of the widget that cannot show: written when it appears, not again while it stays.
   */
  protected warn(error: KpiError): void {
    const warning = `<${this.localName}>: ${describeError(error, 'en')}`;
    if (!this.warned.has(warning) && !this.warnings.has(warning)) console.warn(`kpi-kit ${warning}`);
    this.warnings.add(warning);
  }

  /** An error's message in the element's language, for `report()`. */
  protected describe(error: KpiError): string {
    return describeError(error, this.language);
  }

  /** The element's own view: its figure, or the shared error state. */
  protected abstract renderView(): unknown;

  protected override render() {
    const { stale, error, loadedAt } = this.source;
    if (!stale || !error || !loadedAt) return this.renderView();
    const settings = this.readSettings();
    const locale = settings.ok ? settings.value.format.locale : 'en';
    return html`${this.renderView()}${renderStale(error, loadedAt, locale)}`;
  }

  /**
   * Properties backed by a text attribute hold text, whatever a script or a framework sets
   * (`label = 2024`, `decimals = 2`): each is read as its attribute would be. A change made here
   * belongs to this update and asks for no other.
   */
  protected override willUpdate(changed: PropertyValues): void {
    // Elements read their inputs as this update begins: the data of an earlier update is stale.
    this.reading = undefined;
    super.willUpdate(changed);
    const properties = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const { type, attribute } = (this.constructor as typeof KpiElement).getPropertyOptions(name);
      const value = properties[name];
      const isText = (type === undefined || type === String) && attribute !== false;
      if (!isText) continue;
      const attributeName = typeof attribute === 'string' ? attribute : String(name).toLowerCase();
      this.notText.delete(attributeName);
      if (value === null || value === undefined || typeof value === 'string') continue;
      const text = attributeText(value);
      // A value with no text of its own ("[object Object]") is nothing a reader wrote: the
      // setting counts as unset, and the error state says what it got.
      if (text === undefined) this.notText.set(attributeName, value);
      properties[name] = text ?? null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    [this.warned, this.warnings] = [this.warnings, new Set()];
    if (this.source.pending) return;
    const detail = this.report();
    if (this.lastReport && sameReport(detail, this.lastReport)) return;
    this.lastReport = detail;
    this.emit('kpi-change', detail);
  }
}
