//! `static/tic-texts.json`, the long texts the browser loads after the first page, must be
//! exactly what the Rust source generates: the texts have one source, and this test keeps the
//! shipped file from drifting. After changing a text, regenerate the file with
//! `TIC_WRITE_TEXTS=1 cargo test --test library` and commit it.

mod common;

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

/// Every text written in a `long_texts!` block anywhere in `src/` is in the shipped file: a block
/// left out of `texts_file::all()` would show an empty text in the browser, which looks texts up
/// only in that file.
#[test]
fn every_long_texts_block_is_in_the_texts_file() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped = std::fs::read_to_string(root.join("static/tic-texts.json")).unwrap();
    let shipped: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let files = common::rust_files(&root.join("src"));
    let (mut blocks, mut keys, mut missing) = (0, 0, Vec::new());
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let mut rest = source.as_str();
        // Each invocation: `long_texts! {` then the list's name and `NAME = "key": "…", "…";`.
        while let Some(at) = rest.find("long_texts! {") {
            rest = &rest[at + "long_texts! {".len()..];
            let end = rest.find("\n}").expect("a closed block");
            let block = &rest[..end];
            blocks += 1;
            for line in block.lines() {
                let line = line.trim();
                let Some((name, after)) = line.split_once(" = \"") else {
                    continue;
                };
                if !name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                {
                    continue;
                }
                let key = &after[..after.find('"').expect("a quoted key")];
                keys += 1;
                if shipped.get(key).is_none() {
                    missing.push(format!("{}: {key}", file.display()));
                }
            }
            rest = &rest[end..];
        }
    }
    assert!(
        blocks >= 10 && keys > 250,
        "found {blocks} blocks and {keys} texts"
    );
    assert!(
        missing.is_empty(),
        "not in the texts file:\n{}",
        missing.join("\n")
    );
}
