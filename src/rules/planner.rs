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

use super::answers::{Answers, Field, YearFigures};
use super::assess::assess;
use super::dates::CalendarDate;
use super::guideline::{RuleSet, TierId};
use super::lang::{Bilingual, Lang};
use super::library::{fill, long_texts};
use super::money::{Money, Unit};
use super::outcome::{Assessment, Condition, MissingFigure, Reason, RevenueScale};
use super::questions::ApplicantPath;
use rust_decimal::Decimal;
use serde::Serialize;

/// How far from a band's bound (as a share of it) the average revenue is “near” it.
const NEAR_A_BOUND: Decimal = rust_decimal_macros::dec!(0.1);

/// What one route of Art. 5(3), or Art. 5(4), asks of the current year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Need {
    /// At least this much in the current year, in 元, exact to the fen (rounded up).
    AtLeast { yuan: Decimal },
    /// The years on record already meet it: any amount in the current year does.
    AlreadyMet,
    /// The route gives no result on these figures; the reason says why.
    NotAvailable { why: Unavailable },
}

/// Why a route gives no plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unavailable {
    /// Revenue over the period would be zero: the ratio is undefined.
    NoRevenue,
    /// Last year's R&D was zero: a growth from nothing is undefined.
    ZeroBase,
    /// Last year was operated only in part: the guideline does not say how its growth is
    /// measured, so the route cannot confirm the condition.
    PartYearBase,
    /// The applicant did not operate last year: there is nothing to grow from.
    NoPreviousYear,
    /// The R&D needed would all have to be within China and still fall short of 60 %.
    DomesticOutOfReach,
}

/// The cheaper of the two routes of Art. 5(3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    Ratio,
    Growth,
}

/// The route of Art. 5(3) that needs less R&D this year, and by how much (元).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cheaper {
    pub route: Route,
    pub by: Decimal,
}

/// The expected average revenue close to a band's bound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearBound {
    /// The bound, in 元 of average annual revenue (10亿, 30亿).
    pub bound: Decimal,
    /// Whether the expected average reaches the bound (it is in the higher band).
    pub above: bool,
    /// How much average revenue separates it from the bound, in 元, exact (a display rounds it
    /// once: a margin above down, a distance below up).
    pub distance: Decimal,
    /// The band on the other side of the bound, and what it requires.
    pub other_tier: TierId,
    pub other_min_ratio: Decimal,
    pub other_min_growth: Decimal,
    /// The current year's revenue that would put the average exactly at the bound, in 元.
    pub revenue_at_bound: Decimal,
}

/// The plan for an applicant on the Art. 5 path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// The current year, the last of the next round's period.
    pub year: i32,
    pub first_year: i32,
    pub expected_revenue: Decimal,
    /// The band the expected revenue gives, with its average and thresholds.
    pub scale: RevenueScale,
    /// Art. 5(3) item n, by the R&D ratio over the period.
    pub ratio: Need,
    /// Art. 5(3) item n, by the growth of the current year's R&D over last year's.
    pub growth: Need,
    /// The route that needs less R&D this year, and by how much.
    pub cheaper: Option<Cheaper>,
    /// The R&D the plan is built on: the least that meets Art. 5(3) (by the cheaper route) and
    /// Art. 5(4) together.
    pub planned_rd: Option<Decimal>,
    /// How much more than the cheaper route of Art. 5(3) needs `planned_rd` is, when Art. 5(4)
    /// needs more R&D (all of it within China) to lift a low domestic share on record.
    pub raised_for_domestic: Option<Decimal>,
    /// Art. 5(4): the current year's R&D within China needed with `planned_rd`.
    pub domestic: Need,
    pub near_bound: Option<NearBound>,
    /// Why the plan is Art. 5's although the applicant chose Art. 6.
    pub art6_not_open: Option<Art6NotOpen>,
}

/// Why the Art. 6 path is not open to an applicant that chose it, so that its plan is Art. 5's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum Art6NotOpen {
    /// It was not set up to be the supporting unit and build the center.
    NotEstablishedForCenter,
    /// It operated through every year of “近3年”: not newly founded.
    OperatedThroughPeriod { first_year: i32, latest_year: i32 },
}

/// The Art. 6 plan: the commitment and the domestic share to keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitmentPlan {
    pub years: i32,
    pub min_average_rd: Decimal,
    pub min_domestic_share: Decimal,
    /// The domestic R&D a year that the minimum commitment needs (元, rounded up).
    pub min_domestic_rd: Decimal,
}

/// What the planner gives, or why it cannot plan yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Planned {
    Art5(Box<Plan>),
    Art6(CommitmentPlan),
    /// Figures of the years on record are missing: they are listed.
    MissingFigures {
        missing: Vec<MissingFigure>,
    },
    /// How long the applicant has operated is not known, or the path is not chosen.
    NotYet,
}

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
    let existing;
    let answers = if art6_not_open.is_some() {
        existing = Answers {
            path: Some(ApplicantPath::ExistingEnterprise),
            ..answers.clone()
        };
        &existing
    } else {
        answers
    };
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

long_texts! {
    plan_texts;
    PLAN_BASIS = "plan.basis":
        "下一轮申报的“近3年”按{first}–{year}年计算。{year}年销售收入按预计 {revenue} 计，年均销售收入 {average}，属于{item}“{band}”档：研究开发费用占比不低于 {ratio}，或上一年度研究开发费用增速不低于 {growth}，满足其一即可。",
        "For the next round, “the last 3 years” are {first}–{year}. With {year} revenue expected at {revenue}, average annual revenue is {average}, in the band of {item}, “{band}”: an R&D ratio of at least {ratio}, or last year's R&D growth of at least {growth}; either is enough.";
    PLAN_RATIO = "plan.ratio":
        "按研发费用占比：{year}年研究开发费用至少 {amount}。",
        "By the R&D ratio: at least {amount} of R&D in {year}.";
    PLAN_RATIO_MET = "plan.ratio_met":
        "按研发费用占比：已有年度的研究开发费用已经足够，{year}年有任何研发投入即可。",
        "By the R&D ratio: the R&D of the years on record is already enough; any R&D in {year} will do.";
    PLAN_GROWTH = "plan.growth":
        "按上一年度增速：{year}年研究开发费用至少 {amount}（较{previous}年增长 {growth}）。",
        "By last year's growth: at least {amount} of R&D in {year} (growth of {growth} over {previous}).";
    PLAN_NO_REVENUE = "plan.no_revenue":
        "按研发费用占比：期间销售收入为零，占比无法计算。",
        "By the R&D ratio: revenue over the period would be zero, so the ratio is undefined.";
    PLAN_ZERO_BASE = "plan.zero_base":
        "按上一年度增速：{previous}年研究开发费用为零，增速无法计算。",
        "By last year's growth: R&D in {previous} was zero, so growth is undefined.";
    PLAN_PART_YEAR_BASE = "plan.part_year_base":
        "按上一年度增速：{previous}年只经营了部分时间，指引未规定不满一年的年度如何计算增速，此路径不能据以判定符合。",
        "By last year's growth: {previous} was operated only in part, and the guideline does not say how growth over a part year is measured, so this route cannot confirm the condition.";
    PLAN_NO_PREVIOUS_YEAR = "plan.no_previous_year":
        "按上一年度增速：{previous}年尚未经营，无法按增速判断。",
        "By last year's growth: the applicant did not operate in {previous}, so there is no growth to measure.";
    PLAN_CHEAPER_RATIO = "plan.cheaper_ratio":
        "按研发费用占比所需较少，少 {by}。",
        "The ratio route needs less, by {by}.";
    PLAN_CHEAPER_GROWTH = "plan.cheaper_growth":
        "按上一年度增速所需较少，少 {by}。",
        "The growth route needs less, by {by}.";
    PLAN_DOMESTIC = "plan.domestic":
        "按此计划（{year}年研究开发费用 {planned}），{year}年在中国境内发生的研究开发费用至少 {amount}，近3年境内占比才不低于 {min}（第五条第（四）项）。",
        "With this plan ({planned} of R&D in {year}), at least {amount} of it must be incurred within China for the share over the period to reach {min} (Art. 5(4)).";
    PLAN_DOMESTIC_MET = "plan.domestic_met":
        "按此计划，已有年度的境内研发费用已足以使近3年境内占比不低于 {min}（第五条第（四）项）。",
        "With this plan, the domestic R&D on record already keeps the share over the period at {min} or more (Art. 5(4)).";
    PLAN_DOMESTIC_OUT_OF_REACH = "plan.domestic_out_of_reach":
        "按此计划，即使{year}年的研究开发费用全部在中国境内发生，近3年境内占比也达不到 {min}（第五条第（四）项）：需要更多的境内研发投入。",
        "With this plan, even if all of {year}'s R&D were within China, the share over the period would not reach {min} (Art. 5(4)): more R&D within China is needed.";
    PLAN_BELOW_BOUND = "plan.below_bound":
        "注意：预计年均销售收入距 {bound} 的档次界限只差 {distance}。{year}年销售收入达到 {revenue} 即进入{item}“{band}”档，要求降为研究开发费用占比不低于 {ratio}，或增速不低于 {growth}，计划可能更省。",
        "Note: the expected average revenue is {distance} short of the {bound} band bound. {year} revenue of {revenue} would put the applicant in {item}, “{band}”, where the requirements are lower (a ratio of {ratio} or growth of {growth}), which may make the plan cheaper.";
    PLAN_ABOVE_BOUND = "plan.above_bound":
        "注意：预计年均销售收入只比 {bound} 的档次界限高出 {distance}。{year}年销售收入低于 {revenue} 将落入{item}“{band}”档，要求变为研究开发费用占比不低于 {ratio}，或增速不低于 {growth}。",
        "Note: the expected average revenue is only {distance} above the {bound} band bound. {year} revenue below {revenue} would put the applicant in {item}, “{band}”, which requires a ratio of {ratio} or growth of {growth}.";
    PLAN_AT_BOUND = "plan.at_bound":
        "注意：预计年均销售收入正好在 {bound} 的档次界限上。{year}年销售收入低于 {revenue} 将落入{item}“{band}”档，要求变为研究开发费用占比不低于 {ratio}，或增速不低于 {growth}。",
        "Note: the expected average revenue is right at the {bound} band bound. {year} revenue below {revenue} would put the applicant in {item}, “{band}”, which requires a ratio of {ratio} or growth of {growth}.";
    PLAN_RAISED_FOR_DOMESTIC = "plan.raised_for_domestic":
        "已有年度的境内研发费用占比偏低，第五条第（四）项需要的研发投入多于第五条第（三）项：{year}年研究开发费用至少 {planned}（多 {extra}），其中在中国境内发生至少 {amount}，近3年境内占比才不低于 {min}。",
        "The share of R&D within China on record is low, so Art. 5(4) needs more R&D than Art. 5(3): at least {planned} of R&D in {year} ({extra} more), of which at least {amount} within China, for the share over the period to reach {min}.";
    PLAN_ART6_NOT_ESTABLISHED = "plan.art6_not_established":
        "申报单位不是为建设技术创新中心而新设立的独立法人，第六条不适用；以下按现有企业适用的第五条第（三）项、第（四）项测算。",
        "The applicant was not set up as an independent legal person to build the center, so Art. 6 does not apply; the plan below is for an existing enterprise, under Art. 5(3) and 5(4).";
    PLAN_ART6_NOT_NEW = "plan.art6_not_new":
        "申报单位已完整经营{first}–{latest}年，不是第六条所称的新建独立法人实体，第六条不适用；以下按现有企业适用的第五条第（三）项、第（四）项测算。",
        "The applicant operated through all of {first}–{latest}, so it is not a newly founded independent legal entity and Art. 6 does not apply; the plan below is for an existing enterprise, under Art. 5(3) and 5(4).";
    PLAN_COMMITMENT = "plan.commitment":
        "第六条：保障未来{years}年年均研究开发费用不低于 {min}；按第五条第（四）项，其中在中国境内发生的不低于 {share}，即每年至少 {domestic}。",
        "Art. 6: guarantee average annual R&D of at least {min} over the next {years} years; under Art. 5(4), at least {share} of it within China, that is at least {domestic} a year.";
    PLAN_MISSING = "plan.missing":
        "先填写{list}，才能计算明年申报的计划。",
        "Enter {list} first to work out a plan for next year's application.";
    PLAN_NOT_YET = "plan.not_yet":
        "选择申报类型并填写经营时间后，才能计算明年申报的计划。",
        "Choose the type of applicant and how long it has operated to work out a plan.";
    PLAN_CAVEAT = "plan.caveat":
        "这是按预计数字的测算，不是自评结论；实际申报以当年经审计的数据和当年度申报通知为准。",
        "This is a projection on expected figures, not a result; an application rests on that year's audited figures and the year's application notice.";
}

/// The plan in sentences, in `lang`: what the result page, the printout and `tic-assess --plan
/// --text` say.
pub fn describe(planned: &Planned, rules: &RuleSet, lang: Lang) -> Vec<String> {
    use super::answers::year_label;
    use super::money_display::{format_amount, format_threshold_percent, shows_as_zero, Rounding};
    let money = |yuan: Decimal| format_amount(yuan, Rounding::Up, lang);
    let percent = |ratio: Decimal| format_threshold_percent(ratio);
    let say =
        |text: Bilingual, values: &[(&str, &dyn std::fmt::Display)]| fill(text.get(lang), values);
    let p = match planned {
        Planned::Art5(p) => p,
        Planned::Art6(c) => {
            return vec![say(
                PLAN_COMMITMENT(),
                &[
                    ("years", &c.years),
                    ("min", &money(c.min_average_rd)),
                    ("share", &percent(c.min_domestic_share)),
                    ("domestic", &money(c.min_domestic_rd)),
                ],
            )]
        }
        Planned::MissingFigures { missing } => {
            let list: Vec<String> = missing
                .iter()
                .map(|m| year_label(m.year, m.field, lang))
                .collect();
            let list = list.join(super::sentences::LIST_SEPARATOR().get(lang));
            return vec![say(PLAN_MISSING(), &[("list", &list)])];
        }
        Planned::NotYet => return vec![PLAN_NOT_YET().get(lang).to_string()],
    };
    let year = p.year;
    let previous = year - 1;
    let tier = rules.tier(p.scale.tier);
    let mut lines = Vec::new();
    match p.art6_not_open {
        Some(Art6NotOpen::NotEstablishedForCenter) => {
            lines.push(PLAN_ART6_NOT_ESTABLISHED().get(lang).to_string())
        }
        Some(Art6NotOpen::OperatedThroughPeriod {
            first_year,
            latest_year,
        }) => lines.push(say(
            PLAN_ART6_NOT_NEW(),
            &[("first", &first_year), ("latest", &latest_year)],
        )),
        None => {}
    }
    lines.push(say(
        PLAN_BASIS(),
        &[
            ("first", &p.first_year),
            ("year", &year),
            (
                "revenue",
                &format_amount(p.expected_revenue, Rounding::Nearest, lang),
            ),
            (
                "average",
                &format_amount(p.scale.average_revenue, Rounding::Down, lang),
            ),
            ("item", &p.scale.tier.clause().citation(lang)),
            ("band", &p.scale.tier.band().get(lang)),
            ("ratio", &percent(tier.min_rd_ratio)),
            ("growth", &percent(tier.min_rd_growth)),
        ],
    ));
    let unavailable = |why: Unavailable| match why {
        Unavailable::NoRevenue => PLAN_NO_REVENUE(),
        Unavailable::ZeroBase => PLAN_ZERO_BASE(),
        Unavailable::PartYearBase => PLAN_PART_YEAR_BASE(),
        Unavailable::NoPreviousYear => PLAN_NO_PREVIOUS_YEAR(),
        Unavailable::DomesticOutOfReach => PLAN_DOMESTIC_OUT_OF_REACH(),
    };
    lines.push(match &p.ratio {
        Need::AtLeast { yuan } => say(PLAN_RATIO(), &[("year", &year), ("amount", &money(*yuan))]),
        Need::AlreadyMet => say(PLAN_RATIO_MET(), &[("year", &year)]),
        Need::NotAvailable { why } => say(unavailable(*why), &[("previous", &previous)]),
    });
    lines.push(match &p.growth {
        Need::AtLeast { yuan } => say(
            PLAN_GROWTH(),
            &[
                ("year", &year),
                ("previous", &previous),
                ("amount", &money(*yuan)),
                ("growth", &percent(tier.min_rd_growth)),
            ],
        ),
        Need::AlreadyMet => say(PLAN_RATIO_MET(), &[("year", &year)]),
        Need::NotAvailable { why } => say(unavailable(*why), &[("previous", &previous)]),
    });
    if let Some(Cheaper { route, by }) = p.cheaper {
        let text = match route {
            Route::Ratio => PLAN_CHEAPER_RATIO(),
            Route::Growth => PLAN_CHEAPER_GROWTH(),
        };
        lines.push(say(text, &[("by", &money(by))]));
    }
    let min_share = percent(rules.min_domestic_rd_share.value);
    if let (Some(planned), Some(extra), Need::AtLeast { yuan }) =
        (p.planned_rd, p.raised_for_domestic, &p.domestic)
    {
        lines.push(say(
            PLAN_RAISED_FOR_DOMESTIC(),
            &[
                ("year", &year),
                ("planned", &money(planned)),
                ("extra", &money(extra)),
                ("amount", &money(*yuan)),
                ("min", &min_share),
            ],
        ));
    } else if let Some(planned) = p.planned_rd {
        lines.push(match &p.domestic {
            Need::AtLeast { yuan } => say(
                PLAN_DOMESTIC(),
                &[
                    ("year", &year),
                    ("planned", &money(planned)),
                    ("amount", &money(*yuan)),
                    ("min", &min_share),
                ],
            ),
            Need::AlreadyMet => say(PLAN_DOMESTIC_MET(), &[("min", &min_share)]),
            Need::NotAvailable { why } => {
                say(unavailable(*why), &[("year", &year), ("min", &min_share)])
            }
        });
    }
    if let Some(near) = &p.near_bound {
        // A margin above the bound is rounded down, a distance below it up: never a bound the
        // average does not reach. A margin too small to show is “at the bound”.
        let (text, distance) = match (near.above, shows_as_zero(near.distance, lang)) {
            (true, true) => (PLAN_AT_BOUND(), String::new()),
            (true, false) => (
                PLAN_ABOVE_BOUND(),
                format_amount(near.distance, Rounding::Down, lang),
            ),
            (false, _) => (PLAN_BELOW_BOUND(), money(near.distance)),
        };
        lines.push(say(
            text,
            &[
                ("bound", &money(near.bound)),
                ("distance", &distance),
                ("year", &year),
                ("revenue", &money(near.revenue_at_bound)),
                ("item", &near.other_tier.clause().citation(lang)),
                ("band", &near.other_tier.band().get(lang)),
                ("ratio", &percent(near.other_min_ratio)),
                ("growth", &percent(near.other_min_growth)),
            ],
        ));
    }
    lines.push(PLAN_CAVEAT().get(lang).to_string());
    lines
}

/// One year of the picture: the figures on record, or the plan's for the current year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureYear {
    pub year: i32,
    pub revenue: Option<Decimal>,
    pub rd: Option<Decimal>,
    pub domestic: Option<Decimal>,
    /// The plan's year, drawn apart from the years on record.
    pub planned: bool,
}

impl PictureYear {
    /// R&D ÷ revenue, when both are known and revenue is not zero.
    pub fn ratio(&self) -> Option<Decimal> {
        self.rd?.checked_div(self.revenue.filter(|r| !r.is_zero())?)
    }

    /// Domestic ÷ total R&D, when both are known and R&D is not zero.
    pub fn domestic_share(&self) -> Option<Decimal> {
        self.domestic?
            .checked_div(self.rd.filter(|r| !r.is_zero())?)
    }
}

/// The years of the period as entered, followed by the plan's year when there is a plan with
/// R&D to draw: what the picture of the figures shows.
pub fn picture(answers: &Answers, years: &[i32], planned: &Planned) -> Vec<PictureYear> {
    let mut out: Vec<PictureYear> = years
        .iter()
        .map(|&year| {
            let y = answers.financials.year(year);
            let get = |field| y.and_then(|y| y.get(field)).map(Money::yuan);
            PictureYear {
                year,
                revenue: get(Field::SalesRevenue),
                rd: get(Field::RdTotal),
                domestic: get(Field::RdDomestic),
                planned: false,
            }
        })
        .collect();
    if let Planned::Art5(p) = planned {
        if let Some(rd) = p.planned_rd {
            let domestic = match p.domestic {
                Need::AtLeast { yuan } => Some(yuan),
                Need::AlreadyMet => Some(Decimal::ZERO),
                Need::NotAvailable { .. } => None,
            };
            out.retain(|y| y.year != p.year);
            out.push(PictureYear {
                year: p.year,
                revenue: Some(p.expected_revenue),
                rd: Some(rd),
                domestic,
                planned: true,
            });
        }
    }
    out
}
