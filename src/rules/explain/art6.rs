//! Art. 6 in words: whether the applicant is newly founded, and the R&D it guarantees.

use super::{describe_difference, fill_sentence, reached, with_or_without, Amounts};
use crate::rules::dates::year_span;
use crate::rules::lang::Lang;
use crate::rules::money_display::{format_amount, Rounding};
use crate::rules::outcome::Reason;
use crate::rules::sentences::*;

/// The sentence for a reason of this family (the dispatcher in [`super::describe_reason`] sends
/// no other here).
pub(super) fn describe(reason: &Reason, lang: Lang, amounts: Amounts) -> String {
    match reason {
        Reason::FoundedAfterLatestYear { founded, latest } => fill_sentence(
            FOUNDED_AFTER_LATEST_YEAR(),
            lang,
            &[("founded", &founded.in_words(lang)), ("latest", &latest)],
        ),
        Reason::OperatedThroughPeriod {
            first_year,
            latest_year,
            founded,
        } => {
            let years = year_span(*first_year, *latest_year, lang);
            match founded {
                Some(d) => fill_sentence(
                    FOUNDED_AND_OPERATED_THROUGH_PERIOD(),
                    lang,
                    &[("founded", &d.in_words(lang)), ("years", &years)],
                ),
                None => fill_sentence(OPERATED_THROUGH_PERIOD(), lang, &[("years", &years)]),
            }
        }
        Reason::FoundedWithinPeriod { founded, latest } => fill_sentence(
            FOUNDED_WITHIN_PERIOD(),
            lang,
            &[("founded", &founded.in_words(lang)), ("latest", &latest)],
        ),
        Reason::Commitment {
            committed,
            minimum,
            years,
            difference,
        } => fill_sentence(
            with_or_without(amounts, COMMITMENT(), COMMITMENT_WITHOUT_AMOUNTS()),
            lang,
            &[
                ("years", &years),
                (
                    "committed",
                    &format_amount(*committed, Rounding::Nearest, lang),
                ),
                ("minimum", &format_amount(*minimum, Rounding::Nearest, lang)),
                ("gap", &describe_difference(*difference, lang)),
                ("reached", &reached(difference, lang)),
            ],
        ),
        Reason::CommitmentMissing { minimum, years } => fill_sentence(
            COMMITMENT_MISSING(),
            lang,
            &[
                ("years", &years),
                ("minimum", &format_amount(*minimum, Rounding::Nearest, lang)),
            ],
        ),
        _ => unreachable!(),
    }
}
