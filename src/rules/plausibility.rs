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

/// How many times the other years' figures make one year's out of line: which of two figures
/// that disagree, or of two years ten times apart, is named as the one likely typed wrong.
const OUT_OF_LINE: Decimal = rust_decimal_macros::dec!(3);

/// How many times the year before's R&D makes last year's growth look like a slip: four times is
/// growth of 300 %.
const TIMES_LAST_YEAR_RD: Decimal = rust_decimal_macros::dec!(4);

/// A figure to look at again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// `field` of `year` is more than ten times that of `other_year`: the year out of line
    /// with the others (or, of two years, the larger).
    TenTimesAnotherYear {
        year: i32,
        field: Field,
        other_year: i32,
    },
    /// `field` of `year` is less than a tenth of that of `other_year` and of every other year's:
    /// the year out of line with the others, the one likely typed wrong.
    TenthOfAnotherYear {
        year: i32,
        field: Field,
        other_year: i32,
    },
    /// Domestic R&D of `year` is above its total R&D; `field` is the one of the two more likely
    /// typed wrong ([`likely_wrong_of_total_and_domestic`]), which the warning names first.
    DomesticAboveTotal { year: i32, field: Field },
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
    WARN_TENTH = "warn.tenth":
        "{figure}不到{other}年的十分之一，与其他年度相差很大，请核对单位和位数。",
        "{figure} is less than a tenth of that of {other}, far from the other years': check the unit and the digits.";
    WARN_DOMESTIC_ABOVE_TOTAL = "warn.domestic_above_total":
        "{figure}大于同年研究开发费用总额，请核对这两个数字。",
        "{figure} is more than total R&D that year: check both figures.";
    WARN_TOTAL_BELOW_DOMESTIC = "warn.total_below_domestic":
        "{figure}小于同年境内研究开发费用，且与其他年度相差很大，很可能是这里填错了：请核对这两个数字。",
        "{figure} is less than the R&D within China that year, and far from the other years': it is likely the one typed wrong. Check both figures.";
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
            Warning::TenTimesAnotherYear { year, field, .. }
            | Warning::TenthOfAnotherYear { year, field, .. } => (year, field),
            Warning::DomesticAboveTotal { year, field } => (year, field),
            Warning::RdAboveRevenue { year } | Warning::RdMoreThanQuadrupled { year } => {
                (year, Field::RdTotal)
            }
        }
    }

    /// The figures the warning is about: either may be the one typed wrong.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Warning::TenTimesAnotherYear { field, .. }
            | Warning::TenthOfAnotherYear { field, .. } => match field {
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
            Warning::TenthOfAnotherYear { other_year, .. } => fill(
                WARN_TENTH().get(lang),
                &[("figure", &figure), ("other", &other_year)],
            ),
            Warning::DomesticAboveTotal {
                field: Field::RdTotal,
                ..
            } => fill(
                WARN_TOTAL_BELOW_DOMESTIC().get(lang),
                &[("figure", &figure)],
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
            // first sale, say). Of the two years so far apart, the warning names the smaller
            // when it is out of line with every other year (a figure typed a tenth), and
            // otherwise the larger; the message names both.
            let slip = fin.years.iter().find_map(|other| {
                let low = yearly(other.year, other.get(field)?.yuan());
                (!low.is_zero() && this > low * TIMES_ANOTHER_YEAR).then_some(other.year)
            });
            if let Some(other_year) = slip {
                let warning = if out_of_line(fin, other_year, field, true, 2, &yearly) {
                    Warning::TenthOfAnotherYear {
                        year: other_year,
                        field,
                        other_year: y.year,
                    }
                } else {
                    Warning::TenTimesAnotherYear {
                        year: y.year,
                        field,
                        other_year,
                    }
                };
                // Once for each figure named, whichever other year showed it up.
                let named = warning.year_and_field();
                let already = found.iter().any(|w: &Warning| {
                    w.year_and_field() == named
                        && std::mem::discriminant(w) == std::mem::discriminant(&warning)
                });
                if !already {
                    found.push(warning);
                }
            }
        }
        let (revenue, total, domestic) = (
            figure(Field::SalesRevenue),
            figure(Field::RdTotal),
            figure(Field::RdDomestic),
        );
        if matches!((domestic, total), (Some(d), Some(t)) if d > t) {
            found.push(Warning::DomesticAboveTotal {
                year: y.year,
                field: likely_wrong_of_total_and_domestic(fin, y.year),
            });
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
                }
                | Warning::TenthOfAnotherYear {
                    year, other_year, ..
                } => period.years.contains(&year) && period.years.contains(&other_year),
                _ => period.years.contains(&w.year_and_field().0),
            };
            in_period && w.fields().iter().any(|f| fields.contains(f))
        })
        .collect()
}

/// Whether `field` of `year` is out of line with the other years: less than a third of every
/// other year's positive figure (`low`), or more than three times each; never with fewer than
/// `at_least` other years to compare with. `yearly` puts a part year at a whole year's level.
fn out_of_line(
    fin: &Financials,
    year: i32,
    field: Field,
    low: bool,
    at_least: usize,
    yearly: &dyn Fn(i32, Decimal) -> Decimal,
) -> bool {
    let Some(figure) = fin.year(year).and_then(|y| y.get(field)) else {
        return false;
    };
    let figure = yearly(year, figure.yuan());
    let others: Vec<Decimal> = fin
        .years
        .iter()
        .filter(|o| o.year != year)
        .filter_map(|o| Some(yearly(o.year, o.get(field)?.yuan())))
        .filter(|o| !o.is_zero())
        .collect();
    others.len() >= at_least
        && others.iter().all(|&o| {
            if low {
                figure * OUT_OF_LINE < o
            } else {
                figure > o * OUT_OF_LINE
            }
        })
}

/// Of a year's total R&D and the part of it within China, when the part is the larger: the one
/// more likely typed wrong. The total, when it is out of line with the other years' totals (less
/// than a third of each) while the part within China is in line with theirs; otherwise the part
/// within China. The error names both and goes to this one.
pub fn likely_wrong_of_total_and_domestic(fin: &Financials, year: i32) -> Field {
    let as_entered = |_, figure| figure;
    if out_of_line(fin, year, Field::RdTotal, true, 1, &as_entered)
        && !out_of_line(fin, year, Field::RdDomestic, false, 1, &as_entered)
    {
        Field::RdTotal
    } else {
        Field::RdDomestic
    }
}
