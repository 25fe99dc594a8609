// The two exact steps of shrink-wasm.mjs, as functions its tests can run on a fixture
// (tests/tools/shrink-wasm.test.mjs): which of the standard library's functions become traps,
// and how the glue is rewritten for the wasm file's shortened names. Each refuses what it does
// not expect rather than guessing.

// The standard library's panic entry points, by path (the crate's hash in brackets and any
// generic arguments are not part of it): `core::panicking::panic_fmt`, which every panic passes
// through, and the functions whose only work is to build a panic's message and call it. Each of
// them diverges (`-> !`): made a trap, it ends the app as the panic would have, and the
// message's formatting code, with the Debug implementations its arguments name, leaves the
// build. Named one by one: a pattern such as `panic\w*` also matches `std::thread::panicking`,
// which returns whether the thread is panicking and must keep working.
export const PANIC_ENTRIES = new Set([
  'core::panicking::panic',
  'core::panicking::panic_fmt',
  'core::panicking::panic_nounwind',
  'core::panicking::panic_nounwind_fmt',
  'core::panicking::panic_bounds_check',
  'core::panicking::panic_display',
  'core::panicking::panic_str_2015',
  'core::panicking::panic_misaligned_pointer_dereference',
  'core::panicking::panic_null_pointer_dereference',
  'core::panicking::panic_cannot_unwind',
  'core::panicking::panic_in_cleanup',
  'core::panicking::assert_failed',
  'core::panicking::assert_failed_inner',
  'core::panicking::panic_const::panic_const_add_overflow',
  'core::panicking::panic_const::panic_const_sub_overflow',
  'core::panicking::panic_const::panic_const_mul_overflow',
  'core::panicking::panic_const::panic_const_div_overflow',
  'core::panicking::panic_const::panic_const_rem_overflow',
  'core::panicking::panic_const::panic_const_neg_overflow',
  'core::panicking::panic_const::panic_const_shr_overflow',
  'core::panicking::panic_const::panic_const_shl_overflow',
  'core::panicking::panic_const::panic_const_div_by_zero',
  'core::panicking::panic_const::panic_const_rem_by_zero',
  'core::panicking::panic_const::panic_const_async_fn_resumed',
  'core::panicking::panic_const::panic_const_async_fn_resumed_panic',
  'core::panicking::panic_const::panic_const_coroutine_resumed',
  'core::panicking::panic_const::panic_const_coroutine_resumed_panic',
  'core::slice::index::slice_index_fail',
  'core::slice::index::slice_start_index_len_fail',
  'core::slice::index::slice_end_index_len_fail',
  'core::slice::index::slice_index_order_fail',
  'core::slice::copy_from_slice_impl::len_mismatch_fail',
  'core::str::slice_error_fail',
  'core::str::slice_error_fail_rt',
  'core::result::unwrap_failed',
  'core::option::unwrap_failed',
  'core::option::expect_failed',
  'core::cell::panic_already_borrowed',
  'core::cell::panic_already_mutably_borrowed',
  'core::cell::lazy::panic_poisoned',
  'std::panicking::begin_panic',
  'std::panicking::panic_with_hook',
  'std::thread::local::panic_access_error',
]);

// The path of a function of the standard library, without its crates' hashes and its generic
// arguments: `core[c59…]::panicking::assert_failed::<usize, usize>` is
// `core::panicking::assert_failed`. `null` for a name outside core, alloc and std.
export function standardPath(name) {
  const match = /^((?:core|alloc|std)\[[0-9a-f]+\]::[\w:{}#\[\]]*?)(?:::<.*>)?$/.exec(name);
  if (!match) return null;
  return match[1].replace(/\[[0-9a-f]+\]/g, '');
}

// Makes every panic entry point of `module` (a binaryen module with its name section) a trap,
// and returns their names. Throws when core::panicking::panic_fmt is not among them (the name
// section is missing, or the standard library changed) or when one of them returns a value
// (it would not be a function that only panics).
export function trapPanicEntries(binaryen, module) {
  const trapped = [];
  for (let i = 0; i < module.getNumFunctions(); i += 1) {
    const func = module.getFunctionByIndex(i);
    const info = binaryen.getFunctionInfo(func);
    const path = standardPath(info.name);
    if (path === null || !PANIC_ENTRIES.has(path)) continue;
    if (info.results !== binaryen.none) {
      throw new Error(`${info.name} returns a value: it is not a panic entry point, and is not made a trap`);
    }
    binaryen.Function.setBody(func, module.unreachable());
    trapped.push(info.name);
  }
  if (!trapped.some((name) => standardPath(name) === 'core::panicking::panic_fmt')) {
    throw new Error('no core::panicking::panic_fmt in the wasm (does it keep its name section?)');
  }
  return trapped;
}

function count(text, part) {
  return text.split(part).length - 1;
}

// The glue with the wasm file's imports, its import module and its exports renamed as
// wasm-opt's `--minify-imports-and-exports-and-modules` printed them (`renamed`: `imports` as
// [module, name, short], `exports` as [name, short]); `importedFrom` is the set of modules the
// renamed wasm file imports from. Strict: every import must be one property `name: function`
// of the imports object, the module must be given once as `"module": import0`, and no use of
// an old export name may be left; otherwise it throws, naming what it found.
export function renameInGlue(glue, renamed, importedFrom) {
  const modules = new Set();
  for (const [module, name, short] of renamed.imports) {
    const property = `${name}: function`;
    if (count(glue, name) !== 1 || count(glue, property) !== 1) {
      throw new Error(`the import ${name} is not one property of the imports object (${count(glue, name)}, ${count(glue, property)})`);
    }
    glue = glue.replace(property, `${short}: function`);
    modules.add(module);
  }
  // The module is renamed too (the map does not say to what): the glue names one module, the
  // wasm-bindgen one, and gives it the name the renamed file now imports from.
  if (modules.size !== 1) throw new Error(`the wasm file imports from ${modules.size} modules, not one`);
  const [module] = modules;
  const moduleKey = `${JSON.stringify(module)}: import0`;
  if (count(glue, moduleKey) !== 1) throw new Error(`the imports are not given as ${moduleKey}`);
  if (importedFrom.size !== 1) throw new Error(`the renamed file imports from ${importedFrom.size} modules`);
  const [shortModule] = importedFrom;
  glue = glue.replace(moduleKey, `${JSON.stringify(shortModule)}: import0`);
  const exportNames = new Set();
  for (const [name, short] of renamed.exports) {
    exportNames.add(short);
    glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm.${short}`);
  }
  const stale = [...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].filter(([, name]) => !exportNames.has(name));
  if (stale.length > 0) throw new Error(`the glue still uses ${stale.map(([use]) => use).join(', ')}`);
  return glue;
}
