// Trunk post-build hook, release builds only: makes the WebAssembly smaller on the wire with
// wasm-opt (binaryen, from npm), in two steps chosen by measuring what gzip sends (docs/size.md).
//
// 0. A panic traps at once (`unreachable`) instead of formatting its message: the release build
//    behaves as Rust's `panic_immediate_abort` would, which stable Rust cannot ask for. The app
//    is built with panic = "abort", so a panic ends it either way; what goes is the message in
//    the console (the trap and its stack remain) and the formatting code that only panics reach
//    (PANIC_ENTRY below). Debug builds (`trunk serve`) keep the messages. Without panic_fmt
//    among the names found, the build stops.
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

// The standard library's panic entry points (core, alloc and std, whose symbols carry the
// crate's hash in brackets): `core::panicking::panic_fmt`, which every panic passes through,
// and the functions whose only work is to build a panic's message and call it
// (`str::slice_error_fail`, `result::unwrap_failed`, `panicking::panic_bounds_check`,
// `cell::panic_already_borrowed`, …). Every one of them diverges (`-> !`): made a trap, it ends
// the app as the panic would have, and the message's formatting code, with the Debug
// implementations its arguments name, leaves the build.
const PANIC_ENTRY = /^(?:core|alloc|std)\[[0-9a-f]+\]::(?:[\w{}#]+::)*(?:panic\w*|\w*_fail(?:ed|_rt)?|assert_failed(?:_inner)?)(?:::<.*>)?$/;

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
  let trapped = 0;
  let panicFmt = false;
  for (let i = 0; i < module.getNumFunctions(); i += 1) {
    const func = module.getFunctionByIndex(i);
    const name = binaryen.getFunctionInfo(func).name;
    if (!PANIC_ENTRY.test(name)) continue;
    binaryen.Function.setBody(func, module.unreachable());
    trapped += 1;
    panicFmt ||= /::panicking::panic_fmt$/.test(name);
  }
  if (!panicFmt) {
    console.error('shrink-wasm.mjs: no core::panicking::panic_fmt in the wasm (does it keep its name section?)');
    process.exit(1);
  }
  console.log(`shrink-wasm.mjs: ${trapped} panic entry points of the standard library made traps`);
  // Names kept for the steps below, which drop them from what they write.
  binaryen.setDebugInfo(true);
  writeFileSync(path, module.emitBinary());
  module.dispose();
}

function fail(message) {
  console.error(`shrink-wasm.mjs: ${message}; the glue wasm-bindgen writes has changed shape`);
  process.exit(1);
}
function count(text, part) {
  return text.split(part).length - 1;
}

let glue = readFileSync(gluePath, 'utf8');
const modules = new Map();
for (const [module, name, short] of renamed.imports) {
  // Each import is one property of the object the glue passes to the instance: `name: function`.
  const property = `${name}: function`;
  if (count(glue, name) !== 1 || count(glue, property) !== 1) {
    fail(`the import ${name} is not one property of the imports object (${count(glue, name)}, ${count(glue, property)})`);
  }
  glue = glue.replace(property, `${short}: function`);
  modules.set(module, null);
}
// The module is renamed too (the map does not say to what): the glue names one module, the
// wasm-bindgen one, and gives it the name the renamed file now imports from.
if (modules.size !== 1) fail(`the wasm file imports from ${modules.size} modules, not one`);
const [module] = modules.keys();
const moduleKey = `${JSON.stringify(module)}: import0`;
if (count(glue, moduleKey) !== 1) fail(`the imports are not given as ${moduleKey}`);
const importedFrom = new Set(
  WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasm))).map((i) => i.module),
);
if (importedFrom.size !== 1) fail(`the renamed file imports from ${importedFrom.size} modules`);
const [shortModule] = importedFrom;
glue = glue.replace(moduleKey, `${JSON.stringify(shortModule)}: import0`);

const exportNames = new Set();
for (const [name, short] of renamed.exports) {
  exportNames.add(short);
  glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm.${short}`);
}
const stale = [...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].filter(([, name]) => !exportNames.has(name));
if (stale.length > 0) fail(`the glue still uses ${stale.map(([use]) => use).join(', ')}`);
writeFileSync(gluePath, glue);
