//! A figure to look at again: the [`Warning`], the figures it is about, whether the applicant's
//! confirmation can settle it, and the unit a figure was most likely written in ([`UnitSlip`]).

use crate::rules::answers::{Field, Figure, PlanAmount};
use crate::rules::money::{Money, Unit};
use crate::rules::money_input::unit_suffix;
use rust_decimal::Decimal;
use serde::Serialize;

/// A unit typed wrong: the figure `typed` was read in `read_in` and was most likely written in
/// `meant`, ten thousand times apart (元 typed into a field in 万元, 万 into one in 亿元, and
/// back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UnitSlip {
    /// The number as typed, in the unit it was read in.
    pub typed: Decimal,
    pub read_in: Unit,
    pub meant: Unit,
}

impl UnitSlip {
    /// The slip that makes `figure` ten thousand times too large (`too_large`) or too small:
    /// the unit next to the one it was read in, if there is one.
    pub(super) fn of(figure: Money, too_large: bool) -> Option<UnitSlip> {
        let read_in = figure.unit();
        let meant = match (read_in, too_large) {
            (Unit::Wan, true) => Unit::Yuan,
            (Unit::Yi, true) => Unit::Wan,
            (Unit::Yuan, false) => Unit::Wan,
            (Unit::Wan, false) => Unit::Yi,
            _ => return None,
        };
        Some(UnitSlip {
            typed: figure.value_in_unit(),
            read_in,
            meant,
        })
    }

    /// The figure read in the unit it was most likely written in, in 元.
    pub fn corrected(self) -> Decimal {
        self.typed * self.meant.in_yuan()
    }

    /// The figure as it would be typed in the unit meant: its digits with that unit after them
    /// (“131000000元”), which the amount reader reads in that unit whatever the page's unit.
    pub fn corrected_text(self) -> String {
        format!("{}{}", self.typed, unit_suffix(self.meant))
    }
}

/// A figure to look at again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// `field` of `year` is more than ten times that of `other_year`: the year out of line
    /// with the others (or, of two years, the larger). `slip`: about ten thousand times, the
    /// unit it was most likely written in.
    TenTimesAnotherYear {
        year: i32,
        field: Field,
        other_year: i32,
        #[serde(skip_serializing_if = "Option::is_none")]
        slip: Option<UnitSlip>,
    },
    /// `field` of `year` is less than a tenth of that of `other_year` and of every other year's:
    /// the year out of line with the others, the one likely typed wrong.
    TenthOfAnotherYear {
        year: i32,
        field: Field,
        other_year: i32,
        #[serde(skip_serializing_if = "Option::is_none")]
        slip: Option<UnitSlip>,
    },
    /// Domestic R&D of `year` is above its total R&D; `field` is the one of the two more likely
    /// typed wrong ([`likely_wrong_of_total_and_domestic`]), which the warning names first.
    DomesticAboveTotal { year: i32, field: Field },
    /// Total R&D of `year` is above its sales revenue.
    RdAboveRevenue { year: i32 },
    /// Total R&D of `year` is more than four times the year before's: growth over 300 %.
    RdMoreThanQuadrupled { year: i32 },
    /// A figure at or above the size no applicant is likely to reach: a year's revenue of
    /// [`VERY_LARGE_REVENUE`], an R&D amount of [`VERY_LARGE_RD`] (a year's, or an Art. 6
    /// amount).
    VeryLarge {
        #[serde(flatten)]
        figure: Figure,
        yuan: Decimal,
        #[serde(skip_serializing_if = "Option::is_none")]
        slip: Option<UnitSlip>,
    },
    /// Art. 6: the part within China (`part`) above the amount it is a part of.
    PartAboveTotal { part: PlanAmount },
    /// An amount typed without a unit and too small for a year's sales (the plan's expected
    /// revenue, “15” meant as 15亿).
    NoUnitTyped {
        #[serde(flatten)]
        figure: Figure,
        yuan: Decimal,
    },
}

impl Warning {
    /// The figure to look at: the one the message names first and links to.
    pub fn figure(self) -> Figure {
        match self {
            Warning::TenTimesAnotherYear { year, field, .. }
            | Warning::TenthOfAnotherYear { year, field, .. }
            | Warning::DomesticAboveTotal { year, field } => Figure::Year { year, field },
            Warning::RdAboveRevenue { year } | Warning::RdMoreThanQuadrupled { year } => {
                Figure::Year {
                    year,
                    field: Field::RdTotal,
                }
            }
            Warning::VeryLarge { figure, .. } | Warning::NoUnitTyped { figure, .. } => figure,
            Warning::PartAboveTotal { part } => Figure::Art6 { amount: part },
        }
    }

    /// The fiscal year and field of the figure to look at, for a figure of a fiscal year.
    pub fn year_and_field(self) -> Option<(i32, Field)> {
        match self.figure() {
            Figure::Year { year, field } => Some((year, field)),
            Figure::Art6 { .. } => None,
        }
    }

    /// Every figure the warning is about: any of them may be the one typed wrong, and it is
    /// confirmed only when all of them are. A warning about one figure names it twice.
    pub fn figures(self) -> [Figure; 2] {
        let year_figure = |year, field| Figure::Year { year, field };
        match self {
            Warning::TenTimesAnotherYear {
                year,
                field,
                other_year,
                ..
            }
            | Warning::TenthOfAnotherYear {
                year,
                field,
                other_year,
                ..
            } => [year_figure(year, field), year_figure(other_year, field)],
            Warning::DomesticAboveTotal { year, .. } => [
                year_figure(year, Field::RdDomestic),
                year_figure(year, Field::RdTotal),
            ],
            Warning::RdAboveRevenue { year } => [
                year_figure(year, Field::RdTotal),
                year_figure(year, Field::SalesRevenue),
            ],
            Warning::RdMoreThanQuadrupled { year } => [
                year_figure(year, Field::RdTotal),
                year_figure(year - 1, Field::RdTotal),
            ],
            Warning::VeryLarge { figure, .. } | Warning::NoUnitTyped { figure, .. } => {
                [figure, figure]
            }
            Warning::PartAboveTotal { part } => {
                let total = part.total_of().unwrap_or(part);
                [
                    Figure::Art6 { amount: part },
                    Figure::Art6 { amount: total },
                ]
            }
        }
    }

    /// Whether the applicant's confirmation can settle it: a part above its total cannot be,
    /// whatever the applicant says.
    pub fn can_be_confirmed(self) -> bool {
        !matches!(
            self,
            Warning::DomesticAboveTotal { .. } | Warning::PartAboveTotal { .. }
        )
    }

    /// The unit the figure was most likely written in, and the figure read in it, when the
    /// warning reads as a unit typed wrong.
    pub fn slip(self) -> Option<UnitSlip> {
        match self {
            Warning::TenTimesAnotherYear { slip, .. }
            | Warning::TenthOfAnotherYear { slip, .. }
            | Warning::VeryLarge { slip, .. } => slip,
            _ => None,
        }
    }
}
