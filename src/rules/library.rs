//! The long texts the first page does not need — clause texts, question wording and hints,
//! checklist guides, evidence lists, next steps — and how the browser app gets them.
//!
//! The texts are written once, in the Rust source beside the rule they belong to, and read
//! through [`long_text`]. Natively (the command line, the tests) that returns the text compiled
//! in. In the browser build it looks the text up in `tic-texts.json`, a same-origin file
//! generated from the same source (`crate::texts_file`, checked by `tests/library.rs`) and
//! fetched right after the first page is painted, so the texts are not part of the first load;
//! the source texts are then never called, and the compiler leaves them out of the WebAssembly.
//!
//! A ground floor: it knows the pair of languages and the JSON reader, and nothing of the rules,
//! which all use it.

use super::lang::Bilingual;
use std::sync::OnceLock;

/// Defines one function per text (named like a constant, since each stands for one fixed text)
/// that reads it through [`long_text`], and a function `$list` returning every text with its
/// key, which `tic-texts.json` is generated from.
macro_rules! long_texts {
    ($list:ident; $($name:ident = $key:literal: $zh:literal, $en:literal;)*) => {
        $(
            #[allow(non_snake_case)]
            // Called from many places: one copy each, not one per caller (1.3 KB of the gzip).
            #[inline(never)]
            pub fn $name() -> $crate::rules::lang::Bilingual {
                // The key's hash, worked out by the compiler: the browser build then carries
                // four bytes per text instead of its key.
                const KEY: u32 = $crate::rules::library::key_hash($key);
                $crate::rules::library::long_text_by_hash(KEY, || {
                    $crate::rules::lang::Bilingual::new($zh, $en)
                })
            }
        )*

        /// Every text here with its key, for `tic-texts.json`.
        pub fn $list() -> Vec<(&'static str, $crate::rules::lang::Bilingual)> {
            vec![$(($key, $crate::rules::lang::Bilingual::new($zh, $en))),*]
        }
    };
}
pub(crate) use long_texts;

/// Writes `values` into a template's `{name}` placeholders, in one pass (a value is never read
/// as a template). A placeholder without a value is a mistake in the code: the tests, built
/// with debug assertions, stop on it. Values are written straight into the sentence, so
/// numbers need no string of their own.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let name = &after[..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template}");
                out.push_str(&rest[open..open + close + 2]);
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholder names in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// A text's key as the browser build looks it up: its 32-bit FNV-1a hash. Every key of
/// `tic-texts.json` has its own (checked by the tests below), and the file itself keeps the keys
/// written out, so it reads as a diff.
pub const fn key_hash(key: &str) -> u32 {
    hash_on(0x811c_9dc5, key)
}

/// FNV-1a continued over `more`: `hash_on(key_hash("title."), "rd_intensity")` is the hash of
/// `"title.rd_intensity"`, with no string put together.
const fn hash_on(mut hash: u32, more: &str) -> u32 {
    let bytes = more.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The text for the key `prefix` + `name` (`"title."`, `"rd_intensity"`): `source` natively,
/// the loaded file's entry in the browser.
pub fn long_text_named(
    prefix: &'static str,
    name: &str,
    source: impl FnOnce() -> Bilingual,
) -> Bilingual {
    long_text_by_hash(hash_on(key_hash(prefix), name), source)
}

/// The texts loaded from `tic-texts.json`, by the hash of their keys, in hash order.
static LOADED: OnceLock<Vec<(u32, Bilingual)>> = OnceLock::new();

/// The text for `key`: `source` natively, the loaded file's entry in the browser.
pub fn long_text(key: &str, source: impl FnOnce() -> Bilingual) -> Bilingual {
    long_text_by_hash(key_hash(key), source)
}

/// [`long_text`] for a key already hashed.
#[cfg(not(target_arch = "wasm32"))]
pub fn long_text_by_hash(_key: u32, source: impl FnOnce() -> Bilingual) -> Bilingual {
    source()
}

/// [`long_text`] for a key already hashed: the loaded file's entry (empty until the file has
/// arrived; the app re-renders when it does).
#[cfg(target_arch = "wasm32")]
pub fn long_text_by_hash(key: u32, _source: impl FnOnce() -> Bilingual) -> Bilingual {
    loaded(key).unwrap_or(Bilingual::new("", ""))
}

/// The loaded entry for the key hashed as `key`, if the file has been loaded and has it. A
/// lookup (a page makes a hundred) is a binary search.
pub fn loaded(key: u32) -> Option<Bilingual> {
    let texts = LOADED.get()?;
    let at = texts.partition_point(|(k, _)| *k < key);
    texts
        .get(at)
        .filter(|(k, _)| *k == key)
        .map(|(_, text)| *text)
}

pub fn is_loaded() -> bool {
    LOADED.get().is_some()
}

/// Reads `tic-texts.json` (`{"key": ["中文", "English"], …}`) and keeps it for the life of the
/// page. A second load changes nothing.
pub fn load(json: &str) -> Result<(), String> {
    use super::json::{parse, Value};
    let parsed =
        parse(json).map_err(|e| format!("not JSON at line {} column {}", e.line, e.column))?;
    let Value::Object(members) = parsed else {
        return Err("the texts file is not an object".into());
    };
    let mut texts = Vec::with_capacity(members.len());
    for (key, value) in members {
        let pair = match value {
            Value::Array(pair) => match pair.as_slice() {
                [Value::String(zh), Value::String(en)] => Some((zh.clone(), en.clone())),
                _ => None,
            },
            _ => None,
        };
        let (zh, en) = pair.ok_or_else(|| format!("{key} is not a pair of texts"))?;
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let hash = key_hash(&key);
        let at = texts.partition_point(|(k, _)| *k < hash);
        texts.insert(at, (hash, Bilingual::new(leak(zh), leak(en))));
    }
    let _ = LOADED.set(texts);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_hash_as_fnv_1a() {
        // FNV-1a's published test vectors.
        assert_eq!(key_hash(""), 0x811c_9dc5);
        assert_eq!(key_hash("a"), 0xe40c_292c);
        assert_eq!(
            hash_on(key_hash("title."), "rd_intensity"),
            key_hash("title.rd_intensity")
        );
    }
}
