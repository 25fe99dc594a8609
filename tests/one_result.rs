//! One result, told the same way everywhere (issue 26): the same answers files — eligible, not
//! eligible, cannot tell, a new entity, a confirmed slip, a figure one fen under a band —
//! rendered as the text report and the JSON report hold the result document's sections in the
//! same order, under the same headings, with the same amounts and the same verdicts; the
//! outline's text carries the result's first part (verdict, summary, table at a glance,
//! figures, open points) in the same words. The typography of an official document holds in
//! every Chinese rendering.

mod common;

use common::paragraphs;
use tic_selfcheck::result::outline::{outline_docx, OutlineInput};
use tic_selfcheck::result::report::report;
use tic_selfcheck::result::{build, text, Block, ResultDocument, ResultInput, SectionId};
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::outcome::{Assessment, Overall};

const CASES: [(&str, Overall); 6] = [
    (
        "01-tier1-at-3-billion-ratio-exactly-10pct",
        Overall::PreliminarilyEligible,
    ),
    ("07-tier3-ratio-one-fen-short", Overall::NotEligible),
    (
        "08-founded-mid-2023-band-depends-on-the-average-cannot-tell",
        Overall::CannotTellYet,
    ),
    (
        "13-new-entity-commitment-exactly-20-million",
        Overall::PreliminarilyEligible,
    ),
    (
        "78-the-same-slip-confirmed-is-judged-and-marked",
        Overall::PreliminarilyEligible,
    ),
    (
        "70-average-one-fen-under-30-billion-shows-under-it",
        Overall::PreliminarilyEligible,
    ),
];

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

fn case(name: &str) -> (AnswersDocument, Assessment) {
    let path = format!("{}/tests/scenarios/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let document = AnswersDocument::from_json(&v["answers"].to_string()).unwrap();
    let as_of = CalendarDate::parse(v["as_of"].as_str().unwrap()).unwrap();
    let assessment = assess(&document.answers, as_of);
    (document, assessment)
}

fn document(d: &AnswersDocument, a: &Assessment, lang: Lang) -> ResultDocument {
    build(&ResultInput {
        assessment: a,
        answers: &d.answers,
        organisation: "",
        filled_by: "",
        lang,
        amounts: Amounts::Shown,
    })
}

/// The text of the outline's `word/document.xml`, a paragraph a line. The package stores its
/// parts uncompressed, one after another.
fn outline_text(d: &AnswersDocument, a: &Assessment, lang: Lang) -> String {
    let bytes = outline_docx(&OutlineInput::of_document(d, a), lang, Amounts::Shown);
    let mut at = 0;
    let u16_at = |i: usize| usize::from(u16::from_le_bytes([bytes[i], bytes[i + 1]]));
    let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
    while u32_at(at) == 0x0403_4b50 {
        let size = u32_at(at + 18);
        let name_len = u16_at(at + 26);
        let data_at = at + 30 + name_len + u16_at(at + 28);
        let name = std::str::from_utf8(&bytes[at + 30..at + 30 + name_len]).unwrap();
        if name == "word/document.xml" {
            let xml = std::str::from_utf8(&bytes[data_at..data_at + size]).unwrap();
            return paragraphs(xml).join("\n");
        }
        at = data_at + size;
    }
    panic!("no word/document.xml");
}

/// Every amount written in `text`: “12,345.68万元”, “0.01元”, “RMB 1,234.00”.
fn amounts(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let number = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !number(chars[i - 1])) {
            let start = i;
            while i < chars.len() && number(chars[i]) {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
            let before: String = chars[start.saturating_sub(4)..start].iter().collect();
            if rest == "万元" || rest.starts_with('元') {
                let unit = if rest == "万元" { "万元" } else { "元" };
                found.push(format!("{digits}{unit}"));
            } else if before == "RMB " {
                found.push(format!("RMB {digits}"));
            }
        } else {
            i += 1;
        }
    }
    found
}

const ALL: [SectionId; 8] = [
    SectionId::Overall,
    SectionId::Glance,
    SectionId::Figures,
    SectionId::Open,
    SectionId::Conditions,
    SectionId::Reference,
    SectionId::Next,
    SectionId::Version,
];

/// The sections whose words the outline's self-check carries.
const OUTLINE_HOLDS: [SectionId; 4] = [
    SectionId::Overall,
    SectionId::Glance,
    SectionId::Figures,
    SectionId::Open,
];

/// All the text of the blocks of the document's sections `ids`.
fn block_texts(doc: &ResultDocument, ids: &[SectionId]) -> Vec<String> {
    let mut texts = Vec::new();
    for section in doc.sections.iter().filter(|s| ids.contains(&s.id)) {
        for block in &section.blocks {
            match block {
                Block::Verdict { label } => texts.push(label.clone()),
                Block::Paragraph { text, .. } => texts.push(text.clone()),
                Block::List { items, .. } => texts.extend(items.iter().map(|i| i.text.clone())),
                Block::Table { rows, .. } => texts.extend(rows.iter().flatten().cloned()),
                Block::Pairs(pairs) => texts.extend(pairs.iter().map(|(_, v)| v.clone())),
                Block::Glance { rows, .. } => {
                    for row in rows {
                        texts.push(row.verdict_label.to_string());
                        texts.extend(row.figures.iter().map(|(_, k)| k.text.clone()));
                        // “—” (no gap on any line) is the table's; the text says nothing.
                        texts.extend(
                            row.gaps()
                                .iter()
                                .filter(|(_, g)| !g.is_empty() && *g != "—")
                                .map(|(_, g)| g.to_string()),
                        );
                    }
                }
                Block::Card(card) => {
                    texts.push(format!("{} {}", card.citation, card.title));
                    texts.push(card.verdict_label.to_string());
                    texts.extend(card.scale.clone());
                    texts.extend(card.confirmed.clone());
                    texts.extend(card.findings.iter().map(|f| f.text.clone()));
                }
            }
        }
    }
    texts
}

/// The positions of `headings` in `text`, each found after the one before.
fn in_order(text: &str, headings: &[&str], rendering: &str) {
    let mut from = 0;
    for heading in headings {
        let at = text[from..]
            .find(&format!("\n{heading}"))
            .unwrap_or_else(|| panic!("{rendering}: “{heading}” missing or out of order"));
        from += at + 1;
    }
}

#[test]
fn the_text_report_the_json_report_and_the_outline_tell_one_result() {
    for (name, overall) in CASES {
        let (d, a) = case(name);
        assert_eq!(a.overall, overall, "{name}");
        let json = report(&a, &d.answers);
        for lang in [Lang::Zh, Lang::En] {
            let doc = document(&d, &a, lang);
            let text = text::render(&doc);
            let outline = outline_text(&d, &a, lang);
            let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading).collect();
            // The same sections, in the same order, under the same headings.
            in_order(&text, &headings, &format!("{name} text {lang:?}"));
            let sections = json["sections"].as_array().unwrap();
            assert_eq!(sections.len(), doc.sections.len(), "{name}");
            for (s, j) in doc.sections.iter().zip(sections) {
                assert_eq!(j["id"], s.id.key(), "{name}");
                assert_eq!(j["heading"][code(lang)], s.heading, "{name}");
            }
            assert_eq!(json["text"][code(lang)], text, "{name}: the JSON's text");
            // The same verdicts.
            assert_eq!(
                json["overall_label"][code(lang)],
                *doc.sections[0]
                    .blocks
                    .iter()
                    .find_map(|b| match b {
                        Block::Verdict { label } => Some(label),
                        _ => None,
                    })
                    .unwrap(),
                "{name}"
            );
            // Every sentence and amount of the document, in the text report.
            for block in block_texts(&doc, &ALL) {
                for amount in amounts(&block) {
                    assert!(
                        text.contains(&amount),
                        "{name} {lang:?}: text lacks {amount}"
                    );
                }
                assert!(
                    text.contains(&block),
                    "{name} {lang:?}: text lacks “{block}”"
                );
            }
            // The outline carries the result's first part (the verdict and what it means, the
            // table at a glance, the figures, what is still open) in the same words.
            for block in block_texts(&doc, &OUTLINE_HOLDS) {
                assert!(
                    outline.contains(&block),
                    "{name} {lang:?}: outline lacks “{block}”"
                );
            }
        }
    }
}

/// A figure one fen under 30亿 is shown as typed: three rows shown as 300,000.00万元 would add
/// up to the band it is not in.
#[test]
fn a_figure_one_fen_under_a_band_is_shown_as_typed() {
    let (d, a) = case("70-average-one-fen-under-30-billion-shows-under-it");
    for lang in [Lang::Zh, Lang::En] {
        let text = text::render(&document(&d, &a, lang));
        let outline = outline_text(&d, &a, lang);
        let typed = match lang {
            Lang::Zh => "299,999.999999万元",
            Lang::En => "RMB 2,999,999,999.99",
        };
        assert!(text.contains(typed), "{text}");
        assert!(outline.contains(typed), "{outline}");
    }
}

/// Chinese as an official document writes it, in every Chinese rendering: dates in words,
/// ranges of years with the 一字线, no space between a Chinese character and a number, one
/// term for the self-check, no identifier of the code.
#[test]
fn every_chinese_rendering_is_typeset_as_an_official_document() {
    for (name, _) in CASES {
        let (d, a) = case(name);
        let json = report(&a, &d.answers);
        let mut renderings = vec![
            ("text", text::render(&document(&d, &a, Lang::Zh))),
            ("outline", outline_text(&d, &a, Lang::Zh)),
        ];
        let mut strings = Vec::new();
        collect_zh(&json, false, &mut strings);
        renderings.push(("json", strings.join("\n")));
        for (rendering, text) in renderings {
            let chars: Vec<char> = text.chars().collect();
            for (i, w) in chars.windows(3).enumerate() {
                assert!(
                    !(w[0].is_ascii_digit() && w[1] == '–' && w[2].is_ascii_digit()),
                    "{name} {rendering}: an en dash between years at {i}"
                );
            }
            // No space between a Chinese character and a number (GB/T 15834 usage in prose).
            let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
            for (i, w) in chars.windows(3).enumerate() {
                let spaced = w[1] == ' '
                    && ((cjk(w[0]) && w[2].is_ascii_digit())
                        || (w[0].is_ascii_digit() && cjk(w[2])));
                assert!(
                    !spaced,
                    "{name} {rendering}: a space between Chinese and a number at {i}: {}",
                    chars[i.saturating_sub(20)..(i + 20).min(chars.len())]
                        .iter()
                        .collect::<String>()
                );
            }
            for w in chars.windows(5) {
                let iso = w[0..4].iter().all(char::is_ascii_digit) && w[4] == '-';
                assert!(!iso, "{name} {rendering}: a date written YYYY-MM-DD");
            }
            for word in ["自查", "jingkechuangfa", "市科委、中关村管委会", "贵单位"]
            {
                assert!(!text.contains(word), "{name} {rendering}: {word}");
            }
            if rendering != "json" {
                assert_eq!(
                    text.matches("总体结论").count(),
                    1,
                    "{name} {rendering}: the overall verdict, once"
                );
            }
        }
    }
}

/// The Chinese sentences of a JSON report (the `zh` members).
fn collect_zh(v: &serde_json::Value, zh: bool, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if zh => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_zh(i, zh, out)),
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                collect_zh(value, zh || key == "zh", out);
            }
        }
        _ => {}
    }
}
