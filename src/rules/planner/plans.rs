//! What a plan says: for each route what the current year needs, the cheaper route, the band's
//! bound nearby, and why there is no plan yet.

use crate::rules::guideline::TierId;
use crate::rules::outcome::{DomesticBasis, MissingFigure, RevenueScale};
use crate::rules::plausibility::Warning;
use rust_decimal::Decimal;
use serde::Serialize;

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
    /// With a founding year operated only in part: the band the average over the period's
    /// fiscal years gives, when it is another band (item 4), and what it asks. The plan meets
    /// both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_band: Option<BandPlan>,
    /// How much more than the band above asks the other band asks, when it asks more: the
    /// reading that made the plan larger.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raised_by_other_band: Option<Decimal>,
    /// The R&D the plan is built on: the least that meets Art. 5(3) (by the cheaper route, in
    /// every reading of the band) and Art. 5(4) together.
    pub planned_rd: Option<Decimal>,
    /// How much more than the cheaper route of Art. 5(3) needs `planned_rd` is, when Art. 5(4)
    /// needs more R&D (all of it within China) to lift a low domestic share on record.
    pub raised_for_domestic: Option<Decimal>,
    /// Art. 5(4): the current year's R&D within China needed with `planned_rd`.
    pub domestic: Need,
    pub near_bound: Option<NearBound>,
    /// The plan's own figures that will look unlikely next year (R&D more than four times last
    /// year's, say): the self-check will ask the applicant to confirm them then.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub will_ask_to_confirm: Vec<Warning>,
    /// Why the plan is Art. 5's although the applicant chose Art. 6.
    pub art6_not_open: Option<Art6NotOpen>,
}

/// What one reading of the band asks of the current year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandPlan {
    pub scale: RevenueScale,
    pub ratio: Need,
    pub growth: Need,
    pub cheaper: Option<Cheaper>,
    /// The least R&D that meets this band by either route, `None` if neither can.
    pub least: Option<Decimal>,
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
    /// The average annual R&D the applicant guarantees, when entered.
    pub committed: Option<Decimal>,
    pub min_domestic_share: Decimal,
    /// The domestic part of the minimum commitment, on average a year (元, rounded up): what
    /// the plan says while no commitment is entered.
    pub min_domestic_rd: Decimal,
    /// Art. 5(4) as the assessment reads it: its basis and the same amounts the result gives.
    pub domestic: Option<DomesticNeed>,
    /// Whether the self-check is already “初步符合”: the plan is then what the application
    /// commits to, not what would make it eligible.
    pub eligible: bool,
}

/// Art. 5(4) for a new entity as the assessment worked it out: a share over the basis named,
/// not a yearly floor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DomesticNeed {
    pub basis: DomesticBasis,
    /// The R&D the share is of (the average annual commitment, or the R&D since founding, or
    /// the period's).
    pub total: Decimal,
    /// The part within China entered.
    pub domestic: Decimal,
    /// The least part within China (元, rounded up).
    pub required: Decimal,
    pub difference: Decimal,
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
    /// Today's figures carry unlikely figures the applicant has not confirmed: a plan on them
    /// could rest on a slip, so it waits for the correction or the confirmation.
    WaitsForFigures {
        warnings: Vec<Warning>,
    },
    /// The expected revenue looks like a slip (no unit, about ten or ten thousand times the
    /// latest year, below the R&D the plan asks for): the plan waits for the correction or the
    /// applicant's confirmation.
    CheckExpectedRevenue {
        warnings: Vec<Warning>,
    },
    /// How long the applicant has operated is not known, or the path is not chosen.
    NotYet,
}
