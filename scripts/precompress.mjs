// Writes FILE.gz beside every file the self-check serves (HTML, JS, wasm, CSS, JSON), compressed
// with Zopfli (scripts/served-gzip.mjs), for a web server that serves precompressed files (nginx:
// gzip_static on; see deploy/nginx/). The size report measures the same bytes and does not
// count the .gz files again.
//
//   node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { servedGzip } from './served-gzip.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}
const SERVED = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json']);
let count = 0;
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !SERVED.has(extname(name))) continue;
  writeFileSync(`${path}.gz`, await servedGzip(readFileSync(path)));
  count += 1;
}
console.log(`precompressed ${count} files in ${dir}`);
