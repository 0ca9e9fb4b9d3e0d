/**
 * The files a page of the autoloader downloads: `autoloader.js`, the chunk of each entry it loads
 * (an element, a locale pack), and every chunk those import, one level after another, as the
 * build's manifest (`dist/.vite/autoload-manifest.json`) lists them. Shared by the size check
 * (scripts/check-size.mjs) and the autoloader's test, which compares it with a real page's.
 */
export const AUTOLOADER = 'src/autoloader.ts';

export const pageFiles = (manifest, entries) => {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the autoloader's build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of [AUTOLOADER, ...entries]) visit(entry);
  return [...files];
};
