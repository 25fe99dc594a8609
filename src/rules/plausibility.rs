//! Figures that are possible but unlikely, worth a second look: a figure more than ten times the
//! same figure of another year (a slip of unit or of a digit), domestic R&D above total R&D, R&D
//! above the year's sales revenue (a ratio over 100 %), and last year's R&D more than four times
//! the year before's (growth over 300 %). The figures page points them out as they are typed;
//! until the applicant confirms them on the check page, a verdict resting on one of them cannot
//! be told ([`super::assess`], docs/interpretation.md item 22): a slip of the keyboard must never
//! become “初步符合”.
//!
//! The bounds are the tool's, chosen from what real enterprises report, not the guideline's:
//! yearly revenue and R&D of an established enterprise move by tens of per cent, not tenfold (a
//! tenfold step is the mark of a unit or a digit typed wrong: 万 for 元 is 10,000 times); R&D
//! intensity of the most research-intensive industries (medicines, chips, software) stays well
//! under 100 % of revenue once there are sales; and R&D growing more than fourfold in one year is
//! rare outside a first year of operation.

use super::answers::year_label;
use super::answers::{Field, Financials};
use super::lang::Lang;
use super::library::{fill, long_texts};
use super::period::Period;
use rust_decimal::Decimal;
use serde::Serialize;

/// How many times another year's figure makes one look like a slip.
const TIMES_ANOTHER_YEAR: Decimal = Decimal::TEN;

/// How many times the year before's R&D makes last year's growth look like a slip: four times is
/// growth of 300 %.
const TIMES_LAST_YEAR_RD: Decimal = rust_decimal_macros::dec!(4);

/// A figure to look at again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
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
    /// Total R&D of `year` is more than four times the year before's: growth over 300 %.
    RdMoreThanQuadrupled { year: i32 },
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
        "{figure}高于同年销售收入（研发费用占比超过100%），请核对单位和位数。",
        "{figure} is more than sales revenue that year (an R&D ratio over 100%): check the unit and the digits.";
    WARN_RD_QUADRUPLED = "warn.rd_quadrupled":
        "{figure}是{previous}年的4倍以上（增长超过300%），请核对单位和位数。",
        "{figure} is more than four times that of {previous} (growth over 300%): check the unit and the digits.";
}

impl Warning {
    /// The field to look at: the one the message names and links to.
    pub fn year_and_field(self) -> (i32, Field) {
        match self {
            Warning::TenTimesAnotherYear { year, field, .. } => (year, field),
            Warning::DomesticAboveTotal { year } => (year, Field::RdDomestic),
            Warning::RdAboveRevenue { year } | Warning::RdMoreThanQuadrupled { year } => {
                (year, Field::RdTotal)
            }
        }
    }

    /// The figures the warning is about: either may be the one typed wrong.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Warning::TenTimesAnotherYear { field, .. } => match field {
                Field::SalesRevenue => &[Field::SalesRevenue],
                Field::RdTotal => &[Field::RdTotal],
                Field::RdDomestic => &[Field::RdDomestic],
            },
            Warning::DomesticAboveTotal { .. } => &[Field::RdDomestic, Field::RdTotal],
            Warning::RdAboveRevenue { .. } => &[Field::RdTotal, Field::SalesRevenue],
            Warning::RdMoreThanQuadrupled { .. } => &[Field::RdTotal],
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
            Warning::RdMoreThanQuadrupled { year } => fill(
                WARN_RD_QUADRUPLED().get(lang),
                &[("figure", &figure), ("previous", &(year - 1))],
            ),
        }
    }
}

/// The figures entered that deserve a second look, year by year. With the period known, a
/// founding year operated only in part is compared at its annualised level (its figures ÷ the
/// share of the year operated), so that a month of sales is not taken for a slip beside a whole
/// year's.
pub fn warnings(fin: &Financials, period: Option<&Period>) -> Vec<Warning> {
    // A figure at the level of a whole year.
    let yearly = |year: i32, figure: Decimal| match period {
        Some(p) if p.is_partial(year) => {
            let share = p.share_of(year);
            figure * Decimal::from(share.denominator) / Decimal::from(share.numerator)
        }
        _ => figure,
    };
    let mut found = Vec::new();
    for y in &fin.years {
        let figure = |field| y.get(field).map(|m| m.yuan());
        for field in Field::ALL {
            let Some(this) = figure(field) else {
                continue;
            };
            let this = yearly(y.year, this);
            // Against another year's positive figure: zero says nothing (a year before the
            // first sale, say).
            let slip = fin.years.iter().find(|other| {
                other.get(field).is_some_and(|o| {
                    let o = yearly(other.year, o.yuan());
                    !o.is_zero() && this > o * TIMES_ANOTHER_YEAR
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
        // Against a year with sales: R&D without any revenue is a start-up's, not a slip (and
        // the ratio over the period is then undefined, which the rules say).
        if matches!((total, revenue), (Some(t), Some(r)) if !r.is_zero() && t > r) {
            found.push(Warning::RdAboveRevenue { year: y.year });
        }
        // Last year's growth, the one Art. 5(3) reads; a larger jump is already ten times.
        let quadrupled = period.is_some_and(|p| p.latest() == y.year)
            && fin
                .year(y.year - 1)
                .and_then(|previous| previous.get(Field::RdTotal))
                .zip(total)
                .is_some_and(|(previous, latest)| {
                    let previous = yearly(y.year - 1, previous.yuan());
                    !previous.is_zero()
                        && latest > previous * TIMES_LAST_YEAR_RD
                        && latest <= previous * TIMES_ANOTHER_YEAR
                });
        if quadrupled {
            found.push(Warning::RdMoreThanQuadrupled { year: y.year });
        }
    }
    found
}

/// The warnings about figures of the period that `fields` (what a condition reads) take in: the
/// ones a verdict on that condition rests on.
pub fn bearing_on(warnings: &[Warning], period: &Period, fields: &[Field]) -> Vec<Warning> {
    warnings
        .iter()
        .copied()
        .filter(|w| {
            let in_period = match *w {
                Warning::TenTimesAnotherYear {
                    year, other_year, ..
                } => period.years.contains(&year) && period.years.contains(&other_year),
                _ => period.years.contains(&w.year_and_field().0),
            };
            in_period && w.fields().iter().any(|f| fields.contains(f))
        })
        .collect()
}
