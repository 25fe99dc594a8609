//! Where each answer is given and where each finding can be fixed: the page and the field that a
//! “change” link on the check page, or a link in the results summary, lands on.

use super::field_id::{FieldId, PlanAmount};
use super::steps::Step;
use crate::rules::answers::{Answers, Field};
use crate::rules::outcome::{DomesticBasis, NewEntityFigure, Reason};
use crate::rules::period::PeriodProblem;
use crate::rules::plausibility::likely_wrong_of_total_and_domestic;
use crate::rules::questions::ApplicantPath;

impl FieldId {
    /// The page the field is on.
    pub fn step(self) -> Step {
        match self {
            FieldId::Path => Step::ApplicantType,
            FieldId::Question(q) => Step::ALL
                .into_iter()
                .find(|s| s.questions().contains(&q))
                .unwrap_or(Step::Check),
            FieldId::Plan(PlanAmount::Commitment | PlanAmount::PlannedDomestic) => Step::NewEntity,
            FieldId::Organisation | FieldId::FilledBy | FieldId::ExpectedRevenue => Step::Results,
            FieldId::LatestYear
            | FieldId::History
            | FieldId::FoundingDate
            | FieldId::Figure(..)
            | FieldId::Plan(PlanAmount::SinceFounding | PlanAmount::SinceFoundingDomestic) => {
                Step::Figures
            }
        }
    }
}

/// The field whose answer decides `reason`: the one to change to resolve it.
pub fn field_for(reason: &Reason, answers: &Answers) -> Option<FieldId> {
    let latest = answers.financials.latest_fiscal_year;
    let figure = |year: i32, field| Some(FieldId::Figure(year, field));
    match reason {
        Reason::Declared { question, .. } | Reason::Unanswered { question } => {
            Some(FieldId::Question(*question))
        }
        Reason::PathNotChosen | Reason::OperatedThroughPeriod { .. } => Some(FieldId::Path),
        Reason::PeriodUnknown { problem } => Some(match problem {
            PeriodProblem::NoLatestYear | PeriodProblem::LatestYearNotEnded { .. } => {
                FieldId::LatestYear
            }
            PeriodProblem::NoOperatingHistory => FieldId::History,
            // An existing enterprise with no year that has ended: the applicant type is what
            // to look at (a new independent legal entity is judged under Art. 6).
            PeriodProblem::FoundedAfterLatestYear { .. }
                if answers.path == Some(ApplicantPath::ExistingEnterprise) =>
            {
                FieldId::Path
            }
            PeriodProblem::FoundedAfterLatestYear { .. }
            | PeriodProblem::FoundedInFuture { .. } => FieldId::FoundingDate,
        }),
        Reason::OutdatedFiscalYear { .. } => Some(FieldId::LatestYear),
        Reason::MissingFigures { missing } => missing.first().and_then(|m| figure(m.year, m.field)),
        Reason::NoRdOverPeriod { latest_year, .. } | Reason::RdRatio { latest_year, .. } => {
            figure(*latest_year, Field::RdTotal)
        }
        Reason::RdRatioWithoutRevenue { .. } => latest.and_then(|y| figure(y, Field::SalesRevenue)),
        Reason::RdGrowth { year, .. }
        | Reason::RdGrowthWithoutPreviousYear { year }
        | Reason::RdGrowthFromZero { year, .. }
        | Reason::RdGrowthNone { year } => figure(*year, Field::RdTotal),
        Reason::DomesticShare { basis, .. } => match basis {
            DomesticBasis::Period { latest_year, .. } => figure(*latest_year, Field::RdDomestic),
            DomesticBasis::SinceFounding => Some(FieldId::Plan(PlanAmount::SinceFoundingDomestic)),
            DomesticBasis::PlannedCommitment => Some(FieldId::Plan(PlanAmount::PlannedDomestic)),
        },
        // Year 0: the Art. 6 amounts, since founding or in the plan.
        Reason::DomesticExceedsTotal { year: 0 } => Some(FieldId::Plan(
            if answers.rd_since_founding.is_some() || answers.rd_since_founding_domestic.is_some() {
                PlanAmount::SinceFoundingDomestic
            } else {
                PlanAmount::PlannedDomestic
            },
        )),
        Reason::DomesticExceedsTotal { year } => figure(
            *year,
            likely_wrong_of_total_and_domestic(&answers.financials, *year),
        ),
        Reason::NoRdRecorded => match latest {
            Some(year) if !answers.financials.years.is_empty() => figure(year, Field::RdTotal),
            _ => Some(FieldId::Plan(PlanAmount::SinceFounding)),
        },
        Reason::MissingNewEntityFigures { missing } => missing.first().map(|m| {
            FieldId::Plan(match m {
                NewEntityFigure::RdSinceFounding => PlanAmount::SinceFounding,
                NewEntityFigure::RdSinceFoundingDomestic => PlanAmount::SinceFoundingDomestic,
                NewEntityFigure::PlannedDomesticAverageAnnualRd => PlanAmount::PlannedDomestic,
            })
        }),
        Reason::Commitment { .. } | Reason::CommitmentMissing { .. } => {
            Some(FieldId::Plan(PlanAmount::Commitment))
        }
        Reason::FoundedAfterLatestYear { .. } | Reason::FoundedWithinPeriod { .. } => {
            Some(FieldId::FoundingDate)
        }
        // The first figure to look at again; confirming them all is on the check page.
        Reason::CheckFigures { warnings } => {
            warnings.first().map(|w| FieldId::of_figure(w.figure()))
        }
        Reason::BandDependsOnAverage { .. } => Some(FieldId::FoundingDate),
    }
}
