//! The plan of an applicant on the Art. 6 path: the commitment Art. 6 asks for, and Art. 5(4) on
//! the basis the assessment uses, with the same amounts the result gives.

use super::needs::round_up_fen;
use super::{CommitmentPlan, DomesticNeed};
use crate::rules::answers::Answers;
use crate::rules::assess::assess;
use crate::rules::dates::CalendarDate;
use crate::rules::guideline::RuleSet;
use crate::rules::money::Money;
use crate::rules::outcome::{Condition, Overall, Reason};

/// Art. 6: the commitment's minimum and the applicant's own commitment, and Art. 5(4) as the
/// assessment reads it today — on the same basis and with the same amount the result gives.
pub fn commitment_plan(answers: &Answers, as_of: CalendarDate) -> CommitmentPlan {
    let rules = RuleSet::for_date(as_of);
    let now = assess(answers, as_of);
    let domestic = now.condition(Condition::DomesticRd).and_then(|c| {
        c.findings.iter().find_map(|f| match &f.reason {
            Reason::DomesticShare {
                basis,
                domestic_rd,
                total_rd,
                required_domestic_rd,
                difference,
                ..
            } => Some(DomesticNeed {
                basis: *basis,
                total: *total_rd,
                domestic: *domestic_rd,
                required: *required_domestic_rd,
                difference: *difference,
            }),
            _ => None,
        })
    });
    let min = rules.new_entity_min_average_rd.value;
    let share = rules.min_domestic_rd_share.value;
    CommitmentPlan {
        years: rules.new_entity_commitment_years.value,
        min_average_rd: min,
        committed: answers.committed_average_annual_rd.map(Money::yuan),
        min_domestic_share: share,
        min_domestic_rd: round_up_fen(min * share),
        domestic,
        eligible: now.overall == Overall::PreliminarilyEligible,
    }
}
