//! What the wizard checks before it moves on, and the messages for each problem, in both
//! languages. Amount messages come from the rules' parser, so the page and the importer say the
//! same thing about the same text.

use super::field_id::{FieldId, PlanAmount};
use super::state::{plan_amount, HistoryChoice, WizardState};
use super::steps::Step;
use crate::rules::answers::year_label;
use crate::rules::answers::Field;
use crate::rules::dates::CalendarDate;
use crate::rules::lang::Lang;
use crate::rules::library::fill;
use crate::rules::money::AmountError;
use crate::rules::period::{check_latest_year, FiscalYearCheck};
use crate::rules::questions::ApplicantPath;
use crate::words::*;

impl WizardState {
    /// The problems that keep a person on `step`.
    pub fn validate(&self, step: Step) -> Vec<ValidationError> {
        let mut errors = Vec::new();
        let mut problem = |field, problem| errors.push(ValidationError { field, problem });
        if step == Step::ApplicantType && self.path.is_none() {
            problem(FieldId::Path, Problem::NoPath);
        }
        for &q in step.questions() {
            if !self.declarations.contains_key(&q) {
                problem(FieldId::Question(q), Problem::NoAnswer);
            }
        }
        let plan_pair =
            |total: PlanAmount, part: PlanAmount, problem: &mut dyn FnMut(FieldId, Problem)| {
                for amount in [total, part] {
                    if let Err(e) = self.plan[amount as usize].read {
                        problem(FieldId::Plan(amount), Problem::Amount(e));
                    }
                }
                if let (Some(t), Some(p)) = (
                    plan_amount(self.answers(), total),
                    plan_amount(self.answers(), part),
                ) {
                    if p.yuan() > t.yuan() {
                        problem(FieldId::Plan(part), Problem::DomesticExceedsTotal);
                    }
                }
            };
        if step == Step::NewEntity {
            plan_pair(
                PlanAmount::Commitment,
                PlanAmount::PlannedDomestic,
                &mut problem,
            );
        }
        if step == Step::Figures {
            // The year as derive_answers read it from what was typed.
            let latest = self.answers().financials.latest_fiscal_year;
            match latest {
                None => problem(
                    FieldId::LatestYear,
                    Problem::YearInvalid {
                        last_complete: self.as_of.year - 1,
                    },
                ),
                Some(year) if check_latest_year(year, self.as_of) == FiscalYearCheck::NotEnded => {
                    problem(
                        FieldId::LatestYear,
                        Problem::YearNotEnded {
                            last_complete: self.as_of.year - 1,
                        },
                    )
                }
                Some(_) => {}
            }
            match self.history {
                None => problem(FieldId::History, Problem::NoHistory),
                Some(HistoryChoice::FoundedOn) => {
                    match CalendarDate::parse(&self.founding_date_text) {
                        None => problem(FieldId::FoundingDate, Problem::DateInvalid),
                        Some(date) if date > self.as_of => {
                            problem(FieldId::FoundingDate, Problem::DateInFuture)
                        }
                        Some(date) if self.path != Some(ApplicantPath::NewEntity) => {
                            if let Some(latest) = latest.filter(|&latest| date.year > latest) {
                                problem(
                                    FieldId::FoundingDate,
                                    Problem::FoundedAfterLatestYear { latest },
                                )
                            }
                        }
                        Some(_) => {}
                    }
                }
                Some(HistoryChoice::ThreeYearsOrMore | HistoryChoice::FoundedIn { .. }) => {}
            }
            if self.asks_since_founding() {
                plan_pair(
                    PlanAmount::SinceFounding,
                    PlanAmount::SinceFoundingDomestic,
                    &mut problem,
                );
            }
            for &year in self.period_years() {
                for field in Field::ALL {
                    if let Some(Err(e)) = self.figure_input((year, field)).map(|i| i.read) {
                        problem(FieldId::Figure(year, field), Problem::Amount(e));
                    }
                }
                let figures = self.answers().financials.year(year);
                let total = figures.and_then(|y| y.rd_total);
                let domestic = figures.and_then(|y| y.rd_domestic);
                if let (Some(t), Some(d)) = (total, domestic) {
                    if d.yuan() > t.yuan() {
                        problem(
                            FieldId::Figure(year, Field::RdDomestic),
                            Problem::DomesticExceedsTotal,
                        );
                    }
                }
            }
        }
        errors
    }
}

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
        }
    }
}
