//! The construction-plan outline (建设方案提纲): a Word document to write the plan Art. 7(1)
//! asks for in, drawn from the self-check. The plan's body first: a cover (the title and the
//! supporting unit, then how to use the file; no page number), the contents (a field Word and
//! WPS update, [`contents_field`]), and one numbered part per element of Art. 7(1) as the
//! checklist itemises them — the guideline's own words, what to cover and the checklist status
//! and note, all in the guidance style that is deleted in one step, and a shaded paragraph to
//! write in. Then the annexes, each on a new page: the self-check's result (marked as a
//! self-check, not the Commission's decision) with the figures entered, the evidence and the
//! procedure. (The self-check part is put together here, from the rules' sentences, rather than
//! from the result document: in the browser build, rendering the document here and on the
//! results page cost 2.6 KB of the first load, over its budget; docs/size.md.) Without amounts,
//! no amount and no note appear, and the cover says so.
//!
//! Pure: the browser app and `tic-assess --outline` call [`outline_docx`] and get the same bytes.

use super::{about_lines, FIGURES_ENTERED, GLANCE_TITLE, RESULT_OVERALL};
use crate::rules::answers::{Answers, Field};
use crate::rules::answers::{
    COMMITMENT_LABEL, PLANNED_DOMESTIC_LABEL, SINCE_FOUNDING_DOMESTIC_LABEL, SINCE_FOUNDING_TITLE,
};
use crate::rules::at_a_glance::{figure_rows, gap_column, glance_lines, route_words};
use crate::rules::at_a_glance::{
    FISCAL_YEAR, GLANCE_CONDITION, GLANCE_FIGURE, GLANCE_GAP, GLANCE_VERDICT,
};
use crate::rules::checklist::{
    checklist, ChecklistItem, PlanElement, Section, CONDITIONS_SECTION_TITLE,
};
use crate::rules::clauses::ClauseId;
use crate::rules::dates::CalendarDate;
use crate::rules::document::AnswersDocument;
use crate::rules::docx::{escape, Body, Document, Style};
use crate::rules::explain::{describe_fiscal_year, describe_period, describe_unlikely_figures};
use crate::rules::explain::{describe_reason, overall_label, summary, Amounts};
use crate::rules::lang::Bilingual;
use crate::rules::lang::{pick, Lang};
use crate::rules::library::{fill, key_hash, long_text_by_hash, long_texts};
use crate::rules::money_display::format_exact_amount;
use crate::rules::outcome::Assessment;
use crate::rules::progress::{note_of, Progress};
use crate::rules::sentences::OPEN_SECTION;
use crate::rules::what_next::{describe_remedy, remedies, REMEDIES_SECTION};

long_texts! {
    outline_texts;
    TITLE = "outline.title":
        "北京市技术创新中心建设方案",
        "Beijing Technology Innovation Center: construction plan";
    SUPPORTING_UNIT = "outline.supporting_unit":
        "依托单位：",
        "Supporting unit: ";
    HOW_TO_USE = "outline.how_to_use":
        "使用说明：带灰色底纹、左侧有竖线的段落是本工具的编写提示，样式为“编写提示（不属于方案正文）”，不属于建设方案正文，写完后可一次删除：在Word的“样式”窗格中右击该样式，选择“选择所有实例”（或在“开始”→“选择”中选“选择格式相似的文本”），按Delete；在WPS的“样式和格式”窗格中右击该样式，选择“选择所有实例”后删除。在带黄色底纹的“（请在此填写……）”处撰写正文：选中提示文字后输入，再把该段设为“正文”样式（Word中可按Ctrl+Shift+N）；回车后的段落即为正文。正文行距固定，插入图片的段落请改为单倍行距，以免图片显示不全。打开文件时Word会询问是否更新域，选“是”即生成目录；删除提示和附件后，请右击目录选择“更新域”→“更新整个目录”。附件1至附件3是自评结果和准备工作的参考，不属于建设方案，提交前可整体删除。",
        "How to use this file: the paragraphs shaded grey with a rule on their left are this tool's guidance, in the style “Guidance (not part of the plan)”, not part of the construction plan; delete them all at once when done: in Word, right-click the style in the Styles pane and choose Select All Instances (or Home → Select → Select Text with Similar Formatting), then press Delete; in WPS, right-click the style in the Styles and Formatting pane and choose Select All Instances. Write over each yellow “(Write … here)”: select the prompt, type, and set the paragraph to the Normal style (Ctrl+Shift+N in Word); a paragraph after Enter is body text. Body lines have a fixed height: set a paragraph holding a picture to single line spacing, or the picture is cut off. When the file opens, Word asks whether to update its fields: answer Yes to build the contents; after deleting the guidance and the annexes, right-click the contents and choose Update Field → Update entire table. Annexes 1 to 3 are the self-check and notes for the preparation, not part of the plan: remove them before submitting.";
    CONTENTS = "outline.contents":
        "目　录",
        "Contents";
    ANNEX_RESULT = "outline.annex_result":
        "附件1　自评结果",
        "Annex 1. Self-check result";
    NAME_TO_WRITE = "outline.name_to_write":
        "（请填写单位名称）",
        "(name of the organisation)";
    GOVERNS = "outline.governs":
        "本提纲按京科创发〔2024〕143号第七条第（一）项所列内容编排，由依托单位条件自评工具根据填写的内容在本机生成，供编写建设方案时参考。建设方案的格式和内容以当年度申报通知及其模板为准。",
        "This outline follows the contents Art. 7(1) of 京科创发〔2024〕143号 lists. It was made on this device from the answers to the self-check, as a start for writing the construction plan. This year's call for applications and its template govern the plan's form and contents.";
    WITHOUT_AMOUNTS = "outline.without_amounts":
        "按填写人的选择，本提纲不含申报单位的金额和清单备注；比例、结论和指引规定的门槛照常列出。",
        "As chosen, this outline leaves out the applicant's amounts and checklist notes; ratios, verdicts and the guideline's thresholds are shown.";
    NOT_A_DECISION = "outline.not_a_decision":
        "以下是依托单位对照指引自行检查的初步结果，不是市科委中关村管委会的审核意见或认定。",
        "What follows is the applicant's own preliminary check against the guideline, not a review or decision of the Beijing Municipal Science and Technology Commission and the Zhongguancun Administrative Committee.";
    HOW_TO_WRITE = "outline.how_to_write":
        "正文各部分按第七条第（一）项所列内容编排，每部分列出指引相关条款的原文、准备清单的编写要点和进度。第七条第（一）项以“等内容”结尾，所列并非全部，可按当年度申报通知补充。",
        "Each part of the plan is one of the contents Art. 7(1) lists, with the guideline's own words, what the checklist says to cover and how far it is. Art. 7(1) ends with “and other contents”: its list is not exhaustive, and this year's call for applications may ask for more.";
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
        "附件2　证明材料（建议）",
        "Annex 2. Evidence to gather (suggested)";
    PROCEDURE = "outline.procedure":
        "附件3　申报程序",
        "Annex 3. Procedure";
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
    let mut body = Body::default();
    let b = &mut body;

    // The cover: the title and the supporting unit, then how to use the file. It has no page
    // number (the section's first page has its own, empty footer).
    b.paragraph(Style::Title, TITLE().get(lang));
    // Without a name, the line is a place to write like the others.
    let (name, style) = if organisation.is_empty() {
        (NAME_TO_WRITE().get(lang), Style::FillIn)
    } else {
        (organisation, Style::Subtitle)
    };
    b.paragraph(style, &[SUPPORTING_UNIT().get(lang), name].concat());
    b.paragraph(Style::Guidance, HOW_TO_USE().get(lang));
    b.paragraph(Style::Guidance, GOVERNS().get(lang));
    if !shown {
        b.paragraph(Style::Guidance, WITHOUT_AMOUNTS().get(lang));
    }
    // What Art. 7(1) asks the plan to contain, as guidance.
    quote(b, ClauseId::Art7_1, lang);
    b.paragraph(Style::Guidance, HOW_TO_WRITE().get(lang));
    // The contents on a page of their own: a field Word and WPS update (written in the texts
    // file, with the parts' headings shown until then).
    b.raw(contents_field(lang));

    // The plan's parts, the first on the page after the contents: the guidance, then a place
    // to write.
    let items = checklist(assessment, lang, amounts);
    let in_section = |section: Section| items.iter().filter(move |i| i.section == section);
    for (n, item) in in_section(Section::Plan).enumerate() {
        b.paragraph(
            if n == 0 {
                Style::Heading1OnNewPage
            } else {
                Style::Heading1
            },
            &numbered(1, n, &item.title, lang),
        );
        quote(b, item.clause, lang);
        b.led(Style::Guidance, TO_COVER().get(lang), &item.guide);
        write_progress(b, item, input.progress, Style::Guidance, lang, shown);
        b.paragraph(
            Style::FillIn,
            &fill(WRITE_HERE().get(lang), &[("title", &item.title)]),
        );
    }

    // The annexes, each on a new page: the self-check's result, the evidence, the procedure.
    b.paragraph(Style::Heading1OnNewPage, ANNEX_RESULT().get(lang));
    // The date of the self-check and the guideline, as every rendering of the result has them.
    for line in about_lines(assessment, "", "", lang) {
        b.paragraph(Style::Note, &line);
    }
    // The self-check's result, under the names the results page gives its parts.
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
        &[25, 17, 34, 24],
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
    for (n, item) in in_section(Section::Conditions).enumerate() {
        if n == 0 {
            b.paragraph(Style::Heading2, CONDITIONS_SECTION_TITLE().get(lang));
        }
        b.led(
            Style::Body,
            &[item.title.as_str(), lang.colon()].concat(),
            &item.guide,
        );
        write_progress(b, item, input.progress, Style::Note, lang, shown);
    }

    // The figures entered.
    b.paragraph(Style::Heading2, FIGURES_ENTERED().get(lang));
    let years = &input.answers.financials.years;
    if shown && !years.is_empty() {
        let mut header = vec![FISCAL_YEAR().get(lang)];
        header.extend(Field::ALL.map(|f| f.label().get(lang)));
        b.table(&[14, 29, 29, 28], &header, &figure_rows(years, lang));
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

    for (title, section) in [
        (EVIDENCE(), Section::Evidence),
        (PROCEDURE(), Section::Procedure),
    ] {
        b.paragraph(Style::Heading1OnNewPage, title.get(lang));
        for (n, item) in in_section(section).enumerate() {
            let mut heading = numbered(2, n, &item.title, lang);
            if item.cite {
                heading.push_str(&lang.parenthesised(item.clause.citation(lang)));
            }
            b.paragraph(Style::Heading2, &heading);
            b.paragraph(Style::Body, &item.guide);
            write_progress(b, item, input.progress, Style::Note, lang, shown);
        }
    }

    Document {
        lang,
        title: TITLE().get(lang).into(),
        company: organisation.into(),
        body,
    }
}

/// The contents on a page of their own: a TOC field that Word and WPS fill in when the file
/// opens (the settings ask them to) or on F9, showing the parts' and annexes' headings until
/// then. Fixed for a language, so written natively into the texts file: the app carries its
/// key, not the code that writes it.
fn contents_field(lang: Lang) -> &'static str {
    long_text_by_hash(const { key_hash(CONTENTS_KEY) }, contents_pair).get(lang)
}

const CONTENTS_KEY: &str = "docx.contents";

fn contents_pair() -> Bilingual {
    let write = |lang: Lang| -> &'static str {
        let mut entries: Vec<String> = PlanElement::ALL
            .iter()
            .enumerate()
            .map(|(n, e)| numbered(1, n, e.title().get(lang), lang))
            .collect();
        entries.extend([ANNEX_RESULT(), EVIDENCE(), PROCEDURE()].map(|t| t.get(lang).to_string()));
        let mut xml = format!(
            "<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/><w:pageBreakBefore/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>",
            CONTENTS().get(lang)
        );
        let last = entries.len() - 1;
        for (n, entry) in entries.iter().enumerate() {
            xml.push_str("<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>");
            if n == 0 {
                xml.push_str("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            xml.push_str("<w:r><w:t>");
            xml.push_str(&escape(entry));
            xml.push_str("</w:t></w:r>");
            if n == last {
                xml.push_str("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            xml.push_str("</w:p>");
        }
        Box::leak(xml.into_boxed_str())
    };
    Bilingual::new(write(Lang::Zh), write(Lang::En))
}

/// The contents field, with its key, for the texts file.
pub fn contents_texts() -> Vec<(&'static str, Bilingual)> {
    vec![(CONTENTS_KEY, contents_pair())]
}

/// The outline as a `.docx` file.
pub fn outline_docx(input: &OutlineInput, lang: Lang, amounts: Amounts) -> Vec<u8> {
    outline(input, lang, amounts).to_docx()
}

/// A clause's text, quoted, led by its citation.
fn quote(b: &mut Body, clause: ClauseId, lang: Lang) {
    b.led(
        Style::Guidance,
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
    style: Style,
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
    b.led(style, PROGRESS().get(lang), &text);
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
