/**
 * Loads pages in headless Chromium and reads what a `<kpi-card>` shows in its shadow root,
 * with every console error, page error and failed request the page produced.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.mjs';

export const launch = () => puppeteer.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });

/** Opens `url`; resolves to the card's shadow text (or why there is none) and the page's problems. */
export const readCard = async (browser, url) => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const text = await page.evaluate(async () => {
      const timeout = new Promise((resolve) => setTimeout(resolve, 5000, 'not defined within 5 s'));
      const defined = customElements.whenDefined('kpi-card').then(async () => {
        const card = document.querySelector('kpi-card');
        await card.updateComplete;
        return (card.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
      return Promise.race([defined, timeout]);
    });
    return { text, problems };
  } finally {
    await page.close();
  }
};
