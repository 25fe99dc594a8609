//! The app's own JSON reader and writer (`rules::json`) checked against serde_json, the
//! reference the answers document was first written with: the same texts are JSON for both,
//! they read to the same values, and the pretty layout is byte for byte the same, so files
//! exported by earlier builds and by other tools keep reading.

use proptest::prelude::*;
use serde_json::Value as Reference;
use tic_selfcheck::rules::json::{self, Value};

/// Arbitrary JSON without floats (serde_json rewrites float text; the answers document has none).
fn reference_value() -> impl Strategy<Value = Reference> {
    let leaf = prop_oneof![
        Just(Reference::Null),
        any::<bool>().prop_map(Reference::Bool),
        any::<i64>().prop_map(Reference::from),
        any::<u64>().prop_map(Reference::from),
        ".{0,12}".prop_map(Reference::String),
        "[\u{0}-\u{1f}\"\\\\/\u{7f}\u{2028}é中😀]{0,6}".prop_map(Reference::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Reference::Array),
            prop::collection::btree_map("[a-z_中]{0,6}", inner, 0..6)
                .prop_map(|m| Reference::Object(m.into_iter().collect())),
        ]
    })
}

fn to_reference(value: &Value) -> Reference {
    match value {
        Value::Null => Reference::Null,
        Value::Bool(b) => Reference::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a JSON number"),
        Value::String(s) => Reference::String(s.clone()),
        Value::Array(items) => Reference::Array(items.iter().map(to_reference).collect()),
        Value::Object(members) => Reference::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), to_reference(v)))
                .collect(),
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn reads_what_serde_json_writes_and_writes_it_back_identically(doc in reference_value()) {
        for text in [serde_json::to_string_pretty(&doc).unwrap(), serde_json::to_string(&doc).unwrap()] {
            let ours = json::parse(&text).expect("serde_json's output is JSON");
            prop_assert_eq!(to_reference(&ours), doc.clone());
            prop_assert_eq!(json::to_pretty_string(&ours), serde_json::to_string_pretty(&doc).unwrap());
        }
    }

    /// Damaged documents: one character removed, replaced or inserted anywhere. Both readers
    /// must agree on which are still JSON and on what they say (ours additionally refuses
    /// repeated member names, where serde_json keeps the last).
    #[test]
    fn agrees_with_serde_json_on_damaged_text(
        doc in reference_value(),
        at in any::<prop::sample::Index>(),
        edit in 0..3u8,
        c in prop::sample::select(vec!['"', '\\', ',', ':', '{', '}', '[', ']', '0', '-', '.', 'e', 'u', 'n', ' ', '\n', '\t', 'x', '中', '\u{1}']),
    ) {
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let mut chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        match edit {
            0 if i < chars.len() => { chars.remove(i); }
            1 if i < chars.len() => chars[i] = c,
            _ => chars.insert(i, c),
        }
        let damaged: String = chars.into_iter().collect();
        let theirs = serde_json::from_str::<Reference>(&damaged);
        match json::parse(&damaged) {
            // serde_json also refuses numbers beyond a double's range, which JSON allows;
            // ours keeps every number as text, so it need not.
            Ok(_) if theirs.as_ref().is_err_and(|e| e.to_string().starts_with("number out of range")) => {}
            Ok(ours) => {
                let theirs = theirs.map_err(|e| TestCaseError::fail(format!("{damaged:?}: serde_json: {e}")))?;
                prop_assert_eq!(to_reference(&ours), theirs);
            }
            Err(e) if e.problem == tic_selfcheck::rules::json::Syntax::RepeatedMember => {}
            Err(e) => prop_assert!(theirs.is_err(), "{:?}: ours: {:?}", damaged, e),
        }
    }
}

#[test]
fn numbers_keep_their_exact_text() {
    for n in [
        "0",
        "-0",
        "12.50",
        "1e400",
        "123456789012345678901234567890",
        "2.5E-3",
    ] {
        assert_eq!(json::parse(n), Ok(Value::Number(n.to_string())));
    }
}
