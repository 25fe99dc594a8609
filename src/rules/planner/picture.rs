//! The years a chart of the figures draws: the period as entered, and the plan's year.

use super::{Need, Planned};
use crate::rules::answers::{Answers, Field};
use crate::rules::money::Money;
use rust_decimal::Decimal;

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
