/**
 * The test's checks: one printed line each, counted for the closing line.
 */
export const createChecks = () => {
  let passed = 0;
  let failed = 0;
  return {
    check: (name, ok, detail = '') => {
      if (ok) passed += 1;
      else failed += 1;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
      return ok;
    },
    summary: () => ({ passed, failed }),
  };
};

/** The attributes of an element's opening tag, as written (`name` alone for a presence attribute). */
export const openingTagAttributes = (html, tag) => {
  const opening = html.match(new RegExp(`<${tag}(\\s[^>]*)?>`))?.[1] ?? '';
  return Object.fromEntries(
    [...opening.matchAll(/([\w-]+)(?:\s*=\s*"([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']),
  );
};
