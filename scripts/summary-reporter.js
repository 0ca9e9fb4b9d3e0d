/**
 * Ends a run with plain lines that CI and people can read without the progress bars of the default
 * reporter: one per browser, "Firefox: N passed, N failed, N skipped", then the whole run's
 * "Tests: N passed, N failed, N skipped".
 */
const count = (suite, totals) => {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
};

const line = (label, { passed, failed, skipped }) => `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`;

export const summaryReporter = () => ({
  stop({ sessions }) {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    // By the browser's name (web-test-runner.config.js names its launchers), in the order they ran.
    const byBrowser = new Map();
    for (const session of sessions) {
      const name = session.browser.name;
      if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
      const browserTotals = byBrowser.get(name);
      const found = count(session.testResults, { passed: 0, failed: 0, skipped: 0 });
      // A file that failed to load has no results but must still count as a failure.
      if (!session.testResults && !session.passed) found.failed += 1;
      for (const key of Object.keys(totals)) {
        totals[key] += found[key];
        browserTotals[key] += found[key];
      }
    }
    const lines = [...[...byBrowser].map(([name, counts]) => line(name, counts)), line('Tests', totals)];
    // The runner's terminal redraws its progress until it exits; a line written earlier is wiped.
    process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
  },
});
