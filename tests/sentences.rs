//! Every sentence template the tool writes, rendered in both languages with singular and plural
//! values: in English each sentence starts with a capital, a number agrees with its noun (“1
//! answer”, “3 answers”, never “1 fiscal years”), a figure's name agrees with its verb (“Total
//! R&D expenses … are”), and no verdict label is pasted into a sentence (“where it is Cannot
//! tell yet”). A template is a sentence when its English ends with a full stop, a question mark
//! or an exclamation mark; fragments put inside other sentences are checked inside them.
//!
//! Also: the discretion of Art. 6 (“可不考核” — the Commission *may* leave the R&D of the year
//! unexamined) is never stated as a rule in any text the tool writes.

use std::collections::BTreeMap;
use tic_selfcheck::rules::library::fill;
use tic_selfcheck::texts_file;

/// A value for each placeholder, singular and plural: what the code puts there, in kind. Counts
/// are 1 and 3; a figure's name is a singular noun (“Sales revenue in 2024”) and a plural one
/// (“Total R&D expenses in 2024”), with the verb and pronoun the code gives each; phrases the
/// code builds with their own agreement (“1 year”, “1 fiscal year”) are given as the code
/// builds them.
fn values(plural: bool) -> BTreeMap<&'static str, &'static str> {
    let pick = |one: &'static str, many: &'static str| if plural { many } else { one };
    let mut v: BTreeMap<&'static str, &'static str> = BTreeMap::new();
    for count in ["n", "count", "ready", "months"] {
        v.insert(count, pick("1", "3"));
    }
    v.insert(
        "figure",
        pick("Sales revenue in 2024", "Total R&D expenses in 2024"),
    );
    v.insert("is", pick("is", "are"));
    v.insert("that", pick("that", "those"));
    v.insert("time", pick("1 year", "2 years and 184 days"));
    v.insert("fiscal_years", pick("1 fiscal year", "2 fiscal years"));
    v.insert("years", pick("2024", "2022–2024"));
    v.insert(
        "fact",
        pick(
            "Sales revenue in 2024 is more than ten times that of 2023",
            "Total R&D expenses in 2024 are more than ten times those of 2023",
        ),
    );
    v.insert("question", "Is the enterprise registered in Beijing?");
    v.insert("answer", "Yes");
    v.insert("note", "(self-declared)");
    v.insert(
        "trial",
        "The guideline is a trial text and may be revised. ",
    );
    v.insert("since", "");
    v.insert("verdict", "is met");
    v.insert("verdict_by_time", "is met");
    v.insert("verdict_by_years", "cannot be decided yet");
    v.insert("place", "The file");
    v.insert(
        "list",
        "Sales revenue in 2024 is more than ten times that of 2023.",
    );
    v
}

/// Every text with its key, as `tic-texts.json` holds them, plus the first page's words (read
/// from their block in `src/words.rs`, `NAME = "中文",\n "English";`).
fn texts() -> Vec<(String, String, String)> {
    let mut all: Vec<(String, String, String)> = texts_file::all()
        .into_iter()
        .map(|(key, t)| (key, t.zh.to_string(), t.en.to_string()))
        .collect();
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/words.rs"))
        .expect("src/words.rs");
    let start = source
        .find("first_page_words! {\n")
        .expect("the first page's words");
    let block = &source[start..];
    let block = &block[..block.find("\n}").expect("a closed block")];
    // A Rust string literal starting at `text`'s first quote: its contents and what follows.
    fn literal(text: &str) -> Option<(String, &str)> {
        let open = text.find('"')?;
        let mut out = String::new();
        let mut chars = text[open + 1..].char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        out.push(escaped);
                    }
                }
                '"' => return Some((out, &text[open + 1 + i + 1..])),
                c => out.push(c),
            }
        }
        None
    }
    let mut first_page = 0;
    let mut rest = block;
    while let Some(at) = rest.find(" = \"") {
        let name = rest[..at]
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .next()
            .unwrap_or_default()
            .to_string();
        let Some((zh, after)) = literal(&rest[at..]) else {
            break;
        };
        let Some((en, after)) = literal(after) else {
            break;
        };
        all.push((format!("first_page.{name}"), zh, en));
        first_page += 1;
        rest = after;
    }
    assert!(
        first_page > 20,
        "found only {first_page} of the first page's words"
    );
    all
}

/// The plural forms of templates that come in pairs, chosen by the code by the number: checked
/// with the plural values only (their singular halves with the singular only).
const PLURAL_HALVES: [&str; 6] = [
    "say.years",
    "say.months",
    "say.days",
    "say.fiscal_years_count",
    "glance.declared",
    "glance.check_figures",
];
const SINGULAR_HALVES: [&str; 6] = [
    "say.year",
    "say.month",
    "say.day",
    "say.fiscal_year_count",
    "glance.declared_one",
    "glance.check_figure_one",
];

fn render(template: &str, plural: bool) -> String {
    let v = values(plural);
    let names: Vec<String> = tic_selfcheck::rules::library::placeholders(template)
        .into_iter()
        .map(str::to_string)
        .collect();
    let owned: Vec<(String, String)> = names
        .iter()
        .map(|n| {
            (
                n.clone(),
                v.get(n.as_str()).copied().unwrap_or("2024").to_string(),
            )
        })
        .collect();
    let pairs: Vec<(&str, &dyn std::fmt::Display)> = owned
        .iter()
        .map(|(n, value)| (n.as_str(), value as &dyn std::fmt::Display))
        .collect();
    fill(template, &pairs)
}

/// Nouns that take a plural after any number but 1.
const NOUNS: [&str; 9] = [
    "year",
    "month",
    "day",
    "fiscal year",
    "answer",
    "figure",
    "entry",
    "character",
    "item",
];

/// Whether `text` has `number` and `word` as words of their own: not inside a longer number, and
/// not followed by more of a word (“3-year”, “3 years” for “3 year”).
fn has_words(text: &str, number: &str, word: &str) -> bool {
    let needle = format!("{number} {word}");
    text.match_indices(&needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

fn agreement_problems(text: &str, plural: bool) -> Vec<String> {
    let mut problems = Vec::new();
    for noun in NOUNS {
        let many = if noun == "entry" {
            "entries".to_string()
        } else {
            format!("{noun}s")
        };
        if !plural && has_words(text, "1", &many) {
            problems.push(format!("“1 {many}”"));
        }
        if plural && has_words(text, "3", noun) {
            problems.push(format!("“3 {noun}”"));
        }
    }
    if plural && text.contains("Total R&D expenses in 2024 is ") {
        problems.push("“Total R&D expenses … is”".into());
    }
    if !plural && (text.contains("1 look ") || text.contains("1 look unlikely")) {
        problems.push("“1 look”".into());
    }
    for label in [
        "Met",
        "Not met",
        "Cannot tell yet",
        "Preliminarily eligible",
        "Not eligible",
    ] {
        for verb in ["is ", "are ", "it "] {
            let pasted = format!("{verb}{label}");
            if text.contains(&pasted) {
                problems.push(format!("a verdict label pasted in: “{pasted}”"));
            }
        }
    }
    problems
}

#[test]
fn every_english_sentence_starts_with_a_capital_and_agrees_in_number() {
    let mut problems = Vec::new();
    let mut sentences = 0;
    for (key, _, en) in texts() {
        for plural in [false, true] {
            if (plural && SINGULAR_HALVES.contains(&key.as_str()))
                || (!plural && PLURAL_HALVES.contains(&key.as_str()))
            {
                continue;
            }
            let text = render(&en, plural);
            let trimmed = text.trim_end();
            // A sentence ends with its mark and has words (“min.” is an abbreviation).
            let is_sentence =
                trimmed.ends_with(['.', '?', '!']) && trimmed.split_whitespace().count() >= 3;
            if is_sentence {
                sentences += 1;
                let first = trimmed.trim_start().chars().next().unwrap_or('A');
                if first.is_lowercase() {
                    problems.push(format!("{key}: starts in lower case: {trimmed}"));
                }
            }
            for p in agreement_problems(&text, plural) {
                problems.push(format!(
                    "{key} ({}): {p} in {text}",
                    if plural { "plural" } else { "singular" }
                ));
            }
        }
    }
    assert!(sentences > 300, "only {sentences} sentences rendered");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The checks above find what they look for: a template written the wrong way fails them.
#[test]
fn the_checks_catch_the_mistakes_they_look_for() {
    assert!(!agreement_problems("Figures to check: 1 look unlikely", false).is_empty());
    assert!(!agreement_problems("over the period's 1 fiscal years it is", false).is_empty());
    assert!(!agreement_problems("Self-declared (3 answer)", true).is_empty());
    assert!(!agreement_problems("Total R&D expenses in 2024 is more", true).is_empty());
    assert!(!agreement_problems("where it is Cannot tell yet.", false).is_empty());
    assert!(agreement_problems("a 3-year plan of 3 years", true).is_empty());
    assert!(render("{figure} {is} more than {that} of 2023.", true)
        .starts_with("Total R&D expenses in 2024 are more than those of"));
}

/// Art. 6: “可不考核依托单位当年研究开发费用” — the Commission *may* leave it unexamined. No text
/// of the tool's (the long texts, the first page's words) states the discretion as a rule:
/// every “不考核” keeps its “可”, and English says “may”.
#[test]
fn the_discretion_of_art_6_is_never_stated_as_a_rule() {
    let mut problems = Vec::new();
    let first_page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let mut all: Vec<(String, String, String)> = texts();
    all.push(("index.html".into(), first_page.clone(), first_page));
    for (key, zh, en) in &all {
        for (i, _) in zh.match_indices("不考核") {
            if !zh[..i].ends_with('可') {
                problems.push(format!("{key}: “不考核” without “可”"));
            }
        }
        let en_lower = en.to_lowercase();
        for rule in [
            "is not assessed",
            "are not assessed",
            "does not assess",
            "is not examined",
            "not examined",
            "is not checked",
            "does not check",
        ] {
            for (i, _) in en_lower.match_indices(rule) {
                let before = &en_lower[..i];
                if !before.ends_with("may be ") && !before.ends_with("may ") {
                    problems.push(format!("{key}: “{rule}”"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
