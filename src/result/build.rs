//! The builder: one [`ResultDocument`] from an assessment, the applicant's details and the
//! answers. Every sentence of a result is put together here and nowhere else.
//!
//! To add a text a result shows: write it in the `long_texts!` block below (a key, Chinese,
//! English), or beside the rule it belongs to in `crate::rules`, and put it into a block here;
//! every rendering then has it.

use super::{
    Block, Card, FindingLine, GlanceRow, Item, Kind, Link, ResultDocument, Section, SectionId,
};
use crate::rules::answers::{
    Answers, Field, COMMITMENT_LABEL, PLANNED_DOMESTIC_LABEL, SINCE_FOUNDING_DOMESTIC_LABEL,
    SINCE_FOUNDING_TITLE,
};
use crate::rules::at_a_glance::{deciding_findings, figure_rows, glance_lines};
use crate::rules::at_a_glance::{
    route_status, route_words, FISCAL_YEAR, GLANCE_CONDITION, GLANCE_FIGURE, GLANCE_GAP,
    GLANCE_VERDICT,
};
use crate::rules::explain::{
    describe_confirmed, describe_fiscal_year, describe_period, describe_reason,
    describe_scale_with, describe_unlikely_figures, overall_label, rules_version, summary, Amounts,
    TOOL_VERSION,
};
use crate::rules::lang::Lang;
use crate::rules::library::{fill, long_texts};
use crate::rules::money_display::format_exact_amount;
use crate::rules::outcome::{Assessment, ConditionResult, Overall, Reason, Verdict};
use crate::rules::sentences::OPEN_SECTION;
use crate::rules::what_next::{describe_remedy, next_steps, remedies, REMEDIES_SECTION};

long_texts! {
    result_words;
    ORGANISATION_FIELD = "ui.organisation_field": "单位名称", "Organisation";
    FILLED_BY_FIELD = "ui.filled_by_field": "填写人", "Filled in by";
    PRINT_DATE = "ui.print_date": "自评日期：{date}", "Date of the self-check: {date}";
    PRINT_UNDER = "ui.print_under": "依据：《{title}》（{number}，{in_force}起施行，按第二十条推算）；自评工具{tool}版", "Under: the {title}, {number}, in force from {in_force} (counted from Art. 20); self-check tool version {tool}";
    FIGURES_ENTERED = "ui.figures_entered": "填写的数据", "The figures entered";
    GLANCE_TITLE = "ui.glance_title": "结果一览", "The result at a glance";
    RESULT_OVERALL = "ui.result_overall": "总体结论", "Overall result";
    RESULT_CONDITIONS = "ui.result_conditions": "各项条件", "Each condition";
    RESULT_NEXT = "ui.result_next": "下一步（第七条）", "Next steps (Article 7)";
    RESULT_NEXT_ROUND = "ui.result_next_round": "下一步：为下一轮申报做准备", "Next steps: getting ready for the next round";
    RESULT_VERSION = "ui.result_version": "结果依据", "What this result rests on";
    RESULT_REFERENCE = "ui.result_reference": "参考：按第五条第（三）项的结果（不计入第六条的结论）", "For reference: the result under Article 5(3) (not counted in the Article 6 result)";
    RESULT_DISCLAIMER = "ui.result_disclaimer": "本结果根据您填写的信息在本机计算，仅供申报前自评参考，不代表市科委中关村管委会的认定。", "This result was computed on this device from your answers. It is a self-check before applying, not a decision of the Commission.";
    PRIVACY_PRINT = "ui.privacy_print": "本文件由自评工具在本机生成：填写的数据只在本机计算，未发送到任何服务器。", "Produced by the self-check on this device: the figures entered were computed on this device only and sent nowhere.";
    AMOUNTS_WITHHELD = "ui.amounts_withheld": "本打印件未列出申报单位的金额和清单备注，比例、结论和指引规定的门槛照常列出。", "This printout leaves out the applicant's amounts and checklist notes; ratios, verdicts and the guideline's thresholds are shown.";
    REPORT_TITLE = "result.title":
        "北京市技术创新中心依托单位条件自评结果",
        "Beijing Technology Innovation Center supporting-unit self-check: the result";
    RESULT_TITLE = "ui.step_results": "自评结果", "Your result";
    CHECK_BEFORE = "ui.check_before": "依据的数字看起来可能有误，核对或确认之前尚无法判断：", "Rests on figures that look unlikely; until they are corrected or confirmed it cannot be decided:";
}

/// What a result is built from.
pub struct ResultInput<'a> {
    pub assessment: &'a Assessment,
    pub answers: &'a Answers,
    /// The names typed for the printout (may be empty).
    pub organisation: &'a str,
    pub filled_by: &'a str,
    pub lang: Lang,
    pub amounts: Amounts,
}

/// The result as one document.
pub fn build(input: &ResultInput) -> ResultDocument {
    let a = input.assessment;
    let lang = input.lang;
    let amounts = input.amounts;
    let mut sections = vec![
        overall_section(a, lang),
        glance_section(a, lang, amounts),
        figures_section(input),
    ];
    // What is still missing or unsure: the findings that cannot be told yet.
    let open: Vec<Item> = a
        .conditions
        .iter()
        .flat_map(|c| c.findings.iter().enumerate().map(move |(i, f)| (c, i, f)))
        .filter(|(_, _, f)| f.verdict == Verdict::CannotTell)
        .map(|(c, i, f)| Item {
            clause: Some(c.clause),
            text: describe_reason(&f.reason, lang, amounts),
            link: Some(Link::Finding {
                condition: c.condition,
                finding: i,
            }),
        })
        .collect();
    if !open.is_empty() {
        sections.push(Section {
            id: SectionId::Open,
            heading: OPEN_SECTION().get(lang),
            blocks: vec![Block::List {
                title: None,
                numbered: false,
                items: open,
            }],
        });
    }
    sections.push(Section {
        id: SectionId::Conditions,
        heading: RESULT_CONDITIONS().get(lang),
        blocks: a
            .conditions
            .iter()
            .map(|c| Block::Card(card(c, lang, amounts)))
            .collect(),
    });
    if let Some(reference) = &a.art5_3_reference {
        sections.push(Section {
            id: SectionId::Reference,
            heading: RESULT_REFERENCE().get(lang),
            blocks: vec![Block::Card(card(reference, lang, amounts))],
        });
    }
    let next_title = if a.overall == Overall::NotEligible {
        RESULT_NEXT_ROUND()
    } else {
        RESULT_NEXT()
    };
    sections.push(Section {
        id: SectionId::Next,
        heading: next_title.get(lang),
        blocks: vec![Block::List {
            title: None,
            numbered: true,
            items: next_steps(a, lang, None)
                .into_iter()
                .map(|(clause, text)| Item {
                    clause: Some(clause),
                    text,
                    link: None,
                })
                .collect(),
        }],
    });
    let mut version: Vec<Block> = rules_version(a, lang)
        .into_iter()
        .map(|text| Block::Paragraph {
            kind: Kind::Body,
            text,
        })
        .collect();
    version.push(Block::Paragraph {
        kind: Kind::Note,
        text: RESULT_DISCLAIMER().get(lang).into(),
    });
    version.push(Block::Paragraph {
        kind: Kind::Privacy,
        text: PRIVACY_PRINT().get(lang).into(),
    });
    sections.push(Section {
        id: SectionId::Version,
        heading: RESULT_VERSION().get(lang),
        blocks: version,
    });
    ResultDocument {
        lang,
        amounts,
        title: REPORT_TITLE().get(lang),
        about: about_lines(a, input.organisation, input.filled_by, lang),
        withheld: (amounts == Amounts::Hidden).then(|| AMOUNTS_WITHHELD().get(lang).into()),
        overall: a.overall,
        sections,
    }
}

/// The lines under the title: the names typed, the date of the self-check and the guideline.
pub fn about_lines(a: &Assessment, organisation: &str, filled_by: &str, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    for (label, name) in [
        (ORGANISATION_FIELD(), organisation),
        (FILLED_BY_FIELD(), filled_by),
    ] {
        if !name.trim().is_empty() {
            lines.push([label.get(lang), lang.colon(), name.trim()].concat());
        }
    }
    let g = &a.rules.guideline;
    lines.push(fill(
        PRINT_DATE().get(lang),
        &[("date", &a.as_of.in_words(lang))],
    ));
    lines.push(fill(
        PRINT_UNDER().get(lang),
        &[
            ("title", &g.title.get(lang)),
            ("number", &g.number),
            ("in_force", &g.in_force.in_words(lang)),
            ("tool", &TOOL_VERSION),
        ],
    ));
    lines
}

/// 总体结论: the verdict, what it means, and what would change it.
fn overall_section(a: &Assessment, lang: Lang) -> Section {
    let mut blocks = vec![
        Block::Verdict {
            label: overall_label(a, lang),
        },
        Block::Paragraph {
            kind: Kind::Summary,
            text: summary(a, lang),
        },
    ];
    let found = remedies(a);
    if !found.is_empty() {
        blocks.push(Block::List {
            title: Some(REMEDIES_SECTION().get(lang)),
            numbered: false,
            items: found
                .into_iter()
                .map(|r| Item {
                    clause: None,
                    text: describe_remedy(&r, a.rules, lang),
                    link: Some(Link::Remedy(r)),
                })
                .collect(),
        });
    }
    Section {
        id: SectionId::Overall,
        heading: RESULT_OVERALL().get(lang),
        blocks,
    }
}

/// 结果一览: one row per condition.
fn glance_section(a: &Assessment, lang: Lang, amounts: Amounts) -> Section {
    let (either, _) = route_words(lang);
    let rows = a
        .conditions
        .iter()
        .map(|c| {
            let (has_routes, lines) = glance_lines(c, lang, amounts);
            // The link goes to what decides the verdict: for a condition not met (or not
            // known), the first finding that is not met.
            let deciding = deciding_findings(c)
                .find(|f| c.verdict == Verdict::Met || f.verdict != Verdict::Met);
            let link = deciding.and_then(|d| c.findings.iter().position(|f| std::ptr::eq(f, d)));
            GlanceRow {
                condition: c.condition,
                citation: c.clause.citation(lang),
                title: c.condition.title().get(lang),
                verdict: c.verdict,
                verdict_label: c.verdict.label().get(lang),
                either: has_routes.then_some(either),
                figures: lines,
                link,
            }
        })
        .collect();
    Section {
        id: SectionId::Glance,
        heading: GLANCE_TITLE().get(lang),
        blocks: vec![Block::Glance {
            headings: [
                GLANCE_CONDITION(),
                GLANCE_VERDICT(),
                GLANCE_FIGURE(),
                GLANCE_GAP(),
            ]
            .map(|h| h.get(lang)),
            rows,
        }],
    }
}

/// 填写的数据: the figures entered exactly as typed (left out with the amounts), the Art. 6
/// amounts, then the period, the note on the year used and the figures that look unlikely.
fn figures_section(input: &ResultInput) -> Section {
    let (a, lang, amounts) = (input.assessment, input.lang, input.amounts);
    let shown = amounts == Amounts::Shown;
    let mut blocks = Vec::new();
    let years = &input.answers.financials.years;
    if shown && !years.is_empty() {
        let mut headings = vec![FISCAL_YEAR().get(lang)];
        headings.extend(Field::ALL.map(|f| f.label().get(lang)));
        blocks.push(Block::Table {
            headings,
            rows: figure_rows(years, lang),
        });
    }
    let pairs = art6_amounts(input.answers, lang, amounts);
    if !pairs.is_empty() {
        blocks.push(Block::Pairs(pairs));
    }
    if let Some(text) = a.period.as_ref().map(|p| describe_period(p, lang)) {
        blocks.push(Block::Paragraph {
            kind: Kind::Body,
            text,
        });
    }
    if let Some(text) = a.fiscal_year.and_then(|c| describe_fiscal_year(c, lang)) {
        blocks.push(Block::Paragraph {
            kind: Kind::FiscalYear,
            text,
        });
    }
    if let Some(text) = describe_unlikely_figures(a, lang, amounts) {
        blocks.push(Block::Paragraph {
            kind: Kind::Unlikely,
            text,
        });
    }
    Section {
        id: SectionId::Figures,
        heading: FIGURES_ENTERED().get(lang),
        blocks,
    }
}

/// The Art. 6 amounts entered (the commitment and its part within China, the R&D since
/// founding), each with its name and shown exactly; none when the amounts are left out. The
/// result's figures and the outline's both list these.
pub fn art6_amounts(
    answers: &Answers,
    lang: Lang,
    amounts: Amounts,
) -> Vec<(&'static str, String)> {
    if amounts == Amounts::Hidden {
        return Vec::new();
    }
    [
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
    ]
    .into_iter()
    .filter_map(|(label, amount)| {
        Some((label.get(lang), format_exact_amount(amount?.yuan(), lang)))
    })
    .collect()
}

/// One condition's card: what the result's details and every report show of it.
fn card(c: &ConditionResult, lang: Lang, amounts: Amounts) -> Card {
    let findings = c
        .findings
        .iter()
        .map(|f| {
            let route = route_status(c, f, lang);
            // A route not needed is said without its shortfall: there is nothing to close.
            let amounts = if matches!(route, Some((_, "not-needed"))) {
                Amounts::Hidden
            } else {
                amounts
            };
            let (text, check) = match &f.reason {
                Reason::CheckFigures { warnings } => {
                    (CHECK_BEFORE().get(lang).to_string(), warnings.clone())
                }
                reason => (describe_reason(reason, lang, amounts), Vec::new()),
            };
            FindingLine { route, text, check }
        })
        .collect();
    Card {
        condition: c.condition,
        clause: c.clause,
        citation: c.clause.citation(lang),
        title: c.condition.title().get(lang),
        verdict: c.verdict,
        verdict_label: c.verdict.label().get(lang),
        scale: c
            .revenue_scale
            .as_ref()
            .map(|s| describe_scale_with(s, lang, amounts)),
        confirmed: describe_confirmed(&c.confirmed_figures, lang, amounts),
        findings,
    }
}
