// The gzip the self-check's server sends: every file compressed once, at build time, with
// Zopfli (npm @gfx/zopfli, a WebAssembly build of Google's compressor). Zopfli writes ordinary
// gzip that every browser reads, 4–5 % smaller than zlib's best level, at the cost of a second
// or two per build. scripts/precompress.mjs writes these bytes as the .gz files nginx serves
// (deploy/nginx: gzip_static on), and scripts/size-report.mjs measures the budgets on the same
// bytes, so the budget is what a person's browser downloads. A server that compresses on the
// fly sends zlib's output instead, which the size report also prints.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tools = join(dirname(fileURLToPath(import.meta.url)), '..', 'tools');
const { gzipAsync } = createRequire(join(tools, 'package.json'))('@gfx/zopfli');

/** 15 iterations: Zopfli's own recommendation for files of this size. */
export async function servedGzip(bytes) {
  return Buffer.from(await gzipAsync(bytes, { numiterations: 15 }));
}
