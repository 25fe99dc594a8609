//! The browser app's entry point: mounts the app. Trunk builds this binary for wasm32.

// talc's allocator for wasm, which grows the linear memory as it needs: maintained, safe to
// construct, and smaller than the default allocator (docs/size.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    tic_selfcheck::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "tic-selfcheck is the browser app: build it with `trunk build --release` (see README.md). \
         For the command line, use `cargo run --bin tic-assess -- FILE.json`."
    );
    std::process::exit(2);
}
