//! The JSON reader and writer: syntax, limits, and what they write back.

use super::*;

fn object(members: &[(&str, Value)]) -> Value {
    Value::Object(
        members
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

#[test]
fn reads_every_kind_of_value() {
    let v = parse(r#" {"a": [1, -0.5e+3, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "c": {}} "#)
        .unwrap();
    assert_eq!(
        v,
        object(&[
            (
                "a",
                Value::Array(vec![
                    Value::Number("1".into()),
                    Value::Number("-0.5e+3".into()),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                ])
            ),
            ("b", Value::String("x\"\\/\u{8}\u{c}\n\r\té😀".into())),
            ("c", Value::Object(vec![])),
        ])
    );
}

#[test]
fn refuses_what_is_not_json_and_says_where() {
    for (text, line, column) in [
        ("", 1, 1),
        ("{\"a\": 1,}", 1, 9),
        ("{\"a\" 1}", 1, 6),
        ("[1,\n 2,\n 03]", 3, 3),
        ("\"tab\tinside\"", 1, 5),
        ("\"\\x\"", 1, 3),
        ("\"\\ud800\"", 1, 8),
        ("\"\\udc00\"", 1, 8),
        ("[1] [2]", 1, 5),
        ("{\"a\": 1, \"a\": 2}", 1, 10),
        ("1.", 1, 3),
        ("-", 1, 2),
        ("+1", 1, 1),
        ("tru", 1, 1),
        ("'single'", 1, 1),
        ("\"中文 unterminated", 1, 17),
    ] {
        let e = parse(text).expect_err(text);
        assert_eq!((e.line, e.column), (line, column), "{text}: {e:?}");
    }
}

#[test]
fn nesting_is_limited() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&ok).is_ok());
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    assert_eq!(parse(&deep).unwrap_err().problem, Syntax::NestedTooDeeply);
    assert!(parse(&"[".repeat(100_000)).is_err());
}

#[test]
fn objects_are_limited_in_members() {
    let object = |n: usize| {
        let members: Vec<String> = (0..n).map(|i| format!("\"m{i}\":0")).collect();
        format!("{{{}}}", members.join(","))
    };
    assert!(parse(&object(MAX_MEMBERS)).is_ok());
    assert_eq!(
        parse(&object(MAX_MEMBERS + 1)).unwrap_err().problem,
        Syntax::TooManyMembers
    );
}

#[test]
fn a_byte_order_mark_is_allowed() {
    assert_eq!(parse("\u{feff}null"), Ok(Value::Null));
}

#[test]
fn writes_like_serde_json_pretty() {
    let v = object(&[
        ("n", Value::Number("1".into())),
        ("s", Value::String("报告 \"q\" \\ \n\u{1}\u{7f}".into())),
        ("e", Value::Array(vec![])),
        ("o", object(&[("x", Value::Array(vec![Value::Null]))])),
    ]);
    assert_eq!(
        to_pretty_string(&v),
        "{\n  \"n\": 1,\n  \"s\": \"报告 \\\"q\\\" \\\\ \\n\\u0001\u{7f}\",\n  \"e\": [],\n  \"o\": {\n    \"x\": [\n      null\n    ]\n  }\n}"
    );
    assert_eq!(parse(&to_pretty_string(&v)), Ok(v));
}
