//! Figures that are possible but unlikely, worth a second look: a figure more than ten times the
//! same figure of another year (a slip of unit or of a digit; about ten thousand times is the
//! mark of 元 typed for 万, or 万 for 亿), domestic R&D above total R&D, R&D above the year's
//! sales revenue (a ratio over 100 %), last year's R&D more than four times the year before's
//! (growth over 300 %), and a figure too large for any applicant: a year's sales revenue of
//! 1,000亿 or more, an R&D amount of 100亿 a year or more (a whole page typed in the wrong unit
//! has no other year to be compared with). The Art. 6 amounts get the size check and the
//! part-above-total check. The figures page points them out as they are typed; until the
//! applicant confirms them on the check page, a verdict resting on one of them cannot be told
//! ([`super::assess`], docs/interpretation.md item 22): a slip of the keyboard must never
//! become “初步符合”. A part above its total cannot be confirmed: it cannot be.
//!
//! The bounds are the tool's, chosen from what real enterprises report, not the guideline's:
//! yearly revenue and R&D of an established enterprise move by tens of per cent, not tenfold (a
//! tenfold step is the mark of a unit or a digit typed wrong: 万 for 元 is 10,000 times); R&D
//! intensity of the most research-intensive industries (medicines, chips, software) stays well
//! under 100 % of revenue once there are sales; R&D growing more than fourfold in one year is
//! rare outside a first year of operation; and the largest R&D budgets in China are a few
//! hundred 亿 a year, for groups far larger than a supporting unit.

mod warning;
mod words;

pub use warning::{UnitSlip, Warning};
pub use words::plausibility_texts;

use super::answers::{Answers, Field, Figure, Financials, PlanAmount, YearFigures};
use super::money::Money;
use super::period::Period;
use super::questions::ApplicantPath;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// How many times another year's figure makes one look like a slip.
const TIMES_ANOTHER_YEAR: Decimal = Decimal::TEN;

/// How many times apart two figures are when one was typed in a unit ten thousand times the
/// other's (元 for 万, 万 for 亿): the ratio of the two units.
const TIMES_A_UNIT: Decimal = dec!(10000);

/// How many times the other years' figures make one year's out of line: which of two figures
/// that disagree, or of two years ten times apart, is named as the one likely typed wrong; and
/// how far from ten thousand times two figures may be for the gap to be read as a unit typed
/// wrong (their real ratio, a year's change, is well within three times).
const OUT_OF_LINE: Decimal = dec!(3);

/// How many times the year before's R&D makes last year's growth look like a slip: four times is
/// growth of 300 %.
const TIMES_LAST_YEAR_RD: Decimal = dec!(4);

/// A year's sales revenue this large (1,000亿元) is unlikely for an applicant: China's largest
/// groups report more, but apply through a subsidiary.
pub const VERY_LARGE_REVENUE: Decimal = dec!(100000000000);

/// An R&D amount this large a year (100亿元) is unlikely for an applicant: China's largest R&D
/// budgets are a few hundred 亿 a year, for whole groups.
pub const VERY_LARGE_RD: Decimal = dec!(10000000000);

/// An amount typed without a unit and smaller than this (1万元) is too small for a year's sales
/// of an applicant: the unit was most likely left out (“15” for 15亿).
const TOO_SMALL_WITHOUT_A_UNIT: Decimal = dec!(10000);

/// Whether `high` is about ten thousand times `low` (within [`OUT_OF_LINE`] of it either way):
/// the gap a unit typed wrong leaves.
fn about_a_unit_apart(high: Decimal, low: Decimal) -> bool {
    high * OUT_OF_LINE >= low * TIMES_A_UNIT && high <= low * TIMES_A_UNIT * OUT_OF_LINE
}

/// The figures entered that deserve a second look, year by year. With the period known, a
/// founding year operated only in part is compared at its annualised level (its figures ÷ the
/// share of the year operated), so that a month of sales is not taken for a slip beside a whole
/// year's.
pub fn warnings(fin: &Financials, period: Option<&Period>) -> Vec<Warning> {
    // Only the period's years are compared with one another (figures outside it decide
    // nothing, and a year that drops out must not hide a warning between two that stay).
    let years: Vec<&YearFigures> = fin
        .years
        .iter()
        .filter(|y| period.is_none_or(|p| p.years.contains(&y.year)))
        .collect();
    let year = |year: i32| years.iter().find(|y| y.year == year).copied();
    // A figure at the level of a whole year.
    let yearly = |year: i32, figure: Decimal| match period {
        Some(p) if p.is_partial(year) => {
            let share = p.share_of(year);
            figure * Decimal::from(share.denominator) / Decimal::from(share.numerator)
        }
        _ => figure,
    };
    let mut found = Vec::new();
    for &y in &years {
        let figure = |field| y.get(field).map(|m| m.yuan());
        for field in Field::ALL {
            let Some(typed) = y.get(field) else {
                continue;
            };
            let this = yearly(y.year, typed.yuan());
            // Against another year's positive figure: zero says nothing (a year before the
            // first sale, say). Of the two years so far apart, the warning names the smaller
            // when it is out of line with every other year (a figure typed a tenth) or with its
            // own year's figures, and otherwise the larger; the message names both. A unit typed
            // wrong is said, with its fix, only of a figure known to be the odd one out: of two
            // years alone, a fix offered for the wrong one would overwrite the right figure.
            let slip = years.iter().find_map(|other| {
                let low = yearly(other.year, other.get(field)?.yuan());
                (!low.is_zero() && this > low * TIMES_ANOTHER_YEAR)
                    .then_some((other.year, about_a_unit_apart(this, low)))
            });
            if let Some((other_year, a_unit_apart)) = slip {
                let slip_of = |at: i32, too_large| {
                    let typed = year(at)?.get(field)?;
                    a_unit_apart
                        .then(|| UnitSlip::of(typed, too_large))
                        .flatten()
                };
                // A year's R&D above its revenue (a year with sales) shows up its revenue as
                // the figure too small, or its R&D as the one too large.
                let rd_above_revenue = |at: i32| {
                    year(at).is_some_and(|y| {
                        matches!((y.get(Field::RdTotal), y.get(Field::SalesRevenue)),
                            (Some(t), Some(r)) if !r.yuan().is_zero() && t.yuan() > r.yuan())
                    })
                };
                let revenue = field == Field::SalesRevenue;
                let smaller_is_odd = out_of_line(&years, other_year, field, true, 2, &yearly)
                    || (revenue && rd_above_revenue(other_year));
                let larger_is_odd = out_of_line(&years, y.year, field, false, 2, &yearly)
                    || (!revenue && rd_above_revenue(y.year));
                let warning = if smaller_is_odd {
                    Warning::TenthOfAnotherYear {
                        year: other_year,
                        field,
                        other_year: y.year,
                        slip: slip_of(other_year, false),
                    }
                } else {
                    Warning::TenTimesAnotherYear {
                        year: y.year,
                        field,
                        other_year,
                        slip: slip_of(y.year, true).filter(|_| larger_is_odd),
                    }
                };
                // Once for each figure named, whichever other year showed it up.
                let named = warning.figure();
                let already = found.iter().any(|w: &Warning| {
                    w.figure() == named
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
                field: likely_wrong(&years, y.year),
            });
        }
        // Against a year with sales: R&D without any revenue is a start-up's, not a slip (and
        // the ratio over the period is then undefined, which the rules say).
        if matches!((total, revenue), (Some(t), Some(r)) if !r.is_zero() && t > r) {
            found.push(Warning::RdAboveRevenue { year: y.year });
        }
        // Last year's growth, the one Art. 5(3) reads; a larger jump is already ten times.
        let quadrupled = period.is_some_and(|p| p.latest() == y.year)
            && year(y.year - 1)
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
    // Too large for any applicant, whatever the other years say: a page typed in the wrong unit
    // throughout. A figure already named as about ten thousand times (or a ten-thousandth of)
    // another year's is not named twice; whether it is, depends only on the figures, never on
    // the unit they were typed in (the slip a warning offers does).
    for &y in &years {
        for field in Field::ALL {
            let figure = Figure::Year {
                year: y.year,
                field,
            };
            let named = found.iter().any(|w| {
                w.figure() == figure
                    && matches!(
                        w,
                        Warning::TenTimesAnotherYear { .. } | Warning::TenthOfAnotherYear { .. }
                    )
            });
            if let (Some(typed), false) = (y.get(field), named) {
                found.extend(very_large(figure, typed));
            }
        }
    }
    found
}

/// The size check of one figure: at or above the bound for its kind.
fn very_large(figure: Figure, typed: Money) -> Option<Warning> {
    let bound = if figure.is_rd() {
        VERY_LARGE_RD
    } else {
        VERY_LARGE_REVENUE
    };
    (typed.yuan() >= bound).then(|| Warning::VeryLarge {
        figure,
        yuan: typed.yuan(),
        slip: UnitSlip::of(typed, true),
    })
}

/// The Art. 6 amounts that deserve a second look: any of them of 100亿 or more (a year, for the
/// commitment and its part within China), and a part within China above the amount it is a
/// part of.
pub fn art6_warnings(answers: &Answers) -> Vec<Warning> {
    let mut found = Vec::new();
    for amount in PlanAmount::ALL {
        let Some(typed) = answers.plan_amount(amount) else {
            continue;
        };
        found.extend(very_large(Figure::Art6 { amount }, typed));
        let total = amount.total_of().and_then(|t| answers.plan_amount(t));
        if total.is_some_and(|t| typed.yuan() > t.yuan()) {
            found.push(Warning::PartAboveTotal { part: amount });
        }
    }
    found
}

/// Every figure of the answers that deserves a second look and that a verdict may rest on: the
/// period's (figures outside it decide nothing) and, on the Art. 6 path, its amounts.
pub fn unlikely_figures(answers: &Answers, period: Option<&Period>) -> Vec<Warning> {
    let mut found = match period {
        Some(period) => bearing_on(
            &warnings(&answers.financials, Some(period)),
            period,
            &Field::ALL,
        ),
        None => Vec::new(),
    };
    if answers.path == Some(ApplicantPath::NewEntity) {
        found.extend(art6_warnings(answers));
    }
    found
}

/// Whether the applicant's confirmation covers `warning`: it was given, the warning can be
/// confirmed, and none of its figures is one the confirmation does not reach (a plan's).
pub fn is_confirmed(answers: &Answers, warning: Warning) -> bool {
    let [a, b] = warning.figures();
    answers.figures_confirmed
        && warning.can_be_confirmed()
        && !answers.never_confirmed.contains(&a)
        && !answers.never_confirmed.contains(&b)
}

/// The warnings about figures of the period that `fields` (what a condition reads) take in: the
/// ones a verdict on that condition rests on. The Art. 6 amounts' warnings are not about the
/// period's figures and are left out.
pub fn bearing_on(warnings: &[Warning], period: &Period, fields: &[Field]) -> Vec<Warning> {
    warnings
        .iter()
        .copied()
        .filter(|w| bears_on(*w, period, fields))
        .collect()
}

/// Whether `warning` is about figures of the period only, one of which is of `fields`.
pub fn bears_on(warning: Warning, period: &Period, fields: &[Field]) -> bool {
    let figures = warning.figures();
    figures.iter().all(|f| match *f {
        Figure::Year { year, .. } => period.years.contains(&year),
        Figure::Art6 { .. } => false,
    }) && figures
        .iter()
        .any(|f| matches!(*f, Figure::Year { field, .. } if fields.contains(&field)))
}

/// Whether `warning` is about one of the Art. 6 `amounts`.
pub fn bears_on_amounts(warning: Warning, amounts: &[PlanAmount]) -> bool {
    warning
        .figures()
        .iter()
        .any(|f| matches!(f, Figure::Art6 { amount } if amounts.contains(amount)))
}

/// The checks of a figure typed for a plan (the current year's expected revenue): without a
/// unit and too small for a year's sales; at or above the size of [`VERY_LARGE_REVENUE`]; and
/// against the years on record as any year's figure is. `typed` is the amount as read,
/// `unit_written` whether a unit followed the number.
pub fn expected_revenue_warnings(
    next_round: &Answers,
    period: Option<&Period>,
    year: i32,
    typed: Money,
    unit_written: bool,
) -> Vec<Warning> {
    let figure = Figure::Year {
        year,
        field: Field::SalesRevenue,
    };
    let all = warnings(&next_round.financials, period);
    // Of the next round's years only: a year that drops out decides nothing.
    let in_period = match period {
        Some(period) => bearing_on(&all, period, &Field::ALL),
        None => all,
    };
    let mut found: Vec<Warning> = in_period
        .into_iter()
        .filter(|w| {
            matches!(
                w,
                Warning::TenTimesAnotherYear { .. }
                    | Warning::TenthOfAnotherYear { .. }
                    | Warning::VeryLarge { .. }
            ) && w.figures().contains(&figure)
        })
        .collect();
    if !unit_written && typed.yuan() < TOO_SMALL_WITHOUT_A_UNIT {
        found.insert(
            0,
            Warning::NoUnitTyped {
                figure,
                yuan: typed.yuan(),
            },
        );
    }
    found
}

/// Whether `field` of `year` is out of line with the other years: less than a third of every
/// other year's positive figure (`low`), or more than three times each; never with fewer than
/// `at_least` other years to compare with. `yearly` puts a part year at a whole year's level.
fn out_of_line(
    years: &[&YearFigures],
    year: i32,
    field: Field,
    low: bool,
    at_least: usize,
    yearly: &dyn Fn(i32, Decimal) -> Decimal,
) -> bool {
    let Some(figure) = years
        .iter()
        .find(|y| y.year == year)
        .and_then(|y| y.get(field))
    else {
        return false;
    };
    let figure = yearly(year, figure.yuan());
    let others: Vec<Decimal> = years
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
    likely_wrong(&fin.years.iter().collect::<Vec<_>>(), year)
}

fn likely_wrong(years: &[&YearFigures], year: i32) -> Field {
    let as_entered = |_, figure| figure;
    if out_of_line(years, year, Field::RdTotal, true, 1, &as_entered)
        && !out_of_line(years, year, Field::RdDomestic, false, 1, &as_entered)
    {
        Field::RdTotal
    } else {
        Field::RdDomestic
    }
}
