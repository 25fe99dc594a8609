// Trunk post-build hook: minifies the JavaScript glue wasm-bindgen writes and the stylesheets,
// in release builds only (debug builds stay readable). Trunk's own minifier is off: it has
// broken wasm-bindgen's ES module output before (trunk-rs/trunk#761, #1044). esbuild only
// strips whitespace and renames locals; exports and behaviour are unchanged, and the
// end-to-end tests run against the minified build.
//
// embed.js is left as written: it is a few lines that a web editor embedding the widget may
// want to read. boot.js is minified: it is on the first paint's path, and its comments are
// most of its bytes (the source is in the repository).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('minify.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
// Debug builds stay readable: nothing is minified, but every integrity hash is still written.
const minify = process.env.TRUNK_PROFILE === 'release';

const targets = [
  ['tic-selfcheck.js', 'js'],
  ['boot.js', 'js'],
  ['main.css', 'css'],
  ['pages.css', 'css'],
  ['print.css', 'css'],
];
for (const [name, loader] of targets) {
  const path = join(staging, name);
  const source = readFileSync(path, 'utf8');
  const code = minify
    ? transformSync(source, {
        loader,
        minify: true,
        // The browsers the app supports (those with WebAssembly and ES modules); nothing is
        // rewritten down to older syntax.
        target: loader === 'js' ? 'es2020' : undefined,
        legalComments: 'none',
      }).code
    : source;
  writeFileSync(path, code);
  // Trunk has already written the stylesheets' Subresource Integrity hashes into index.html, and
  // index.html preloads the glue with a placeholder; a stale hash makes the browser refuse the
  // file, so every hash is computed here for the content as shipped.
  const htmlPath = join(staging, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const digest = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`((?:href|src)="\\./${name.replace('.', '\\.')}"\\s+integrity=")sha384-[^"]+(")`);
  if (link.test(html)) {
    writeFileSync(htmlPath, html.replace(link, `$1${digest}$2`));
  } else if (html.includes(`"./${name}"`)) {
    console.error(`minify.mjs: index.html links ${name} in a way this script does not recognise`);
    process.exit(1);
  }
}

// index.html's comments explain the page to its maintainers, not to browsers: a release build
// leaves them out, with the empty lines Trunk leaves where its asset links were and the link
// for the Rust build, which Trunk keeps when it injects no script (nothing reads it).
if (minify) {
  const htmlPath = join(staging, 'index.html');
  const html = readFileSync(htmlPath, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<link data-trunk rel="rust"[^>]*>/, '')
    .replace(/\n\s*(?=\n)/g, '');
  writeFileSync(htmlPath, html);
}
