// Trunk post-build hook: the release build's two finishing steps, one after the other.
// Trunk starts the hooks of one stage together, and the second step reads what the first
// writes: shrink-wasm.mjs renames the wasm file's imports and exports and rewrites the glue to
// match, then minify.mjs minifies that glue and the stylesheets and writes their hashes.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const step of ['shrink-wasm.mjs', 'minify.mjs']) {
  execFileSync(process.execPath, [join(here, step)], { stdio: 'inherit' });
}
