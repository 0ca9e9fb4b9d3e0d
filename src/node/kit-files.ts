/**
 * The kit's own files, as a page may ask for them: from a CDN (`https://cdn.jsdelivr.net/npm/kpi-kit@0.1/dist/kpi-kit.js`,
 * `https://unpkg.com/kpi-kit/dist/autoloader.js`) or by a path that leaves the page's folder
 * (`../dist/kpi-kit.js`). The CLI answers them from its own package, so a report renders offline
 * with the kit that renders it.
 */

/** The files of `dist/` a page may load: the one-file build, the autoloader and its chunks. */
const KIT_FILE = /^(?:kpi-kit|autoloader|autoload\/[\w-]+)\.js$/;

/** A kit file named by a CDN address (`…/kpi-kit@1.2.3/dist/<file>`), as a path inside `dist/`. */
export const kitFileOfUrl = (url: string): string | undefined => {
  const match = /\/kpi-kit(?:@[^/]+)?\/dist\/(.+)$/.exec(new URL(url).pathname);
  return match?.[1] && KIT_FILE.test(match[1]) ? match[1] : undefined;
};

/**
 * A kit file a local page asks for by a path its folder does not hold (`/dist/kpi-kit.js` after
 * `../dist/kpi-kit.js` was resolved at the folder's root): the last one or two segments, when they
 * name one.
 */
export const kitFileOfPath = (path: string): string | undefined => {
  const segments = path.split('/').filter(Boolean);
  const candidates = [segments.slice(-2).join('/'), segments.at(-1) ?? ''];
  return candidates.find((candidate) => KIT_FILE.test(candidate));
};
