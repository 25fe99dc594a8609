//! `index.html` holds the first page in both languages, written from `src/first_page.rs`, so
//! that it is painted before the WebAssembly arrives. This test fails when the file and the code
//! differ; after a change to the start page or its words, write the file again with
//! `TIC_WRITE_INDEX=1 cargo test --test first_page` and commit it.

use tic_selfcheck::first_page::both_languages;

const BEGIN: &str = "<!-- The first page, written from src/first_page.rs by `TIC_WRITE_INDEX=1 cargo test --test first_page`: do not edit it here. -->\n";
const END: &str = "<!-- The end of the first page. -->";

#[test]
fn index_html_holds_the_first_page_as_the_code_writes_it() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let html = std::fs::read_to_string(&path).unwrap();
    let begin = html
        .find(BEGIN)
        .expect("index.html has lost the first page's opening comment");
    let end = html
        .find(END)
        .expect("index.html has lost the first page's closing comment");
    let written = &html[begin + BEGIN.len()..end];
    let expected = format!("{}\n    ", both_languages());
    if std::env::var_os("TIC_WRITE_INDEX").is_some() {
        let updated = format!(
            "{}{}{}",
            &html[..begin + BEGIN.len()],
            expected,
            &html[end..]
        );
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        written == expected,
        "index.html's first page is out of date: run `TIC_WRITE_INDEX=1 cargo test --test first_page`"
    );
}
