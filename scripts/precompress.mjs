// Writes FILE.gz beside every file the self-check serves (HTML, JS, wasm, CSS, JSON), at the
// highest gzip level, for a web server that serves precompressed files (nginx: gzip_static on;
// see deploy/nginx/). The size report does not count the .gz files.
//
//   node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

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
  writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
  count += 1;
}
console.log(`precompressed ${count} files in ${dir}`);
