import fc from 'fast-check';

/**
 * Replays one failure of a robustness property: copy `seed` and `path` from the failure message
 * ("replay with seed=…, path=…") here, run the one test file, and put `undefined` back. Tests run
 * in a browser, which has no environment variables to pass them in.
 */
export const REPLAY = undefined as { readonly seed: number; readonly path?: string } | undefined;

interface Options<T> {
  readonly numRuns: number;
  /**
   * Skips shrinking. Batched properties report the one failing case of a batch themselves, and
   * shrinking a batch would render it again for every smaller candidate.
   */
  readonly endOnFailure?: boolean;
  /** The counterexample in the message; batched properties name their failing case themselves. */
  readonly show?: ((counterexample: T) => string) | false;
  /** The longest a run of an async property may take, in ms: a run that hangs fails with its seed. */
  readonly timeout?: number;
}

/** Long texts (a 100 KB attribute, a 3,000-entry series) shortened for a message. */
export const excerpt = (text: string, length = 2000): string =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text;

/** A counterexample as text, or why it cannot be shown: a list 100,000 levels deep overflows `fc.stringify`. */
const showSafely = <T>(show: (value: T) => string, value: T): string => {
  try {
    return show(value);
  } catch (error) {
    return `(not shown: ${String(error)})`;
  }
};

/** A fresh seed per run, so every run of the suite tries new cases; a failure says how to replay it. */
const freshSeed = () => (Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)) | 0;

/**
 * `fc.assert`, with a failure message that starts with what replays it: "replay with seed=…,
 * path=…", then what failed and the counterexample.
 */
export const assertReplayable = async <T>(
  property: fc.IAsyncProperty<T> | fc.IProperty<T>,
  { numRuns, endOnFailure = false, show = fc.stringify, timeout }: Options<T>,
): Promise<void> => {
  const seed = REPLAY?.seed ?? freshSeed();
  const replaying = REPLAY?.path === undefined ? {} : { path: REPLAY.path };
  const limit = timeout === undefined ? {} : { timeout };
  const details = await fc.check(property as fc.IRawProperty<T>, {
    seed,
    numRuns,
    endOnFailure,
    ...limit,
    ...replaying,
  });
  if (!details.failed) return;
  const where = `replay with seed=${details.seed}, path=${JSON.stringify(details.counterexamplePath ?? '')}`;
  if (details.interrupted || details.counterexample === null)
    throw new Error(`${where}: ${fc.defaultReportMessage(details)}`);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const counterexample = show === false ? '' : `\nCounterexample: ${excerpt(showSafely(show, details.counterexample))}`;
  throw new Error(
    `${where} (in test/robustness/replay.ts), after ${details.numRuns} runs and ${details.numShrinks} shrinks:\n` +
      `${cause}${counterexample}`,
  );
};
