/** What `kpi-kit render` is asked to do, checked. */
export interface RenderOptions {
  /** A local HTML file, or an http(s) URL. */
  readonly page: string;
  readonly pdf?: {
    readonly file: string;
    readonly format: 'A4' | 'Letter';
    readonly landscape: boolean;
    readonly header?: string;
    readonly footer?: string;
  };
  /** The page as server-rendered HTML (kpi-kit/ssr): its widgets paint without JavaScript. */
  readonly html?: string;
  readonly png?: {
    readonly folder: string;
    /** Device pixels per CSS pixel: 2 for sharp images on high-density screens. */
    readonly scale: number;
    /** Which widgets: a CSS selector, every kpi-kit element by default. */
    readonly selector: string;
    /** The width each widget is drawn at, in CSS pixels; as the page lays it out by default. */
    readonly width?: number;
  };
  /** A widget in its error state fails the run, instead of a warning. */
  readonly strict: boolean;
  /** How long the page may take to render every widget, in seconds. */
  readonly timeout: number;
}

/** The options as `util.parseArgs` gives them: text or a flag, nothing checked yet. */
export type RawOptions = Readonly<Record<string, string | boolean | undefined>>;

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Whether a page is given by its http(s) address, not as a local file. */
export const isPageAddress = (page: string): boolean => /^https?:\/\//i.test(page);

/** Every kpi-kit element, for `--selector`'s default. */
export const WIDGET_SELECTOR = 'kpi-card, kpi-trend, funnel-ratio, goal-gauge';

const FORMATS = ['A4', 'Letter'] as const;

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** A number in a range, or the reason it is not one. */
const numberIn = (
  name: string,
  value: string | boolean | undefined,
  fallback: number,
  [low, high]: [number, number],
) => {
  if (value === undefined) return { ok: true, value: fallback } as const;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(number) && number >= low && number <= high
    ? ({ ok: true, value: number } as const)
    : ({ ok: false, error: `--${name} takes a number from ${low} to ${high}, not "${String(value)}"` } as const);
};

/**
 * Checks the options of `kpi-kit render <page> …`: at least one of `--pdf`, `--png` and `--html`,
 * each with its own options valid. The message of an error names the option and what it takes.
 */
export const readRenderOptions = (page: string | undefined, raw: RawOptions): Checked<RenderOptions> => {
  if (!page) return { ok: false, error: 'name the page to render: kpi-kit render <page.html | URL> --pdf <file>' };
  const pdfFile = text(raw.pdf);
  const folder = text(raw.png);
  if (raw.pdf !== undefined && !pdfFile) return { ok: false, error: '--pdf takes the file to write: --pdf report.pdf' };
  if (raw.png !== undefined && !folder) return { ok: false, error: '--png takes the folder to write to: --png images' };
  const htmlFile = text(raw.html);
  if (raw.html !== undefined && !htmlFile) {
    return { ok: false, error: '--html takes the file to write: --html report.html' };
  }
  if (!pdfFile && !folder && !htmlFile) {
    return { ok: false, error: 'say what to write: --pdf <file>, --png <folder>, --html <file>, or more than one' };
  }
  const format = text(raw.format) ?? 'A4';
  const formatName = FORMATS.find((name) => name.toLowerCase() === format.toLowerCase());
  if (!formatName) return { ok: false, error: `--format takes A4 or Letter, not "${format}"` };
  const scale = numberIn('scale', raw.scale, 1, [0.5, 4]);
  if (!scale.ok) return scale;
  const width = raw.width === undefined ? undefined : numberIn('width', raw.width, 0, [100, 4000]);
  if (width && !width.ok) return width;
  const timeout = numberIn('timeout', raw.timeout, 30, [1, 600]);
  if (!timeout.ok) return timeout;
  const header = text(raw.header);
  const footer = text(raw.footer);
  return {
    ok: true,
    value: {
      page,
      ...(pdfFile && {
        pdf: {
          file: pdfFile,
          format: formatName,
          landscape: raw.landscape === true,
          ...(header && { header }),
          ...(footer && { footer }),
        },
      }),
      ...(htmlFile && { html: htmlFile }),
      ...(folder && {
        png: {
          folder,
          scale: scale.value,
          selector: text(raw.selector) ?? WIDGET_SELECTOR,
          ...(width && { width: width.value }),
        },
      }),
      strict: raw.strict === true,
      timeout: timeout.value,
    },
  };
};
