//! The answers document, its JSON Schema (`docs/answers.schema.json`) and the importer agree:
//! what the app exports validates, what the importer accepts in canonical form validates, and
//! what either refuses, the other refuses too.

mod common;

use common::*;
use serde_json::{json, Value};
use tic_selfcheck::rules::document::{AnswersDocument, ImportError, MAX_DOCUMENT_BYTES};
use tic_selfcheck::rules::lang::Lang;

fn schema() -> jsonschema::Validator {
    let text = include_str!("../docs/answers.schema.json");
    let schema: Value = serde_json::from_str(text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema is a valid JSON Schema")
}

fn scenario_answers() -> Vec<(String, Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (p.display().to_string(), v["answers"].clone())
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_scenario_and_every_export_validates() {
    let v = schema();
    for (name, answers) in scenario_answers() {
        let errors: Vec<String> = v.iter_errors(&answers).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        let imported = AnswersDocument::from_json(&answers.to_string()).expect("imports");
        let exported: Value = serde_json::from_str(&imported.to_json()).unwrap();
        assert!(
            v.is_valid(&exported),
            "{name}: the re-export does not validate"
        );
    }
    let blank: Value = serde_json::from_str(&AnswersDocument::default().to_json()).unwrap();
    assert!(v.is_valid(&blank));
    let full: Value = serde_json::from_str(&good_export()).unwrap();
    assert!(v.is_valid(&full));
}

fn good_export() -> String {
    AnswersDocument::from(enterprise([("300000000", "60000000", "60000000"); 3])).to_json()
}

#[test]
fn what_the_importer_refuses_the_schema_refuses() {
    let v = schema();
    let base: Value = serde_json::from_str(&good_export()).unwrap();
    let with = |pointer: &str, value: Value| {
        let mut doc = base.clone();
        *doc.pointer_mut(pointer).expect(pointer) = value;
        doc
    };
    let cases = [
        ("unknown top-level field", {
            let mut d = base.clone();
            d["extra"] = json!(1);
            d
        }),
        ("newer version", with("/schema_version", json!(6))),
        ("a version 4 member in a version 3 file", {
            let mut d = base.clone();
            d["schema_version"] = json!(3);
            d["figures_confirmed"] = json!(true);
            d
        }),
        ("a confirmation that is not true or false", {
            let mut d = base.clone();
            d["figures_confirmed"] = json!("yes");
            d
        }),
        ("a version 2 member in a version 1 file", {
            let mut d = base.clone();
            d["schema_version"] = json!(1);
            d["rd_since_founding"] = json!({"value": "1", "unit": "wan"});
            d
        }),
        ("version as text", with("/schema_version", json!("1"))),
        ("unknown path", with("/path", json!("university"))),
        (
            "unknown answer",
            with("/declarations/good_credit", json!("maybe")),
        ),
        ("unknown question", {
            let mut d = base.clone();
            d["declarations"]["is_nice"] = json!("yes");
            d
        }),
        (
            "amount as a JSON number",
            with("/financials/years/0/rd_total/value", json!(12.5)),
        ),
        (
            "negative amount",
            with("/financials/years/0/rd_total/value", json!("-1")),
        ),
        (
            "unknown unit",
            with("/financials/years/0/rd_total/unit", json!("usd")),
        ),
        (
            "year as text",
            with("/financials/years/0/year", json!("2022")),
        ),
        (
            "year out of range",
            with("/financials/latest_fiscal_year", json!(3024)),
        ),
        (
            "unknown history",
            with("/financials/operating_history", json!({"kind": "forever"})),
        ),
        (
            "thirteen months",
            with(
                "/financials/operating_history",
                json!({"kind": "founded_in", "year": 2023, "months_in_first_year": 13}),
            ),
        ),
        (
            "wrong types",
            with("/financials/years", json!({"2022": {}})),
        ),
    ];
    for (name, doc) in cases {
        assert!(!v.is_valid(&doc), "schema accepted: {name}");
        assert!(
            AnswersDocument::from_json(&doc.to_string()).is_err(),
            "importer accepted: {name}"
        );
    }
}

#[test]
fn the_importer_says_what_is_wrong() {
    type Expect = fn(&ImportError) -> bool;
    let cases: [(&str, Expect); 6] = [
        ("", |e| matches!(e, ImportError::NotJson(_))),
        ("{\"schema_version\": 1,", |e| {
            matches!(e, ImportError::NotJson(_))
        }),
        ("{\"answers\": []}", |e| {
            matches!(e, ImportError::NotAnswers)
        }),
        ("{\"schema_version\": 7}", |e| {
            matches!(e, ImportError::NewerVersion { found: 7 })
        }),
        ("{\"schema_version\": 0}", |e| {
            matches!(e, ImportError::UnsupportedVersion { found: 0 })
        }),
        (
            r#"{"schema_version":1,"financials":{"years":[{"year":2023},{"year":2023}]}}"#,
            |e| e.message(Lang::En).contains("appears twice"),
        ),
    ];
    for (doc, expected) in cases {
        let err = AnswersDocument::from_json(doc).expect_err(doc);
        assert!(expected(&err), "{doc}: {err:?}");
        for lang in [
            tic_selfcheck::rules::lang::Lang::Zh,
            tic_selfcheck::rules::lang::Lang::En,
        ] {
            assert!(!err.message(lang).is_empty());
        }
    }
    let huge = format!(
        "{{\"schema_version\":1,\"pad\":\"{}\"}}",
        "x".repeat(MAX_DOCUMENT_BYTES)
    );
    assert!(matches!(
        AnswersDocument::from_json(&huge),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn the_importer_reads_dates_and_typed_amounts_leniently_but_exactly() {
    let doc = r#"{"schema_version":1,"financials":{"operating_history":{"kind":"founded_on","date":"2023-7-1"},
        "years":[{"year":2023,"rd_total":{"value":"１，２３４．５","unit":"wan"}}]}}"#;
    let a = AnswersDocument::from_json(doc).expect("imports").answers;
    assert_eq!(
        a.financials.years[0].rd_total.unwrap().yuan(),
        rust_decimal_macros::dec!(12345000)
    );
    for (typed, expected) in [
        ("２０２３／０７／０１", (2023, 7, 1)),
        ("2024.2.29", (2024, 2, 29)),
        (" 2023－7－1 ", (2023, 7, 1)),
    ] {
        let d = tic_selfcheck::rules::dates::CalendarDate::parse(typed).expect(typed);
        assert_eq!((d.year, d.month, d.day), expected, "{typed}");
    }
    for bad in ["2023-02-29", "2023-13-01", "23-07-01", "2023-07-01T00:00"] {
        let doc = format!(
            r#"{{"schema_version":1,"financials":{{"operating_history":{{"kind":"founded_on","date":"{bad}"}}}}}}"#
        );
        assert!(AnswersDocument::from_json(&doc).is_err(), "{bad}");
    }
}

#[test]
fn the_documented_example_imports_and_validates() {
    let doc = include_str!("../docs/answers-format.md");
    let start = doc.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("end of example");
    let example = &doc[start..end];
    let a = AnswersDocument::from_json(example).expect("the documented example imports");
    assert_eq!(a.answers.financials.years.len(), 3);
    assert!(schema().is_valid(&serde_json::from_str::<Value>(example).unwrap()));
}

#[test]
fn checklist_progress_validates_and_bad_progress_is_refused_by_both() {
    let v = schema();
    let mut a = AnswersDocument::from(enterprise([("300000000", "60000000", "60000000"); 3]));
    a.checklist.push(tic_selfcheck::rules::progress::Progress {
        item: "plan.budget_plan".into(),
        status: tic_selfcheck::rules::progress::Status::Ready,
        note: "预算已报董事会".into(),
    });
    let doc: Value = serde_json::from_str(&a.to_json()).unwrap();
    assert!(v.is_valid(&doc));
    assert_eq!(AnswersDocument::from_json(&doc.to_string()).unwrap(), a);
    for bad in [
        json!([{"item": "Plan Budget", "status": "ready"}]),
        json!([{"item": "plan.a", "status": "finished"}]),
        json!([{"item": "plan.a", "status": "ready", "note": "x".repeat(501)}]),
        json!([{"item": "plan.a", "status": "ready", "extra": 1}]),
    ] {
        let mut d = doc.clone();
        d["checklist"] = bad.clone();
        assert!(!v.is_valid(&d), "schema accepted {bad}");
        assert!(
            AnswersDocument::from_json(&d.to_string()).is_err(),
            "importer accepted {bad}"
        );
    }
}

#[test]
fn duplicate_and_excess_checklist_entries_are_refused() {
    let entry = |i: usize| json!({"item": format!("plan.item_{i}"), "status": "ready"});
    let dup = json!({"schema_version": 1, "checklist": [entry(1), entry(2), entry(1)]});
    assert!(matches!(
        AnswersDocument::from_json(&dup.to_string()),
        Err(e) if e.message(Lang::En).contains("is not a valid, unique item id")
    ));
    let many: Vec<Value> = (0..101).map(entry).collect();
    let doc = json!({"schema_version": 1, "checklist": many});
    assert!(AnswersDocument::from_json(&doc.to_string()).is_err());
    assert!(!schema().is_valid(&doc));
    let hundred: Vec<Value> = (0..100).map(entry).collect();
    let doc = json!({"schema_version": 1, "checklist": hundred});
    assert!(AnswersDocument::from_json(&doc.to_string()).is_ok());
    assert!(schema().is_valid(&doc));
}

/// A version 4 confirmation is read but not kept: it covered only the warnings of version 4,
/// and version 5 raises more (a figure too large for any applicant, the Art. 6 amounts). The
/// check page asks again; version 5 keeps its own.
#[test]
fn a_version_4_confirmation_is_not_carried_over() {
    let v = schema();
    let mut doc: Value = serde_json::from_str(&good_export()).unwrap();
    assert_eq!(doc["schema_version"], json!(5));
    doc["figures_confirmed"] = json!(true);
    assert!(v.is_valid(&doc));
    let read = AnswersDocument::from_json(&doc.to_string()).expect("imports");
    assert!(read.answers.figures_confirmed);
    doc["schema_version"] = json!(4);
    assert!(v.is_valid(&doc));
    let read = AnswersDocument::from_json(&doc.to_string()).expect("imports");
    assert!(!read.answers.figures_confirmed);
    // Still a boolean, as version 4 wrote it.
    doc["figures_confirmed"] = json!("yes");
    assert!(AnswersDocument::from_json(&doc.to_string()).is_err());
    assert!(!v.is_valid(&doc));
}
