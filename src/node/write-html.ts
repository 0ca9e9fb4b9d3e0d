import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { renderToHtml } from '../ssr/render-to-html.js';
import { RenderError } from './chromium.js';
import { isPageAddress } from './render-options.js';

type Log = (line: string) => void;

/** The page's HTML, from its file or its address. */
const readPage = async (page: string): Promise<string> => {
  if (!isPageAddress(page))
    return readFile(page, 'utf8').catch(() => Promise.reject(new RenderError(`no such file: ${page}`)));
  const response = await fetch(page).catch((error: unknown) => {
    throw new RenderError(`cannot open ${page}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!response.ok) throw new RenderError(`${page} answered ${response.status} ${response.statusText}`);
  return response.text();
};

/**
 * A widget's `src`, read as the browser would find it: beside a local page (an address from its
 * folder's root, `/data/june.csv`, too), or from the page's address.
 */
const srcReader = (page: string) => async (src: string) => {
  if (isPageAddress(page)) {
    const response = await fetch(new URL(src, page));
    if (!response.ok) throw new Error(`${response.status}`);
    return response.text();
  }
  const folder = dirname(resolve(page));
  return readFile(src.startsWith('/') ? join(folder, src) : resolve(folder, src), 'utf8');
};

/**
 * Writes the page with its widgets server-rendered (kpi-kit/ssr), their `src` files read from
 * beside it: HTML whose widgets paint without JavaScript, and hydrate when the kit loads.
 */
export const writeHtml = async (page: string, file: string, log: Log): Promise<void> => {
  let serverRender: typeof renderToHtml;
  try {
    // kpi-kit/ssr and its optional peers, loaded only for --html.
    serverRender = (await import('../ssr/render-to-html.js')).renderToHtml;
  } catch {
    throw new RenderError(
      'kpi-kit render --html needs @lit-labs/ssr and parse5: npm install --save-dev @lit-labs/ssr parse5',
    );
  }
  const html = await serverRender(await readPage(page), { readSrc: srcReader(page) });
  await mkdir(dirname(resolve(file)), { recursive: true });
  await writeFile(file, html);
  const widgets = (html.match(/<template shadowroot="open"/g) ?? []).length;
  log(`wrote ${file} (${widgets} server-rendered ${widgets === 1 ? 'widget' : 'widgets'})`);
};
