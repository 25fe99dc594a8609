// Serves the built app (dist/) on 127.0.0.1 the way a plain static web server would, for the
// end-to-end tests. GET and HEAD only, no directory listings, nothing outside dist/.
//
//   node tests/e2e/serve-dist.mjs [port] [dist]
// or, from another script: `const server = await serveDist(0)` (0: any free port).
import { createServer } from 'node:http';
import { servedGzip } from '../../scripts/served-gzip.mjs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1:`port`, and `pages` (path → HTML) beside it; resolves to the
 * listening server. With `gzip`, bodies go gzipped to a client that accepts it, as the
 * Commission's server sends them (the first-render benchmark, whose network is slow); `delay`
 * (path → ms) holds those files back, to look at a page before they arrive (the smoke runs'
 * first page before the app).
 */
export function serveDist(port, root = resolve(join(here, '../../dist')), pages = {}, { gzip = false, delay = {} } = {}) {
  const gzipped = new Map();
  return new Promise((ready) => {
    const server = createServer(async (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (delay[path]) await new Promise((resolve) => setTimeout(resolve, delay[path]));
      if (pages[path]) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : pages[path]);
        return;
      }
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        let body = await readFile(file);
        const headers = {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
          'cache-control': 'no-store',
        };
        if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          // Compressed once per file, as the deployed server's precompressed files are (the same
          // Zopfli bytes): the files do not change while the server runs, and the benchmark it
          // serves would otherwise time the compression of the wasm on every load.
          if (!gzipped.has(file)) gzipped.set(file, await servedGzip(body));
          body = gzipped.get(file);
          headers['content-encoding'] = 'gzip';
        }
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    });
    server.listen(port, '127.0.0.1', () => ready(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.TIC_E2E_PORT ?? 8765);
  const root = resolve(process.argv[3] ?? join(here, '../../dist'));
  const server = await serveDist(port, root);
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/`);
}
