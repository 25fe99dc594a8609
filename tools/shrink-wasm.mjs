// Trunk post-build hook, release builds only: makes the WebAssembly smaller on the wire with
// wasm-opt (binaryen, from npm), in two steps chosen by measuring what gzip sends (docs/size.md).
//
// 0. A panic traps at once (`unreachable`) instead of formatting its message: the release build
//    behaves as Rust's `panic_immediate_abort` would, which stable Rust cannot ask for. The app
//    is built with panic = "abort", so a panic ends it either way; what goes is the message in
//    the console (the trap and its stack remain) and the formatting code that only panics reach
//    (PANIC_ENTRIES in shrink-wasm-steps.mjs, named one by one). Debug builds (`trunk serve`)
//    keep the messages. Without panic_fmt among the names found, or with a named function that
//    returns a value, the build stops.
//
// 1. Optimise for size:
//      --no-inline=* --flatten --rereloop -Oz -Oz --converge --low-memory-unused
//    Trunk's own call (-Oz first) inlines functions into their callers; the app's many calls to
//    the same small helpers then compress less well. Keeping every function on its own,
//    flattening and re-looping the control flow and optimising until nothing changes gives a
//    binary ~2.5 KB smaller gzipped. `--low-memory-unused` lets constant offsets fold into loads
//    and stores (~1 KB): Rust puts its 1 MB stack at the bottom of memory, so the lowest 1 KB is
//    reached only by a stack already overflowing, which fails either way.
//    Trunk's step is turned off in index.html (data-wasm-opt="0") so this is the only one.
//
// 2. Shorten the names the JavaScript glue and the wasm file use for each other: wasm-bindgen
//    names each import after the function and a 16-digit hash (`__wbg_click_c6eff13daacf9806`),
//    and 134 of them cost ~4 KB gzipped across the two files, as the hashes do not compress.
//    wasm-opt renames them (`a`, `b`, …) and prints the map; the glue is rewritten with it here,
//    strictly: every name must be found exactly where the glue is known to use it, and nothing
//    else may refer to an export by its old name, or the build stops.
import binaryen from './node_modules/binaryen/index.js';
import { renameInGlue, trapPanicEntries } from './shrink-wasm-steps.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('shrink-wasm.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const here = dirname(fileURLToPath(import.meta.url));
const wasmOpt = join(here, 'node_modules', '.bin', 'wasm-opt');
if (!existsSync(wasmOpt)) {
  console.error(`shrink-wasm.mjs: ${wasmOpt} is missing (scripts/ensure-tools.sh installs it)`);
  process.exit(1);
}
const wasm = join(staging, 'tic-selfcheck_bg.wasm');
const gluePath = join(staging, 'tic-selfcheck.js');

trapOnPanic(wasm);

execFileSync(wasmOpt, [
  '--no-inline=*', '--flatten', '--rereloop', '-Oz', '-Oz', '--converge', '--low-memory-unused',
  wasm, '-o', wasm,
], { stdio: 'inherit' });

// On its own run: inside --converge the renaming pass would run again on its own output. The
// producers and target-features sections are for tools, not for browsers.
const printed = execFileSync(wasmOpt, [
  '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features',
  wasm, '-o', wasm,
], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const renamed = JSON.parse(printed.slice(printed.indexOf('{')));

function trapOnPanic(path) {
  const module = binaryen.readBinary(readFileSync(path));
  let trapped;
  try {
    trapped = trapPanicEntries(binaryen, module);
  } catch (e) {
    console.error(`shrink-wasm.mjs: ${e.message}`);
    process.exit(1);
  }
  console.log(`shrink-wasm.mjs: ${trapped.length} panic entry points of the standard library made traps`);
  // Names kept for the steps below, which drop them from what they write.
  binaryen.setDebugInfo(true);
  writeFileSync(path, module.emitBinary());
  module.dispose();
}

const importedFrom = new Set(
  WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasm))).map((i) => i.module),
);
try {
  writeFileSync(gluePath, renameInGlue(readFileSync(gluePath, 'utf8'), renamed, importedFrom));
} catch (e) {
  console.error(`shrink-wasm.mjs: ${e.message}; the glue wasm-bindgen writes has changed shape`);
  process.exit(1);
}
