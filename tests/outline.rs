//! The construction-plan outline as a Word document (`result::outline`, `rules::docx`): the zip
//! read back by a strict reader written here (not the writer's own code), every XML part parsed
//! by `roxmltree`, and the document's text checked for each Article 7(1) heading, each figure
//! and each note — in both languages, with and without amounts. Escaping is property-tested.
//! LibreOffice opening the same file is `scripts/outline-in-writer.sh`.

mod common;
use common::{paragraphs, ELEMENTS_ZH};

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use tic_selfcheck::result::outline::{outline_docx, outline_file_name, OutlineInput};
use tic_selfcheck::rules::answers::Field;
use tic_selfcheck::rules::assess::assess;
use tic_selfcheck::rules::dates::CalendarDate;
use tic_selfcheck::rules::document::AnswersDocument;
use tic_selfcheck::rules::explain::Amounts;
use tic_selfcheck::rules::lang::Lang;
use tic_selfcheck::rules::money_display::{format_amount, Rounding};
use tic_selfcheck::rules::progress::{Progress, Status};

/// The answers file the outline tests and `scripts/outline-in-writer.sh` use: a tier-1
/// applicant with names and checklist notes that carry every character XML must escape.
const FIXTURE: &str = include_str!("outline/answers-with-notes.json");

fn fixture() -> AnswersDocument {
    AnswersDocument::from_json(FIXTURE).expect("the fixture reads")
}

fn as_of() -> CalendarDate {
    CalendarDate::new(2025, 9, 1).unwrap()
}

fn docx(document: &AnswersDocument, lang: Lang, amounts: Amounts) -> Vec<u8> {
    let assessment = assess(&document.answers, as_of());
    outline_docx(
        &OutlineInput::of_document(document, &assessment),
        lang,
        amounts,
    )
}

/// CRC-32 by the table, as zip readers compute it: a second implementation, not the writer's.
fn crc32_by_table(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !bytes.iter().fold(!0u32, |crc, &b| {
        table[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8)
    })
}

/// Reads the archive strictly: the end record, then each central-directory entry and the local
/// header it points to, which must agree on name, CRC and sizes; the CRC must match the data;
/// the entries must tile the file with nothing between them. Returns the parts by name.
fn read_zip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let u16_at = |i: usize| usize::from(u16::from_le_bytes([bytes[i], bytes[i + 1]]));
    let u32_at = |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap());
    let end = bytes.len() - 22;
    assert_eq!(u32_at(end), 0x0605_4b50, "end of central directory");
    let count = u16_at(end + 10);
    assert_eq!(count, u16_at(end + 8), "entries on this disk");
    let directory_size = u32_at(end + 12) as usize;
    let directory = u32_at(end + 16) as usize;
    assert_eq!(
        directory + directory_size,
        end,
        "the directory ends where the end record starts"
    );
    let mut parts = BTreeMap::new();
    let mut at = directory;
    let mut next_local = 0;
    for _ in 0..count {
        assert_eq!(u32_at(at), 0x0201_4b50, "central header at {at}");
        let (method, crc) = (u16_at(at + 10), u32_at(at + 16));
        let (stored, size) = (u32_at(at + 20) as usize, u32_at(at + 24) as usize);
        let (name_len, extra, comment) = (u16_at(at + 28), u16_at(at + 30), u16_at(at + 32));
        let local = u32_at(at + 42) as usize;
        let name = std::str::from_utf8(&bytes[at + 46..at + 46 + name_len])
            .unwrap()
            .to_string();
        assert_eq!(method, 0, "{name}: stored");
        assert_eq!(stored, size, "{name}: a stored entry's sizes agree");
        assert_eq!(local, next_local, "{name}: entries follow each other");
        assert_eq!(u32_at(local), 0x0403_4b50, "{name}: local header");
        assert_eq!(u32_at(local + 14), crc, "{name}: CRC in the local header");
        assert_eq!(
            u32_at(local + 18) as usize,
            stored,
            "{name}: size in the local header"
        );
        assert_eq!(
            u32_at(local + 22) as usize,
            size,
            "{name}: size in the local header"
        );
        assert_eq!(u16_at(local + 26), name_len, "{name}: name length");
        let data_at = local + 30 + name_len + u16_at(local + 28);
        assert_eq!(&bytes[local + 30..local + 30 + name_len], name.as_bytes());
        let data = bytes[data_at..data_at + size].to_vec();
        assert_eq!(crc32_by_table(&data), crc, "{name}: CRC of the data");
        next_local = data_at + size;
        assert!(parts.insert(name.clone(), data).is_none(), "{name} twice");
        at += 46 + name_len + extra + comment;
    }
    assert_eq!(
        next_local, directory,
        "the directory follows the last entry"
    );
    assert_eq!(at, end);
    parts
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(parts[name].clone()).unwrap_or_else(|_| panic!("{name} is UTF-8"))
}

/// Checks the package: every part parses, every part has a content type, and every
/// relationship's target is in the archive.
fn check_package(parts: &BTreeMap<String, Vec<u8>>) {
    for name in parts.keys() {
        roxmltree::Document::parse(&text(parts, name))
            .unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
    }
    let types = text(parts, "[Content_Types].xml");
    let types = roxmltree::Document::parse(&types).unwrap();
    let defaults: Vec<&str> = types
        .descendants()
        .filter(|n| n.has_tag_name("Default"))
        .filter_map(|n| n.attribute("Extension"))
        .collect();
    let overrides: Vec<String> = types
        .descendants()
        .filter(|n| n.has_tag_name("Override"))
        .filter_map(|n| n.attribute("PartName"))
        .map(|p| p.trim_start_matches('/').to_string())
        .collect();
    for part in &overrides {
        assert!(
            parts.contains_key(part),
            "content type for a missing part {part}"
        );
    }
    for name in parts.keys().filter(|n| *n != "[Content_Types].xml") {
        let extension = name.rsplit('.').next().unwrap();
        assert!(
            overrides.contains(name) || defaults.contains(&extension),
            "{name} has no content type"
        );
    }
    for (rels, base) in [
        ("_rels/.rels", ""),
        ("word/_rels/document.xml.rels", "word/"),
    ] {
        let xml = text(parts, rels);
        let tree = roxmltree::Document::parse(&xml).unwrap();
        let targets: Vec<&str> = tree
            .descendants()
            .filter(|n| n.has_tag_name("Relationship"))
            .map(|n| n.attribute("Target").unwrap())
            .collect();
        assert!(!targets.is_empty(), "{rels} names no part");
        for target in targets {
            let part = format!("{base}{target}");
            assert!(
                parts.contains_key(&part),
                "{rels} points to a missing {part}"
            );
        }
    }
    assert!(parts.contains_key("word/document.xml"));
}

const ELEMENTS_EN: [&str; 9] = [
    "1. Overall goal",
    "2. Annual goals",
    "3. Milestone goals",
    "4. Construction content",
    "5. Technical route",
    "6. Expected results",
    "7. Operating mechanism",
    "8. Budget plan",
    "9. Safeguards",
];

/// The headings of a document, with their level (1 or 2).
fn headings(document_xml: &str) -> Vec<(u8, String)> {
    let tree = roxmltree::Document::parse(document_xml).unwrap();
    tree.descendants()
        .filter(|n| n.has_tag_name("p"))
        .filter_map(|p| {
            let style = p
                .descendants()
                .find(|n| n.has_tag_name("pStyle"))?
                .attribute((
                    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    "val",
                ))?;
            let level = match style {
                "Heading1" | "Heading1Page" => 1,
                "Heading2" => 2,
                _ => return None,
            };
            let words: String = p
                .descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|n| n.text())
                .collect();
            Some((level, words))
        })
        .collect()
}

#[test]
fn the_package_is_well_formed_in_both_languages_with_and_without_amounts() {
    let document = fixture();
    for lang in [Lang::Zh, Lang::En] {
        for amounts in [Amounts::Shown, Amounts::Hidden] {
            let parts = read_zip(&docx(&document, lang, amounts));
            check_package(&parts);
            for part in [
                "[Content_Types].xml",
                "_rels/.rels",
                "word/document.xml",
                "word/_rels/document.xml.rels",
                "word/styles.xml",
                "word/settings.xml",
                "word/fontTable.xml",
                "word/footer1.xml",
                "docProps/core.xml",
                "docProps/app.xml",
            ] {
                assert!(parts.contains_key(part), "{part}");
            }
        }
    }
}

#[test]
fn the_same_answers_give_the_same_bytes() {
    let document = fixture();
    assert_eq!(
        docx(&document, Lang::Zh, Amounts::Shown),
        docx(&document, Lang::Zh, Amounts::Shown)
    );
}

#[test]
fn every_article_7_element_is_a_numbered_first_level_heading_in_order() {
    let document = fixture();
    for (lang, expected) in [(Lang::Zh, ELEMENTS_ZH), (Lang::En, ELEMENTS_EN)] {
        let parts = read_zip(&docx(&document, lang, Amounts::Shown));
        let first_level: Vec<String> = headings(&text(&parts, "word/document.xml"))
            .into_iter()
            .filter(|(level, _)| *level == 1)
            .map(|(_, words)| words)
            .collect();
        let at = first_level
            .iter()
            .position(|h| h == expected[0])
            .expect("一、总体目标");
        assert_eq!(
            &first_level[at..at + 9],
            &expected.map(String::from)[..],
            "{lang:?}"
        );
    }
}

#[test]
fn the_text_holds_the_guidelines_words_each_figure_and_each_note() {
    let document = fixture();
    for lang in [Lang::Zh, Lang::En] {
        let parts = read_zip(&docx(&document, lang, Amounts::Shown));
        let lines = paragraphs(&text(&parts, "word/document.xml"));
        let all = lines.join("\n");
        // Art. 7(1), word for word, with the guideline's own marks.
        if lang == Lang::Zh {
            assert!(all.contains("(一)编制方案。依托单位应组织编制技术创新中心建设方案,明确总体目标、分年度目标及里程碑目标,明确建设内容、技术路线、预期成果、运行机制、预算方案和保障措施等内容。"));
            assert!(all.contains("北京市技术创新中心建设方案"));
            assert!(all.contains("自评日期：2025年9月1日"));
            assert!(all.contains("依托单位：北京某某科技有限公司 <研发&创新> \"一期\" 'A'"));
            assert!(all.contains("自评日期：2025年9月1日"));
            assert!(all.contains("不是市科委中关村管委会的审核意见或认定"));
            assert!(all.contains("当年度申报通知及其模板为准"));
        } else {
            assert!(all.contains("setting out the overall goal, annual goals and milestone goals"));
            assert!(all.contains("Date of the self-check: 1 September 2025"));
        }
        for y in &document.answers.financials.years {
            assert!(all.contains(&y.year.to_string()));
            for field in Field::ALL {
                let shown = format_amount(y.get(field).unwrap().yuan(), Rounding::Nearest, lang);
                assert!(all.contains(&shown), "{lang:?}: {shown} missing");
            }
        }
        for p in &document.checklist {
            assert!(
                all.contains(p.note.trim()),
                "{lang:?}: note of {} missing",
                p.item
            );
        }
        // The ratio at a glance, as the page shows it.
        assert!(all.contains("10.00%"), "{lang:?}: the R&D ratio");
        // A place to write in for every element.
        let prompt = if lang == Lang::Zh {
            "（请在此填写"
        } else {
            "(Write the “"
        };
        let prompts = lines.iter().filter(|p| p.starts_with(prompt)).count();
        assert_eq!(prompts, 9, "{lang:?}");
    }
    // The figures as the page shows them, written out once so that a change of format shows.
    let parts = read_zip(&docx(&document, Lang::Zh, Amounts::Shown));
    let all = paragraphs(&text(&parts, "word/document.xml")).join("\n");
    assert!(all.contains("300,000.00万元"), "{all}");
    assert!(all.contains("30,000.00万元"));
}

#[test]
fn without_amounts_no_amount_and_no_note_and_the_first_page_says_so() {
    let document = fixture();
    for lang in [Lang::Zh, Lang::En] {
        let parts = read_zip(&docx(&document, lang, Amounts::Hidden));
        let paragraphs = paragraphs(&text(&parts, "word/document.xml"));
        let all = paragraphs.join("\n");
        for y in &document.answers.financials.years {
            for field in Field::ALL {
                let shown = format_amount(y.get(field).unwrap().yuan(), Rounding::Nearest, lang);
                assert!(!all.contains(&shown), "{lang:?}: {shown} shown");
            }
        }
        for p in &document.checklist {
            assert!(
                !all.contains(p.note.trim()),
                "{lang:?}: note of {} shown",
                p.item
            );
        }
        let said = if lang == Lang::Zh {
            "不含申报单位的金额和清单备注"
        } else {
            "leaves out the applicant's amounts"
        };
        let first_heading = headings(&text(&parts, "word/document.xml"))[0].1.clone();
        let before_first_heading = paragraphs.iter().take_while(|p| **p != first_heading);
        assert!(
            before_first_heading.into_iter().any(|p| p.contains(said)),
            "{lang:?}"
        );
        // Money never appears as the applicant's: the only 万元 left are the guideline's own
        // thresholds, which are not among the figures entered.
        assert!(!all.contains("300,000"), "{lang:?}");
    }
}

#[test]
fn document_properties_hold_only_the_title_and_the_organisation() {
    let document = fixture();
    let parts = read_zip(&docx(&document, Lang::Zh, Amounts::Shown));
    let core = text(&parts, "docProps/core.xml");
    let tree = roxmltree::Document::parse(&core).unwrap();
    let elements: Vec<&str> = tree
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(elements, ["title"]);
    let app = text(&parts, "docProps/app.xml");
    let tree = roxmltree::Document::parse(&app).unwrap();
    let company: Vec<(&str, &str)> = tree
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| (n.tag_name().name(), n.text().unwrap_or("")))
        .collect();
    assert_eq!(
        company,
        [("Company", "北京某某科技有限公司 <研发&创新> \"一期\" 'A'")]
    );
    // Without a name, no company at all.
    let mut nameless = fixture();
    nameless.about.organisation.clear();
    let parts = read_zip(&docx(&nameless, Lang::Zh, Amounts::Shown));
    let app = text(&parts, "docProps/app.xml");
    assert!(roxmltree::Document::parse(&app)
        .unwrap()
        .root_element()
        .children()
        .all(|n| !n.is_element()));
}

#[test]
fn styles_are_the_ones_word_and_wps_navigate_by_and_the_page_is_a4() {
    let parts = read_zip(&docx(&fixture(), Lang::Zh, Amounts::Shown));
    let styles = text(&parts, "word/styles.xml");
    for needed in [
        "w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>",
        "w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>",
        "<w:outlineLvl w:val=\"0\"/>",
        "<w:outlineLvl w:val=\"1\"/>",
        "w:eastAsia=\"仿宋\"/><w:sz w:val=\"32\"/>",
        "w:eastAsia=\"黑体\"",
    ] {
        assert!(styles.contains(needed), "{needed}");
    }
    let body = text(&parts, "word/document.xml");
    assert!(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    assert!(body.contains("<w:tblHeader/>"), "header rows repeat");
    assert!(text(&parts, "word/footer1.xml").contains(" PAGE "));
}

#[test]
fn file_names() {
    let date = as_of();
    assert_eq!(
        outline_file_name("某某公司", date, Lang::Zh),
        "某某公司-技术创新中心建设方案提纲.docx"
    );
    assert_eq!(
        outline_file_name("  ", date, Lang::Zh),
        "技术创新中心建设方案提纲-2025-09-01.docx"
    );
    assert_eq!(
        outline_file_name("", date, Lang::En),
        "construction-plan-outline-2025-09-01.docx"
    );
    assert_eq!(
        outline_file_name("A/B: \"C\" <D>?", date, Lang::En),
        "A_B_ _C_ _D-construction-plan-outline.docx"
    );
    assert_eq!(
        outline_file_name("../..", date, Lang::En),
        "construction-plan-outline-2025-09-01.docx"
    );
}

/// What XML 1.0 can hold of a typed text (the rest is left out) and what a line keeps.
fn as_written(text: &str) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
        .collect()
}

fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>&\"' a-z\\r\\n\\t\u{1}\u{b}\u{fffe}\u{4e00}-\u{4e20}\u{1F600}-\u{1F610}]{1,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is typed as a name or a note, every part still parses and the text reads back
    /// as typed (less the characters XML 1.0 cannot hold).
    #[test]
    fn typed_text_comes_out_as_typed(organisation in typed_text(), note in typed_text()) {
        let mut document = fixture();
        document.about.organisation = organisation.clone();
        document.about.filled_by = note.clone();
        document.checklist = vec![Progress { item: "plan.overall_goal".into(), status: Status::InProgress, note: note.clone() }];
        let parts = read_zip(&docx(&document, Lang::Zh, Amounts::Shown));
        check_package(&parts);
        let all = paragraphs(&text(&parts, "word/document.xml")).join("\n");
        let organisation = as_written(organisation.trim());
        let note = as_written(note.trim());
        prop_assert!(all.contains(&organisation), "{organisation:?}");
        prop_assert!(all.contains(&note), "{note:?}");
        let app = text(&parts, "docProps/app.xml");
        let tree = roxmltree::Document::parse(&app).unwrap();
        let company = tree.root_element().first_element_child().and_then(|n| n.text()).unwrap_or("");
        prop_assert_eq!(company, organisation.as_str());
    }
}

#[test]
fn the_fixture_is_the_tier_1_case_with_names_and_notes() {
    let document = fixture();
    assert_eq!(document.answers.financials.years.len(), 3);
    assert!(document.checklist.len() >= 3);
    let revenue: Decimal = document.answers.financials.years[0]
        .get(Field::SalesRevenue)
        .unwrap()
        .yuan();
    assert_eq!(revenue, Decimal::from(3_000_000_000u64));
}

/// The app's download: the state's outline in the page's language, named after the
/// organisation, and without amounts or notes once the person leaves the amounts out.
#[test]
fn the_apps_download_follows_the_page() {
    use tic_selfcheck::wizard::{Action, WizardState};
    let state = WizardState::from_document(Lang::En, as_of(), fixture());
    let (name, bytes) = state.outline();
    assert_eq!(
        name,
        "北京某某科技有限公司 _研发&创新_ _一期_ 'A'-construction-plan-outline.docx"
    );
    let all = paragraphs(&text(&read_zip(&bytes), "word/document.xml")).join("\n");
    assert!(all.contains("1. Overall goal") && all.contains("RMB 3,000,000,000.00"));
    let state = state
        .apply(Action::SetLang(Lang::Zh))
        .apply(Action::SetOmitAmounts(true));
    let (name, bytes) = state.outline();
    assert!(name.ends_with("-技术创新中心建设方案提纲.docx"), "{name}");
    let all = paragraphs(&text(&read_zip(&bytes), "word/document.xml")).join("\n");
    assert!(all.contains("一、总体目标"));
    assert!(
        !all.contains("300,000.00万元") && !all.contains("目标初稿"),
        "{all}"
    );
}

/// A newly founded entity (Art. 6) without a complete fiscal year: no table of years, but its
/// commitment, the part planned within China and the R&D since founding are among the figures
/// entered, exact as the page shows them; the rule set is named on the first page.
#[test]
fn an_art_6_applicant_finds_its_commitment_among_the_figures() {
    let (_, scenario) = common::scenarios()
        .into_iter()
        .find(|(path, _)| {
            path.ends_with("23-new-entity-since-founding-domestic-exactly-60pct-float-trap.json")
        })
        .expect("scenario 23");
    let document = AnswersDocument::from_json(&scenario["answers"].to_string()).unwrap();
    let parts = read_zip(&docx(&document, Lang::Zh, Amounts::Shown));
    let all = paragraphs(&text(&parts, "word/document.xml")).join("\n");
    for expected in [
        "依托单位保障的未来3年年均研究开发费用：2,500.00万元",
        "其中：计划在中国境内发生的年均研究开发费用：0.00万元",
        // Under 1万元, in 元.
        "成立以来已发生的研究开发费用：3,000.00元",
        "其中：在中国境内发生的研究开发费用：1,800.00元",
    ] {
        assert!(all.contains(expected), "{expected} missing:\n{all}");
    }
    let parts = read_zip(&docx(&document, Lang::Zh, Amounts::Hidden));
    let all = paragraphs(&text(&parts, "word/document.xml")).join("\n");
    assert!(!all.contains("2,500.00万元") && !all.contains("0.18万元"));
}

/// The order ECMA-376 gives the children of the property elements the outline writes (Part 1,
/// §17). Word refuses a file whose properties are out of this order (“unreadable content”),
/// where LibreOffice reads it anyway, so the Writer check alone would not catch it.
const SCHEMA_ORDER: &[(&str, &[&str])] = &[
    (
        "pPr",
        &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "framePr",
            "widowControl",
            "numPr",
            "suppressLineNumbers",
            "pBdr",
            "shd",
            "tabs",
            "suppressAutoHyphens",
            "kinsoku",
            "wordWrap",
            "overflowPunct",
            "topLinePunct",
            "autoSpaceDE",
            "autoSpaceDN",
            "bidi",
            "adjustRightInd",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "mirrorIndents",
            "suppressOverlap",
            "jc",
            "textDirection",
            "textAlignment",
            "textboxTightWrap",
            "outlineLvl",
            "divId",
            "cnfStyle",
            "rPr",
            "sectPr",
            "pPrChange",
        ],
    ),
    (
        "rPr",
        &[
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "smallCaps",
            "strike",
            "dstrike",
            "outline",
            "shadow",
            "emboss",
            "imprint",
            "noProof",
            "snapToGrid",
            "vanish",
            "webHidden",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "effect",
            "bdr",
            "shd",
            "fitText",
            "vertAlign",
            "rtl",
            "cs",
            "em",
            "lang",
            "eastAsianLayout",
            "specVanish",
            "oMath",
        ],
    ),
    (
        "tblPr",
        &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
        ],
    ),
    (
        "tcPr",
        &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
        ],
    ),
    (
        "tblBorders",
        &[
            "top", "left", "start", "bottom", "right", "end", "insideH", "insideV",
        ],
    ),
    (
        "tblCellMar",
        &["top", "left", "start", "bottom", "right", "end"],
    ),
    (
        "sectPr",
        &[
            "headerReference",
            "footerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
            "printerSettings",
        ],
    ),
    (
        "style",
        &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "hidden",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "personalCompose",
            "personalReply",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
    ),
    (
        "font",
        &[
            "altName",
            "panose1",
            "charset",
            "family",
            "notTrueType",
            "pitch",
            "sig",
        ],
    ),
    (
        "settings",
        &[
            "writeProtection",
            "view",
            "zoom",
            "defaultTabStop",
            "characterSpacingControl",
            "updateFields",
            "compat",
        ],
    ),
    ("docDefaults", &["rPrDefault", "pPrDefault"]),
    ("styles", &["docDefaults", "latentStyles", "style"]),
];

#[test]
fn every_property_is_in_the_order_word_requires() {
    let document = fixture();
    for lang in [Lang::Zh, Lang::En] {
        let parts = read_zip(&docx(&document, lang, Amounts::Shown));
        for (name, xml) in &parts {
            let xml = String::from_utf8(xml.clone()).unwrap();
            let tree = roxmltree::Document::parse(&xml).unwrap();
            for element in tree.descendants().filter(|n| n.is_element()) {
                let tag = element.tag_name().name();
                let Some((_, order)) = SCHEMA_ORDER.iter().find(|(t, _)| *t == tag) else {
                    continue;
                };
                let mut last = 0;
                for child in element.children().filter(|n| n.is_element()) {
                    let child = child.tag_name().name();
                    let at = order.iter().position(|c| *c == child).unwrap_or_else(|| {
                        panic!("{name}: <{child}> in <{tag}> is not in the order this test knows")
                    });
                    assert!(
                        at >= last,
                        "{name} ({lang:?}): <{child}> comes too late in <{tag}>"
                    );
                    last = at;
                }
            }
        }
    }
}
