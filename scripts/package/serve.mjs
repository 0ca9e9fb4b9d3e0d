/**
 * A tiny static server for the tests run by scripts (the user project of test-package.mjs, the
 * pages of test-reports.mjs): serves files under `root` over http on 127.0.0.1 (module scripts do
 * not load from file://), and pages given as text.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Starts serving `root`, and `pages` (HTML by path, `{ '/ssr.html': text }`) from memory;
 * resolves to its origin and a `close()`.
 */
export const serve = (root, pages = {}) =>
  new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      const url = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      if (Object.hasOwn(pages, url)) {
        response.writeHead(200, { 'content-type': TYPES['.html'] }).end(pages[url]);
        return;
      }
      const path = normalize(join(root, url));
      const file = path.endsWith(sep) ? join(path, 'index.html') : path;
      if (!file.startsWith(root) || !isFile(file)) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
