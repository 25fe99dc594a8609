//! The browser app's entry point: mounts the app. Trunk builds this binary for wasm32.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
