//! The verdicts in words: every reason, figure and outcome as a sentence in Chinese and English.
//! The browser app and the command line both print these, so the two never disagree.

use super::answers::year_label;
use super::clauses::ClauseId;
use super::dates::CalendarDate;
use super::guideline::RuleSet;
use super::lang::{pick, Bilingual, Lang};
use super::library::fill;
use super::money_display::{format_amount, format_percent, format_threshold_percent, Rounding};
use super::outcome::{
    Assessment, DomesticBasis, MissingFigure, NewEntityFigure, Overall, Reason, RevenueScale,
    Verdict,
};
use super::period::{FiscalYearCheck, Period, PeriodProblem, Years};
use super::questions::Answer;
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
fn say(sentence: Bilingual, lang: Lang, values: &[(&str, &dyn Display)]) -> String {
    fill(sentence.get(lang), values)
}

/// [`describe`], with or without the applicant's amounts.
///
/// A reason that carries amounts has two sentences, with and without them; both are filled from
/// the same values (a sentence uses the ones it names).
pub fn describe_reason(reason: &Reason, lang: Lang, amounts: Amounts) -> String {
    let hidden = amounts == Amounts::Hidden;
    let pair = |shown: Bilingual, without: Bilingual| if hidden { without } else { shown };
    let reached = |difference: &Decimal| {
        let met = !difference.is_sign_negative() || difference.is_zero();
        match (met, lang) {
            (true, Lang::Zh) => "达到要求",
            (false, Lang::Zh) => "未达到要求",
            (true, Lang::En) => "meets the minimum",
            (false, Lang::En) => "falls short of the minimum",
        }
    };
    match reason {
        Reason::Declared { question, answer } => {
            let note = if *answer == Answer::NotSure {
                ANSWER_NOT_SURE_NOTE()
            } else if *answer == question.favourable() {
                ANSWER_SELF_DECLARED()
            } else {
                ANSWER_NOT_MET()
            };
            say(
                DECLARED(),
                lang,
                &[
                    ("question", &question.text().get(lang)),
                    ("answer", &answer.label(lang)),
                    ("note", &note.get(lang)),
                ],
            )
        }
        Reason::Unanswered { question } => say(
            UNANSWERED(),
            lang,
            &[("question", &question.text().get(lang))],
        ),
        Reason::PathNotChosen => say(PATH_NOT_CHOSEN(), lang, &[]),
        Reason::PeriodUnknown { problem } => describe_period_problem(*problem, lang),
        Reason::MissingFigures { missing } => {
            let list: Vec<String> = missing.iter().map(|m| missing_figure(m, lang)).collect();
            let list = list.join(LIST_SEPARATOR().get(lang));
            say(FIGURES_MISSING(), lang, &[("list", &list)])
        }
        Reason::RdRatio {
            first_year,
            latest_year,
            total_rd,
            total_revenue,
            ratio,
            min_ratio,
            required_rd,
            difference,
        } => {
            let years = year_span(*first_year, *latest_year);
            let r = format_percent(*ratio, Rounding::Down);
            let min = format_threshold_percent(*min_ratio);
            let rd = format_amount(*total_rd, Rounding::Nearest, lang);
            let rev = format_amount(*total_revenue, Rounding::Nearest, lang);
            let req = format_amount(*required_rd, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            say(
                pair(RD_RATIO(), RD_RATIO_WITHOUT_AMOUNTS()),
                lang,
                &[
                    ("years", &years),
                    ("rd", &rd),
                    ("rev", &rev),
                    ("ratio", &r),
                    ("min", &min),
                    ("required", &req),
                    ("gap", &gap),
                    ("reached", &reached(difference)),
                ],
            )
        }
        Reason::RdRatioWithoutRevenue { total_rd } => say(
            pair(
                RD_RATIO_WITHOUT_REVENUE(),
                RD_RATIO_WITHOUT_REVENUE_OR_AMOUNTS(),
            ),
            lang,
            &[("rd", &format_amount(*total_rd, Rounding::Nearest, lang))],
        ),
        Reason::RdGrowth {
            year,
            rd_latest,
            rd_previous,
            previous_year_share,
            base,
            growth,
            raw_growth,
            min_growth,
            required_rd_latest,
            difference,
        } => {
            let g = describe_growth(*growth, lang);
            let min = format_threshold_percent(*min_growth);
            let last = format_amount(*rd_latest, Rounding::Nearest, lang);
            let prev = format_amount(*rd_previous, Rounding::Nearest, lang);
            let req = format_amount(*required_rd_latest, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            let previous_year = year - 1;
            let reached = reached(difference);
            let mut values: Vec<(&str, &dyn Display)> = vec![
                ("year", &year),
                ("previous_year", &previous_year),
                ("last", &last),
                ("previous", &prev),
                ("growth", &g),
                ("min", &min),
                ("required", &req),
                ("gap", &gap),
                ("reached", &reached),
            ];
            match previous_year_share {
                None => {
                    values.push(("annualised", &""));
                    say(
                        pair(RD_GROWTH(), RD_GROWTH_WITHOUT_AMOUNTS()),
                        lang,
                        &values,
                    )
                }
                Some(share) => {
                    let time = describe_years(*share, lang);
                    let base = format_amount(*base, Rounding::Nearest, lang);
                    let raw = raw_growth.unwrap_or_default();
                    let raw_words = describe_growth(raw, lang);
                    let note = if *difference >= Decimal::ZERO {
                        PART_YEAR_REACHED().get(lang).to_string()
                    } else {
                        let as_incurred = if raw >= *min_growth {
                            PART_YEAR_AS_INCURRED_REACHED()
                        } else {
                            PART_YEAR_SHORT()
                        };
                        say(
                            as_incurred,
                            lang,
                            &[("previous_year", &previous_year), ("raw", &raw_words)],
                        )
                    };
                    let annualised = ANNUALISED_BASE().get(lang);
                    values.extend([
                        ("time", &time as &dyn Display),
                        ("base", &base),
                        ("note", &note),
                        ("annualised", &annualised),
                    ]);
                    say(
                        pair(RD_GROWTH_PART_YEAR(), RD_GROWTH_WITHOUT_AMOUNTS()),
                        lang,
                        &values,
                    )
                }
            }
        }
        Reason::RdGrowthWithoutPreviousYear { year } => say(
            RD_GROWTH_WITHOUT_PREVIOUS_YEAR(),
            lang,
            &[("year", &year), ("previous_year", &(year - 1))],
        ),
        Reason::RdGrowthFromZero { year, rd_latest } => say(
            pair(RD_GROWTH_FROM_ZERO(), RD_GROWTH_FROM_ZERO_WITHOUT_AMOUNTS()),
            lang,
            &[
                ("year", &year),
                ("previous_year", &(year - 1)),
                ("last", &format_amount(*rd_latest, Rounding::Nearest, lang)),
            ],
        ),
        Reason::RdGrowthNone { year } => say(
            RD_GROWTH_NONE(),
            lang,
            &[("year", &year), ("previous_year", &(year - 1))],
        ),
        Reason::DomesticShare {
            basis,
            domestic_rd,
            total_rd,
            share,
            min_share,
            required_domestic_rd,
            difference,
        } => {
            let s = format_percent(*share, Rounding::Down);
            let min = format_threshold_percent(*min_share);
            let dom = format_amount(*domestic_rd, Rounding::Nearest, lang);
            let total = format_amount(*total_rd, Rounding::Nearest, lang);
            let req = format_amount(*required_domestic_rd, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            let reached = reached(difference);
            let mut values: Vec<(&str, &dyn Display)> = vec![
                ("domestic", &dom),
                ("total", &total),
                ("share", &s),
                ("min", &min),
                ("required", &req),
                ("gap", &gap),
                ("reached", &reached),
            ];
            if hidden {
                return say(DOMESTIC_SHARE_WITHOUT_AMOUNTS(), lang, &values);
            }
            match basis {
                DomesticBasis::Period {
                    first_year,
                    latest_year,
                } => {
                    let years = year_span(*first_year, *latest_year);
                    values.push(("years", &years));
                    say(DOMESTIC_SHARE(), lang, &values)
                }
                DomesticBasis::SinceFounding => say(DOMESTIC_SHARE_SINCE_FOUNDING(), lang, &values),
                DomesticBasis::PlannedCommitment => say(DOMESTIC_SHARE_PLANNED(), lang, &values),
            }
        }
        Reason::DomesticExceedsTotal { year: 0 } => say(DOMESTIC_EXCEEDS_TOTAL_NEW(), lang, &[]),
        Reason::DomesticExceedsTotal { year } => {
            say(DOMESTIC_EXCEEDS_TOTAL(), lang, &[("year", &year)])
        }
        Reason::NoRdRecorded => say(NO_RD_RECORDED(), lang, &[]),
        Reason::NoRdOverPeriod {
            first_year,
            latest_year,
        } => say(
            NO_RD_OVER_PERIOD(),
            lang,
            &[("years", &year_span(*first_year, *latest_year))],
        ),
        Reason::OutdatedFiscalYear { latest, expected } => say(
            OUTDATED_FISCAL_YEAR(),
            lang,
            &[("latest", &latest), ("expected", &expected)],
        ),
        Reason::MissingNewEntityFigures { missing } => {
            let list: Vec<&str> = missing.iter().map(|m| m.label().get(lang)).collect();
            let separator = pick(lang, "、".into(), "; ".into());
            say(
                MISSING_NEW_ENTITY_FIGURES(),
                lang,
                &[("list", &list.join(&separator))],
            )
        }
        Reason::FoundedAfterLatestYear { founded, latest } => say(
            FOUNDED_AFTER_LATEST_YEAR(),
            lang,
            &[("founded", &founded), ("latest", &latest)],
        ),
        Reason::OperatedThroughPeriod {
            first_year,
            latest_year,
            founded,
        } => {
            let years = year_span(*first_year, *latest_year);
            let since = founded
                .map(|d| pick(lang, format!("成立于{d}，"), format!("founded on {d}, ")))
                .unwrap_or_default();
            let mut sentence = say(
                OPERATED_THROUGH_PERIOD(),
                lang,
                &[("since", &since), ("years", &years)],
            );
            // “founded on …, it operated”, but “It operated” when the date is not known.
            if since.is_empty() && lang == Lang::En {
                sentence.replace_range(..1, "I");
            }
            sentence
        }
        Reason::FoundedWithinPeriod { founded, latest } => say(
            FOUNDED_WITHIN_PERIOD(),
            lang,
            &[("founded", &founded), ("latest", &latest)],
        ),
        Reason::Commitment {
            committed,
            minimum,
            years,
            difference,
        } => say(
            pair(COMMITMENT(), COMMITMENT_WITHOUT_AMOUNTS()),
            lang,
            &[
                ("years", &years),
                (
                    "committed",
                    &format_amount(*committed, Rounding::Nearest, lang),
                ),
                ("minimum", &format_amount(*minimum, Rounding::Nearest, lang)),
                ("gap", &describe_difference(*difference, lang)),
                ("reached", &reached(difference)),
            ],
        ),
        Reason::CheckFigures { warnings } => {
            let list: Vec<String> = warnings.iter().map(|w| w.message(lang)).collect();
            let list = list.join(pick(lang, "".into(), " ".into()).as_str());
            say(CHECK_FIGURES(), lang, &[("list", &list)])
        }
        Reason::BandDependsOnAverage {
            first_year,
            by_operating_time,
            by_fiscal_years,
        } => {
            let time = describe_years(by_operating_time.years, lang);
            let average = |r: &super::outcome::BandReading| {
                format_amount(r.average_revenue, Rounding::Down, lang)
            };
            let (by_time, by_years) = (average(by_operating_time), average(by_fiscal_years));
            let item = |r: &super::outcome::BandReading| r.tier.clause().citation(lang);
            let band = |r: &super::outcome::BandReading| r.tier.band().get(lang);
            let verdict = |r: &super::outcome::BandReading| r.verdict.label().get(lang);
            let fiscal_years = by_fiscal_years.years.numerator;
            say(
                pair(
                    BAND_DEPENDS_ON_AVERAGE(),
                    BAND_DEPENDS_ON_AVERAGE_WITHOUT_AMOUNTS(),
                ),
                lang,
                &[
                    ("first_year", first_year),
                    ("time", &time),
                    ("fiscal_years", &fiscal_years),
                    ("average_by_time", &by_time),
                    ("item_by_time", &item(by_operating_time)),
                    ("band_by_time", &band(by_operating_time)),
                    ("verdict_by_time", &verdict(by_operating_time)),
                    ("average_by_years", &by_years),
                    ("item_by_years", &item(by_fiscal_years)),
                    ("band_by_years", &band(by_fiscal_years)),
                    ("verdict_by_years", &verdict(by_fiscal_years)),
                ],
            )
        }
        Reason::CommitmentMissing { minimum, years } => say(
            COMMITMENT_MISSING(),
            lang,
            &[
                ("years", &years),
                ("minimum", &format_amount(*minimum, Rounding::Nearest, lang)),
            ],
        ),
    }
}

/// An amount in the unit a sentence uses for thresholds: 2,000.00万元 / RMB 20,000,000.
pub fn format_amount_plain(yuan: Decimal, lang: Lang) -> String {
    format_amount(yuan, Rounding::Nearest, lang)
}

/// A growth rate as words: “增长 12.00%” or, for a fall, “下降 94.00%” (never a negative
/// growth). Truncated towards zero, so a shown growth at the minimum really reaches it.
pub fn describe_growth(growth: Decimal, lang: Lang) -> String {
    let (words, rate) = if growth.is_sign_negative() && !growth.is_zero() {
        (FALL_OF(), -growth)
    } else {
        (GROWTH_OF(), growth)
    };
    say(
        words,
        lang,
        &[("rate", &format_percent(rate, Rounding::Down))],
    )
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

/// “X above the minimum” or “X short”, rounded so that the shown gap is enough to close.
pub fn describe_difference(difference: Decimal, lang: Lang) -> String {
    // Rounded so that a shown shortfall is enough to close it, and a shown margin is there.
    let (words, amount) = if difference.is_sign_negative() && !difference.is_zero() {
        (SHORT_BY(), format_amount(-difference, Rounding::Up, lang))
    } else if difference.is_zero() {
        (EXACTLY_AT_MINIMUM(), String::new())
    } else {
        (ABOVE_BY(), format_amount(difference, Rounding::Down, lang))
    };
    say(words, lang, &[("amount", &amount)])
}

fn missing_figure(m: &MissingFigure, lang: Lang) -> String {
    year_label(m.year, m.field, lang)
}

fn year_span(first: i32, latest: i32) -> String {
    if first == latest {
        format!("{first}")
    } else {
        format!("{first}–{latest}")
    }
}

fn describe_period_problem(problem: PeriodProblem, lang: Lang) -> String {
    match problem {
        PeriodProblem::NoLatestYear => say(NO_LATEST_YEAR(), lang, &[]),
        PeriodProblem::NoOperatingHistory => say(NO_OPERATING_HISTORY(), lang, &[]),
        PeriodProblem::FoundedAfterLatestYear { founded, latest } => say(
            NO_COMPLETE_YEAR(),
            lang,
            &[("founded", &founded), ("latest", &latest)],
        ),
        PeriodProblem::LatestYearNotEnded { latest, as_of } => say(
            LATEST_YEAR_NOT_ENDED(),
            lang,
            &[
                ("latest", &latest),
                ("as_of", &as_of),
                ("last_complete", &(as_of.year - 1)),
            ],
        ),
        PeriodProblem::FoundedInFuture { as_of } => {
            say(FOUNDED_IN_FUTURE(), lang, &[("as_of", &as_of)])
        }
    }
}

/// The figures of the period that look unlikely, and whether the applicant confirmed them: what
/// the check page, the result, the printout and the report say about them; `None` when there
/// are none.
pub fn describe_unlikely_figures(assessment: &Assessment, lang: Lang) -> Option<String> {
    if assessment.unlikely_figures.is_empty() {
        return None;
    }
    let list: Vec<String> = assessment
        .unlikely_figures
        .iter()
        .map(|w| w.message(lang))
        .collect();
    let list = list.join(pick(lang, "".into(), " ".into()).as_str());
    let sentence = if assessment.figures_confirmed {
        FIGURES_CONFIRMED()
    } else {
        FIGURES_NOT_CONFIRMED()
    };
    Some(say(sentence, lang, &[("list", &list)]))
}

/// The period as a sentence: which years, and the actual operating time.
pub fn describe_period(period: &Period, lang: Lang) -> String {
    say(
        PERIOD(),
        lang,
        &[
            ("years", &year_span(period.first(), period.latest())),
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
        } => Some(say(
            ACCOUNTS_BEING_AUDITED(),
            lang,
            &[
                ("expected", &expected),
                ("window_ends", &window_ends),
                ("used", &(expected - 1)),
            ],
        )),
        _ => None,
    }
}

/// An operating time: “3年”, “2年又5个月”, “1年又184天”.
pub fn describe_years(time: Years, lang: Lang) -> String {
    let whole = time.numerator / time.denominator;
    let rest = time.numerator % time.denominator;
    // English says “1 year” but “2 years”; Chinese has one form.
    let unit = |n: u32, one: Bilingual, many: Bilingual| {
        say(if n == 1 { one } else { many }, lang, &[("n", &n)])
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
        _ => say(
            YEARS_AND(),
            lang,
            &[
                ("years", &unit(whole, YEAR(), YEARS())),
                ("rest", &unit(part, one, many)),
            ],
        ),
    }
}

/// Where the revenue puts the applicant in Art. 5(3), as a sentence.
pub fn describe_scale(scale: &RevenueScale, lang: Lang) -> String {
    describe_scale_with(scale, lang, Amounts::Shown)
}

/// [`describe_scale`], with or without the applicant's amounts.
pub fn describe_scale_with(scale: &RevenueScale, lang: Lang, amounts: Amounts) -> String {
    let band = scale.tier.band().get(lang);
    let item = scale.tier.clause().citation(lang);
    let ratio = format_threshold_percent(scale.min_rd_ratio);
    let growth = format_threshold_percent(scale.min_rd_growth);
    let mut values: Vec<(&str, &dyn Display)> = vec![
        ("band", &band),
        ("item", &item),
        ("ratio", &ratio),
        ("growth", &growth),
    ];
    if amounts == Amounts::Hidden {
        return say(SCALE_WITHOUT_AMOUNTS(), lang, &values);
    }
    // The average is compared against the bands: rounded down, so that it never shows a band's
    // bound that it does not reach.
    let average = format_amount(scale.average_revenue, Rounding::Down, lang);
    let total = format_amount(scale.total_revenue, Rounding::Nearest, lang);
    let time = describe_years(scale.operating_time, lang);
    let higher = match (scale.tier.higher(), scale.average_short_of_higher_tier) {
        (Some(h), Some(short)) => say(
            HIGHER_BAND(),
            lang,
            &[
                ("short", &format_amount(short, Rounding::Up, lang)),
                ("item", &h.clause().citation(lang)),
                ("band", &h.band().get(lang)),
            ],
        ),
        _ => String::new(),
    };
    values.extend([
        ("average", &average as &dyn Display),
        ("total", &total),
        ("time", &time),
        ("higher", &higher),
    ]);
    say(SCALE(), lang, &values)
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
            say(
                ART5_3_REFERENCE(),
                lang,
                &[("verdict", &r.verdict.label().get(lang))],
            )
        })
        .unwrap_or_default();
    let separator = pick(lang, "、".into(), ", ".into());
    match assessment.overall {
        Overall::PreliminarilyEligible => say(ELIGIBLE(), lang, &[("number", &number)]),
        Overall::NotEligible => say(
            NOT_ELIGIBLE(),
            lang,
            &[
                ("number", &number),
                ("unmet", &named(Verdict::NotMet).join(&separator)),
                ("reference", &reference),
            ],
        ),
        Overall::CannotTellYet => {
            let (completable, judged): (Vec<_>, Vec<_>) = assessment
                .open_points()
                .partition(|(_, f)| f.reason.can_be_completed());
            let how = match (!completable.is_empty(), !judged.is_empty()) {
                (true, true) => OPEN_BOTH(),
                (true, false) => OPEN_COMPLETABLE(),
                (false, _) => OPEN_FOR_COMMISSION(),
            };
            say(
                CANNOT_TELL(),
                lang,
                &[
                    ("open", &named(Verdict::CannotTell).join(&separator)),
                    ("how", &how.get(lang)),
                    ("reference", &reference),
                ],
            )
        }
    }
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
        say(
            COMPUTED_FOR(),
            lang,
            &[
                ("as_of", &as_of),
                ("title", &g.title.get(lang)),
                ("number", &g.number),
                ("in_force", &g.in_force),
            ],
        ),
        say(
            VERSIONS(),
            lang,
            &[
                ("tool", &TOOL_VERSION),
                ("rule_set", &rules.id),
                ("effective_from", &rules.effective_from),
            ],
        ),
        say(CHECK_THE_NOTICE(), lang, &[("trial", &trial)]),
    ]
}

/// A date as the printout and the results write it.
pub fn format_date(date: CalendarDate, lang: Lang) -> String {
    pick(
        lang,
        format!("{}年{}月{}日", date.year, date.month, date.day),
        date.to_string(),
    )
}

/// The steps after a self-check, each with the clause it rests on: the plan (Art. 7(1)), the
/// partners and the backbone enterprise (Art. 4), organised recommendation through a district or
/// Zhongguancun sub-park (Art. 7(2), Art. 14(1)), evidence behind every declaration
/// (Art. 18(2)), the plan review (Art. 7(3)) and the plaque with its evaluations (Art. 7(4),
/// Art. 16). Long texts, loaded after the first page.
const NEXT_STEPS: [(fn() -> Bilingual, ClauseId); 6] = [
    (NEXT_PLAN, ClauseId::Art7_1),
    (NEXT_PARTNERS, ClauseId::Art4),
    (NEXT_RECOMMENDATION, ClauseId::Art14_1),
    (NEXT_EVIDENCE, ClauseId::Art18),
    (NEXT_REVIEW, ClauseId::Art7_3),
    (NEXT_PLAQUE, ClauseId::Art7_4),
];

/// What comes after a self-check, step by step, with the clause each step rests on; the
/// numbers come from the rule set.
pub fn next_steps(rules: &RuleSet, lang: Lang) -> Vec<(ClauseId, String)> {
    NEXT_STEPS
        .iter()
        .map(|&(text, clause)| (clause, rules.fill_numbers(text().get(lang), lang)))
        .collect()
}

super::library::long_texts! {
    next_step_texts;
    NEXT_PLAN = "next.plan":
        "组织编制技术创新中心建设方案：明确总体目标、分年度目标及里程碑目标，明确建设内容、技术路线、预期成果、运行机制、预算方案和保障措施等内容（所列并非全部，见下方准备清单）。",
        "Prepare the construction plan: the overall goal, annual and milestone goals, and the construction content, technical route, expected results, operating mechanism, budget plan, safeguards and other contents (the list is not exhaustive; see the checklist below).";
    NEXT_PARTNERS = "next.partners":
        "落实共同组建单位：技术创新中心以科技型骨干企业为依托，联合相关领域高等学校、科研机构以及产业链上下游企业等共同组建。",
        "Line up the partners: a center is built on a science-and-technology backbone enterprise as the supporting unit, jointly with universities, research institutions and upstream and downstream enterprises in the field.";
    NEXT_RECOMMENDATION = "next.recommendation":
        "通过组织推荐申报：市科委中关村管委会按照组织推荐等方式推进建设；市有关部门、各区及北京经济技术开发区可以提出推荐建议，各区科技管理机构和中关村各分园管理机构择优推荐本区域内符合条件的单位（第七条第（二）项、第十四条第（一）项）。请先与所在区或分园联系。",
        "Apply through organised recommendation: the Commission proceeds by organised recommendation and other means; municipal departments, the districts and the Beijing Economic-Technological Development Area may recommend, and the district science and technology bodies and the Zhongguancun sub-park administrations recommend the best qualified units in their area (Art. 7(2), Art. 14(1)). Contact your district or sub-park first.";
    NEXT_EVIDENCE = "next.evidence":
        "准备证明材料：本自评中的每一项声明和数据，申报时都需有材料佐证（见准备清单中各项条件的材料建议）；提供虚假材料和数据的，撤销技术创新中心资格（第十八条第（二）项）。",
        "Gather the evidence: every declaration and figure in this self-check must be backed by documents when applying (see the evidence suggested for each condition in the checklist); false materials or data lead to the center's status being revoked (Art. 18(2)).";
    NEXT_REVIEW = "next.review":
        "方案论证：市科委中关村管委会组织专家对建设方案进行评估论证。",
        "Plan review: the Commission has experts evaluate the construction plan.";
    NEXT_PLAQUE = "next.plaque":
        "组建授牌：同意组建的予以授牌，有效期{valid}年；其间{mid}年开展中期评估，{full}年开展全面考核（第十六条）。",
        "Plaque: an approved center receives a plaque valid for {valid} years, with a mid-term evaluation after {mid} years and a full evaluation after {full} (Art. 16).";
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
