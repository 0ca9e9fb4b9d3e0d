/**
 * The checks of a test stage run by a script (the packed package, the client reports): one line
 * each, `ok   name (detail)` or `FAIL name: why`, and the stage's closing counts.
 */
export const checks = () => {
  const results = [];
  return {
    /** Runs one check and prints its line; resolves to whether it passed. */
    async check(name, run) {
      try {
        const detail = await run();
        results.push(true);
        console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
        return true;
      } catch (error) {
        results.push(false);
        console.log(`FAIL ${name}: ${error.message}`);
        return false;
      }
    },
    /** A failure found outside a check (a browser that did not start). */
    fail(line) {
      results.push(false);
      console.log(`FAIL ${line}`);
    },
    /** `<stage>: N passed, N failed`, and whether every check passed. */
    summary(stage) {
      const passed = results.filter(Boolean).length;
      console.log(`${stage}: ${passed} passed, ${results.length - passed} failed`);
      return passed === results.length;
    },
  };
};

/** Throws `message` unless `condition` holds: a check's failure. */
export const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};
