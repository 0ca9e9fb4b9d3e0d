import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { kitFileOfPath } from './kit-files.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface FolderServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  close(): Promise<void>;
}

/** A file inside `root` for a URL path, or nothing for a path that would leave it. */
const inside = (root: string, path: string): string | undefined => {
  const file = normalize(join(root, decodeURIComponent(path)));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
};

const isFile = async (file: string | undefined) => (file ? (await stat(file).catch(() => undefined))?.isFile() : false);

/**
 * Serves a report's folder on 127.0.0.1, on a free port, for one run: its page and the files its
 * widgets fetch (`src="data/june.csv"`) load as they would from a web server, which `file://`
 * pages cannot do. The kit's own files are answered from `kitDist` when the folder lacks them.
 */
export const serveFolder = async (root: string, kitDist: string): Promise<FolderServer> => {
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const local = inside(root, path.endsWith('/') ? `${path}index.html` : path);
    const kitFile = kitFileOfPath(path);
    const file = (await isFile(local))
      ? local
      : kitFile && (await isFile(join(kitDist, kitFile)))
        ? join(kitDist, kitFile)
        : undefined;
    if (!file || request.method !== 'GET') {
      response
        .writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(file ? 'GET only' : 'Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
