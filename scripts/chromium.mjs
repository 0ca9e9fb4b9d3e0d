/**
 * The machine's Chromium, for every script and test that starts one: Debian's package (npm
 * downloads no browser here; scripts/ensure-system-packages.sh installs it), or CHROME_PATH.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Headless, and quiet on a closed network: as root Chromium needs --no-sandbox, and without the
 * background-networking flags it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
