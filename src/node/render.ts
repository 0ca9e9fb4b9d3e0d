import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { launchChromium, RenderError } from './chromium.js';
import { kitFileOfUrl } from './kit-files.js';
import { pdfPageSetup } from './pdf-setup.js';
import { pngNames } from './png-names.js';
import { isPageAddress, type RenderOptions } from './render-options.js';
import { serveFolder, type FolderServer } from './serve-folder.js';
import { settleWidgets, type Settled, type WidgetReport } from './settle-widgets.js';
import { writeHtml } from './write-html.js';

/** The kit's built files, beside this module (dist/node/): what a page's kit requests get. */
const KIT_DIST = fileURLToPath(new URL('..', import.meta.url));

/** What a run wrote, and what it noticed. */
export interface RenderResult {
  readonly files: readonly string[];
  /** Widgets in their error state, named, with their message. */
  readonly failed: readonly string[];
}

type Log = (line: string) => void;

const describe = (widget: WidgetReport) =>
  `<${widget.tag}${widget.id ? ` id="${widget.id}"` : ''}${widget.label ? ` label="${widget.label}"` : ''}>`;

/** The page's address: a served local file, or the URL as given. */
const open = async (page: string): Promise<{ url: string; server?: FolderServer }> => {
  if (isPageAddress(page)) return { url: page };
  const file = resolve(page.startsWith('file:') ? fileURLToPath(page) : page);
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) throw new RenderError(`no such file: ${page}`);
  const server = await serveFolder(dirname(file), KIT_DIST);
  return { url: `${server.origin}/${encodeURIComponent(basename(file))}`, server };
};

/** Answers the kit's CDN addresses from this package, so a report renders offline. */
const kitFromDisk = async (page: Page) => {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const kitFile = /^https?:/.test(request.url()) ? kitFileOfUrl(request.url()) : undefined;
    if (!kitFile) {
      void request.continue();
      return;
    }
    void readFile(join(KIT_DIST, kitFile)).then(
      // A module script from another origin loads only with CORS, as a CDN answers it.
      (body) =>
        request.respond({
          status: 200,
          contentType: 'text/javascript; charset=utf-8',
          headers: { 'access-control-allow-origin': '*' },
          body,
        }),
      () => request.continue(),
    );
  });
};

/** Waits for the widgets, or says in one line why they never settled. */
const settle = async (page: Page, options: RenderOptions, selector: string): Promise<readonly WidgetReport[]> => {
  let settled: Settled;
  try {
    settled = await page.evaluate(settleWidgets, selector, options.timeout * 1000);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/not a valid selector|SyntaxError/.test(message ?? ''))
      throw new RenderError(`--selector is not a CSS selector: ${selector}`);
    throw new RenderError(`the page failed while its widgets rendered: ${message}`);
  }
  if (settled.ok) return settled.widgets;
  if (settled.reason === 'no-widgets') throw new RenderError(`no kpi-kit widget found on ${options.page}`);
  if (settled.reason === 'undefined') {
    throw new RenderError(
      `${settled.names.join(', ')} never became a widget in ${options.timeout} s: does the page load kpi-kit (its script, or the autoloader)?`,
    );
  }
  throw new RenderError(
    `${settled.names.join(', ')} still loading its data after ${options.timeout} s (--timeout to wait longer)`,
  );
};

const writePdf = async (page: Page, options: RenderOptions, log: Log): Promise<string> => {
  const pdf = options.pdf;
  if (!pdf) return '';
  const setup = pdfPageSetup(pdf);
  // Laid out at the paper's width, in print styles, before the widgets settle: a trend draws its
  // chart for the width it is given.
  await page.emulateMediaType('print');
  await page.setViewport({ width: setup.contentWidth, height: 1000 });
  await settle(page, options, '*');
  const bytes = await page.pdf(setup.pdf);
  await mkdir(dirname(resolve(pdf.file)), { recursive: true });
  await writeFile(pdf.file, bytes);
  const pages = (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
  log(
    `wrote ${pdf.file} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${pdf.format}${pdf.landscape ? ' landscape' : ''})`,
  );
  return pdf.file;
};

const writePngs = async (page: Page, options: RenderOptions, log: Log): Promise<string[]> => {
  const png = options.png;
  if (!png) return [];
  await page.emulateMediaType('screen');
  await page.setViewport({ width: Math.max(1280, png.width ?? 0), height: 800, deviceScaleFactor: png.scale });
  if (png.width !== undefined) {
    await page.$$eval(
      png.selector,
      (widgets, width) => {
        for (const widget of widgets) {
          if (!(widget instanceof HTMLElement)) continue;
          // Exactly this wide: past the widest a widget grows on a page (--kpi-max-width) too.
          widget.style.width = `${width}px`;
          widget.style.setProperty('--kpi-max-width', 'none');
        }
      },
      png.width,
    );
  }
  const widgets = (await settle(page, options, png.selector)).filter((widget) => widget.selected);
  if (widgets.length === 0) throw new RenderError(`no kpi-kit widget matches --selector "${png.selector}"`);
  const handles = (await page.$$(png.selector)) as ElementHandle<Element>[];
  const kit = await Promise.all(
    handles.map((handle) => handle.evaluate((node) => node.matches('kpi-card, kpi-trend, funnel-ratio, goal-gauge'))),
  );
  const targets = handles.filter((_, index) => kit[index]);
  const names = pngNames(widgets);
  await mkdir(png.folder, { recursive: true });
  const files: string[] = [];
  for (const [index, handle] of targets.entries()) {
    const name = names[index];
    if (!name) continue;
    const file = join(png.folder, name);
    await handle.screenshot({ path: file as `${string}.png` });
    const box = await handle.boundingBox();
    files.push(file);
    log(
      `wrote ${file} (${Math.round((box?.width ?? 0) * png.scale)} × ${Math.round((box?.height ?? 0) * png.scale)} px)`,
    );
  }
  return files;
};

/**
 * Renders a page of kpi-kit widgets to a PDF, to one PNG per widget, to server-rendered HTML, or
 * more than one: opens it in headless Chromium (a local file served from its folder), waits for
 * every widget, and writes the files. The HTML needs no browser (kpi-kit/ssr).
 * Throws a `RenderError` with a one-line reason for what a user can fix.
 */
export const render = async (options: RenderOptions, log: Log = console.log): Promise<RenderResult> => {
  const html = options.html ? [options.html] : [];
  if (options.html) await writeHtml(options.page, options.html, log);
  if (!options.pdf && !options.png) return { files: html, failed: [] };
  const { url, server } = await open(options.page);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    await kitFromDisk(page);
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout * 1000 });
      if (response && !response.ok())
        throw new RenderError(`${options.page} answered ${response.status()} ${response.statusText()}`);
    } catch (error) {
      if (error instanceof RenderError) throw error;
      throw new RenderError(
        `cannot open ${options.page}: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      );
    }
    const widgets = await settle(page, options, '*');
    log(`${options.page}: ${widgets.length} ${widgets.length === 1 ? 'widget' : 'widgets'}`);
    const failed = widgets.filter((widget) => widget.error).map((widget) => `${describe(widget)}: ${widget.error}`);
    for (const line of failed) log(`${options.strict ? 'error' : 'warning'}: ${line}`);
    if (options.strict && failed.length > 0) {
      throw new RenderError(
        `${failed.length} ${failed.length === 1 ? 'widget shows' : 'widgets show'} an error (--strict)`,
      );
    }
    const pdf = await writePdf(page, options, log);
    const pngs = await writePngs(page, options, log);
    return { files: [...html, ...(pdf ? [pdf] : []), ...pngs], failed };
  } finally {
    await browser?.close();
    await server?.close();
  }
};
