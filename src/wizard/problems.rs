//! Why a page cannot be left yet, and the messages for each problem, in both languages: the
//! error summary's and the one beside the field. The checks that find them are
//! `super::validation`'s.

use super::field_id::{FieldId, PlanAmount};
use crate::rules::answers::year_label;
use crate::rules::lang::Lang;
use crate::rules::library::fill;
use crate::rules::money::AmountError;
use crate::words::*;

/// Why a page cannot be left yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NoAnswer,
    NoPath,
    /// Not a year; the example given is the last complete fiscal year.
    YearInvalid {
        last_complete: i32,
    },
    NoHistory,
    DateInvalid,
    /// The latest complete fiscal year has not ended on the date of the self-check.
    YearNotEnded {
        last_complete: i32,
    },
    /// The founding date is after the date of the self-check.
    DateInFuture,
    /// An existing enterprise founded after its latest complete fiscal year: it has no year to
    /// assess under Art. 5 (a newly founded entity applies under Art. 6).
    FoundedAfterLatestYear {
        latest: i32,
    },
    Amount(AmountError),
    /// The part within China above the total, on the part (or the plan's part).
    DomesticExceedsTotal,
    /// The same, on the total: the one out of line with the other years' totals.
    TotalBelowDomestic,
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
            FieldId::Figure(year, field) => year_label(year, field, lang) + lang.colon(),
            _ => String::new(),
        };
        format!("{what}{}", self.problem_text(lang))
    }

    /// The message shown beside the field itself, where the label already names it.
    pub fn problem_text(&self, lang: Lang) -> String {
        match self.problem {
            Problem::NoAnswer => match self.field {
                FieldId::Question(q) => fill(
                    CHOOSE_ANSWER().get(lang),
                    &[("question", &q.text().get(lang))],
                ),
                _ => CHOOSE_OPTION().get(lang).into(),
            },
            Problem::NoPath => CHOOSE_PATH().get(lang).into(),
            Problem::YearInvalid { last_complete } => fill(
                YEAR_INVALID().get(lang),
                &[("last_complete", &last_complete)],
            ),
            Problem::NoHistory => CHOOSE_HISTORY().get(lang).into(),
            Problem::DateInvalid => DATE_INVALID().get(lang).into(),
            Problem::YearNotEnded { last_complete } => fill(
                YEAR_NOT_ENDED().get(lang),
                &[("last_complete", &last_complete)],
            ),
            Problem::DateInFuture => DATE_IN_FUTURE().get(lang).into(),
            Problem::FoundedAfterLatestYear { latest } => fill(
                FOUNDED_AFTER_LATEST_YEAR().get(lang),
                &[("latest", &latest)],
            ),
            Problem::Amount(e) => e.message(lang),
            Problem::DomesticExceedsTotal => match self.field {
                FieldId::Plan(PlanAmount::PlannedDomestic) => {
                    PLANNED_DOMESTIC_TOO_LARGE().get(lang).into()
                }
                _ => DOMESTIC_TOO_LARGE().get(lang).into(),
            },
            Problem::TotalBelowDomestic => TOTAL_TOO_SMALL().get(lang).into(),
        }
    }
}
