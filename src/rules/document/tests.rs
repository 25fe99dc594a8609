//! The answers document read and written: every kind of refusal, and what a file may and may
//! not say.

use super::*;
use crate::rules::lang::Lang;
use crate::rules::money::Unit;
use crate::rules::questions::{Answer, ApplicantPath, Question};

fn with_rd_total(money: &str) -> String {
    format!(
        r#"{{"schema_version":1,"financials":{{"years":[{{"year":2023,"rd_total":{money}}}]}}}}"#
    )
}

/// What the technical detail says of a refused document, in English.
fn detail(doc: &str) -> String {
    match AnswersDocument::from_json(doc) {
        Err(e @ (ImportError::Invalid { .. } | ImportError::UnknownMember { .. })) => {
            e.message(Lang::En)
        }
        other => panic!("{doc}: {other:?}"),
    }
}

#[test]
fn money_is_a_decimal_string_with_a_unit() {
    let a =
        AnswersDocument::from_json(&with_rd_total(r#"{"value":"1,234.5","unit":"wan"}"#)).unwrap();
    let m = a.answers.financials.years[0].rd_total.unwrap();
    assert_eq!(m.yuan(), rust_decimal_macros::dec!(12345000));
    assert!(a.to_json().contains("\"value\": \"1234.5\",\n"));
    for (money, says) in [
        (
            r#"{"value":1234.5,"unit":"wan"}"#,
            "financials.years[0].rd_total.value: must be a string, not a number",
        ),
        (
            r#"{"value":"-1","unit":"wan"}"#,
            "financials.years[0].rd_total.value: “-1”",
        ),
        (
            r#"{"value":"","unit":"wan"}"#,
            "financials.years[0].rd_total.value: “”",
        ),
        (
            r#"{"value":"1","unit":"usd"}"#,
            "financials.years[0].rd_total.unit: is “usd”, which is not one of: yuan, wan, yi",
        ),
        (
            r#"{"value":"1"}"#,
            "financials.years[0].rd_total.unit: is missing",
        ),
        (
            r#"{"value":"1","unit":"wan","note":""}"#,
            "financials.years[0].rd_total.note: this version's answers file has no such member",
        ),
    ] {
        let d = detail(&with_rd_total(money));
        assert!(d.starts_with(says), "{money}: {d}");
    }
}

#[test]
fn errors_name_the_place() {
    for (doc, says) in [
        (
            r#"{"schema_version":1,"declarations":{"good_credit":"maybe"}}"#,
            "declarations.good_credit: is “maybe”, which is not one of: yes, no, not_sure",
        ),
        (
            r#"{"schema_version":1,"declarations":{"is_nice":"yes"}}"#,
            "declarations.is_nice: this version's answers file has no such member",
        ),
        (
            r#"{"schema_version":1,"financials":{"years":{"2022":{}}}}"#,
            "financials.years: must be an array, not an object",
        ),
        (
            r#"{"schema_version":1,"financials":{"years":[{"year":"2022"}]}}"#,
            "financials.years[0].year: must be a whole number, not a string",
        ),
        (
            r#"{"schema_version":1,"financials":{"years":[{"year":2022.0}]}}"#,
            "financials.years[0].year: must be a whole number in range, not 2022.0",
        ),
        (
            r#"{"schema_version":1,"financials":{"years":[{}]}}"#,
            "financials.years[0].year: is missing",
        ),
        (
            r#"{"schema_version":1,"checklist":[{"item":"plan.a"}]}"#,
            "checklist[0].status: is missing",
        ),
        (
            r#"{"schema_version":1,"financials":{"operating_history":{"kind":"founded_on"}}}"#,
            "financials.operating_history: is of kind “founded_on”; it must be",
        ),
        (
            r#"{"schema_version":"1"}"#,
            "schema_version: must be a whole number, not a string",
        ),
        (
            r#"{"schema_version":1.5}"#,
            "schema_version: must be a whole number in range, not 1.5",
        ),
    ] {
        let d = detail(doc);
        assert!(d.starts_with(says), "{doc}: {d}");
    }
}

#[test]
fn syntax_errors_say_where() {
    match AnswersDocument::from_json("{\n  \"schema_version\": 1,\n}") {
        Err(e @ ImportError::NotJson(_)) => {
            assert_eq!(
                e.message(Lang::En),
                "Line 3, column 1: a member name in double quotes was expected."
            );
            assert_eq!(
                e.message(Lang::Zh),
                "第3行第1列：缺少成员名（应为用双引号括起的名称）"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        AnswersDocument::from_json("[1]"),
        Err(ImportError::NotAnswers)
    );
    assert_eq!(
        AnswersDocument::from_json("{}"),
        Err(ImportError::NotAnswers)
    );
}

/// The CLI report (serde) names paths, questions and answers as the document does.
#[test]
fn the_report_uses_the_document_names() {
    for p in ApplicantPath::ALL {
        assert_eq!(serde_json::to_value(p).unwrap(), p.key());
    }
    for q in Question::ALL {
        assert_eq!(serde_json::to_value(q).unwrap(), q.key());
    }
    for a in Answer::ALL {
        assert_eq!(serde_json::to_value(a).unwrap(), a.key());
    }
    for u in Unit::ALL {
        assert_eq!(serde_json::to_value(u).unwrap(), u.key());
    }
}

#[test]
fn years_are_read_in_year_order() {
    let doc = r#"{"schema_version":2,"financials":{"years":[
        {"year":2024,"rd_total":{"value":"3","unit":"wan"}},
        {"year":2022,"rd_total":{"value":"1","unit":"wan"}},
        {"year":2023}]}}"#;
    let years: Vec<i32> = AnswersDocument::from_json(doc)
        .unwrap()
        .answers
        .financials
        .years
        .iter()
        .map(|y| y.year)
        .collect();
    assert_eq!(years, [2022, 2024]);
}

#[test]
fn null_is_absent() {
    let doc = r#"{"schema_version":1,"path":null,"declarations":{"good_credit":null},
        "financials":{"latest_fiscal_year":null,"years":[{"year":2023,"rd_total":null}]},
        "committed_average_annual_rd":null,"checklist":null}"#;
    let a = AnswersDocument::from_json(doc).unwrap().answers;
    assert_eq!(a.path, None);
    assert!(a.declarations.is_empty());
    // A year listed with no figure says nothing, and is not kept.
    assert!(a.financials.years.is_empty());
}
