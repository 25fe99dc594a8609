//! `tic-assess` as a person or a script uses it: exit codes, readable text in both languages,
//! standard input, and clear refusals of bad input (exit 3, nothing on standard output).

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tic-assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tic-assess starts");
    if let Some(input) = stdin {
        // A program that refuses its arguments may end before reading its input: a closed pipe
        // then is its answer, not the test's failure.
        if let Err(e) = child.stdin.take().unwrap().write_all(input.as_bytes()) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("tic-assess ends");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The date the scenarios are assessed on (`as_of` in each file).
const AS_OF: &str = "2025-09-01";

fn scenario_answers(name: &str) -> String {
    let path = format!("{}/tests/scenarios/{name}", env!("CARGO_MANIFEST_DIR"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["answers"].to_string()
}

#[test]
fn text_output_in_chinese_and_english() {
    let answers = scenario_answers("07-tier3-ratio-one-fen-short.json");
    let (code, out, _) = run(&["--text", "--as-of", AS_OF, "-"], Some(&answers));
    assert_eq!(code, Some(1));
    assert!(out.contains("总体结论：不符合"), "{out}");
    assert!(out.contains("按2025年9月1日的情况计算"), "{out}");
    assert!(out.contains("本结果由自评工具"), "{out}");
    assert!(!out.contains("jingkechuangfa"), "{out}");
    assert!(out.contains("当年度申报通知"), "{out}");
    assert!(out.contains("[✗ 不符合] 第五条第（三）项第3目"), "{out}");
    // One fen short, in 元 (not “0.01万元”, which would mean 100元), and past: the years
    // have ended.
    assert!(out.contains("当时差0.01元；2022—2024年度均已结束"), "{out}");
    let (code, out, _) = run(
        &["--text", "--lang", "en", "--as-of=2025-09-01", "-"],
        Some(&answers),
    );
    assert_eq!(code, Some(1));
    assert!(out.contains("Overall result: Not eligible"), "{out}");
    assert!(out.contains("[✗ Not met] Art. 5(3) item 3"), "{out}");
    assert!(out.contains("RMB 0.01 short"), "{out}");
}

#[test]
fn exit_codes_follow_the_overall_result() {
    for (file, code) in [
        ("01-tier1-at-3-billion-ratio-exactly-10pct.json", 0),
        ("17-safety-accident-fails-whatever-the-figures.json", 1),
        ("16-not-sure-answers.json", 2),
    ] {
        let (c, out, _) = run(&["--as-of", AS_OF, "-"], Some(&scenario_answers(file)));
        assert_eq!(c, Some(code), "{file}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["rules"]["guideline"], "京科创发〔2024〕143号");
        assert_eq!(v["rules"]["rule_set"], "jingkechuangfa-2024-143");
        assert_eq!(v["rules"]["in_force"], "2024-09-14");
        assert_eq!(v["as_of"], AS_OF);
        assert_eq!(v["tool_version"], env!("CARGO_PKG_VERSION"));
        assert!(v["rules"]["message"]["zh"]
            .as_str()
            .unwrap()
            .contains("当年度申报通知"));
    }
}

/// Without `--as-of` the date is today's: figures ending in 2024 are then out of date (the
/// tests run after 2025), and the same file that is eligible on 2025-09-01 cannot confirm
/// anything.
#[test]
fn the_date_decides_which_years_count() {
    let answers = scenario_answers("01-tier1-at-3-billion-ratio-exactly-10pct.json");
    let (code, out, _) = run(&["-"], Some(&answers));
    assert_eq!(code, Some(2), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_ne!(v["as_of"], AS_OF);
    let rd = &v["conditions"][2];
    assert_eq!(rd["findings"][0]["reason"]["code"], "outdated_fiscal_year");
    // In the audit window of 2026 the year before last still stands, with a caution.
    let (code, out, _) = run(&["--as-of", "2026-05-31", "-"], Some(&answers));
    assert_eq!(code, Some(0), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["fiscal_year"]["check"]["status"],
        "accounts_being_audited"
    );
    assert!(v["fiscal_year"]["message"]["zh"]
        .as_str()
        .unwrap()
        .contains("2025年的审计报告出具后"));
    let (code, _, _) = run(&["--as-of", "2026-06-01", "-"], Some(&answers));
    assert_eq!(code, Some(2));
}

#[test]
fn bad_input_exits_3_with_a_clear_message() {
    let cases: [(&[&str], Option<&str>, &str); 11] = [
        (&["--as-of", "2025-02-30", "x.json"], None, "real date"),
        (&["--as-of", "2024-09-13", "x.json"], None, "not in force"),
        (&["--as-of"], None, "needs a date"),
        (&["/no/such/file.json"], None, "无法读取文件"),
        (&["-"], Some("{\"schema_version\": 1, "), "文件已损坏"),
        (&["-"], Some("[1, 2, 3]"), "不是本工具保存的答案文件"),
        (&["-"], Some("{\"schema_version\": 99}"), "更新版本"),
        (
            &["-"],
            Some("{\"schema_version\": 1, \"pathh\": \"new_entity\"}"),
            "不认识的内容：文件中的“pathh”",
        ),
        (
            &["--lang", "en", "-"],
            Some(
                r#"{"schema_version":1,"financials":{"years":[{"year":2024,"rd_total":{"value":"-5","unit":"wan"}}]}}"#,
            ),
            "cannot be negative",
        ),
        (&["--frobnicate", "x.json"], None, "unknown option"),
        (&[], None, "no answers file"),
    ];
    for (args, stdin, message) in cases {
        let (code, out, err) = run(args, stdin);
        assert_eq!(code, Some(3), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn help_is_printed_in_the_chosen_language() {
    let (code, out, _) = run(&["--help"], None);
    assert_eq!(code, Some(0));
    assert!(out.contains("用法") && out.contains("退出码"));
    let (_, out, _) = run(&["--lang", "en", "--help"], None);
    assert!(out.contains("usage") && out.contains("Exit status"));
}

#[test]
fn an_export_with_checklist_progress_is_read_like_any_answers_file() {
    let mut v: serde_json::Value = serde_json::from_str(&scenario_answers(
        "01-tier1-at-3-billion-ratio-exactly-10pct.json",
    ))
    .unwrap();
    v["checklist"] = serde_json::json!([
        {"item": "plan.budget_plan", "status": "ready", "note": "已批准"},
        {"item": "procedure.partners", "status": "in_progress"}
    ]);
    let (code, out, err) = run(&["--text", "--as-of", AS_OF, "-"], Some(&v.to_string()));
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("总体结论：初步符合"), "{out}");
}

#[test]
fn the_plan_for_next_year_in_json_and_text() {
    let answers = scenario_answers("01-tier1-at-3-billion-ratio-exactly-10pct.json");
    let (code, out, _) = run(
        &[
            "--plan",
            "--expected-revenue",
            "9亿",
            "--as-of=2025-09-01",
            "-",
        ],
        Some(&answers),
    );
    assert_eq!(code, Some(0), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["plan"]["kind"], "art5");
    assert_eq!(json["plan"]["cheaper"]["route"], "growth");
    assert_eq!(json["plan"]["growth"]["yuan"], "330000000.00");
    assert!(json["message"]["zh"][1]
        .as_str()
        .unwrap()
        .contains("2025年研究开发费用至少43,500.00万元"));
    let (code, out, _) = run(
        &[
            "--plan",
            "--expected-revenue=900000000",
            "--text",
            "--lang",
            "en",
            "--as-of=2025-09-01",
            "-",
        ],
        Some(&answers),
    );
    assert_eq!(code, Some(0));
    assert!(
        out.contains("Either route is enough: last year's growth needs RMB 105,000,000.00 less R&D than the ratio, so the plan follows the growth."),
        "{out}"
    );
    // An existing enterprise's plan starts from this year's expected revenue: asked for.
    let (code, out, err) = run(&["--plan", "--as-of=2025-09-01", "-"], Some(&answers));
    assert_eq!(code, Some(3), "{out}");
    assert!(err.contains("--plan 需要 --expected-revenue 金额"), "{err}");
    let (code, _, err) = run(
        &["--plan", "--expected-revenue", "lots", "-"],
        Some(&answers),
    );
    assert_eq!(code, Some(3));
    assert!(err.contains("--expected-revenue needs an amount"), "{err}");
}

/// Item 10 of issue 25: `--plan --expected-revenue 15` (meant 15亿) is not planned on 15元: it
/// exits 4 with the reason and how to confirm it; confirmed, the plan is written (exit 0). A file
/// whose unlikely figures are unconfirmed waits too.
#[test]
fn a_plan_on_figures_to_check_exits_4() {
    let answers = scenario_answers("01-tier1-at-3-billion-ratio-exactly-10pct.json");
    let (code, out, err) = run(
        &[
            "--plan",
            "--expected-revenue",
            "15",
            "--text",
            "--as-of",
            AS_OF,
            "-",
        ],
        Some(&answers),
    );
    assert_eq!(code, Some(4), "{out}{err}");
    assert!(
        out.contains("没有写单位") && out.contains("看起来缺少单位"),
        "{out}"
    );
    assert!(err.contains("--confirm-expected-revenue"), "{err}");
    let (code, out, _) = run(
        &[
            "--plan",
            "--expected-revenue",
            "15",
            "--confirm-expected-revenue",
            "--text",
            "--as-of",
            AS_OF,
            "-",
        ],
        Some(&answers),
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("下一轮申报"), "{out}");
    let slipped = scenario_answers("77-a-year-typed-in-yuan-into-the-wan-field-cannot-tell.json");
    let (code, out, _) = run(
        &[
            "--plan",
            "--expected-revenue",
            "14亿",
            "--as-of",
            AS_OF,
            "-",
        ],
        Some(&slipped),
    );
    assert_eq!(code, Some(4), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["plan"]["kind"], "waits_for_figures");
    let (code, _, err) = run(&["--confirm-expected-revenue", "-"], Some(&answers));
    assert_eq!(code, Some(3));
    assert!(err.contains("goes with --plan"), "{err}");
}

/// A newly founded entity's plan (Art. 6) needs no expected revenue, and states Art. 5(4)'s
/// amount as the assessment does: one amount, on one basis, everywhere (issue 25, item 7).
#[test]
fn the_plan_of_a_new_entity_needs_no_expected_revenue_and_gives_the_results_amount() {
    let mut answers: serde_json::Value = serde_json::from_str(&scenario_answers(
        "15-new-entity-without-a-complete-year.json",
    ))
    .unwrap();
    answers["planned_domestic_average_annual_rd"]["value"] = "2800".into();
    let answers = answers.to_string();
    let (code, out, err) = run(&["--plan", "--as-of=2025-09-01", "-"], Some(&answers));
    assert_eq!(code, Some(0), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["plan"]["kind"], "art6", "{out}");
    assert_eq!(json["expected_revenue"], serde_json::Value::Null);
    let plan = json["message"]["zh"].to_string();
    // Already eligible: the plan says what it is for, and asks nothing of next year.
    assert!(plan.contains("本次自评已初步符合"), "{plan}");
    assert!(
        plan.contains("是未来3年合计的占比，不是每年的下限")
            && plan.contains("年均至少1,800.00万元"),
        "{plan}"
    );
    let (_, result, _) = run(&["--text", "--as-of=2025-09-01", "-"], Some(&answers));
    assert!(result.contains("境内部分至少应为1,800.00万元"), "{result}");
    // Confirming an expected revenue that was not given makes no sense.
    let (code, _, err) = run(
        &["--plan", "--confirm-expected-revenue", "-"],
        Some(&answers),
    );
    assert_eq!(code, Some(3));
    assert!(err.contains("goes with --expected-revenue"), "{err}");
}

/// `--plan` for an applicant that chose Art. 6 but operated through the last 3 years: the Art. 5
/// plan, and the reason, not the Art. 6 commitment (issue 17, item 8).
#[test]
fn the_plan_of_an_art6_applicant_that_is_not_new_is_art5s() {
    let answers = scenario_answers("25-art6-chosen-by-an-enterprise-with-three-full-years.json");
    let (code, out, _) = run(
        &[
            "--plan",
            "--expected-revenue",
            "5亿",
            "--as-of=2025-09-01",
            "-",
        ],
        Some(&answers),
    );
    assert_eq!(code, Some(0), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["plan"]["kind"], "art5", "{out}");
    assert_eq!(
        json["plan"]["art6_not_open"]["why"],
        "operated_through_period"
    );
    let zh = json["message"]["zh"][0].as_str().unwrap();
    assert!(
        zh.contains("第六条不适用；以下按现有企业适用的第五条第（三）项、第（四）项测算"),
        "{zh}"
    );
}

/// `--outline` writes the construction-plan outline, a zip, on standard output; the same bytes
/// as the library writes (the native outline tests read those); exit 0 whatever the verdict.
#[test]
fn outline_writes_a_word_document_to_standard_output() {
    let answers = scenario_answers("07-tier3-ratio-one-fen-short.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tic-assess"))
        .args(["--outline", "--lang", "en", "--as-of", AS_OF, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        &out.stdout[..4],
        b"PK\x03\x04",
        "a zip starts with a local header"
    );
    assert!(out.stdout.len() > 20_000);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("word/document.xml"));
    assert!(text.contains("1. Overall goal"));
    assert!(text.contains("RMB "), "amounts shown by default");
}

#[test]
fn outline_options_are_refused_where_they_do_not_belong() {
    let answers = scenario_answers("07-tier3-ratio-one-fen-short.json");
    for args in [
        &["--without-amounts", "-"][..],
        &["--outline", "--text", "-"][..],
        &["--outline", "--plan", "--expected-revenue", "1亿", "-"][..],
    ] {
        let (code, out, err) = run(args, Some(&answers));
        assert_eq!(code, Some(3), "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert!(
            err.contains("--outline") || err.contains("--without-amounts"),
            "{err}"
        );
    }
}
