//! What the wizard checks before it moves on, and the messages for each problem, in both
//! languages. Amount messages come from the rules' parser, so the page and the importer say the
//! same thing about the same text.

use crate::rules::answers::{Field, Question};
use crate::rules::lang::{pick, Lang};
use crate::rules::money::AmountError;

/// A control on a page, for the error summary's links and for focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    Path,
    Question(Question),
    LatestYear,
    History,
    FoundingDate,
    Figure(i32, Field),
    /// An amount of the Art. 6 path.
    Plan(PlanAmount),
}

/// The amounts asked of a newly founded independent legal entity (Art. 6), besides its figures
/// per fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanAmount {
    /// The average annual R&D guaranteed for the next years.
    Commitment,
    /// Of that, the part planned within China.
    PlannedDomestic,
    /// R&D incurred since founding (no complete fiscal year yet).
    SinceFounding,
    /// Of that, the part incurred within China.
    SinceFoundingDomestic,
}

impl PlanAmount {
    pub const ALL: [PlanAmount; 4] = [
        PlanAmount::Commitment,
        PlanAmount::PlannedDomestic,
        PlanAmount::SinceFounding,
        PlanAmount::SinceFoundingDomestic,
    ];
}

impl FieldId {
    /// The DOM id of the control (and of the first radio button of a group).
    pub fn dom_id(self) -> String {
        match self {
            FieldId::Path => "tic-path".into(),
            FieldId::Question(q) => format!("tic-q-{}", question_slug(q)),
            FieldId::LatestYear => "tic-latest-year".into(),
            FieldId::History => "tic-history".into(),
            FieldId::FoundingDate => "tic-founding-date".into(),
            FieldId::Figure(year, field) => format!("tic-fig-{year}-{}", field_slug(field)),
            FieldId::Plan(PlanAmount::Commitment) => "tic-commitment".into(),
            FieldId::Plan(PlanAmount::PlannedDomestic) => "tic-planned-domestic".into(),
            FieldId::Plan(PlanAmount::SinceFounding) => "tic-since-founding".into(),
            FieldId::Plan(PlanAmount::SinceFoundingDomestic) => {
                "tic-since-founding-domestic".into()
            }
        }
    }
}

/// The question's name in ids: `good-credit` for `Question::GoodCredit`.
pub fn question_slug(q: Question) -> String {
    q.key().replace('_', "-")
}

pub fn field_slug(f: Field) -> &'static str {
    match f {
        Field::SalesRevenue => "revenue",
        Field::RdTotal => "rd-total",
        Field::RdDomestic => "rd-domestic",
    }
}

/// Why a page cannot be left yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NoAnswer,
    NoPath,
    YearInvalid,
    NoHistory,
    DateInvalid,
    /// The latest complete fiscal year has not ended on the date of the self-check.
    YearNotEnded {
        last_complete: i32,
    },
    /// The founding date is after the date of the self-check.
    DateInFuture,
    Amount(AmountError),
    DomesticExceedsTotal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValidationError {
    pub field: FieldId,
    pub problem: Problem,
}

impl ValidationError {
    /// The message for the error summary, naming the field where the page has several of the
    /// same kind.
    pub fn message(&self, lang: Lang) -> String {
        let what = match self.field {
            FieldId::Figure(year, field) => pick(
                lang,
                format!("{year}年{}:", field.label().zh),
                format!("{} for {year}: ", field.label().en),
            ),
            _ => String::new(),
        };
        format!("{what}{}", self.problem_text(lang))
    }

    /// The message shown beside the field itself, where the label already names it.
    pub fn problem_text(&self, lang: Lang) -> String {
        match self.problem {
            Problem::NoAnswer => match self.field {
                FieldId::Question(q) => pick(
                    lang,
                    format!("请选择“是”“否”或“不确定”:{}", q.text().zh),
                    format!("Choose yes, no or not sure: {}", q.text().en),
                ),
                _ => pick(lang, "请选择一项。".into(), "Choose an option.".into()),
            },
            Problem::NoPath => pick(
                lang,
                "请选择申报类型。".into(),
                "Choose the type of applicant.".into(),
            ),
            Problem::YearInvalid => pick(
                lang,
                "请填写最近一个完整会计年度,四位数字,例如 2024。".into(),
                "Enter the latest complete fiscal year as four digits, for example 2024.".into(),
            ),
            Problem::NoHistory => pick(
                lang,
                "请选择经营时间。".into(),
                "Choose how long the applicant has operated.".into(),
            ),
            Problem::DateInvalid => pick(
                lang,
                "请填写有效的成立日期,例如 2023-07-01。".into(),
                "Enter a real founding date, for example 2023-07-01.".into(),
            ),
            Problem::YearNotEnded { last_complete } => pick(
                lang,
                format!("该年度尚未结束,不是完整会计年度。请填写已结束的年度,例如 {last_complete}。"),
                format!("That year has not ended yet, so it is not a complete fiscal year. Enter a year that has ended, for example {last_complete}."),
            ),
            Problem::DateInFuture => pick(
                lang,
                "成立日期不能晚于今天。".into(),
                "The founding date cannot be after today.".into(),
            ),
            Problem::Amount(e) => e.message(lang),
            Problem::DomesticExceedsTotal => match self.field {
                FieldId::Plan(PlanAmount::PlannedDomestic) => pick(
                    lang,
                    "计划在中国境内发生的部分不能大于承诺的年均研究开发费用。".into(),
                    "The part planned within China cannot be more than the committed average annual R&D.".into(),
                ),
                _ => pick(
                    lang,
                    "境内研究开发费用不能大于研究开发费用总额。".into(),
                    "R&D incurred within China cannot be more than total R&D.".into(),
                ),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids follow the answers document's names, so the two never drift apart.
    #[test]
    fn question_ids_follow_the_document_names() {
        for q in Question::ALL {
            assert_eq!(question_slug(q), q.key().replace('_', "-"));
        }
    }
}
