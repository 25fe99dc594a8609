//! Chinese written by the tool uses full-width punctuation, as official documents do (GB/T 15834):
//! no ASCII comma, colon, semicolon or parenthesis next to a Chinese character. Text quoted from
//! the guideline keeps the guideline's own punctuation, so a string (or a “quoted” part of one)
//! found word for word in the guideline is left alone.
//!
//! Four scans: every Chinese string literal in the source, every long text the browser loads,
//! everything the engine writes for every scenario (report and checklist), and what the command
//! line prints for every scenario with `--text` (the assessment and the plan).

mod common;

use common::{rust_files, scenarios};
use serde_json::Value;
use std::path::Path;
use tic_selfcheck::result::report::report;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::checklist::checklist;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::what_next::{describe_remedy, next_steps, remedies};

const GUIDELINE_SOURCE: &str = include_str!("../docs/guideline/jingkechuangfa-2024-143.md");

/// The guideline's words without the markdown's emphasis and line breaks.
fn guideline() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| GUIDELINE_SOURCE.replace("**", "").replace(['\n', '\r'], ""))
}

/// Quoted from the guideline: the whole text, or each of its sentences, is in the guideline.
fn from_guideline(text: &str) -> bool {
    let text = text.trim();
    guideline().contains(text)
        || text
            .split_inclusive('。')
            .all(|sentence| guideline().contains(sentence.trim()))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
        || "《》“”、".contains(c)
}

/// The spans of “quoted” text and 《titles》 that the guideline contains word for word.
fn quoted_from_guideline(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open = None;
    for (i, &c) in chars.iter().enumerate() {
        match (c, open) {
            ('“' | '《', _) => open = Some(i),
            ('”' | '》', Some(start)) => {
                let inner: String = chars[start + 1..i].iter().collect();
                if guideline().contains(&inner) {
                    spans.push((start, i));
                }
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// Each ASCII `,;:()?!` in `text` that has a Chinese character beside it, with its context.
fn half_width_next_to_chinese(text: &str) -> Vec<String> {
    if from_guideline(text) {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let quoted = quoted_from_guideline(&chars);
    let beside_chinese = |i: usize| {
        i.checked_sub(1).is_some_and(|j| is_cjk(chars[j]))
            || chars.get(i + 1).copied().is_some_and(is_cjk)
    };
    // A closing parenthesis belongs with its opening one: “(要求不低于 15%)” is one mark.
    let mut open_parens: Vec<(usize, bool)> = Vec::new();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !",;:()?!".contains(c) || quoted.iter().any(|&(a, b)| a < i && i < b) {
            continue;
        }
        let flagged = match c {
            '(' => {
                open_parens.push((i, beside_chinese(i)));
                beside_chinese(i)
            }
            ')' => match open_parens.pop() {
                Some((start, opened_beside)) => {
                    opened_beside
                        || beside_chinese(i)
                        || chars[start + 1..i].iter().any(|&c| is_cjk(c))
                }
                None => beside_chinese(i),
            },
            _ => beside_chinese(i),
        };
        if flagged {
            let from = i.saturating_sub(12);
            let to = (i + 12).min(chars.len());
            found.push(chars[from..to].iter().collect());
        }
    }
    found
}

/// Chinese text: more Chinese characters than Latin letters once `{placeholders}` are removed.
fn is_chinese(text: &str) -> bool {
    let mut cjk = 0;
    let mut latin = 0;
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ if in_placeholder => {}
            // Ideographs only: quotation marks alone do not make a message Chinese.
            '\u{4e00}'..='\u{9fff}' => cjk += 1,
            c if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    cjk > 0 && cjk >= latin
}

/// The string literals of a Rust file (plain `"…"` literals, which is all the sources use for text).
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let mut literals = Vec::new();
    for (number, line) in source.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let mut chars = line.chars().peekable();
        let mut current: Option<String> = None;
        while let Some(c) = chars.next() {
            match (&mut current, c) {
                (None, '"') => current = Some(String::new()),
                (None, '\'') => {
                    // A char literal such as '"' must not open a string.
                    let rest: String = chars.clone().take(3).collect();
                    if rest.starts_with("\"'") || rest.starts_with("\\\"") {
                        chars.nth(1);
                    }
                }
                (Some(s), '\\') => {
                    if let Some(next) = chars.next() {
                        s.push('\\');
                        s.push(next);
                    }
                }
                (Some(s), '"') => {
                    literals.push((number + 1, std::mem::take(s)));
                    current = None;
                }
                (Some(s), c) => s.push(c),
                (None, _) => {}
            }
        }
    }
    literals
}

fn report_problems(problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} half-width marks next to Chinese:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_scan_finds_half_width_marks_and_spares_quotations() {
    assert_eq!(half_width_next_to_chinese("自评日期:2025年").len(), 1);
    assert_eq!(half_width_next_to_chinese("是否良好?").len(), 1);
    assert_eq!(half_width_next_to_chinese("请核对!").len(), 1);
    assert!(half_width_next_to_chinese("是否良好？").is_empty());
    assert_eq!(
        half_width_next_to_chinese("增长0.00%(要求不低于15%)").len(),
        2
    );
    assert!(half_width_next_to_chinese("自评日期：2025年（含）").is_empty());
    assert!(half_width_next_to_chinese("例如1,234.56").is_empty());
    // Quoted from the guideline word for word: left as the guideline has it.
    assert!(half_width_next_to_chinese("属于“超过30亿元(含)”档").is_empty());
    // Quoted but not from the guideline: still checked.
    assert_eq!(half_width_next_to_chinese("称为“甲(乙)”").len(), 2);
    assert!(is_chinese("{years}年研究开发费用总额{rd}"));
    assert!(!is_chinese("Enter the number only (yuan, 万元 or 亿元)."));
}

#[test]
fn chinese_string_literals_in_the_source_use_full_width_punctuation() {
    let files = rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(files.len() > 40, "found {} source files", files.len());
    let mut problems = Vec::new();
    let mut scanned = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable source");
        for (line, literal) in string_literals(&source) {
            if !is_chinese(&literal) {
                continue;
            }
            scanned += 1;
            for hit in half_width_next_to_chinese(&literal) {
                problems.push(format!("{}:{line}: …{hit}…", file.display()));
            }
        }
    }
    assert!(scanned > 300, "scanned only {scanned} Chinese literals");
    report_problems(&problems);
}

#[test]
fn the_long_texts_use_full_width_punctuation_except_the_quoted_clauses() {
    let mut problems = Vec::new();
    for (key, text) in tic_selfcheck::texts_file::all() {
        // Clause texts are the guideline's own words, checked against it elsewhere.
        if key.starts_with("clause.") {
            continue;
        }
        for hit in half_width_next_to_chinese(text.zh) {
            problems.push(format!("{key}: …{hit}…"));
        }
    }
    report_problems(&problems);
}

fn chinese_strings(value: &Value, key: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "clause_text" {
                    continue;
                }
                if k == "zh" {
                    if let Some(s) = v.as_str() {
                        out.push(format!("{key}: {s}"));
                    }
                } else {
                    chinese_strings(v, k, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| chinese_strings(v, key, out)),
        _ => {}
    }
}

#[test]
fn everything_the_engine_writes_in_chinese_uses_full_width_punctuation() {
    let mut problems = Vec::new();
    let mut scanned = 0;
    for (path, scenario) in scenarios() {
        let answers = AnswersDocument::from_json(&scenario["answers"].to_string())
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
            .answers;
        let as_of = scenario["as_of"]
            .as_str()
            .and_then(CalendarDate::parse)
            .unwrap_or(CalendarDate::new(2025, 9, 1).unwrap());
        let assessment = assess(&answers, as_of);
        let mut texts = Vec::new();
        chinese_strings(&report(&assessment, &answers), "report", &mut texts);
        for amounts in [Amounts::Shown, Amounts::Hidden] {
            for item in checklist(&assessment, Lang::Zh, amounts) {
                texts.push(format!("{}: {} {}", item.id, item.title, item.guide));
            }
        }
        for (_, step) in next_steps(&assessment, Lang::Zh, Some("建设方案准备清单")) {
            texts.push(step);
        }
        for remedy in remedies(&assessment) {
            texts.push(describe_remedy(&remedy, assessment.rules, Lang::Zh));
        }
        // The plan for next year, with an expected revenue near and far from a band's bound.
        for expected in [
            rust_decimal_macros::dec!(950000000),
            rust_decimal_macros::dec!(0),
        ] {
            let planned = tic_selfcheck::rules::planner::plan(&answers, as_of, expected);
            texts.extend(tic_selfcheck::rules::planner::plan_sentences(
                &planned,
                assessment.rules,
                Lang::Zh,
            ));
        }
        for text in texts {
            scanned += 1;
            let (label, body) = text.split_once(": ").unwrap_or(("", &text));
            for hit in half_width_next_to_chinese(body) {
                problems.push(format!("{} {label}: …{hit}…", path.display()));
            }
        }
    }
    assert!(scanned > 1000, "scanned only {scanned} texts");
    problems.dedup();
    report_problems(&problems);
}

#[test]
fn the_chinese_paragraphs_of_the_readme_and_the_docs_use_full_width_punctuation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).expect("docs") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    let mut problems = Vec::new();
    let mut scanned = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        // A paragraph is a run of lines between blank lines; a Chinese one is joined without
        // breaks, as it reads. Code spans and link targets are not prose.
        for paragraph in text.split("\n\n") {
            let mut prose = paragraph.replace("**", "").replace('\n', "");
            while let Some(start) = prose.find('`') {
                let Some(len) = prose[start + 1..].find('`') else {
                    break;
                };
                prose.replace_range(start..start + len + 2, " ");
            }
            while let Some(start) = prose.find("](") {
                let Some(len) = prose[start..].find(')') else {
                    break;
                };
                prose.replace_range(start..start + len + 1, "]");
            }
            if !is_chinese(&prose) {
                continue;
            }
            scanned += 1;
            for hit in half_width_next_to_chinese(&prose) {
                problems.push(format!("{}: …{hit}…", file.display()));
            }
        }
    }
    assert!(scanned >= 25, "found only {scanned} Chinese paragraphs");
    report_problems(&problems);
}

/// What `tic-assess --text` prints in Chinese for every scenario, the assessment and the plan,
/// line by line (a line quoting the guideline's clause text is the guideline's).
#[test]
fn the_command_lines_chinese_text_uses_full_width_punctuation() {
    let scratch = std::env::temp_dir().join(format!("tic-punctuation-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let mut problems = Vec::new();
    let mut lines = 0;
    for (path, scenario) in scenarios() {
        let file = scratch.join(path.file_name().unwrap());
        std::fs::write(&file, scenario["answers"].to_string()).unwrap();
        let as_of = scenario["as_of"].as_str().unwrap_or("2025-09-01");
        let file = file.to_str().unwrap();
        for args in [
            vec!["--text", "--as-of", as_of, file],
            vec![
                "--plan",
                "--expected-revenue",
                "9.5亿",
                "--text",
                "--as-of",
                as_of,
                file,
            ],
        ] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_tic-assess"))
                .args(&args)
                .output()
                .expect("tic-assess runs");
            let text = String::from_utf8(out.stdout).expect("UTF-8");
            assert!(!text.trim().is_empty(), "{}: no output", path.display());
            for line in text.lines() {
                lines += 1;
                for hit in half_width_next_to_chinese(line) {
                    problems.push(format!("{} {:?}: …{hit}…", path.display(), args[0]));
                }
            }
        }
    }
    assert!(lines > 1000, "read only {lines} lines");
    problems.dedup();
    report_problems(&problems);
}
