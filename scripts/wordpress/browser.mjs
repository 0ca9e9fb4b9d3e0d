/**
 * Opens pages in headless Chromium and reports what a reader gets from each kit widget: its
 * shadow root's text and whether it is in its error state, with the page's console errors and how
 * many times the kit's module was loaded.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.mjs';

export const TAGS = ['kpi-card', 'kpi-trend', 'funnel-ratio', 'goal-gauge'];
const KIT_SCRIPT = '/plugins/kpi-kit/assets/kpi-kit.js';

export const launch = () => puppeteer.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });

/**
 * Every widget on the page with the text a reader gets: its shadow root's text and, for drawings
 * that are one image (a sparkline), their accessible names.
 */
const readWidgets = (tags) => {
  const widgets = [...document.querySelectorAll(tags.join(','))];
  return widgets.map((widget) => {
    const root = widget.shadowRoot;
    const names = [...(root?.querySelectorAll('[aria-label]') ?? [])].map((node) => node.getAttribute('aria-label'));
    const text = [root?.textContent ?? '', ...names].join(' ').replace(/\s+/g, ' ').trim();
    return {
      tag: widget.localName,
      attributes: Object.fromEntries([...widget.attributes].map((a) => [a.name, a.value])),
      text,
      error: root?.querySelector('[part="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      loading: !root?.querySelector('*') || text === '' || text.includes('Loading data'),
    };
  });
};

/** Loads a page and reads it; `expected` is how many widgets it should show. */
export const readPage = async (browser, url, expected) => {
  const page = await browser.newPage();
  const consoleErrors = [];
  const kitRequests = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('dialog', (dialog) => {
    consoleErrors.push(`a dialog opened: ${dialog.message()}`);
    return dialog.dismiss();
  });
  // Chromium's console line for a failed load has no address: say which one it was.
  page.on(
    'response',
    (response) => response.status() >= 400 && consoleErrors.push(`${response.status()} ${response.url()}`),
  );
  page.on('request', (request) => request.url().includes(KIT_SCRIPT) && kitRequests.push(request.url()));
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(
        (tags, count) => {
          const widgets = [...document.querySelectorAll(tags.join(','))];
          return (
            widgets.length >= count &&
            widgets.every((w) => w.shadowRoot?.querySelector('*') && !w.shadowRoot.textContent.includes('Loading data'))
          );
        },
        { timeout: 10000 },
        TAGS,
        expected,
      )
      .catch(() => {}); // What did render is reported below; the checks say what is missing.
    return {
      status: response?.status(),
      widgets: await page.evaluate(readWidgets, TAGS),
      scripts: await page.evaluate(
        (path) => [...document.querySelectorAll(`script[src*="${path}"]`)].map((s) => s.type),
        KIT_SCRIPT,
      ),
      kitRequests,
      consoleErrors,
      lang: await page.evaluate(() => document.documentElement.lang),
    };
  } finally {
    await page.close();
  }
};
