//! The construction-plan outline (建设方案提纲): a Word document to start writing the plan
//! Art. 7(1) asks for, drawn from the self-check. A title block, the result at a glance (marked
//! as a self-check, not the Commission's decision), the figures entered, then one numbered
//! heading per element of Art. 7(1) as the checklist itemises them — the guideline's own words,
//! what to cover, the checklist status and note, and a shaded paragraph to write in — and the
//! evidence and the procedure steps the checklist names. Without amounts, no amount and no note
//! appear, and the first page says so.
//!
//! Pure: the browser app and `tic-assess --outline` call [`outline_docx`] and get the same bytes.

use super::{build, Block, Kind, ResultDocument, ResultInput};
use crate::rules::answers::Answers;
use crate::rules::checklist::{checklist, ChecklistItem, Section, CONDITIONS_SECTION_TITLE};
use crate::rules::clauses::ClauseId;
use crate::rules::dates::CalendarDate;
use crate::rules::document::AnswersDocument;
use crate::rules::docx::{Body, Document, Style};
use crate::rules::explain::Amounts;
use crate::rules::lang::{pick, Lang};
use crate::rules::library::{fill, long_texts};
use crate::rules::outcome::Assessment;
use crate::rules::progress::{note_of, Progress};

long_texts! {
    outline_texts;
    TITLE = "outline.title":
        "北京市技术创新中心建设方案（提纲）",
        "Beijing Technology Innovation Center: construction plan (outline)";
    SUPPORTING_UNIT = "outline.supporting_unit":
        "依托单位：{name}",
        "Supporting unit: {name}";
    NAME_TO_WRITE = "outline.name_to_write":
        "（请填写单位名称）",
        "(name of the organisation)";
    FILLED_BY = "outline.filled_by":
        "填写人：{name}",
        "Filled in by: {name}";
    GOVERNS = "outline.governs":
        "本提纲按京科创发〔2024〕143号第七条第（一）项所列内容编排，由依托单位条件自评工具根据填写的内容在本机生成，供编写建设方案时参考。建设方案的格式和内容以当年度申报通知及其模板为准。",
        "This outline follows the contents Art. 7(1) of 京科创发〔2024〕143号 lists. The self-check made it on this device from what was entered, as a start for writing the construction plan. The year's application notice and its template govern the plan's form and contents.";
    WITHOUT_AMOUNTS = "outline.without_amounts":
        "按填写人的选择，本提纲不含申报单位的金额和清单备注；比例、结论和指引规定的门槛照常列出。",
        "As chosen, this outline leaves out the applicant's amounts and checklist notes; ratios, verdicts and the guideline's thresholds are shown.";
    GLANCE = "outline.glance":
        "自评结果一览",
        "The self-check at a glance";
    NOT_A_DECISION = "outline.not_a_decision":
        "以下是依托单位对照指引自行检查的初步结果，不是市科委中关村管委会的审核意见或认定。",
        "What follows is the applicant's own preliminary check against the guideline, not a review or decision of the Beijing Municipal Science and Technology Commission and the Zhongguancun Administrative Committee.";
    BASIS = "outline.basis":
        "编写依据",
        "What the plan must contain";
    HOW_TO_WRITE = "outline.how_to_write":
        "以下各部分按第七条第（一）项所列内容编排，每部分列出指引相关条款的原文、准备清单的编写要点和进度。请在带底色的“（请在此填写……）”处撰写正文，完成后删除提示文字。第七条第（一）项以“等内容”结尾，所列并非全部，可按当年度申报通知补充。",
        "Each part below is one of the contents Art. 7(1) lists, with the guideline's own words, what the checklist says to cover and how far it is. Write in the shaded “(Write … here)” paragraphs and delete the prompts when done. Art. 7(1) ends with “and other contents”: its list is not exhaustive, and the year's application notice may ask for more.";
    GUIDELINE_WORDS = "outline.guideline_words":
        "指引原文（{clause}）：",
        "The guideline ({clause}, unofficial English rendering): ";
    TO_COVER = "outline.to_cover":
        "编写要点：",
        "What to cover: ";
    PROGRESS = "outline.progress":
        "准备清单进度：",
        "Checklist: ";
    NOTE = "outline.note":
        "备注：",
        "Note: ";
    WRITE_HERE = "outline.write_here":
        "（请在此填写{title}……）",
        "(Write the “{title}” part here…)";
    EVIDENCE = "outline.evidence":
        "附一：证明材料（建议）",
        "Annex 1: evidence to gather (suggested)";
    PROCEDURE = "outline.procedure":
        "附二：申报程序",
        "Annex 2: procedure";
}

/// A heading's number as Chinese official documents write it: 一、二、… for the first level,
/// （一）（二）… for the second; 1. 2. … in English. `n` counts from 0.
fn numbered(level: u8, n: usize, title: &str, lang: Lang) -> String {
    let (before, number, after) = match (lang, level) {
        (Lang::Zh, 1) => ("", chinese_number(n + 1), "、"),
        (Lang::Zh, _) => ("（", chinese_number(n + 1), "）"),
        (Lang::En, _) => ("", (n + 1).to_string(), ". "),
    };
    [before, &number, after, title].concat()
}

/// 1 to 99 in Chinese numerals: 一 … 十, 十一 … 十九, 二十 … 九十九.
fn chinese_number(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = (n / 10 % 10, n % 10);
    let tens = match tens {
        0 => String::new(),
        1 => "十".into(),
        t => [DIGITS[t], "十"].concat(),
    };
    tens + DIGITS[ones]
}

/// What the outline is made from: the answers, the names typed for the header, the checklist
/// progress, and the assessment of the answers.
pub struct OutlineInput<'a> {
    pub answers: &'a Answers,
    pub organisation: &'a str,
    pub filled_by: &'a str,
    pub progress: &'a [Progress],
    pub assessment: &'a Assessment,
}

impl<'a> OutlineInput<'a> {
    /// The outline of an answers file, with its assessment.
    pub fn of_document(document: &'a AnswersDocument, assessment: &'a Assessment) -> Self {
        OutlineInput {
            answers: &document.answers,
            organisation: &document.about.organisation,
            filled_by: &document.about.filled_by,
            progress: &document.checklist,
            assessment,
        }
    }
}

/// The outline as a document, in `lang`.
pub fn outline(input: &OutlineInput, lang: Lang, amounts: Amounts) -> Document {
    let assessment = input.assessment;
    let shown = amounts == Amounts::Shown;
    let organisation = input.organisation.trim();
    let filled_by = input.filled_by.trim();
    let mut body = Body::default();
    let b = &mut body;

    // The title block.
    b.paragraph(Style::Title, TITLE().get(lang));
    let name = if organisation.is_empty() {
        NAME_TO_WRITE().get(lang)
    } else {
        organisation
    };
    b.paragraph(
        Style::Subtitle,
        &fill(SUPPORTING_UNIT().get(lang), &[("name", &name)]),
    );
    if !filled_by.is_empty() {
        b.paragraph(
            Style::Subtitle,
            &fill(FILLED_BY().get(lang), &[("name", &filled_by)]),
        );
    }
    // The result, as the page and the reports have it: one document, rendered here.
    let doc = build(&ResultInput {
        assessment,
        answers: input.answers,
        organisation: "",
        filled_by: "",
        lang,
        amounts,
        checklist: None,
    });
    for line in &doc.about {
        b.paragraph(Style::Subtitle, line);
    }
    b.paragraph(Style::Note, GOVERNS().get(lang));
    if !shown {
        b.paragraph(Style::Note, WITHOUT_AMOUNTS().get(lang));
    }

    // The self-check: its sections as the document has them.
    b.paragraph(Style::Heading1, GLANCE().get(lang));
    b.paragraph(Style::Note, NOT_A_DECISION().get(lang));
    write_result(b, &doc);
    let items = checklist(assessment, lang, amounts);
    let in_section = |section: Section| items.iter().filter(move |i| i.section == section);
    for (n, item) in in_section(Section::Conditions).enumerate() {
        if n == 0 {
            b.paragraph(Style::Heading2, CONDITIONS_SECTION_TITLE().get(lang));
        }
        b.led(
            Style::Body,
            &[item.title.as_str(), lang.colon()].concat(),
            &item.guide,
        );
        write_progress(b, item, input.progress, lang, shown);
    }

    // What Art. 7(1) asks the plan to contain: its words, then one part per element.
    b.paragraph(Style::Heading1, BASIS().get(lang));
    quote(b, ClauseId::Art7_1, lang);
    b.paragraph(Style::Note, HOW_TO_WRITE().get(lang));
    for (n, item) in in_section(Section::Plan).enumerate() {
        b.paragraph(Style::Heading1, &numbered(1, n, &item.title, lang));
        quote(b, item.clause, lang);
        b.led(Style::Body, TO_COVER().get(lang), &item.guide);
        write_progress(b, item, input.progress, lang, shown);
        b.paragraph(
            Style::FillIn,
            &fill(WRITE_HERE().get(lang), &[("title", &item.title)]),
        );
    }

    // The evidence and the procedure, as annexes.
    for (title, section) in [
        (EVIDENCE(), Section::Evidence),
        (PROCEDURE(), Section::Procedure),
    ] {
        b.paragraph(Style::Heading1, title.get(lang));
        for (n, item) in in_section(section).enumerate() {
            let mut heading = numbered(2, n, &item.title, lang);
            if item.cite {
                heading.push_str(&lang.parenthesised(item.clause.citation(lang)));
            }
            b.paragraph(Style::Heading2, &heading);
            b.paragraph(Style::Body, &item.guide);
            write_progress(b, item, input.progress, lang, shown);
        }
    }

    Document {
        lang,
        title: TITLE().get(lang).into(),
        company: organisation.into(),
        body,
    }
}

/// The outline as a `.docx` file.
pub fn outline_docx(input: &OutlineInput, lang: Lang, amounts: Amounts) -> Vec<u8> {
    outline(input, lang, amounts).to_docx()
}

/// The result document's sections, each under a second-level heading: the verdict led by the
/// section's heading (“总体结论：不符合”), the table at a glance and the figures as tables, lists
/// and cards as paragraphs.
fn write_result(b: &mut Body, doc: &ResultDocument) {
    let lang = doc.lang;
    let colon = lang.colon();
    for section in &doc.sections {
        let verdict = section.blocks.iter().find_map(|block| match block {
            Block::Verdict { label } => Some(label.as_str()),
            _ => None,
        });
        match verdict {
            Some(label) => b.paragraph(Style::Heading2, &[&section.heading, colon, label].concat()),
            None => b.paragraph(Style::Heading2, &section.heading),
        }
        for block in &section.blocks {
            match block {
                Block::Verdict { .. } => {}
                Block::Paragraph { kind, text } => {
                    let style = match kind {
                        Kind::Note | Kind::Privacy => Style::Note,
                        _ => Style::Body,
                    };
                    b.paragraph(style, text);
                }
                Block::List {
                    title,
                    items,
                    numbered,
                } => {
                    if let Some(title) = title {
                        b.paragraph(Style::Body, &[title.as_str(), colon].concat());
                    }
                    for (i, item) in items.iter().enumerate() {
                        let number = if *numbered {
                            format!("{}. ", i + 1)
                        } else {
                            String::new()
                        };
                        let lead = item
                            .clause
                            .map(|c| [c.citation(lang), " "].concat())
                            .unwrap_or_default();
                        b.led(Style::Body, &[number, lead].concat(), &item.text);
                    }
                }
                Block::Table { headings, rows } => {
                    let headings: Vec<&str> = headings.iter().map(String::as_str).collect();
                    b.table(&[16, 28, 28, 28], &headings, rows);
                }
                Block::Pairs(pairs) => {
                    for (label, value) in pairs {
                        b.led(Style::Body, &[label.as_str(), colon].concat(), value);
                    }
                }
                Block::Glance { headings, rows } => {
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|row| {
                            let mut figures = Vec::new();
                            let mut gaps = Vec::new();
                            if let Some(either) = &row.either {
                                figures.push(either.clone());
                                gaps.push(String::new());
                            }
                            figures
                                .extend(row.figures.iter().map(|(p, f)| [p.as_str(), f].concat()));
                            gaps.extend(row.gaps.iter().map(|(p, g)| [p.as_str(), g].concat()));
                            vec![
                                [row.citation.as_str(), "\n", &row.title].concat(),
                                row.verdict_label.clone(),
                                figures.join("\n"),
                                gaps.join("\n"),
                            ]
                        })
                        .collect();
                    let headings = headings.each_ref().map(String::as_str);
                    b.table(&[28, 10, 40, 22], &headings, &cells);
                }
                Block::Card(card) => {
                    b.led(
                        Style::Body,
                        &[card.citation.as_str(), " ", &card.title, colon].concat(),
                        &card.verdict_label,
                    );
                    for note in card.scale.iter().chain(&card.confirmed) {
                        b.paragraph(Style::Body, note);
                    }
                    let stop = if lang == Lang::Zh { "。" } else { ". " };
                    for f in &card.findings {
                        let route = f
                            .route
                            .as_ref()
                            .map(|(status, _)| [status.as_str(), stop].concat())
                            .unwrap_or_default();
                        let checks: Vec<String> = f
                            .check
                            .iter()
                            .map(|w| w.message(false, lang, doc.amounts == Amounts::Shown))
                            .collect();
                        b.led(
                            Style::Body,
                            &route,
                            &[f.text.clone(), checks.join("")].concat(),
                        );
                    }
                }
            }
        }
    }
}

/// A clause's text, quoted, led by its citation.
fn quote(b: &mut Body, clause: ClauseId, lang: Lang) {
    b.led(
        Style::Quote,
        &fill(
            GUIDELINE_WORDS().get(lang),
            &[("clause", &clause.citation(lang))],
        ),
        clause.text(lang),
    );
}

/// An item's checklist status, and its note unless notes are left out.
fn write_progress(
    b: &mut Body,
    item: &ChecklistItem,
    progress: &[Progress],
    lang: Lang,
    notes: bool,
) {
    let mut text = item.status(progress).label().get(lang).to_string();
    let note = note_of(progress, &item.id).trim();
    if notes && !note.is_empty() {
        text.push_str(if lang == Lang::Zh { "；" } else { "; " });
        text.push_str(NOTE().get(lang));
        text.push_str(note);
    }
    b.led(Style::Note, PROGRESS().get(lang), &text);
}

/// The outline's file name: the organisation's name if given (without the characters file
/// systems refuse), else a plain name with the date of the self-check.
pub fn outline_file_name(organisation: &str, as_of: CalendarDate, lang: Lang) -> String {
    let stem = pick(
        lang,
        "技术创新中心建设方案提纲".into(),
        "construction-plan-outline".into(),
    );
    let name: String = organisation
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .take(80)
        .collect();
    let name = name.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == '_');
    if name.is_empty() {
        format!("{stem}-{as_of}.docx")
    } else {
        format!("{name}-{stem}.docx")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_numbered_as_chinese_documents_number_them() {
        let zh = |level, n| numbered(level, n, "X", Lang::Zh);
        assert_eq!(
            [zh(1, 0), zh(1, 8), zh(1, 9), zh(1, 10)],
            ["一、X", "九、X", "十、X", "十一、X"]
        );
        assert_eq!(
            [zh(2, 0), zh(2, 19), zh(2, 20)],
            ["（一）X", "（二十）X", "（二十一）X"]
        );
        assert_eq!(numbered(1, 8, "X", Lang::En), "9. X");
    }
}
