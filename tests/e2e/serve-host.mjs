// Serves the example host page (examples/host/) on its own origin, with WIDGET_URL replaced by
// the address the app is served from, so the embedding is tested across origins.
//
//   node tests/e2e/serve-host.mjs [port] [widget-url]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.argv[2] ?? 8766);
const widget = process.argv[3] ?? 'http://127.0.0.1:8765';
const root = join(here, '../../examples/host');
const FILES = { '/': ['index.html', 'text/html; charset=utf-8'], '/host.css': ['host.css', 'text/css'] };

createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const file = FILES[path];
  if (req.method !== 'GET' || !file) {
    res.writeHead(404).end();
    return;
  }
  const body = (await readFile(join(root, file[0]), 'utf8')).replaceAll('WIDGET_URL', widget);
  res.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-store' }).end(body);
}).listen(port, '127.0.0.1', () => console.log(`host page at http://127.0.0.1:${port}/`));
