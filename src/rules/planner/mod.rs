//! “What would it take to apply next year?” For an applicant on the Art. 5 path, the next
//! application round looks at the three fiscal years ending with the current year. Given the
//! revenue the applicant expects for the current year, the planner works out the least R&D the
//! current year needs to meet Art. 5(3) by each route, which route is cheaper, the domestic R&D
//! Art. 5(4) then needs, and where the expected revenue puts the applicant among the bands.
//!
//! The planner asks the rules rather than repeating them: it builds next year's answers (the
//! years on record, and the current year with the expected revenue) and reads the required
//! amounts from [`assess`]'s own findings, so the thresholds, the band and the period are the
//! ones the assessment uses. `tests/planner.rs` puts every plan back into the rules and checks
//! that it meets the condition, and that one fen less does not.

//!
//! The arithmetic is here; [`plans`] holds what a plan says, [`sentences`] writes it in words,
//! [`picture`] gives the years a chart draws.

mod picture;
mod plans;
mod sentences;

pub use picture::{picture, picture_periods, PicturePeriod, PictureYear, Tested};
pub use plans::{
    Art6NotOpen, Cheaper, CommitmentPlan, NearBound, Need, Plan, Planned, Route, Unavailable,
};
pub use sentences::{plan_sentences, plan_texts};

use super::answers::{Answers, Field, YearFigures};
use super::assess::assess;
use super::dates::CalendarDate;
use super::guideline::RuleSet;
use super::money::{Money, Unit};
use super::outcome::{Assessment, Condition, MissingFigure, Reason, RevenueScale};
use super::questions::ApplicantPath;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// How far from a band's bound (as a share of it) the average revenue is “near” it.
const NEAR_A_BOUND: Decimal = rust_decimal_macros::dec!(0.1);

/// The next round's answers: the years on record, and the current year with `revenue`,
/// `rd` and `domestic` (元). Assessed after the current year has ended and been audited.
pub fn next_round(
    answers: &Answers,
    year: i32,
    revenue: Decimal,
    rd: Decimal,
    domestic: Decimal,
) -> Answers {
    let yuan = |v: Decimal| Money::new(v, Unit::Yuan).ok();
    let mut next = answers.clone();
    // The plan's figures are worked out, not typed: no slip of the keyboard to look for, and
    // the years on record are the applicant's to confirm on today's check page.
    next.figures_confirmed = true;
    next.financials.latest_fiscal_year = Some(year);
    next.financials.years.retain(|y| y.year != year);
    next.financials.years.push(YearFigures {
        year,
        sales_revenue: yuan(revenue),
        rd_total: yuan(rd),
        rd_domestic: yuan(domestic),
    });
    next
}

/// The date the next round is assessed on: after the current year's audit window.
pub fn next_round_date(year: i32) -> CalendarDate {
    CalendarDate::new(year + 1, 6, 1).expect("1 June exists")
}

/// The plan for applying next year, on `as_of`, with `expected_revenue` (元) for the current year.
/// An applicant that chose Art. 6 but to which it is not open (not set up for the center, or not
/// newly founded) gets Art. 5's plan, and is told why.
pub fn plan(answers: &Answers, as_of: CalendarDate, expected_revenue: Decimal) -> Planned {
    let rules = RuleSet::for_date(as_of);
    let art6_not_open = match answers.path {
        None => return Planned::NotYet,
        Some(ApplicantPath::ExistingEnterprise) => None,
        Some(ApplicantPath::NewEntity) => match art6_not_open(answers, as_of) {
            None => return Planned::Art6(commitment_plan(rules)),
            closed => closed,
        },
    };
    let answers = &*planned_as(answers, art6_not_open.is_some());
    if answers.financials.operating_history.is_none() {
        return Planned::NotYet;
    }
    let year = as_of.year;
    let on = next_round_date(year);
    // One fen of R&D, so that “no R&D at all” does not hide the ratio's requirement.
    let fen = Decimal::new(1, 2);
    let probe = assess(&next_round(answers, year, expected_revenue, fen, fen), on);
    let Some(rd) = probe.condition(Condition::RdIntensity) else {
        return Planned::NotYet;
    };
    // Figures of the years on record that Art. 5(3) or 5(4) reads, each named once, in the
    // order of the form (kept in order as they come, rather than sorted: a sort is kilobytes).
    let mut missing: Vec<MissingFigure> = Vec::new();
    for condition in [Condition::RdIntensity, Condition::DomesticRd] {
        for f in probe.condition(condition).map_or(&[][..], |c| &c.findings) {
            if let Reason::MissingFigures { missing: m } = &f.reason {
                for &m in m.iter().filter(|m| m.year != year) {
                    let at = missing.partition_point(|x| *x < m);
                    if missing.get(at) != Some(&m) {
                        missing.insert(at, m);
                    }
                }
            }
        }
    }
    if !missing.is_empty() {
        return Planned::MissingFigures { missing };
    }
    let Some(scale) = rd.revenue_scale.clone() else {
        return Planned::NotYet;
    };
    let on_record = |field| -> Decimal {
        answers
            .financials
            .years
            .iter()
            .filter(|y| y.year != year)
            .filter(|y| {
                probe
                    .period
                    .as_ref()
                    .is_some_and(|p| p.years.contains(&y.year))
            })
            .filter_map(|y| y.get(field).map(Money::yuan))
            .sum()
    };
    let rd_on_record = on_record(Field::RdTotal);
    let mut ratio = Need::NotAvailable {
        why: Unavailable::NoRevenue,
    };
    let mut growth = Need::NotAvailable {
        why: Unavailable::NoPreviousYear,
    };
    for finding in &rd.findings {
        match &finding.reason {
            Reason::RdRatio { required_rd, .. } => {
                ratio = at_least(*required_rd - rd_on_record);
            }
            Reason::RdGrowth {
                previous_year_share: None,
                required_rd_latest,
                ..
            } => growth = at_least(*required_rd_latest),
            Reason::RdGrowth { .. } => {
                growth = Need::NotAvailable {
                    why: Unavailable::PartYearBase,
                }
            }
            Reason::RdGrowthFromZero { .. } | Reason::RdGrowthNone { .. } => {
                growth = Need::NotAvailable {
                    why: Unavailable::ZeroBase,
                }
            }
            _ => {}
        }
    }
    let amount = |need: &Need| match need {
        Need::AtLeast { yuan } => Some(*yuan),
        Need::AlreadyMet => Some(Decimal::ZERO),
        Need::NotAvailable { .. } => None,
    };
    let cheaper = match (amount(&ratio), amount(&growth)) {
        (Some(r), Some(g)) if r <= g => Some(Cheaper {
            route: Route::Ratio,
            by: g - r,
        }),
        (Some(r), Some(g)) => Some(Cheaper {
            route: Route::Growth,
            by: r - g,
        }),
        _ => None,
    };
    let least_for_art5_3 = match (amount(&ratio), amount(&growth)) {
        (Some(r), Some(g)) => Some(r.min(g)),
        (r, g) => r.or(g),
    };
    // Art. 5(4) over the next round: with a low domestic share on record, the current year may
    // need more R&D than Art. 5(3) asks, all of it within China.
    let least_for_art5_4 = least_all_within_china(
        rules,
        on_record(Field::RdTotal),
        on_record(Field::RdDomestic),
    );
    let planned_rd = match (least_for_art5_3, least_for_art5_4) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, _) => a,
    };
    let raised_for_domestic = least_for_art5_3
        .zip(planned_rd)
        .map(|(least, planned)| planned - least)
        .filter(|extra| *extra > Decimal::ZERO);
    let domestic = match planned_rd {
        Some(planned) => domestic_need(
            answers,
            year,
            expected_revenue,
            planned,
            on,
            on_record(Field::RdDomestic),
        ),
        None => Need::NotAvailable {
            why: Unavailable::NoRevenue,
        },
    };
    let near_bound = near_bound(rules, &scale, expected_revenue);
    Planned::Art5(Box::new(Plan {
        year,
        first_year: probe.period.as_ref().map_or(year, |p| p.first()),
        expected_revenue,
        scale,
        ratio,
        growth,
        cheaper,
        planned_rd,
        raised_for_domestic,
        domestic,
        near_bound,
        art6_not_open,
    }))
}

/// Whether the plan is Art. 5's and so needs the current year's expected revenue: an existing
/// enterprise, or an applicant that chose Art. 6 but to which it is not open.
pub fn needs_expected_revenue(answers: &Answers, as_of: CalendarDate) -> bool {
    match answers.path {
        Some(ApplicantPath::ExistingEnterprise) => true,
        Some(ApplicantPath::NewEntity) => art6_not_open(answers, as_of).is_some(),
        None => false,
    }
}

/// Why Art. 6 is not open to an applicant that chose it, on the rules' own finding; `None` when
/// it is, or may be (the Commission decides an entity founded within the period).
/// The answers a plan is worked out on: an applicant that chose Art. 6 but to which it is not
/// open (`art6_closed`) is planned for as the existing enterprise it is.
pub(super) fn planned_as(answers: &Answers, art6_closed: bool) -> Cow<'_, Answers> {
    if art6_closed {
        Cow::Owned(Answers {
            path: Some(ApplicantPath::ExistingEnterprise),
            ..answers.clone()
        })
    } else {
        Cow::Borrowed(answers)
    }
}

fn art6_not_open(answers: &Answers, as_of: CalendarDate) -> Option<Art6NotOpen> {
    use super::questions::{Answer, Question};
    let now = assess(answers, as_of);
    let status = now.condition(Condition::NewEntityStatus)?;
    status.findings.iter().find_map(|f| match &f.reason {
        Reason::Declared {
            question: Question::NewlyEstablishedForCenter,
            answer: Answer::No,
        } => Some(Art6NotOpen::NotEstablishedForCenter),
        Reason::OperatedThroughPeriod {
            first_year,
            latest_year,
            ..
        } => Some(Art6NotOpen::OperatedThroughPeriod {
            first_year: *first_year,
            latest_year: *latest_year,
        }),
        _ => None,
    })
}

/// The least R&D in the current year that lifts the next round's domestic share to the minimum
/// when all of it is incurred within China: with `total` and `domestic` R&D on record and a
/// minimum share s, domestic + x ≥ s × (total + x), so x ≥ (s × total − domestic) ÷ (1 − s),
/// rounded up to the fen. Zero when the years on record already reach it; `None` when no
/// amount can (a minimum of 100 % with R&D abroad on record).
fn least_all_within_china(rules: &RuleSet, total: Decimal, domestic: Decimal) -> Option<Decimal> {
    let share = rules.min_domestic_rd_share.value;
    let short = share * total - domestic;
    if short <= Decimal::ZERO {
        return Some(Decimal::ZERO);
    }
    let room = Decimal::ONE - share;
    (room > Decimal::ZERO).then(|| round_up_fen(short / room))
}

fn at_least(yuan: Decimal) -> Need {
    if yuan > Decimal::ZERO {
        Need::AtLeast { yuan }
    } else {
        Need::AlreadyMet
    }
}

/// Art. 5(4) over the next round with the current year's R&D at `planned`: the domestic part
/// the current year needs, read from the rules' own requirement.
fn domestic_need(
    answers: &Answers,
    year: i32,
    revenue: Decimal,
    planned: Decimal,
    on: CalendarDate,
    domestic_on_record: Decimal,
) -> Need {
    let with_plan = assess(
        &next_round(answers, year, revenue, planned, Decimal::ZERO),
        on,
    );
    let required = with_plan.condition(Condition::DomesticRd).and_then(|c| {
        c.findings.iter().find_map(|f| match &f.reason {
            Reason::DomesticShare {
                required_domestic_rd,
                ..
            } => Some(*required_domestic_rd),
            _ => None,
        })
    });
    match required {
        Some(required) => {
            let need = required - domestic_on_record;
            if need > planned {
                Need::NotAvailable {
                    why: Unavailable::DomesticOutOfReach,
                }
            } else {
                at_least(need)
            }
        }
        None => Need::NotAvailable {
            why: Unavailable::NoRevenue,
        },
    }
}

/// The bound of a band the expected average is within 10 % of, if any, with the band across it.
fn near_bound(
    rules: &RuleSet,
    scale: &RevenueScale,
    expected_revenue: Decimal,
) -> Option<NearBound> {
    let time = scale.operating_time;
    let (num, den) = (
        Decimal::from(time.numerator),
        Decimal::from(time.denominator),
    );
    let average = scale.total_revenue * den / num;
    rules.tiers.iter().find_map(|upper| {
        let bound = upper.from_yuan?;
        if (average - bound).abs() > bound * NEAR_A_BOUND {
            return None;
        }
        let lower = rules.tiers.iter().find(|t| t.below_yuan == Some(bound))?;
        let above = average >= bound;
        let other = if above { lower } else { upper };
        // The total that puts the average at the bound, less the years on record.
        let on_record = scale.total_revenue - expected_revenue;
        Some(NearBound {
            bound,
            above,
            distance: (average - bound).abs(),
            other_tier: other.id,
            other_min_ratio: other.min_rd_ratio,
            other_min_growth: other.min_rd_growth,
            revenue_at_bound: round_up_fen(bound * num / den - on_record),
        })
    })
}

fn round_up_fen(yuan: Decimal) -> Decimal {
    yuan.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::AwayFromZero)
}

/// Art. 6: the commitment's minimum and the domestic share it must keep.
pub fn commitment_plan(rules: &RuleSet) -> CommitmentPlan {
    let min = rules.new_entity_min_average_rd.value;
    let share = rules.min_domestic_rd_share.value;
    CommitmentPlan {
        years: rules.new_entity_commitment_years.value,
        min_average_rd: min,
        min_domestic_share: share,
        min_domestic_rd: round_up_fen(min * share),
    }
}

/// The assessment of the next round with a plan's figures, for checking a plan.
pub fn assess_plan(answers: &Answers, plan: &Plan, rd: Decimal, domestic: Decimal) -> Assessment {
    assess(
        &next_round(answers, plan.year, plan.expected_revenue, rd, domestic),
        next_round_date(plan.year),
    )
}
