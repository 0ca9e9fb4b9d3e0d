/**
 * Collects what the calling `describe` block's tests write with `console.warn` (bad input is
 * expected there, and warned about), and puts `console.warn` back after each test.
 */
export const collectWarnings = (): string[] => {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
};
