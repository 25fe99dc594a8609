//! `static/tic-texts.json`, the long texts the browser loads after the first page, must be
//! exactly what the Rust source generates: the texts have one source, and this test keeps the
//! shipped file from drifting. After changing a text, regenerate the file with
//! `TIC_WRITE_TEXTS=1 cargo test --test library` and commit it.

use tic_selfcheck::texts_file;

#[test]
fn the_shipped_texts_file_is_generated_from_the_source() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/tic-texts.json");
    let generated = texts_file::generate();
    if std::env::var_os("TIC_WRITE_TEXTS").is_some() {
        std::fs::write(path, &generated).expect("write static/tic-texts.json");
    }
    let shipped = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        shipped == generated,
        "static/tic-texts.json is out of date: run `TIC_WRITE_TEXTS=1 cargo test --test library`"
    );
}
