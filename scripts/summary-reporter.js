/**
 * Ends a test run with one plain line, "Tests: N passed, N failed, N skipped", that CI and people
 * can read without the progress bars of the default reporter.
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

export const summaryReporter = () => ({
  stop({ sessions }) {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const session of sessions) {
      count(session.testResults, totals);
      // A file that failed to load has no results but must still count as a failure.
      if (!session.testResults && !session.passed) totals.failed += 1;
    }
    const line = `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    // The runner's terminal redraws its progress until it exits; a line written earlier is wiped.
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  },
});
