//! The outline as a document a manager writes the plan in (issue 27, the part the first-load
//! budget allows), read with `roxmltree` rather than the writer's own code: styles that give
//! body text after a heading or a place to write; the tool's guidance in a style of its own;
//! the plan's body first (a cover without a page number, a contents field, the nine parts) and
//! the self-check as annexes on pages of their own; columns wide enough for their longest word,
//! number or verdict; no English in the Chinese outline.

mod common;
use common::ELEMENTS_ZH;

use roxmltree::{Document as Xml, Node};
use tic_selfcheck::result::outline::{outline, OutlineInput};
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::lang::Lang;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const FIXTURE: &str = include_str!("outline/answers-with-notes.json");

fn as_of() -> CalendarDate {
    CalendarDate::new(2025, 9, 1).unwrap()
}

fn scenario(name: &str) -> AnswersDocument {
    let path = format!("{}/tests/scenarios/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    AnswersDocument::from_json(&v["answers"].to_string()).unwrap()
}

/// The parts of the outline of `document`, by name.
fn outline_parts(
    document: &AnswersDocument,
    lang: Lang,
    amounts: Amounts,
) -> Vec<(&'static str, String)> {
    let assessment = assess(&document.answers, as_of());
    outline(
        &OutlineInput::of_document(document, &assessment),
        lang,
        amounts,
    )
    .parts()
}

fn part<'a>(parts: &'a [(&'static str, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| *n == name).unwrap().1
}

fn val<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

/// A paragraph's style id (`Normal` when it names none).
fn style_of(p: Node) -> String {
    child(p, "pPr")
        .and_then(|ppr| child(ppr, "pStyle"))
        .and_then(val)
        .unwrap_or("Normal")
        .to_string()
}

fn text_of(node: Node) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .filter_map(|n| n.text())
        .collect()
}

/// The body's paragraphs and tables in order (not the paragraphs inside tables).
fn blocks<'a, 'i>(xml: &'a Xml<'i>) -> Vec<Node<'a, 'i>> {
    let body = xml
        .descendants()
        .find(|n| n.has_tag_name((W, "body")))
        .unwrap();
    body.children()
        .filter(|n| n.has_tag_name((W, "p")) || n.has_tag_name((W, "tbl")))
        .collect()
}

fn rows(table: Node) -> Vec<Vec<String>> {
    table
        .children()
        .filter(|n| n.has_tag_name((W, "tr")))
        .map(|tr| {
            tr.children()
                .filter(|n| n.has_tag_name((W, "tc")))
                .map(|tc| {
                    tc.children()
                        .filter(|n| n.has_tag_name((W, "p")))
                        .map(text_of)
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_heading_and_placeholder_style_gives_body_text_after_it() {
    for lang in [Lang::Zh, Lang::En] {
        let document = AnswersDocument::from_json(FIXTURE).unwrap();
        let parts = outline_parts(&document, lang, Amounts::Shown);
        let styles = Xml::parse(part(&parts, "word/styles.xml")).unwrap();
        let paragraph_styles: Vec<Node> = styles
            .descendants()
            .filter(|n| {
                n.has_tag_name((W, "style")) && n.attribute((W, "type")) == Some("paragraph")
            })
            .collect();
        for style in &paragraph_styles {
            let id = style.attribute((W, "styleId")).unwrap();
            let next = child(*style, "next").and_then(val);
            match id {
                "Normal" | "TableText" => assert_eq!(next, None, "{id}"),
                "TableHeading" => assert_eq!(next, Some("TableText")),
                _ => assert_eq!(next, Some("Normal"), "{lang:?}: {id}'s next style"),
            }
        }
        for needed in [
            "Heading1",
            "Heading1Page",
            "Heading2",
            "Title",
            "Subtitle",
            "Guidance",
            "TOC1",
        ] {
            assert!(
                paragraph_styles
                    .iter()
                    .any(|s| s.attribute((W, "styleId")) == Some(needed)),
                "{needed}"
            );
        }
        // Each part's place to write is in the placeholder style, whose next style is the
        // body's: Enter after it gives body text.
        let body = Xml::parse(part(&parts, "word/document.xml")).unwrap();
        let prompts: Vec<Node> = body
            .descendants()
            .filter(|n| n.has_tag_name((W, "p")))
            .filter(|p| {
                text_of(*p).starts_with(if lang == Lang::Zh {
                    "（请在此填写"
                } else {
                    "(Write the"
                })
            })
            .collect();
        assert_eq!(prompts.len(), 9);
        assert!(prompts.iter().all(|p| style_of(*p) == "FillIn"));
        assert!(paragraph_styles
            .iter()
            .any(|s| s.attribute((W, "styleId")) == Some("FillIn")));
    }
}

#[test]
fn the_guidance_is_in_a_style_of_its_own_and_the_cover_says_how_to_remove_it() {
    for (lang, leads, style_name) in [
        (
            Lang::Zh,
            ["指引原文", "编写要点", "准备清单进度", "使用说明"],
            "编写提示（不属于方案正文）",
        ),
        (
            Lang::En,
            [
                "The guideline",
                "What to cover",
                "Checklist: ",
                "How to use this file",
            ],
            "Guidance (not part of the plan)",
        ),
    ] {
        let document = AnswersDocument::from_json(FIXTURE).unwrap();
        let parts = outline_parts(&document, lang, Amounts::Shown);
        let styles = part(&parts, "word/styles.xml");
        assert!(styles.contains(&format!(
            "w:styleId=\"Guidance\"><w:name w:val=\"{style_name}\"/>"
        )));
        let xml = Xml::parse(part(&parts, "word/document.xml")).unwrap();
        let all = blocks(&xml);
        let first_annex = all
            .iter()
            .position(|n| {
                style_of(*n) == "Heading1Page"
                    && text_of(*n).starts_with(if lang == Lang::Zh {
                        "附件1"
                    } else {
                        "Annex 1"
                    })
            })
            .unwrap();
        let mut guidance = 0;
        for p in all[..first_annex]
            .iter()
            .filter(|n| n.has_tag_name((W, "p")))
        {
            let text = text_of(*p);
            if leads.iter().any(|lead| text.starts_with(lead)) {
                assert_eq!(style_of(*p), "Guidance", "{text}");
            }
            if style_of(*p) == "Guidance" {
                guidance += 1;
            }
        }
        // Nine parts, each with its words or a pointer to them, what to cover and progress.
        assert!(guidance > 27, "{guidance}");
        // The cover says how to remove the guidance and the annexes.
        let cover: String = all[..5].iter().map(|n| text_of(*n)).collect();
        if lang == Lang::Zh {
            assert!(
                cover.contains("选择所有实例") && cover.contains("提交前可整体删除"),
                "{cover}"
            );
        } else {
            assert!(
                cover.contains("Select All Instances")
                    && cover.contains("remove them before submitting")
            );
        }
    }
}

#[test]
fn the_plan_comes_first_and_the_self_check_follows_as_annexes_on_new_pages() {
    for lang in [Lang::Zh, Lang::En] {
        let document = AnswersDocument::from_json(FIXTURE).unwrap();
        let parts = outline_parts(&document, lang, Amounts::Shown);
        let xml = Xml::parse(part(&parts, "word/document.xml")).unwrap();
        let all = blocks(&xml);
        // The cover is the title page: its footer (none) carries no number, and the numbering
        // starts at 0, so that the page after it is 1.
        let section = xml
            .descendants()
            .find(|n| n.has_tag_name((W, "sectPr")))
            .unwrap();
        assert!(child(section, "titlePg").is_some());
        assert_eq!(
            child(section, "pgNumType").and_then(|n| n.attribute((W, "start"))),
            Some("0")
        );
        assert!(section
            .children()
            .filter(|n| n.has_tag_name((W, "footerReference")))
            .all(|n| n.attribute((W, "type")) == Some("default")));
        let contents = all
            .iter()
            .position(|n| style_of(*n) == "TOCHeading")
            .unwrap();
        let cover: Vec<String> = all[..contents].iter().map(|n| text_of(*n)).collect();
        if lang == Lang::Zh {
            assert_eq!(cover[0], "北京市技术创新中心建设方案");
            assert!(cover[1].starts_with("依托单位："), "{cover:?}");
        } else {
            assert_eq!(
                cover[0],
                "Beijing Technology Innovation Center: construction plan"
            );
            assert!(cover[1].starts_with("Supporting unit: "), "{cover:?}");
        }
        assert!(
            !cover
                .iter()
                .any(|t| t.contains("总体结论") || t.contains("Overall result")),
            "no verdict on the cover"
        );
        // The contents: a TOC field Word updates when the file opens, on a page of its own.
        let heading = all[contents];
        assert!(child(child(heading, "pPr").unwrap(), "pageBreakBefore").is_some());
        let instructions: String = xml
            .descendants()
            .filter(|n| n.has_tag_name((W, "instrText")))
            .filter_map(|n| n.text())
            .collect();
        assert!(instructions.contains("TOC \\o \"1-1\""), "{instructions}");
        assert!(part(&parts, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
        // The headings in order: the nine parts, the first on a new page, then the three
        // annexes, each on a new page (their style breaks the page before them).
        let headings: Vec<(String, String)> = all
            .iter()
            .filter(|n| style_of(**n).starts_with("Heading1"))
            .map(|p| (style_of(*p), text_of(*p)))
            .collect();
        let expected_zh: Vec<&str> = ELEMENTS_ZH
            .into_iter()
            .chain([
                "附件1　自评结果",
                "附件2　证明材料（建议）",
                "附件3　申报程序",
            ])
            .collect();
        assert_eq!(headings.len(), 12, "{headings:?}");
        for (n, (style, text)) in headings.iter().enumerate() {
            let new_page = n == 0 || n >= 9;
            assert_eq!(
                style,
                if new_page { "Heading1Page" } else { "Heading1" },
                "{text}"
            );
            if lang == Lang::Zh {
                assert_eq!(text, expected_zh[n]);
            }
        }
        let styles = part(&parts, "word/styles.xml");
        assert!(styles.contains("w:styleId=\"Heading1Page\""));
        let page_style = &styles[styles.find("w:styleId=\"Heading1Page\"").unwrap()..];
        let page_style = &page_style[..page_style.find("</w:style>").unwrap()];
        assert!(page_style.contains("<w:basedOn w:val=\"Heading1\"/>"));
        assert!(page_style.contains("<w:pageBreakBefore/>"));
        // The verdict is in the annex, not before the plan.
        let verdict = all
            .iter()
            .position(|n| {
                let t = text_of(*n);
                t.starts_with("总体结论：") || t.starts_with("Overall result: ")
            })
            .unwrap();
        let annex = all
            .iter()
            .rposition(|n| style_of(*n) == "Heading1Page" && text_of(*n).contains('1'))
            .unwrap();
        assert!(verdict > annex);
    }
}

/// The width a piece of table text needs at `points` (12 pt, 小四, in Chinese tables; 10 pt
/// in English ones), in twentieths of a point, measured apart from the writer: a Chinese
/// character or full-width mark a full em; a digit half an em; a full stop or comma 0.3 em; the
/// widest Latin letters (M, W, m, w) 0.95 em, any other 0.62 em.
fn needed(piece: &str, points: u32) -> u32 {
    let em_hundredths: u32 = piece
        .chars()
        .map(|c| match c {
            '0'..='9' | ' ' => 50,
            '.' | ',' | ':' | ';' | '\'' => 30,
            'M' | 'W' | 'm' | 'w' => 95,
            c if (c as u32) < 0x2E80 => 62,
            _ => 100,
        })
        .sum();
    em_hundredths * points * 20 / 100
}

/// The runs of a cell line that must not break: a line of up to six characters whole (a
/// verdict, a short heading), else each number or Latin word with the 万元 after it (a line
/// breaks at a space and after a dash).
fn unbreakable(line: &str) -> Vec<String> {
    if line.chars().count() <= 6 {
        return vec![line.to_string()];
    }
    let mut pieces = vec![];
    let mut current = String::new();
    for c in line.chars() {
        let breaks = c.is_whitespace() || "-–—/".contains(c);
        let latin = !breaks && (c as u32) < 0x2E80;
        if latin || (!current.is_empty() && !breaks && "万亿元".contains(c)) {
            current.push(c);
        } else if !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[test]
fn no_column_is_narrower_than_its_longest_word_number_or_verdict_needs() {
    for name in [
        "07-tier3-ratio-one-fen-short",
        "70-average-one-fen-under-30-billion-shows-under-it",
        "16-not-sure-answers",
        "22-new-entity-planned-domestic-one-fen-short",
        "01-tier1-at-3-billion-ratio-exactly-10pct",
    ] {
        let document = scenario(name);
        for lang in [Lang::Zh, Lang::En] {
            let points = if lang == Lang::Zh { 12 } else { 10 };
            let parts = outline_parts(&document, lang, Amounts::Shown);
            let xml = Xml::parse(part(&parts, "word/document.xml")).unwrap();
            for tbl in xml.descendants().filter(|n| n.has_tag_name((W, "tbl"))) {
                let grid: Vec<u32> = tbl
                    .descendants()
                    .filter(|n| n.has_tag_name((W, "gridCol")))
                    .map(|n| n.attribute((W, "w")).unwrap().parse().unwrap())
                    .collect();
                assert!(
                    grid.iter().sum::<u32>() <= 8844 + 10,
                    "{name} {lang:?} {grid:?} {:?}",
                    rows(tbl)
                );
                for row in rows(tbl) {
                    for (cell, width) in row.iter().zip(&grid) {
                        for piece in cell.split('\n').flat_map(unbreakable) {
                            // With the cell's margins, 108 each side.
                            let need = needed(&piece, points) + 216;
                            assert!(
                                need <= *width,
                                "{name} {lang:?}: “{piece}” needs {need}, the column is {width}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_chinese_outline_has_no_english_but_what_the_applicant_typed_and_the_keys_it_names() {
    let allowed = ["Word", "WPS", "Delete", "F9", "TOC", "Ctrl", "Shift", "N"];
    for name in [
        "07-tier3-ratio-one-fen-short",
        "01-tier1-at-3-billion-ratio-exactly-10pct",
        "13-new-entity-commitment-exactly-20-million",
        "16-not-sure-answers",
    ] {
        let document = scenario(name);
        for amounts in [Amounts::Shown, Amounts::Hidden] {
            let parts = outline_parts(&document, Lang::Zh, amounts);
            let xml = Xml::parse(part(&parts, "word/document.xml")).unwrap();
            let text: String = xml
                .descendants()
                .filter(|n| n.has_tag_name((W, "t")))
                .filter_map(|n| n.text())
                .collect::<Vec<_>>()
                .join(" ");
            let words: Vec<&str> = text
                .split(|c: char| !c.is_ascii_alphabetic() && !c.is_ascii_digit())
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                .filter(|w| !allowed.contains(w))
                .collect();
            assert!(
                words.is_empty(),
                "{name}: English in the Chinese outline: {words:?}"
            );
        }
    }
}
