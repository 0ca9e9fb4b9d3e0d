/**
 * A test runner command, "full-a11y-tree": the whole accessibility tree of the test's page, with
 * its tables, rows and cells. The runner's own `a11ySnapshot` keeps only the nodes Puppeteer finds
 * "interesting", which leaves table structure out, so a table that stopped being one would pass.
 * Chromium only (the Chrome DevTools Protocol).
 */
export const fullA11yTreePlugin = () => ({
  name: 'full-a11y-tree',
  async executeCommand({ command, session }) {
    if (command !== 'full-a11y-tree') return undefined;
    if (session.browser.type !== 'puppeteer') throw new Error('full-a11y-tree needs Chromium (Puppeteer).');
    return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
  },
});
