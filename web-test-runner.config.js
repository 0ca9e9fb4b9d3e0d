import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { fullA11yTreePlugin } from './scripts/full-a11y-tree-plugin.mjs';
import { summaryReporter } from './scripts/summary-reporter.js';

// Debian's Chromium and Firefox ESR (scripts/ensure-browsers.sh installs them when missing); npm
// packages cannot download a browser on our machines.
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The launcher calls every browser it starts through puppeteer-core "Chrome": name it, so the
 * progress lines, the error reports and the closing summary say which browser a count is from.
 */
const named = (name, launcher) => Object.assign(launcher, { name });
const chromium = (extraFlags = []) =>
  named(
    'Chromium',
    chromeLauncher({ launchOptions: { executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS, ...extraFlags] } }),
  );
// puppeteer-core drives Firefox over WebDriver BiDi, without geckodriver.
const firefox = () =>
  named(
    'Firefox',
    chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }),
  );

const ALL = ['test/**/*.test.ts', '!test/embed/forced-colors.test.ts'];

/*
 * Tests that need what only Chromium's own protocol (CDP) gives; WebDriver BiDi has no
 * accessibility snapshot, no media-feature emulation and no forced-colors flags:
 * - test/embed/offscreen.test.ts reads the accessibility tree (a11ySnapshot);
 * - test/visual compares screenshots with Chromium's own baselines (and sets the viewport);
 * - test/embed/forced-colors.test.ts needs Chromium started in high-contrast mode (its own groups).
 * (test/embed/host-page.test.ts runs in both and skips its two tests of a reader's dark system
 * where media emulation is missing.)
 */
const CHROMIUM_ONLY = ['test/embed/offscreen.test.ts', 'test/visual/**/*.test.ts'];

/** The strict policy the embedding tests load pages under, as an agency portal would. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * The shared host page (test/embed/pages/host.html) with another way in: `?kit=autoloader` serves
 * it with dist/autoloader.js in its one script tag instead of dist/kpi-kit.js, so both are tested
 * on the same widgets without a copy of the page.
 */
const hostPageKit = () => ({
  name: 'kpi-kit:host-page-kit',
  transform(context) {
    if (!context.path.endsWith('/test/embed/pages/host.html')) return undefined;
    if (context.URL.searchParams.get('kit') !== 'autoloader') return undefined;
    return { body: String(context.body).replace('/dist/kpi-kit.js', '/dist/autoloader.js') };
  },
});

export default {
  nodeResolve: true,
  reporters: [defaultReporter(), summaryReporter()],
  // One page at a time per browser: Chromium withholds animation frames and resize callbacks from
  // pages in background tabs, which would stall tests of anything that renders on a frame. The
  // groups' browsers are separate processes; the runner runs two of them at once.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // The property tests render 10,000 generated widgets per element, one file per element (15 to 30
  // seconds alone, several times that while Firefox runs beside it on two cores): give a file ten
  // minutes rather than the default two, so a busy machine is not mistaken for a hang. A batch that
  // does hang fails on its own limit, with its seed (test/robustness/element-properties.ts).
  testsFinishTimeout: 600_000,
  // For files given on the command line (`wtr --files …`); the groups below name their own browsers.
  browsers: [chromium()],
  // `wtr` runs every group; `wtr --group chromium` or `wtr --group firefox` runs one browser.
  groups: [
    { name: 'chromium', files: ALL, browsers: [chromium()] },
    { name: 'firefox', files: [...ALL, ...CHROMIUM_ONLY.map((file) => `!${file}`)], browsers: [firefox()] },
    // Forced colors cannot be emulated through this launcher: Chromium starts in high-contrast
    // mode, once with the light system palette and once with the dark one.
    ...[
      { name: 'forced-colors-light', extraFlags: ['--force-high-contrast'] },
      { name: 'forced-colors-dark', extraFlags: ['--force-high-contrast', '--force-dark-mode'] },
    ].map(({ name, extraFlags }) => ({
      name,
      files: 'test/embed/forced-colors.test.ts',
      browsers: [chromium(extraFlags)],
    })),
  ],
  plugins: [
    // Decorators need the project's tsconfig (experimentalDecorators).
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // The browser's own accessibility tree, for what a screen reader gets from skipped content
    // (Chromium only).
    a11ySnapshotPlugin(),
    // The same tree with its table structure (rows, headers, cells), for the funnel's stacked table.
    fullA11yTreePlugin(),
    hostPageKit(),
    // Screenshots compared with the baselines committed in test/visual/baselines; a failure leaves
    // the new image and the difference in .cache/visual. Record new baselines after a deliberate
    // change with UPDATE_VISUAL_BASELINE=1 (or --update-visual-baseline).
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINE === '1' || process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}.png`,
      getFailedName: ({ name }) => `../../.cache/visual/${name}.png`,
      getDiffName: ({ name }) => `../../.cache/visual/${name}-diff.png`,
      // Antialiasing differs by a pixel here and there between runs; a layout change moves far more.
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [
    // The strict policy, for the CSP page and for any test page asked for with ?csp.
    async function strictContentSecurityPolicy(context, next) {
      await next();
      if (context.path.endsWith('/test/embed/pages/csp.html') || context.URL.searchParams.has('csp')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  ],
  // Lit's dev-mode notice is noise in every test's output.
  filterBrowserLogs: ({ args: [first] }) => !(typeof first === 'string' && first.includes('Lit is in dev mode')),
};
