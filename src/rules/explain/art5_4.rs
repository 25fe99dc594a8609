//! Art. 5(4) in words: the share of R&D within China on its basis (the period, the R&D since
//! founding, or the plan), figures that contradict each other, and what is missing.

use super::{describe_difference, describe_ended_difference, fill_sentence, reached, Amounts};
use crate::rules::dates::year_span;
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::money_display::{
    format_amount, format_compared_percent, format_threshold_percent, Rounding,
};
use crate::rules::outcome::{DomesticBasis, NewEntityFigure, Reason};
use crate::rules::sentences::*;
use std::fmt::Display;

/// The sentence for a reason of this family (the dispatcher in [`super::describe_reason`] sends
/// no other here).
pub(super) fn describe(reason: &Reason, lang: Lang, amounts: Amounts) -> String {
    match reason {
        Reason::DomesticShare {
            basis,
            domestic_rd,
            total_rd,
            share,
            min_share,
            required_domestic_rd,
            difference,
        } => {
            let s = format_compared_percent(*share, *min_share, lang);
            let min = format_threshold_percent(*min_share);
            let dom = format_amount(*domestic_rd, Rounding::Nearest, lang);
            let total = format_amount(*total_rd, Rounding::Nearest, lang);
            let req = format_amount(*required_domestic_rd, Rounding::Up, lang);
            // The period's years have ended: a shortfall there is past. Since founding, and in
            // a plan, it can still be closed.
            let gap = match basis {
                DomesticBasis::Period {
                    first_year,
                    latest_year,
                } => describe_ended_difference(*difference, *first_year, *latest_year, lang),
                _ => describe_difference(*difference, lang),
            };
            let reached = reached(difference, lang);
            let mut values: Vec<(&str, &dyn Display)> = vec![
                ("domestic", &dom),
                ("total", &total),
                ("share", &s),
                ("min", &min),
                ("required", &req),
                ("gap", &gap),
                ("reached", &reached),
            ];
            if amounts == Amounts::Hidden {
                return fill_sentence(DOMESTIC_SHARE_WITHOUT_AMOUNTS(), lang, &values);
            }
            match basis {
                DomesticBasis::Period {
                    first_year,
                    latest_year,
                } => {
                    let years = year_span(*first_year, *latest_year, lang);
                    values.push(("years", &years));
                    fill_sentence(DOMESTIC_SHARE(), lang, &values)
                }
                DomesticBasis::SinceFounding => {
                    fill_sentence(DOMESTIC_SHARE_SINCE_FOUNDING(), lang, &values)
                }
                DomesticBasis::PlannedCommitment => {
                    fill_sentence(DOMESTIC_SHARE_PLANNED(), lang, &values)
                }
            }
        }
        Reason::DomesticExceedsTotal { year: 0 } => {
            fill_sentence(DOMESTIC_EXCEEDS_TOTAL_NEW(), lang, &[])
        }
        Reason::DomesticExceedsTotal { year } => {
            fill_sentence(DOMESTIC_EXCEEDS_TOTAL(), lang, &[("year", &year)])
        }
        Reason::NoRdRecorded => fill_sentence(NO_RD_RECORDED(), lang, &[]),
        Reason::MissingNewEntityFigures { missing } => {
            let list: Vec<&str> = missing.iter().map(|m| m.label().get(lang)).collect();
            let separator = Bilingual::new("、", "; ").get(lang);
            fill_sentence(
                MISSING_NEW_ENTITY_FIGURES(),
                lang,
                &[("list", &list.join(separator))],
            )
        }
        _ => unreachable!(),
    }
}

impl NewEntityFigure {
    pub fn label(self) -> Bilingual {
        match self {
            NewEntityFigure::RdSinceFounding => RD_SINCE_FOUNDING(),
            NewEntityFigure::RdSinceFoundingDomestic => RD_SINCE_FOUNDING_DOMESTIC(),
            NewEntityFigure::PlannedDomesticAverageAnnualRd => PLANNED_DOMESTIC_RD(),
        }
    }
}
