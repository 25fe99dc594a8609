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
//! The plan is put together here; [`needs`] works out what each requirement asks of the current
//! year, [`art6`] the Art. 6 plan, [`plans`] holds what a plan says, [`sentences`] writes it in
//! words, [`picture`] gives the years a chart draws.

mod art6;
mod needs;
mod picture;
mod plans;
mod sentences;

pub use art6::commitment_plan;
use needs::{band_plan, domestic_need, least_all_within_china, near_bound};

pub use picture::{picture, picture_periods, PicturePeriod, PictureYear, Tested};
pub use plans::{
    Art6NotOpen, BandPlan, Cheaper, CommitmentPlan, DomesticNeed, NearBound, Need, Plan, Planned,
    Route, Unavailable,
};
pub use sentences::{plan_sentences, plan_texts};

use super::answers::{Answers, Field, Figure, YearFigures};
use super::assess::{assess, readings};
use super::dates::CalendarDate;
use super::guideline::RuleSet;
use super::money::{Money, Unit};
use super::outcome::{Assessment, Condition, MissingFigure, Reason};
use super::plausibility::{expected_revenue_warnings, Warning};
use super::questions::ApplicantPath;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// How far from a band's bound (as a share of it) the average revenue is “near” it.
pub(super) const NEAR_A_BOUND: Decimal = rust_decimal_macros::dec!(0.1);

/// The next round's answers: the years on record, and the current year with `revenue`,
/// `rd` and `domestic` (元). Assessed after the current year has ended and been audited. The
/// applicant's confirmation of today's figures stands for the years on record; the current
/// year's figures are the plan's, which nobody has typed or confirmed (the expected revenue
/// excepted, when `revenue_confirmed`): a verdict resting on one of them that looks unlikely
/// waits for the applicant's confirmation next year, as any figure does.
pub fn next_round(
    answers: &Answers,
    year: i32,
    revenue: Decimal,
    rd: Decimal,
    domestic: Decimal,
    revenue_confirmed: bool,
) -> Answers {
    let yuan = |v: Decimal| Money::new(v, Unit::Yuan).ok();
    let mut next = answers.clone();
    // Today's figures are confirmed or have nothing to confirm: a plan is only made on them
    // once they are (`plan` waits otherwise).
    next.figures_confirmed = true;
    let figure = |field| Figure::Year { year, field };
    next.never_confirmed = vec![figure(Field::RdTotal), figure(Field::RdDomestic)];
    if !revenue_confirmed {
        next.never_confirmed.push(figure(Field::SalesRevenue));
    }
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

/// The current year's expected revenue as the applicant typed it: the amount read, whether a
/// unit followed the number, and whether the applicant confirmed it after the tool found it
/// unlikely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedRevenue {
    pub typed: Money,
    pub unit_written: bool,
    pub confirmed: bool,
}

impl ExpectedRevenue {
    /// An amount typed with its unit (“14亿”), not confirmed.
    pub fn with_unit(yuan: Decimal) -> ExpectedRevenue {
        ExpectedRevenue {
            typed: Money::from_yuan(yuan),
            unit_written: true,
            confirmed: false,
        }
    }
}

/// The plan for applying next year, on `as_of`, with `expected_revenue` (元, typed with its
/// unit) for the current year: [`plan_with`] for an amount as typed.
pub fn plan(answers: &Answers, as_of: CalendarDate, expected_revenue: Decimal) -> Planned {
    plan_with(answers, as_of, ExpectedRevenue::with_unit(expected_revenue))
}

/// The plan for applying next year, on `as_of`, with the current year's expected revenue as
/// typed. An applicant that chose Art. 6 but to which it is not open (not set up for the
/// center, or not newly founded) gets Art. 5's plan, and is told why.
///
/// A plan is made on figures that stand: while today's figures carry an unlikely figure the
/// applicant has not confirmed, or the expected revenue itself looks like a slip, the plan
/// waits for the correction or the confirmation (item 21 of docs/interpretation.md). The R&D
/// planned meets Art. 5(3) under every reading of the band the rules apply (the average over
/// the actual operating time, and over the fiscal years), and Art. 5(4).
pub fn plan_with(answers: &Answers, as_of: CalendarDate, expected: ExpectedRevenue) -> Planned {
    let rules = RuleSet::for_date(as_of);
    let art6_not_open = match answers.path {
        None => return Planned::NotYet,
        Some(ApplicantPath::ExistingEnterprise) => None,
        Some(ApplicantPath::NewEntity) => match art6_not_open(answers, as_of) {
            // The commitment and its part within China are figures like the years': a plan
            // on a commitment typed in 亿 for 万 would state it as if it stood.
            None => {
                return match assess(answers, as_of).unconfirmed_figures() {
                    to_check if !to_check.is_empty() => {
                        Planned::WaitsForFigures { warnings: to_check }
                    }
                    _ => Planned::Art6(commitment_plan(answers, as_of)),
                }
            }
            closed => closed,
        },
    };
    let answers = &*planned_as(answers, art6_not_open.is_some());
    if answers.financials.operating_history.is_none() {
        return Planned::NotYet;
    }
    // Today's figures first: a plan on a slip would under-budget by the slip.
    let to_check = assess(answers, as_of).unconfirmed_figures();
    if !to_check.is_empty() {
        return Planned::WaitsForFigures { warnings: to_check };
    }
    let year = as_of.year;
    let on = next_round_date(year);
    let expected_revenue = expected.typed.yuan();
    let next = |rd, domestic| {
        next_round(
            answers,
            year,
            expected_revenue,
            rd,
            domestic,
            expected.confirmed,
        )
    };
    // One fen of R&D, so that “no R&D at all” does not hide the ratio's requirement.
    let fen = Decimal::new(1, 2);
    let mut probe_answers = next(fen, fen);
    // The expected revenue as typed, in its own unit: a unit typed wrong is told by it.
    if let Some(current) = probe_answers
        .financials
        .years
        .iter_mut()
        .find(|y| y.year == year)
    {
        current.sales_revenue = Some(expected.typed);
    }
    let probe = assess(&probe_answers, on);
    if probe.condition(Condition::RdIntensity).is_none() {
        return Planned::NotYet;
    }
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
    let Some(period) = probe.period.as_ref() else {
        return Planned::NotYet;
    };
    // The expected revenue is typed like any year's figure, and checked like one.
    let revenue_checks = expected_revenue_warnings(
        &probe_answers,
        Some(period),
        year,
        expected.typed,
        expected.unit_written,
    );
    if !revenue_checks.is_empty() && !expected.confirmed {
        return Planned::CheckExpectedRevenue {
            warnings: revenue_checks,
        };
    }
    let on_record = |field| -> Decimal {
        answers
            .financials
            .years
            .iter()
            .filter(|y| y.year != year && period.years.contains(&y.year))
            .filter_map(|y| y.get(field).map(Money::yuan))
            .sum()
    };
    let rd_on_record = on_record(Field::RdTotal);
    // Art. 5(3) under each reading of the band: what each route asks, and the least of them.
    let bands: Vec<BandPlan> = readings(&probe_answers.financials, period, rules)
        .into_iter()
        .map(|b| band_plan(b, rd_on_record))
        .collect();
    let Some(main) = bands.first().cloned() else {
        return Planned::NotYet;
    };
    let other_band = bands.get(1).cloned();
    // Every reading must be met: the larger of their least amounts (none if a reading has no
    // route that can be met).
    let least_for_art5_3 = bands
        .iter()
        .map(|b| b.least)
        .try_fold(Decimal::ZERO, |most, least| least.map(|l| most.max(l)));
    let raised_by_other_band = match (&other_band, main.least) {
        (Some(other), Some(main_least)) => other
            .least
            .map(|l| l - main_least)
            .filter(|extra| *extra > Decimal::ZERO),
        _ => None,
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
            &next(planned, Decimal::ZERO),
            on,
            planned,
            on_record(Field::RdDomestic),
        ),
        None => Need::NotAvailable {
            why: Unavailable::NoRevenue,
        },
    };
    // The plan's own figures may look unlikely next year (R&D four times last year's, above the
    // revenue expected): the self-check will ask the applicant to confirm them then.
    let will_ask_to_confirm = match planned_rd {
        Some(planned) => {
            let domestic = match domestic {
                Need::AtLeast { yuan } => yuan,
                Need::AlreadyMet => Decimal::ZERO,
                Need::NotAvailable { .. } => planned,
            };
            assess(&next(planned, domestic), on).unconfirmed_figures()
        }
        None => Vec::new(),
    };
    // An expected revenue below the R&D the plan asks for is itself a figure to look at again.
    if !expected.confirmed
        && will_ask_to_confirm
            .iter()
            .any(|w| matches!(w, Warning::RdAboveRevenue { year: y } if *y == year))
    {
        return Planned::CheckExpectedRevenue {
            warnings: vec![Warning::RdAboveRevenue { year }],
        };
    }
    let near_bound = near_bound(rules, &main.scale, expected_revenue);
    let (ratio, growth, cheaper) = (main.ratio.clone(), main.growth.clone(), main.cheaper);
    Planned::Art5(Box::new(Plan {
        year,
        first_year: period.first(),
        expected_revenue,
        scale: main.scale,
        ratio,
        growth,
        cheaper,
        other_band,
        raised_by_other_band,
        planned_rd,
        raised_for_domestic,
        domestic,
        near_bound,
        will_ask_to_confirm,
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

/// The assessment of the next round with a plan's figures, for checking a plan. With
/// `confirmed`, the applicant has confirmed next year the plan's figures that look unlikely
/// ([`Plan::will_ask_to_confirm`]), as the self-check will then ask; without, they wait.
pub fn assess_plan(
    answers: &Answers,
    plan: &Plan,
    rd: Decimal,
    domestic: Decimal,
    confirmed: bool,
) -> Assessment {
    // An applicant to which Art. 6 is not open is planned for, and put back, as the existing
    // enterprise it is.
    let answers = planned_as(answers, plan.art6_not_open.is_some());
    let mut next = next_round(
        &answers,
        plan.year,
        plan.expected_revenue,
        rd,
        domestic,
        true,
    );
    if confirmed {
        next.never_confirmed.clear();
    }
    assess(&next, next_round_date(plan.year))
}
