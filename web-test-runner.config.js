import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/summary-reporter.js';

// Debian's Chromium; npm packages cannot download a browser on our machines.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export default {
  files: ['test/**/*.test.ts', '!test/embed/forced-colors.test.ts'],
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // One page at a time: Chromium withholds animation frames and resize callbacks from pages in
  // background tabs, which would stall tests of anything that renders on a frame.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // The property tests render 10,000 generated widgets per element in one file: give a file five
  // minutes rather than the default two, so a slow machine is not mistaken for a hang.
  testsFinishTimeout: 300_000,
  browsers: [chromeLauncher({ launchOptions: { executablePath, args } })],
  // Forced colors cannot be emulated through this launcher: Chromium starts in high-contrast mode,
  // once with the light system palette and once with the dark one.
  groups: [
    { name: 'forced-colors-light', extraFlags: ['--force-high-contrast'] },
    { name: 'forced-colors-dark', extraFlags: ['--force-high-contrast', '--force-dark-mode'] },
  ].map(({ name, extraFlags }) => ({
    name,
    files: 'test/embed/forced-colors.test.ts',
    browsers: [chromeLauncher({ launchOptions: { executablePath, args: [...args, ...extraFlags] } })],
  })),
  plugins: [
    // Decorators need the project's tsconfig (experimentalDecorators).
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // The browser's own accessibility tree, for what a screen reader gets from skipped content.
    a11ySnapshotPlugin(),
  ],
  middleware: [
    // The strict policy the embedding tests load their CSP page under, as an agency portal would.
    async function strictContentSecurityPolicy(context, next) {
      await next();
      if (context.path.endsWith('/test/embed/pages/csp.html')) {
        context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      }
    },
  ],
  // Lit's dev-mode notice is noise in every test's output.
  filterBrowserLogs: ({ args: [first] }) => !(typeof first === 'string' && first.includes('Lit is in dev mode')),
};
