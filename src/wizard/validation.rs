//! What the wizard checks before it moves on (and, for what cannot be read, as a field is
//! left), how the errors shown follow what is typed, and the messages for each problem, in both
//! languages. Amount messages come from the rules' parser, so the page and the importer say the
//! same thing about the same text.

use super::field_id::{FieldId, PlanAmount};
use super::problems::{Problem, ValidationError};
use super::state::WizardState;
use super::steps::Step;
use super::values::HistoryChoice;
use crate::rules::answers::Field;
use crate::rules::dates::CalendarDate;
use crate::rules::money::AmountError;
use crate::rules::period::{check_latest_year, FiscalYearCheck};
use crate::rules::plausibility::likely_wrong_of_total_and_domestic;
use crate::rules::questions::ApplicantPath;

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
                    self.answers().plan_amount(total),
                    self.answers().plan_amount(part),
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
                // Two figures that disagree: the error names both and goes to the one out of
                // line with the other years.
                if let (Some(t), Some(d)) = (total, domestic) {
                    if d.yuan() > t.yuan() {
                        let fin = &self.answers().financials;
                        match likely_wrong_of_total_and_domestic(fin, year) {
                            Field::RdTotal => problem(
                                FieldId::Figure(year, Field::RdTotal),
                                Problem::TotalBelowDomestic,
                            ),
                            _ => problem(
                                FieldId::Figure(year, Field::RdDomestic),
                                Problem::DomesticExceedsTotal,
                            ),
                        }
                    }
                }
            }
        }
        errors
    }
}

impl WizardState {
    pub(super) fn continue_from_step(&mut self) {
        let errors = self.validate(self.step);
        if !errors.is_empty() {
            self.errors = errors;
            self.summarise_errors = true;
            self.failed_attempts += 1;
            return;
        }
        let next = match self.return_to {
            // Back to the results only when every page is still complete; otherwise the check
            // page, which shows what is missing.
            Some(Step::Results) if self.first_incomplete_step().is_none() => Step::Results,
            Some(_) => Step::Check,
            None => self.step.next(self.path),
        };
        self.go(next);
    }

    /// The first page with something still to answer or correct.
    pub(super) fn first_incomplete_step(&self) -> Option<Step> {
        Step::sequence(self.path)
            .into_iter()
            .filter(|s| !matches!(s, Step::Start | Step::Check | Step::Results))
            .find(|s| !self.validate(*s).is_empty())
    }

    /// The error shown next to a field, if any.
    pub fn error_for(&self, field: FieldId) -> Option<&ValidationError> {
        self.errors.iter().find(|e| e.field == field)
    }

    /// An error shown goes as soon as what it is about is put right, not on the next
    /// “Continue”; one still there follows what was typed.
    pub(super) fn refresh_errors(&mut self) {
        if self.errors.is_empty() || matches!(self.step, Step::Check | Step::Results) {
            return;
        }
        let now = self.validate(self.step);
        self.errors
            .retain_mut(|e| match now.iter().find(|n| n.field == e.field) {
                Some(n) => {
                    *e = *n;
                    true
                }
                None => false,
            });
        self.summarise_errors &= !self.errors.is_empty();
    }

    /// On leaving `field`: what was typed there that cannot be read (an amount, a year, a date)
    /// is said beside it at once. A field left blank is not reproached until “Continue”.
    pub(super) fn report_unreadable(&mut self, field: FieldId) {
        if self.error_for(field).is_some() {
            return;
        }
        let blank = match field {
            FieldId::LatestYear => self.latest_year_text.trim().is_empty(),
            FieldId::FoundingDate => self.founding_date_text.trim().is_empty(),
            _ => false,
        };
        let unreadable = self.validate(self.step).into_iter().find(|e| {
            e.field == field
                && match e.problem {
                    Problem::Amount(error) => error != AmountError::Empty,
                    Problem::YearInvalid { .. } | Problem::DateInvalid => !blank,
                    _ => false,
                }
        });
        self.errors.extend(unreadable);
    }
}
