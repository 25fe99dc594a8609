//! Figures that are possible but unlikely, worth a second look before the result: a figure more
//! than ten times the same figure of another year (a slip of unit or of a digit), domestic R&D
//! above total R&D, R&D above the year's sales revenue. They never block and never change a
//! verdict: the rules judge the figures as entered.

use super::answers::{Field, Financials};
use super::explain::year_label;
use super::lang::Lang;
use super::library::{fill, long_texts};
use rust_decimal::Decimal;

/// How many times another year's figure makes one look like a slip.
const TIMES_ANOTHER_YEAR: Decimal = Decimal::TEN;

/// A figure to look at again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// `field` of `year` is more than ten times that of `other_year`.
    TenTimesAnotherYear {
        year: i32,
        field: Field,
        other_year: i32,
    },
    /// Domestic R&D of `year` is above its total R&D.
    DomesticAboveTotal { year: i32 },
    /// Total R&D of `year` is above its sales revenue.
    RdAboveRevenue { year: i32 },
}

long_texts! {
    plausibility_texts;
    WARN_TEN_TIMES = "warn.ten_times":
        "{figure}是{other}年的10倍以上，请核对单位和位数。",
        "{figure} is more than ten times that of {other}: check the unit and the digits.";
    WARN_DOMESTIC_ABOVE_TOTAL = "warn.domestic_above_total":
        "{figure}大于同年研究开发费用总额，请核对。",
        "{figure} is more than total R&D that year: please check.";
    WARN_RD_ABOVE_REVENUE = "warn.rd_above_revenue":
        "{figure}高于同年销售收入，请核对。",
        "{figure} is more than sales revenue that year: please check.";
}

impl Warning {
    /// The field to look at.
    pub fn year_and_field(self) -> (i32, Field) {
        match self {
            Warning::TenTimesAnotherYear { year, field, .. } => (year, field),
            Warning::DomesticAboveTotal { year } => (year, Field::RdDomestic),
            Warning::RdAboveRevenue { year } => (year, Field::RdTotal),
        }
    }

    pub fn message(self, lang: Lang) -> String {
        let (year, field) = self.year_and_field();
        let figure = year_label(year, field, lang);
        match self {
            Warning::TenTimesAnotherYear { other_year, .. } => fill(
                WARN_TEN_TIMES().get(lang),
                &[("figure", &figure), ("other", &other_year)],
            ),
            Warning::DomesticAboveTotal { .. } => fill(
                WARN_DOMESTIC_ABOVE_TOTAL().get(lang),
                &[("figure", &figure)],
            ),
            Warning::RdAboveRevenue { .. } => {
                fill(WARN_RD_ABOVE_REVENUE().get(lang), &[("figure", &figure)])
            }
        }
    }
}

/// The figures entered that deserve a second look, year by year.
pub fn warnings(fin: &Financials) -> Vec<Warning> {
    let mut found = Vec::new();
    for y in &fin.years {
        let figure = |field| y.get(field).map(|m| m.yuan());
        for field in Field::ALL {
            let Some(figure) = figure(field) else {
                continue;
            };
            // Against another year's positive figure: zero says nothing (a year before the
            // first sale, say).
            let slip = fin.years.iter().find(|other| {
                other.get(field).is_some_and(|o| {
                    let o = o.yuan();
                    !o.is_zero() && figure > o * TIMES_ANOTHER_YEAR
                })
            });
            if let Some(other) = slip {
                found.push(Warning::TenTimesAnotherYear {
                    year: y.year,
                    field,
                    other_year: other.year,
                });
            }
        }
        let (revenue, total, domestic) = (
            figure(Field::SalesRevenue),
            figure(Field::RdTotal),
            figure(Field::RdDomestic),
        );
        if matches!((domestic, total), (Some(d), Some(t)) if d > t) {
            found.push(Warning::DomesticAboveTotal { year: y.year });
        }
        if matches!((total, revenue), (Some(t), Some(r)) if t > r) {
            found.push(Warning::RdAboveRevenue { year: y.year });
        }
    }
    found
}
