//! “近3年” in words: which years, how long the applicant operated, why the years cannot be
//! worked out yet, an outdated latest year, and the figures missing from them.

use super::fill_sentence;
use crate::rules::answers::year_label;
use crate::rules::dates::year_span;
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::outcome::{MissingFigure, Reason};
use crate::rules::period::{FiscalYearCheck, Period, PeriodProblem, Years};
use crate::rules::sentences::*;

/// The sentence for a reason of this family (the dispatcher in [`super::describe_reason`] sends
/// no other here).
pub(super) fn describe(reason: &Reason, lang: Lang) -> String {
    match reason {
        Reason::PeriodUnknown { problem } => describe_period_problem(*problem, lang),
        Reason::MissingFigures { missing } => {
            let list: Vec<String> = missing.iter().map(|m| missing_figure(m, lang)).collect();
            let list = list.join(LIST_SEPARATOR().get(lang));
            fill_sentence(FIGURES_MISSING(), lang, &[("list", &list)])
        }
        Reason::OutdatedFiscalYear { latest, expected } => fill_sentence(
            OUTDATED_FISCAL_YEAR(),
            lang,
            &[("latest", &latest), ("expected", &expected)],
        ),
        _ => unreachable!(),
    }
}

fn missing_figure(m: &MissingFigure, lang: Lang) -> String {
    year_label(m.year, m.field, lang)
}

fn describe_period_problem(problem: PeriodProblem, lang: Lang) -> String {
    match problem {
        PeriodProblem::NoLatestYear => fill_sentence(NO_LATEST_YEAR(), lang, &[]),
        PeriodProblem::NoOperatingHistory => fill_sentence(NO_OPERATING_HISTORY(), lang, &[]),
        PeriodProblem::FoundedAfterLatestYear { founded, latest } => fill_sentence(
            NO_COMPLETE_YEAR(),
            lang,
            &[("founded", &founded), ("latest", &latest)],
        ),
        PeriodProblem::LatestYearNotEnded { latest, as_of } => fill_sentence(
            LATEST_YEAR_NOT_ENDED(),
            lang,
            &[
                ("latest", &latest),
                ("as_of", &as_of.in_words(lang)),
                ("last_complete", &(as_of.year - 1)),
            ],
        ),
        PeriodProblem::FoundedInFuture { as_of } => fill_sentence(
            FOUNDED_IN_FUTURE(),
            lang,
            &[("as_of", &as_of.in_words(lang))],
        ),
    }
}

/// The period as a sentence: which years, and the actual operating time.
pub fn describe_period(period: &Period, lang: Lang) -> String {
    fill_sentence(
        PERIOD(),
        lang,
        &[
            ("years", &year_span(period.first(), period.latest(), lang)),
            ("time", &describe_years(period.operating_time, lang)),
        ],
    )
}

/// A caution when the latest fiscal year entered is the year before last, allowed early in the
/// year while last year's accounts are audited; `None` otherwise (an outdated or unended year is
/// a finding of its own).
pub fn describe_fiscal_year(check: FiscalYearCheck, lang: Lang) -> Option<String> {
    match check {
        FiscalYearCheck::AccountsBeingAudited {
            expected,
            window_ends,
        } => Some(fill_sentence(
            ACCOUNTS_BEING_AUDITED(),
            lang,
            &[
                ("expected", &expected),
                ("window_ends", &window_ends.in_words(lang)),
                ("used", &(expected - 1)),
            ],
        )),
        _ => None,
    }
}

/// A number of fiscal years: “2个会计年度”, “1 fiscal year”, “2 fiscal years”.
pub fn count_fiscal_years(n: u32, lang: Lang) -> String {
    let text = if n == 1 {
        FISCAL_YEAR_COUNT()
    } else {
        FISCAL_YEARS_COUNT()
    };
    fill_sentence(text, lang, &[("n", &n)])
}

/// An operating time: “3年”, “2年又5个月”, “1年又184天”.
pub fn describe_years(time: Years, lang: Lang) -> String {
    let whole = time.numerator / time.denominator;
    let rest = time.numerator % time.denominator;
    // English says “1 year” but “2 years”; Chinese has one form.
    let unit = |n: u32, one: Bilingual, many: Bilingual| {
        fill_sentence(if n == 1 { one } else { many }, lang, &[("n", &n)])
    };
    let months = time.denominator == 12;
    let (part, one, many) = if months {
        (rest, MONTH(), MONTHS())
    } else {
        (rest, DAY(), DAYS())
    };
    match (whole, part) {
        (_, 0) => unit(whole, YEAR(), YEARS()),
        (0, _) => unit(part, one, many),
        _ => fill_sentence(
            YEARS_AND(),
            lang,
            &[
                ("years", &unit(whole, YEAR(), YEARS())),
                ("rest", &unit(part, one, many)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operating_times_read_naturally() {
        let y = |numerator, denominator| Years {
            numerator,
            denominator,
        };
        assert_eq!(describe_years(y(3, 1), Lang::Zh), "3年");
        assert_eq!(describe_years(y(3, 1), Lang::En), "3 years");
        assert_eq!(describe_years(y(28, 12), Lang::Zh), "2年又4个月");
        assert_eq!(describe_years(y(13, 12), Lang::En), "1 year and 1 month");
        assert_eq!(describe_years(y(10, 12), Lang::Zh), "10个月");
        assert_eq!(describe_years(y(245, 366), Lang::Zh), "245天");
        assert_eq!(describe_years(y(1, 365), Lang::En), "1 day");
        assert_eq!(describe_years(y(549, 365), Lang::Zh), "1年又184天");
        assert_eq!(describe_years(y(549, 365), Lang::En), "1 year and 184 days");
    }
}
