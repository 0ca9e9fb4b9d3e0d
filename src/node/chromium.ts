import { access, constants } from 'node:fs/promises';
import type { Browser, PuppeteerNode } from 'puppeteer-core';

/** The machine's Chromium, as the tests find it: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = (): string => process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Why the CLI cannot go on, in one line for the terminal: no stack trace for a user's mistake. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

/**
 * Headless Chromium, quiet on a closed network. puppeteer-core is an optional peer of the kit:
 * it weighs about 55 MB on disk with its dependencies, which the widgets' users do not need. A
 * missing one is said how to install.
 */
export const launchChromium = async (): Promise<Browser> => {
  let puppeteer: PuppeteerNode;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch {
    throw new RenderError('kpi-kit render needs puppeteer-core: npm install --save-dev puppeteer-core');
  }
  const executablePath = chromiumPath();
  const found = await access(executablePath, constants.X_OK).then(
    () => true,
    () => false,
  );
  if (!found) {
    throw new RenderError(
      `no Chromium at ${executablePath}: install one (Debian and Ubuntu: apt-get install chromium) or set CHROME_PATH to it`,
    );
  }
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: [
        // As root (in a container, in CI) Chromium starts only without its sandbox.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--font-render-hinting=none',
      ],
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RenderError(`Chromium at ${executablePath} did not start: ${reason}`);
  }
};
