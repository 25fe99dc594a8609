//! Runs every case in `tests/scenarios/*.json` through `assess` and through the `tic-assess`
//! command line, and checks the overall result, each condition's verdict and clause, the revenue
//! band, and the figures of the named findings (compared as decimals, so "0.10" equals "0.1").
//!
//! A scenario reads like a case of the guideline: a title in both languages, the clause it
//! exercises, the answers exactly as the app exports them, and the expected outcome worked out
//! by hand (`worked` shows the arithmetic).

use rust_decimal::Decimal;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/scenarios exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 20,
        "expected the scenario suite, found {}",
        files.len()
    );
    files
}

fn load(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable scenario");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Equal as decimals when both sides are decimal strings; an expected object names the members
/// it checks (the others may be anything); otherwise equal as JSON.
fn same(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::String(a), Value::String(e)) => {
            match (a.parse::<Decimal>(), e.parse::<Decimal>()) {
                (Ok(a), Ok(e)) => a == e,
                _ => a == e,
            }
        }
        (Value::Object(a), Value::Object(e)) => e
            .iter()
            .all(|(k, v)| a.get(k).is_some_and(|actual| same(actual, v))),
        _ => actual == expected,
    }
}

/// Checks an assessment (as the engine's JSON, or the report's, which has the same keys) against
/// a scenario's `expected` block. Returns every mismatch, so a failure shows all of them.
fn check(name: &str, actual: &Value, expected: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    if actual["overall"] != expected["overall"] {
        problems.push(format!(
            "{name}: overall {} (expected {})",
            actual["overall"], expected["overall"]
        ));
    }
    let conditions = actual["conditions"].as_array().cloned().unwrap_or_default();
    let find = |key: &str| {
        conditions
            .iter()
            .find(|c| c["condition"] == key)
            .cloned()
            .unwrap_or(Value::Null)
    };
    let expected_verdicts = expected["verdicts"].as_object().expect("verdicts");
    if expected_verdicts.len() != conditions.len() {
        problems.push(format!(
            "{name}: {} conditions assessed, {} expected",
            conditions.len(),
            expected_verdicts.len()
        ));
    }
    for (condition, verdict) in expected_verdicts {
        let c = find(condition);
        if &c["verdict"] != verdict {
            problems.push(format!(
                "{name}: {condition} is {} (expected {verdict})",
                c["verdict"]
            ));
        }
    }
    if let Some(clauses) = expected["clauses"].as_object() {
        for (condition, clause) in clauses {
            if &find(condition)["clause"] != clause {
                problems.push(format!(
                    "{name}: {condition} rests on {} (expected {clause})",
                    find(condition)["clause"]
                ));
            }
        }
    }
    if let Some(tier) = expected.get("tier") {
        let scale = &find("rd_intensity")["revenue_scale"];
        // The engine's JSON has the scale inline; the report nests it under "figures".
        let actual_tier = scale.get("figures").unwrap_or(scale)["tier"].clone();
        if &actual_tier != tier {
            problems.push(format!("{name}: band {actual_tier} (expected {tier})"));
        }
    }
    // The average annual revenue, as written (rounded down to the fen, from the exact value).
    if let Some(average) = expected.get("average_revenue") {
        let scale = &find("rd_intensity")["revenue_scale"];
        let actual_average = &scale.get("figures").unwrap_or(scale)["average_revenue"];
        if !same(actual_average, average) {
            problems.push(format!(
                "{name}: average revenue {actual_average} (expected {average})"
            ));
        }
    }
    // Words the scale's sentence must carry (the report's; the engine's JSON has none).
    for (lang, key) in [("zh", "scale_says_zh"), ("en", "scale_says_en")] {
        let message = &find("rd_intensity")["revenue_scale"]["message"][lang];
        for words in expected[key].as_array().into_iter().flatten() {
            let words = words.as_str().expect("words");
            if message.is_string() && !message.as_str().unwrap_or_default().contains(words) {
                problems.push(format!(
                    "{name}: the scale says {message} (expected {words})"
                ));
            }
        }
    }
    // Art. 6 path: what Art. 5(3) says about the figures, shown but not counted.
    if let Some(reference) = expected.get("reference") {
        let actual_reference = &actual["art5_3_reference"]["verdict"];
        if actual_reference != reference {
            problems.push(format!(
                "{name}: Art. 5(3) for reference is {actual_reference} (expected {reference})"
            ));
        }
    }
    // The figures that look unlikely: each expected kind is among them (with the unit it was
    // most likely meant in, when given); none when the list is empty.
    if let Some(wanted) = expected.get("unlikely_figures").and_then(Value::as_array) {
        let list = &actual["unlikely_figures"];
        // The engine's JSON lists them; the report nests them under "warnings".
        let found = list
            .get("warnings")
            .unwrap_or(list)
            .as_array()
            .cloned()
            .unwrap_or_default();
        if wanted.is_empty() && !found.is_empty() {
            problems.push(format!(
                "{name}: unlikely figures {found:?} (expected none)"
            ));
        }
        for w in wanted {
            let matches = found.iter().any(|f| {
                f["kind"] == w["kind"]
                    && w.get("meant").is_none_or(|m| &f["slip"]["meant"] == m)
                    && w.get("field").is_none_or(|x| &f["field"] == x)
                    && w.get("year").is_none_or(|x| &f["year"] == x)
            });
            if !matches {
                problems.push(format!("{name}: no unlikely figure {w} in {found:?}"));
            }
        }
    }
    // The confirmed figures a condition's verdict rests on, by kind.
    if let Some(confirmed) = expected.get("confirmed").and_then(Value::as_object) {
        for (condition, kinds) in confirmed {
            let c = find(condition);
            // The engine's JSON names them on the condition; the report under its own key.
            let named = c
                .get("confirmed_figures")
                .or_else(|| c.get("rests_on_confirmed_figures").map(|r| &r["warnings"]))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let actual_kinds: Vec<&Value> = named.iter().map(|w| &w["kind"]).collect();
            let wanted: Vec<&Value> = kinds.as_array().expect("kinds").iter().collect();
            if actual_kinds != wanted {
                problems.push(format!(
                    "{name}: {condition} rests on confirmed {actual_kinds:?} (expected {wanted:?})"
                ));
            }
        }
    }
    for wanted in expected["findings"].as_array().into_iter().flatten() {
        let condition = wanted["condition"].as_str().expect("finding condition");
        let code = &wanted["code"];
        let question = wanted.get("question");
        let findings = find(condition)["findings"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let Some(finding) = findings.iter().find(|f| {
            &f["reason"]["code"] == code && question.is_none_or(|q| &f["reason"]["question"] == q)
        }) else {
            problems.push(format!("{name}: no {code} finding under {condition}"));
            continue;
        };
        for (key, value) in wanted.as_object().expect("finding object") {
            let actual_value = match key.as_str() {
                "condition" | "code" => continue,
                "verdict" => &finding["verdict"],
                _ => &finding["reason"][key],
            };
            if !same(actual_value, value) {
                problems.push(format!(
                    "{name}: {condition}/{code} {key} = {actual_value} (expected {value})"
                ));
            }
        }
    }
    problems
}

#[test]
fn every_scenario_through_assess() {
    let mut problems = Vec::new();
    for path in scenario_files() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let scenario = load(&path);
        for key in ["title", "as_of", "clause", "answers", "expected"] {
            assert!(scenario.get(key).is_some(), "{name}: no {key}");
        }
        assert!(scenario["title"]["zh"].is_string() && scenario["title"]["en"].is_string());
        let answers = AnswersDocument::from_json(&scenario["answers"].to_string())
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
            .answers;
        let actual =
            serde_json::to_value(assess(&answers, as_of(&scenario))).expect("serialisable");
        problems.extend(check(&name, &actual, &scenario["expected"]));
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The date a scenario is assessed on: every case names it, so that it reads the same whatever
/// day the tests run.
fn as_of(scenario: &Value) -> CalendarDate {
    scenario["as_of"]
        .as_str()
        .and_then(CalendarDate::parse)
        .expect("as_of is a date")
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tic-assess-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path
}

fn tic_assess(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tic-assess"))
        .args(args)
        .output()
        .expect("tic-assess runs")
}

#[test]
fn every_scenario_through_the_command_line() {
    let mut problems = Vec::new();
    for path in scenario_files() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let scenario = load(&path);
        let answers_file = temp_file(&name, &scenario["answers"].to_string());
        let date = as_of(&scenario).to_string();
        let out = tic_assess(&["--as-of", &date, answers_file.to_str().unwrap()]);
        let expected_code = match scenario["expected"]["overall"].as_str() {
            Some("preliminarily_eligible") => 0,
            Some("not_eligible") => 1,
            Some("cannot_tell_yet") => 2,
            other => panic!("{name}: unknown overall {other:?}"),
        };
        if out.status.code() != Some(expected_code) {
            problems.push(format!(
                "{name}: exit {:?} (expected {expected_code}); stderr: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let report: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{name}: output is not JSON: {e}"));
        problems.extend(check(&name, &report, &scenario["expected"]));
        if report["as_of"] != scenario["as_of"] {
            problems.push(format!("{name}: the report is for {}", report["as_of"]));
        }
        // Every condition in the report carries its clause text and each finding its sentence.
        for c in report["conditions"].as_array().unwrap() {
            for lang in ["zh", "en"] {
                assert!(c["clause_text"][lang]
                    .as_str()
                    .is_some_and(|t| !t.is_empty()));
                for f in c["findings"].as_array().unwrap() {
                    assert!(f["message"][lang].as_str().is_some_and(|t| !t.is_empty()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
