// The byte tricks of tools/shrink-wasm.mjs, on fixtures: exactly the standard library's panic
// entry points become traps (never `std::thread::panicking`, which returns a bool), and the
// glue is renamed strictly or not at all. Run with `node --test tests/tools/` (scripts/test.sh).
import test from 'node:test';
import assert from 'node:assert/strict';
import binaryen from '../../tools/node_modules/binaryen/index.js';
import { PANIC_ENTRIES, renameInGlue, standardPath, trapPanicEntries } from '../../tools/shrink-wasm-steps.mjs';

/// A module with functions of these names: those named `…-> i32` return an i32, the rest
/// nothing; each body is a `nop` (or `i32.const 1`), so a trap shows.
function fixture(names) {
  const module = new binaryen.Module();
  for (const name of names) {
    const returns = name.endsWith('-> i32');
    const clean = name.replace(/ -> i32$/, '');
    module.addFunction(clean, binaryen.none, returns ? binaryen.i32 : binaryen.none, [],
      returns ? module.i32.const(1) : module.nop());
  }
  return module;
}

function bodyIsTrap(module, name) {
  const info = binaryen.getFunctionInfo(module.getFunction(name));
  return binaryen.getExpressionId(info.body) === binaryen.UnreachableId;
}

test('the named panic entry points become traps, and nothing else', () => {
  const names = [
    'core[c5930c85a12de822]::panicking::panic_fmt',
    'core[c5930c85a12de822]::panicking::assert_failed::<usize, usize>',
    'core[c5930c85a12de822]::option::unwrap_failed',
    'core[c5930c85a12de822]::str::slice_error_fail_rt',
    'std[a543996e6e7dbf1e]::panicking::panic_with_hook',
    'std[a543996e6e7dbf1e]::thread::panicking -> i32',
    'std[a543996e6e7dbf1e]::panicking::panic_count::count_is_zero -> i32',
    'core[c5930c85a12de822]::fmt::Formatter::pad',
    'tic_selfcheck::rules::assess::assess',
    'my_crate::panicking::panic_fmt',
  ];
  const module = fixture(names);
  const trapped = trapPanicEntries(binaryen, module);
  assert.deepEqual(trapped, names.slice(0, 5));
  for (const name of names) {
    const clean = name.replace(/ -> i32$/, '');
    assert.equal(bodyIsTrap(module, clean), trapped.includes(clean), clean);
  }
  module.dispose();
});

test('a named entry point that returns a value stops the build', () => {
  const module = fixture([
    'core[c5930c85a12de822]::panicking::panic_fmt',
    'core[c5930c85a12de822]::option::expect_failed -> i32',
  ]);
  assert.throws(() => trapPanicEntries(binaryen, module), /returns a value/);
  module.dispose();
});

test('without panic_fmt (no name section) the build stops', () => {
  const module = fixture(['core[c5930c85a12de822]::option::unwrap_failed']);
  assert.throws(() => trapPanicEntries(binaryen, module), /panic_fmt/);
  module.dispose();
});

test('paths are read without hashes and generic arguments', () => {
  assert.equal(standardPath('core[c59]::panicking::assert_failed::<usize, usize>'), 'core::panicking::assert_failed');
  assert.equal(standardPath('std[a5]::thread::panicking'), 'std::thread::panicking');
  assert.equal(standardPath('tic_selfcheck::x'), null);
  assert.ok(!PANIC_ENTRIES.has('std::thread::panicking'));
});

// The glue as wasm-bindgen writes it for `--target web`, cut down to one import and two exports.
const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_click_c6eff13daacf9806: function(arg0) {
            arg0.click();
        },
    };
    return {
        __proto__: null,
        "./tic-selfcheck_bg.js": import0,
    };
}
function start() { wasm.__wbindgen_start(); wasm.main_app(1); }
`;
const RENAMED = {
  imports: [['./tic-selfcheck_bg.js', '__wbg_click_c6eff13daacf9806', 'a']],
  exports: [['__wbindgen_start', 'b'], ['main_app', 'c']],
};

test('the glue is renamed as the map says', () => {
  const glue = renameInGlue(GLUE, RENAMED, new Set(['a']));
  assert.match(glue, /\ba: function\(arg0\)/);
  assert.match(glue, /"a": import0/);
  assert.match(glue, /wasm\.b\(\); wasm\.c\(1\)/);
  assert.doesNotMatch(glue, /__wbg_click|__wbindgen_start|main_app/);
});

test('a glue of another shape is refused, not half renamed', () => {
  // The import named twice.
  assert.throws(() => renameInGlue(GLUE + '// __wbg_click_c6eff13daacf9806\n', RENAMED, new Set(['a'])), /not one property/);
  // An export the map does not name.
  assert.throws(() => renameInGlue(GLUE + 'wasm.other();\n', RENAMED, new Set(['a'])), /still uses wasm\.other/);
  // The module given another way.
  assert.throws(() => renameInGlue(GLUE.replace('"./tic-selfcheck_bg.js": import0', 'wbg: import0'), RENAMED, new Set(['a'])), /not given as/);
  // The renamed file importing from two modules.
  assert.throws(() => renameInGlue(GLUE, RENAMED, new Set(['a', 'b'])), /2 modules/);
});
