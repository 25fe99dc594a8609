//! What the picture of the figures draws: the amounts of each year (the period as entered, and
//! the plan's year), and what the rules test over each period of “近3年” — the R&D ratio and the
//! domestic share over the period's totals, and last year's R&D growth — for the period on
//! record and, with a plan, the next round's. A bar of a period under its minimum then always
//! means that route is not met (the ratio and the growth being either-or).

use super::{assess_plan, planned_as, Need, Planned};
use crate::rules::answers::{Answers, Field};
use crate::rules::money::Money;
use crate::rules::outcome::{Assessment, Condition, DomesticBasis, Reason};
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

/// A figure the rules test, with the minimum it is tested against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tested {
    pub value: Decimal,
    pub minimum: Decimal,
}

/// One period of “近3年” as the rules test it, read from the assessment's own findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PicturePeriod {
    pub first_year: i32,
    pub latest_year: i32,
    /// The next round's period, with the plan's figures for its last year.
    pub planned: bool,
    /// Art. 5(3): R&D over revenue, over the period's totals.
    pub ratio: Option<Tested>,
    /// Art. 5(3): the growth of the period's last year's R&D.
    pub growth: Option<Tested>,
    /// Art. 5(4): R&D within China over all R&D, over the period's totals.
    pub domestic_share: Option<Tested>,
}

/// The period an assessment looked at, with what its findings tested. Art. 5(3) is read from
/// the condition, or from the reference an Art. 6 applicant is shown.
fn tested_period(assessment: &Assessment, planned: bool) -> Option<PicturePeriod> {
    let period = assessment.period.as_ref()?;
    let rd = assessment
        .condition(Condition::RdIntensity)
        .or(assessment.art5_3_reference.as_ref());
    let domestic = assessment.condition(Condition::DomesticRd);
    let mut out = PicturePeriod {
        first_year: period.first(),
        latest_year: period.latest(),
        planned,
        ratio: None,
        growth: None,
        domestic_share: None,
    };
    for f in rd.into_iter().chain(domestic).flat_map(|c| &c.findings) {
        match &f.reason {
            Reason::RdRatio {
                ratio, min_ratio, ..
            } => {
                out.ratio = Some(Tested {
                    value: *ratio,
                    minimum: *min_ratio,
                })
            }
            Reason::RdGrowth {
                growth, min_growth, ..
            } => {
                out.growth = Some(Tested {
                    value: *growth,
                    minimum: *min_growth,
                })
            }
            Reason::DomesticShare {
                share,
                min_share,
                basis: DomesticBasis::Period { .. },
                ..
            } => {
                out.domestic_share = Some(Tested {
                    value: *share,
                    minimum: *min_share,
                })
            }
            _ => {}
        }
    }
    Some(out)
}

/// The periods the picture draws: the one on record and, with a plan for the current year, the
/// next round's, assessed by the same rules with the plan's figures.
pub fn picture_periods(
    answers: &Answers,
    now: &Assessment,
    planned: &Planned,
) -> Vec<PicturePeriod> {
    let mut out: Vec<PicturePeriod> = tested_period(now, false).into_iter().collect();
    if let Planned::Art5(p) = planned {
        if let Some(rd) = p.planned_rd {
            // Out of reach within China: the best it could be, all of the R&D within China.
            let domestic = match p.domestic {
                Need::AtLeast { yuan } => yuan,
                Need::AlreadyMet => Decimal::ZERO,
                Need::NotAvailable { .. } => rd,
            };
            let answers = planned_as(answers, p.art6_not_open.is_some());
            out.extend(tested_period(
                &assess_plan(&answers, p, rd, domestic, true),
                true,
            ));
        }
    }
    out
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
