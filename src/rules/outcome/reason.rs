//! Why a finding came out as it did: the [`Reason`] behind each, with its figures, and the
//! small types reasons carry (a missing figure, the basis of Art. 5(4), a reading of the band).

use super::{fen_rounded_down, Verdict};
use crate::rules::answers::Field;
use crate::rules::dates::CalendarDate;
use crate::rules::guideline::TierId;
use crate::rules::period::{PeriodProblem, Years};
use crate::rules::plausibility::Warning;
use crate::rules::questions::{Answer, Question};
use rust_decimal::Decimal;
use serde::Serialize;

/// A figure missing from a fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MissingFigure {
    pub year: i32,
    pub field: Field,
}

/// A figure asked on the Art. 6 path rather than per fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NewEntityFigure {
    RdSinceFounding,
    RdSinceFoundingDomestic,
    PlannedDomesticAverageAnnualRd,
}

/// What Art. 5(4)'s share is worked out from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum DomesticBasis {
    /// The fiscal years of “近3年”.
    Period { first_year: i32, latest_year: i32 },
    /// Art. 6, no complete fiscal year: the R&D incurred since founding.
    SinceFounding,
    /// Art. 6, nothing incurred yet: the domestic part planned within the committed R&D.
    PlannedCommitment,
}

/// Why a finding came out as it did. Amounts are in 元; ratios are fractions (0.15 = 15 %).
/// `difference` is the entered figure minus the required one: positive is the margin above the
/// threshold, negative the shortfall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// A self-declared answer.
    Declared { question: Question, answer: Answer },
    /// A question not answered yet.
    Unanswered { question: Question },
    /// Whether the applicant is an existing enterprise or a new entity is not known.
    PathNotChosen,
    /// The years “近3年” covers cannot be worked out.
    PeriodUnknown { problem: PeriodProblem },
    /// The latest complete fiscal year entered is older than the last one on the date of the
    /// self-check: the figures are not the “近3年” of an application made that day.
    OutdatedFiscalYear { latest: i32, expected: i32 },
    /// Figures a calculation needs were not entered.
    MissingFigures { missing: Vec<MissingFigure> },
    /// Art. 5(3): no R&D at all over the period.
    NoRdOverPeriod { first_year: i32, latest_year: i32 },
    /// Art. 5(3), first alternative: R&D over the period against sales revenue.
    RdRatio {
        first_year: i32,
        latest_year: i32,
        total_rd: Decimal,
        total_revenue: Decimal,
        ratio: Decimal,
        min_ratio: Decimal,
        required_rd: Decimal,
        difference: Decimal,
    },
    /// Art. 5(3): no sales revenue over the period, so the ratio is undefined.
    RdRatioWithoutRevenue { total_rd: Decimal },
    /// Art. 5(3), second alternative: last year's R&D growth. When the year before was operated
    /// only in part, its R&D is annualised by the share operated (`base`), and a growth that
    /// meets the minimum only on that basis cannot be confirmed.
    RdGrowth {
        year: i32,
        rd_latest: Decimal,
        rd_previous: Decimal,
        /// The part of the year before that was operated, when it was not all of it.
        previous_year_share: Option<Years>,
        /// The R&D growth is measured from: the previous year's, annualised if it was partial.
        base: Decimal,
        growth: Decimal,
        /// With a part-year base: the growth over the R&D of that part year as incurred.
        #[serde(skip_serializing_if = "Option::is_none")]
        raw_growth: Option<Decimal>,
        min_growth: Decimal,
        required_rd_latest: Decimal,
        difference: Decimal,
    },
    /// Art. 5(3): with a founding year operated only in part, the band — and so the verdict —
    /// depends on how “近3年年均销售收入” is averaged: over the actual operating time (the
    /// tool's reading, `by_operating_time`) or over the fiscal years of the period
    /// (`by_fiscal_years`). The guideline does not settle it for a part year: the Commission
    /// decides.
    BandDependsOnAverage {
        /// The founding year, operated only in part.
        first_year: i32,
        by_operating_time: BandReading,
        by_fiscal_years: BandReading,
    },
    /// Art. 5(3): the applicant did not operate in the year before the latest one.
    RdGrowthWithoutPreviousYear { year: i32 },
    /// Art. 5(3): R&D was zero the year before, so growth is undefined.
    RdGrowthFromZero { year: i32, rd_latest: Decimal },
    /// Art. 5(3): R&D was zero in both years: no growth.
    RdGrowthNone { year: i32 },
    /// Art. 5(4): R&D inside China against all R&D, on the basis named.
    DomesticShare {
        basis: DomesticBasis,
        domestic_rd: Decimal,
        total_rd: Decimal,
        share: Decimal,
        min_share: Decimal,
        required_domestic_rd: Decimal,
        difference: Decimal,
    },
    /// Art. 5(4): more R&D inside China than R&D in all, which cannot be (`year` 0: the figures
    /// since founding, or the plan).
    DomesticExceedsTotal { year: i32 },
    /// Art. 5(4): no R&D over the period, so none was incurred within China.
    NoRdRecorded,
    /// Art. 6 figures a calculation needs were not entered.
    MissingNewEntityFigures { missing: Vec<NewEntityFigure> },
    /// Art. 6: the R&D the new entity guarantees for the next years.
    Commitment {
        committed: Decimal,
        minimum: Decimal,
        years: i32,
        difference: Decimal,
    },
    /// Art. 6: the commitment was not entered.
    CommitmentMissing { minimum: Decimal, years: i32 },
    /// Art. 6: founded after the latest complete fiscal year: newly founded.
    FoundedAfterLatestYear { founded: CalendarDate, latest: i32 },
    /// Art. 6: operated through every year of “近3年”: not newly founded.
    OperatedThroughPeriod {
        first_year: i32,
        latest_year: i32,
        founded: Option<CalendarDate>,
    },
    /// Art. 6: founded inside “近3年”, so it has fiscal years of its own; whether it still counts
    /// as newly founded the guideline does not say.
    FoundedWithinPeriod { founded: CalendarDate, latest: i32 },
    /// Figures the verdict rests on look unlikely (a slip of the unit or of a digit?), and the
    /// applicant has not confirmed them on the check page yet.
    CheckFigures { warnings: Vec<Warning> },
}

/// One way of averaging the revenue over the period, the band it gives and the verdict of
/// Art. 5(3) in that band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BandReading {
    /// The average annual revenue, exact; written rounded down to the fen.
    #[serde(serialize_with = "fen_rounded_down")]
    pub average_revenue: Decimal,
    /// What the total is divided by.
    pub years: Years,
    pub tier: TierId,
    /// Where the band ends, if a band lies above (see [`RevenueScale::band_ends_at`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band_ends_at: Option<Decimal>,
    pub verdict: Verdict,
}

impl Reason {
    /// Whether the person can settle this themselves by entering or correcting an answer on
    /// one of the pages, rather than only the Commission being able to judge it. An enterprise
    /// founded after its latest fiscal year settles it by the applicant type: on the existing
    /// enterprise's path it cannot have the years Art. 5(3) reads, and a new entity is judged
    /// under Art. 6.
    pub fn can_be_completed(&self) -> bool {
        !matches!(
            self,
            Reason::RdRatioWithoutRevenue { .. }
                | Reason::RdGrowthFromZero { .. }
                | Reason::RdGrowth { .. }
                | Reason::BandDependsOnAverage { .. }
                | Reason::FoundedWithinPeriod { .. }
        )
    }
}
