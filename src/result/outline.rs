//! The construction-plan outline (建设方案提纲): a Word document to start writing the plan
//! Art. 7(1) asks for, drawn from the self-check. (It puts its self-check part together
//! itself, from the rules' sentences, rather than from the result document: in the browser
//! build, rendering the document here and on the results page cost 2.6 KB of the first load,
//! over its budget; docs/size.md.) A title block, the result at a glance (marked
//! as a self-check, not the Commission's decision), the figures entered, then one numbered
//! heading per element of Art. 7(1) as the checklist itemises them — the guideline's own words,
//! what to cover, the checklist status and note, and a shaded paragraph to write in — and the
//! evidence and the procedure steps the checklist names. Without amounts, no amount and no note
//! appear, and the first page says so.
//!
//! Pure: the browser app and `tic-assess --outline` call [`outline_docx`] and get the same bytes.

use super::{about_lines, FIGURES_ENTERED, GLANCE_TITLE, RESULT_OVERALL, RESULT_TITLE};
use crate::rules::answers::{Answers, Field};
use crate::rules::answers::{
    COMMITMENT_LABEL, PLANNED_DOMESTIC_LABEL, SINCE_FOUNDING_DOMESTIC_LABEL, SINCE_FOUNDING_TITLE,
};
use crate::rules::at_a_glance::{figure_rows, gap_column, glance_lines, route_words};
use crate::rules::at_a_glance::{
    FISCAL_YEAR, GLANCE_CONDITION, GLANCE_FIGURE, GLANCE_GAP, GLANCE_VERDICT,
};
use crate::rules::checklist::{checklist, ChecklistItem, Section, CONDITIONS_SECTION_TITLE};
use crate::rules::clauses::ClauseId;
use crate::rules::dates::CalendarDate;
use crate::rules::document::AnswersDocument;
use crate::rules::docx::{Body, Document, Style};
use crate::rules::explain::{describe_fiscal_year, describe_period, describe_unlikely_figures};
use crate::rules::explain::{describe_reason, overall_label, summary, Amounts};
use crate::rules::lang::{pick, Lang};
use crate::rules::library::{fill, long_texts};
use crate::rules::money_display::format_exact_amount;
use crate::rules::outcome::Assessment;
use crate::rules::progress::{note_of, Progress};
use crate::rules::sentences::OPEN_SECTION;
use crate::rules::what_next::{describe_remedy, remedies, REMEDIES_SECTION};

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
    // The date of the self-check and the guideline, as every rendering of the result has them.
    for line in about_lines(assessment, "", "", lang) {
        b.paragraph(Style::Subtitle, &line);
    }
    b.paragraph(Style::Note, GOVERNS().get(lang));
    if !shown {
        b.paragraph(Style::Note, WITHOUT_AMOUNTS().get(lang));
    }

    // The self-check's result, under the names the results page gives its parts.
    b.paragraph(Style::Heading1, RESULT_TITLE().get(lang));
    b.paragraph(Style::Note, NOT_A_DECISION().get(lang));
    b.led(
        Style::Body,
        &[
            RESULT_OVERALL().get(lang),
            lang.colon(),
            &overall_label(assessment, lang),
        ]
        .concat(),
        &[
            if lang == Lang::Zh { "。" } else { ". " },
            &summary(assessment, lang),
        ]
        .concat(),
    );
    // What would change the result, as the verdict box says it.
    let found = remedies(assessment);
    if !found.is_empty() {
        b.paragraph(
            Style::Body,
            &[REMEDIES_SECTION().get(lang), lang.colon()].concat(),
        );
        for remedy in &found {
            b.paragraph(
                Style::Body,
                &describe_remedy(remedy, assessment.rules, lang),
            );
        }
    }
    let (either, _) = route_words(lang);
    let rows: Vec<Vec<String>> = assessment
        .conditions
        .iter()
        .map(|c| {
            let (has_routes, lines) = glance_lines(c, lang, amounts);
            let mut figures = Vec::new();
            let mut gaps = Vec::new();
            if has_routes {
                figures.push(either.to_string());
                gaps.push(String::new());
            }
            for (prefix, k) in &lines {
                figures.push([prefix, k.text.as_str()].concat());
            }
            gaps.extend(
                gap_column(&lines)
                    .into_iter()
                    .map(|(prefix, gap)| [prefix, gap].concat()),
            );
            vec![
                [c.clause.citation(lang), "\n", c.condition.title().get(lang)].concat(),
                c.verdict.label().get(lang).to_string(),
                figures.join("\n"),
                gaps.join("\n"),
            ]
        })
        .collect();
    b.paragraph(Style::Heading2, GLANCE_TITLE().get(lang));
    b.table(
        &[28, 10, 40, 22],
        &[
            GLANCE_CONDITION(),
            GLANCE_VERDICT(),
            GLANCE_FIGURE(),
            GLANCE_GAP(),
        ]
        .map(|h| h.get(lang)),
        &rows,
    );
    // What is still missing or unsure, under the heading the summary points to.
    for (n, (c, f)) in assessment.open_points().enumerate() {
        if n == 0 {
            b.paragraph(Style::Heading2, OPEN_SECTION().get(lang));
        }
        b.led(
            Style::Body,
            &[c.clause.citation(lang), lang.colon()].concat(),
            &describe_reason(&f.reason, lang, amounts),
        );
    }
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

    // The figures entered.
    b.paragraph(Style::Heading1, FIGURES_ENTERED().get(lang));
    let years = &input.answers.financials.years;
    if shown && !years.is_empty() {
        let mut header = vec![FISCAL_YEAR().get(lang)];
        header.extend(Field::ALL.map(|f| f.label().get(lang)));
        b.table(&[16, 28, 28, 28], &header, &figure_rows(years, lang));
    }
    // The Art. 6 amounts: the commitment and its part within China, the R&D since founding.
    // The same list as `result::art6_amounts` (the text and JSON reports'), written out here:
    // calling it from the browser build costs 0.2 KB of a first load at its ceiling.
    let answers = input.answers;
    for (label, amount) in [
        (COMMITMENT_LABEL(), answers.committed_average_annual_rd),
        (
            PLANNED_DOMESTIC_LABEL(),
            answers.planned_domestic_average_annual_rd,
        ),
        (SINCE_FOUNDING_TITLE(), answers.rd_since_founding),
        (
            SINCE_FOUNDING_DOMESTIC_LABEL(),
            answers.rd_since_founding_domestic,
        ),
    ] {
        if let Some(money) = amount.filter(|_| shown) {
            b.led(
                Style::Body,
                &[label.get(lang), lang.colon()].concat(),
                &format_exact_amount(money.yuan(), lang),
            );
        }
    }
    let notes = [
        assessment.period.as_ref().map(|p| describe_period(p, lang)),
        assessment
            .fiscal_year
            .and_then(|c| describe_fiscal_year(c, lang)),
        describe_unlikely_figures(assessment, lang, amounts),
    ];
    for note in notes.iter().flatten() {
        b.paragraph(Style::Body, note);
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
