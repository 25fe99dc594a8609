//! The verdicts in words: every reason, figure and outcome as a sentence in Chinese and English.
//! The browser app and the command line both print these, so the two never disagree.
//!
//! The reasons are written family by family in the file of their clause ([`declarations`],
//! [`years`] for “近3年”, [`art5_3`], [`art5_4`], [`art6`]); the summary and the rules' version
//! are here.

mod art5_3;
mod art5_4;
mod art6;
mod declarations;
mod years;

pub use art5_3::{describe_growth, describe_scale, describe_scale_with};
pub use years::{count_fiscal_years, describe_fiscal_year, describe_period, describe_years};

use super::guideline::RuleSet;
use super::lang::{list_in_sentence, lower_first, pick, Bilingual, Lang};
use super::library::fill;
use super::money_display::{format_amount, Rounding};
use super::outcome::{Assessment, Overall, Reason, Verdict};
use super::period::PeriodProblem;
use super::plausibility::Warning;
use super::sentences::*;
use rust_decimal::Decimal;
use std::fmt::Display;

/// The tool's version, printed with every result so that a printout can be traced to the build
/// that made it.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The reason behind a finding, as a sentence.
pub fn describe(reason: &Reason, lang: Lang) -> String {
    describe_reason(reason, lang, Amounts::Shown)
}

/// Whether sentences carry the applicant's money amounts. A team circulating the printout widely
/// can leave them out; ratios, verdicts and the guideline's own thresholds stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amounts {
    Shown,
    Hidden,
}

/// A sentence of [`super::sentences`] in `lang`, its placeholders filled.
fn fill_sentence(sentence: Bilingual, lang: Lang, values: &[(&str, &dyn Display)]) -> String {
    fill(sentence.get(lang), values)
}

/// The sentence with the applicant's amounts, or the one without them.
fn with_or_without(amounts: Amounts, shown: Bilingual, without: Bilingual) -> Bilingual {
    match amounts {
        Amounts::Shown => shown,
        Amounts::Hidden => without,
    }
}

/// Whether a figure meets its minimum, in words, for the sentences without amounts.
fn reached(difference: &Decimal, lang: Lang) -> &'static str {
    let met = !difference.is_sign_negative() || difference.is_zero();
    match (met, lang) {
        (true, Lang::Zh) => "达到要求",
        (false, Lang::Zh) => "未达到要求",
        (true, Lang::En) => "meets the minimum",
        (false, Lang::En) => "falls short of the minimum",
    }
}

/// [`describe`], with or without the applicant's amounts.
///
/// A reason that carries amounts has two sentences, with and without them; both are filled from
/// the same values (a sentence uses the ones it names). Each family of reasons is written in the
/// file of its clause.
pub fn describe_reason(reason: &Reason, lang: Lang, amounts: Amounts) -> String {
    use Reason::*;
    match reason {
        Declared { .. } | Unanswered { .. } | PathNotChosen => declarations::describe(reason, lang),
        PeriodUnknown { .. } | OutdatedFiscalYear { .. } | MissingFigures { .. } => {
            years::describe(reason, lang)
        }
        RdRatio { .. }
        | RdRatioWithoutRevenue { .. }
        | RdGrowth { .. }
        | RdGrowthWithoutPreviousYear { .. }
        | RdGrowthFromZero { .. }
        | RdGrowthNone { .. }
        | NoRdOverPeriod { .. }
        | BandDependsOnAverage { .. }
        | CheckFigures { .. } => art5_3::describe(reason, lang, amounts),
        DomesticShare { .. }
        | DomesticExceedsTotal { .. }
        | NoRdRecorded
        | MissingNewEntityFigures { .. } => art5_4::describe(reason, lang, amounts),
        FoundedAfterLatestYear { .. }
        | OperatedThroughPeriod { .. }
        | FoundedWithinPeriod { .. }
        | Commitment { .. }
        | CommitmentMissing { .. } => art6::describe(reason, lang, amounts),
    }
}

/// An amount in the unit a sentence uses for thresholds: 2,000.00万元 / RMB 20,000,000.
pub fn format_amount_plain(yuan: Decimal, lang: Lang) -> String {
    format_amount(yuan, Rounding::Nearest, lang)
}

/// “X above the minimum” or “X short”, rounded so that the shown gap is enough to close.
#[inline(never)]
pub fn describe_difference(difference: Decimal, lang: Lang) -> String {
    // Rounded so that a shown shortfall is enough to close it, and a shown margin is there.
    let (words, amount) = if difference.is_sign_negative() && !difference.is_zero() {
        (SHORT_BY(), format_amount(-difference, Rounding::Up, lang))
    } else if difference.is_zero() {
        (EXACTLY_AT_MINIMUM(), String::new())
    } else {
        (ABOVE_BY(), format_amount(difference, Rounding::Down, lang))
    };
    fill_sentence(words, lang, &[("amount", &amount)])
}

/// A difference in fiscal years that have ended (`first`…`latest`): a shortfall is said as past
/// (“当时差 1,300.00万元；2025年度已结束，本轮已无法弥补”), never as a to-do, since nothing done
/// now changes those years' accounts; a margin reads as [`describe_difference`] has it.
#[inline(never)]
pub fn describe_ended_difference(
    difference: Decimal,
    first: i32,
    latest: i32,
    lang: Lang,
) -> String {
    if !difference.is_sign_negative() || difference.is_zero() {
        return describe_difference(difference, lang);
    }
    let words = if first == latest {
        SHORT_IN_ENDED_YEAR()
    } else {
        SHORT_IN_ENDED_YEARS()
    };
    fill_sentence(
        words,
        lang,
        &[
            ("amount", &format_amount(-difference, Rounding::Up, lang)),
            (
                "years",
                &crate::rules::dates::year_span(first, latest, lang),
            ),
        ],
    )
}

/// The figures that look unlikely (of the period, and the Art. 6 amounts), each with what the
/// applicant did about it: what the check page, the result, the printout, the reports and the
/// outline say about them; `None` when there are none. A confirmed figure reads “申请人已确认：
/// …”, one still to check asks for the check, and a part above its total says why confirming
/// cannot settle it.
pub fn describe_unlikely_figures(
    assessment: &Assessment,
    lang: Lang,
    amounts: Amounts,
) -> Option<String> {
    if assessment.unlikely_figures.is_empty() {
        return None;
    }
    let list = unlikely_list(
        &assessment.unlikely_figures,
        &assessment.confirmed_figures,
        lang,
        amounts,
    );
    Some(fill_sentence(UNLIKELY_FIGURES(), lang, &[("list", &list)]))
}

/// `warnings` as sentences joined into one paragraph, each confirmed or not as `confirmed` says.
fn unlikely_list(
    warnings: &[Warning],
    confirmed: &[Warning],
    lang: Lang,
    amounts: Amounts,
) -> String {
    let list: Vec<String> = warnings
        .iter()
        .map(|w| w.message(confirmed.contains(w), lang, amounts == Amounts::Shown))
        .collect();
    list.join(Bilingual::new("", " ").get(lang))
}

/// What a verdict resting on figures the applicant confirmed says about them: that it rests on
/// the applicant's word for figures that looked unlikely, and which (“依据申请人已确认的数字：
/// …”); `None` when it rests on none.
pub fn describe_confirmed(warnings: &[Warning], lang: Lang, amounts: Amounts) -> Option<String> {
    (!warnings.is_empty()).then(|| {
        let facts: Vec<String> = warnings
            .iter()
            .map(|w| lower_first(&w.fact(lang, amounts == Amounts::Shown), lang))
            .collect();
        let list = facts.join(Bilingual::new("；", "; ").get(lang));
        fill_sentence(RESTS_ON_CONFIRMED(), lang, &[("list", &list)])
    })
}

/// The overall verdict as a label, never a bare “初步符合” when it rests on figures the applicant
/// confirmed although they looked unlikely: “初步符合（依据申请人确认的数字）”.
pub fn overall_label(assessment: &Assessment, lang: Lang) -> String {
    let label = assessment.overall.label().get(lang).to_string();
    if assessment.rests_on_confirmed().is_empty() {
        label
    } else {
        label + ON_CONFIRMED_FIGURES().get(lang)
    }
}

/// The outcome in words a manager can forward. It never asks for something that cannot be
/// entered, and never says that nothing fails while a part is not met.
pub fn summary(assessment: &Assessment, lang: Lang) -> String {
    let number = assessment.rules.guideline.number;
    let named = |verdict: Verdict| -> Vec<String> {
        assessment
            .conditions
            .iter()
            .filter(|c| c.verdict == verdict)
            .map(|c| {
                c.clause.citation(lang).to_string()
                    + &lang.parenthesised(c.condition.title().get(lang))
            })
            .collect()
    };
    let reference = assessment
        .art5_3_reference
        .as_ref()
        .map(|r| {
            fill_sentence(
                ART5_3_REFERENCE(),
                lang,
                &[("verdict", &r.verdict.in_sentence().get(lang))],
            )
        })
        .unwrap_or_default();
    // A verdict on figures the applicant confirmed although they looked unlikely says so, in
    // every place the summary is read (never a bare “初步符合”).
    let confirmed = describe_confirmed(&assessment.rests_on_confirmed(), lang, Amounts::Hidden)
        .map(|sentence| pick(lang, sentence.clone(), format!(" {sentence}")))
        .unwrap_or_default();
    let outcome = match assessment.overall {
        Overall::PreliminarilyEligible => fill_sentence(ELIGIBLE(), lang, &[("number", &number)]),
        Overall::NotEligible => fill_sentence(
            NOT_ELIGIBLE(),
            lang,
            &[
                ("number", &number),
                ("unmet", &list_in_sentence(&named(Verdict::NotMet), lang)),
                ("reference", &reference),
            ],
        ),
        Overall::CannotTellYet => {
            let (completable, judged): (Vec<_>, Vec<_>) = assessment
                .open_points()
                .partition(|(_, f)| f.reason.can_be_completed());
            // Founded after its latest fiscal year, on the existing enterprise's path: no year
            // of Art. 5(3) can come this round; the applicant type is what to look at.
            let no_year_yet = completable.iter().any(|(_, f)| {
                matches!(
                    f.reason,
                    Reason::PeriodUnknown {
                        problem: PeriodProblem::FoundedAfterLatestYear { .. }
                    }
                )
            });
            let how = match (!completable.is_empty(), !judged.is_empty()) {
                _ if no_year_yet => OPEN_NO_YEAR_YET(),
                (true, true) => OPEN_BOTH(),
                (true, false) => OPEN_COMPLETABLE(),
                (false, _) => OPEN_FOR_COMMISSION(),
            };
            fill_sentence(
                CANNOT_TELL(),
                lang,
                &[
                    ("open", &list_in_sentence(&named(Verdict::CannotTell), lang)),
                    // Points to the open points by the heading they are listed under.
                    (
                        "how",
                        &fill(how.get(lang), &[("section", &OPEN_SECTION().get(lang))]),
                    ),
                    ("reference", &reference),
                ],
            )
        }
    };
    outcome + &confirmed
}

/// What the result rests on, for the results page, the printout and the report: the date it
/// was computed for, the guideline and its date in force, the tool and rule set versions, and
/// the reminder that a trial guideline may be revised.
pub fn rules_version(assessment: &Assessment, lang: Lang) -> [String; 3] {
    let rules: &RuleSet = assessment.rules;
    let g = &rules.guideline;
    let as_of = assessment.as_of;
    let trial = if g.trial { TRIAL().get(lang) } else { "" };
    [
        fill_sentence(
            COMPUTED_FOR(),
            lang,
            &[
                ("as_of", &as_of.in_words(lang)),
                ("title", &g.title.get(lang)),
                ("number", &g.number),
                ("in_force", &g.in_force.in_words(lang)),
            ],
        ),
        fill_sentence(VERSIONS(), lang, &[("tool", &TOOL_VERSION)]),
        fill_sentence(CHECK_THE_NOTICE(), lang, &[("trial", &trial)]),
    ]
}
