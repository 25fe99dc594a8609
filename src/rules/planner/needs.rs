//! What each requirement asks of the current year: the routes of Art. 5(3) in one reading of
//! the band, the least R&D that lifts Art. 5(4)'s share, the domestic part the rules require
//! with a planned amount, and a band's bound near the expected average.

use super::{BandPlan, Cheaper, NearBound, Need, Route, Unavailable, NEAR_A_BOUND};
use crate::rules::answers::Answers;
use crate::rules::assess::{assess, BandFindings};
use crate::rules::dates::CalendarDate;
use crate::rules::guideline::RuleSet;
use crate::rules::outcome::{Condition, Reason, RevenueScale};
use rust_decimal::Decimal;

/// What one reading of the band asks of the current year: each route, the cheaper, the least.
pub(super) fn band_plan(band: BandFindings, rd_on_record: Decimal) -> BandPlan {
    let ratio = match band.ratio.as_ref().map(|f| &f.reason) {
        Some(Reason::RdRatio { required_rd, .. }) => at_least(*required_rd - rd_on_record),
        _ => Need::NotAvailable {
            why: Unavailable::NoRevenue,
        },
    };
    let growth = match &band.growth.reason {
        Reason::RdGrowth {
            previous_year_share: None,
            required_rd_latest,
            ..
        } => at_least(*required_rd_latest),
        Reason::RdGrowth { .. } => Need::NotAvailable {
            why: Unavailable::PartYearBase,
        },
        Reason::RdGrowthFromZero { .. } | Reason::RdGrowthNone { .. } => Need::NotAvailable {
            why: Unavailable::ZeroBase,
        },
        _ => Need::NotAvailable {
            why: Unavailable::NoPreviousYear,
        },
    };
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
    let least = match (amount(&ratio), amount(&growth)) {
        (Some(r), Some(g)) => Some(r.min(g)),
        (r, g) => r.or(g),
    };
    BandPlan {
        scale: band.scale,
        ratio,
        growth,
        cheaper,
        least,
    }
}

/// The least R&D in the current year that lifts the next round's domestic share to the minimum
/// when all of it is incurred within China: with `total` and `domestic` R&D on record and a
/// minimum share s, domestic + x ≥ s × (total + x), so x ≥ (s × total − domestic) ÷ (1 − s),
/// rounded up to the fen. Zero when the years on record already reach it; `None` when no
/// amount can (a minimum of 100 % with R&D abroad on record).
pub(super) fn least_all_within_china(
    rules: &RuleSet,
    total: Decimal,
    domestic: Decimal,
) -> Option<Decimal> {
    let share = rules.min_domestic_rd_share.value;
    let short = share * total - domestic;
    if short <= Decimal::ZERO {
        return Some(Decimal::ZERO);
    }
    let room = Decimal::ONE - share;
    (room > Decimal::ZERO).then(|| round_up_fen(short / room))
}

pub(super) fn at_least(yuan: Decimal) -> Need {
    if yuan > Decimal::ZERO {
        Need::AtLeast { yuan }
    } else {
        Need::AlreadyMet
    }
}

/// Art. 5(4) over the next round with the current year's R&D at `planned` (`with_plan`, its
/// domestic part at zero): the domestic part the current year needs, read from the rules' own
/// requirement.
pub(super) fn domestic_need(
    with_plan: &Answers,
    on: CalendarDate,
    planned: Decimal,
    domestic_on_record: Decimal,
) -> Need {
    let with_plan = assess(with_plan, on);
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
pub(super) fn near_bound(
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

pub(super) fn round_up_fen(yuan: Decimal) -> Decimal {
    yuan.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::AwayFromZero)
}
