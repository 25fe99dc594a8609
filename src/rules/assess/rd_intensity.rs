//! Art. 5(3): R&D by the scale of sales revenue — the band from the average annual revenue over
//! “近3年”, and within it the R&D ratio over the period or last year's R&D growth.

use super::{column, met_if, missing_figures, round_fen, Context, READ_BY_ART5_3};
use crate::rules::answers::{Field, Financials};
use crate::rules::clauses::ClauseId;
use crate::rules::guideline::RuleSet;
use crate::rules::outcome::{
    BandReading, Condition, ConditionResult, Finding, Reason, RevenueScale, Verdict,
};
use crate::rules::period::{Period, Years};
use rust_decimal::{Decimal, RoundingStrategy};

/// Art. 5(3): “根据企业销售收入规模,其研究开发费用应满足下列条件之一” — the band is set by the
/// average annual sales revenue over the period; within it, either the R&D ratio or last year's
/// R&D growth must reach the band's minimum.
pub(super) fn rd_intensity(fin: &Financials, ctx: &Context) -> ConditionResult {
    let result = |clause, verdict, findings, revenue_scale| {
        let (verdict, findings, confirmed_figures) = ctx.settle(verdict, findings, READ_BY_ART5_3);
        // While figures it reads are still to check, the band is as open as the verdict: the
        // result cites Art. 5(3), not an item a corrected figure may change (item 22).
        let to_check = findings
            .iter()
            .any(|f| matches!(f.reason, Reason::CheckFigures { .. }));
        let clause = if to_check { ClauseId::Art5_3 } else { clause };
        ConditionResult {
            condition: Condition::RdIntensity,
            clause,
            verdict,
            findings,
            revenue_scale,
            confirmed_figures,
        }
    };
    let decided = |verdict, reason| {
        result(
            ClauseId::Art5_3,
            verdict,
            vec![Finding::new(verdict, reason)],
            None,
        )
    };
    let period = match ctx.period {
        Ok(p) => p,
        Err(problem) => {
            return decided(
                Verdict::CannotTell,
                Reason::PeriodUnknown { problem: *problem },
            )
        }
    };
    let rd = column(fin, &period.years, Field::RdTotal);
    // No R&D at all meets no band: neither a ratio nor a growth can come of nothing, whatever
    // the revenue (which need not even be known).
    if matches!(&rd, Ok(rd) if rd.iter().all(Decimal::is_zero)) {
        return decided(
            Verdict::NotMet,
            Reason::NoRdOverPeriod {
                first_year: period.first(),
                latest_year: period.latest(),
            },
        );
    }
    let revenue = match column(fin, &period.years, Field::SalesRevenue) {
        Ok(r) => r,
        Err(_) => {
            // Without revenue the band is unknown and nothing can be judged; list the R&D gaps
            // too, so the applicant fills everything in one go.
            let missing =
                missing_figures(fin, &period.years, &[Field::SalesRevenue, Field::RdTotal]);
            return decided(Verdict::CannotTell, Reason::MissingFigures { missing });
        }
    };
    let total_revenue: Decimal = revenue.iter().sum();
    // In one band: the ratio or the growth (“之一”).
    let in_band = |scale: &RevenueScale| {
        let ratio = match &rd {
            Ok(rd) => rd_ratio(period, rd.iter().sum(), total_revenue, scale.min_rd_ratio),
            Err(missing) => Finding::new(
                Verdict::CannotTell,
                Reason::MissingFigures {
                    missing: missing.clone(),
                },
            ),
        };
        let growth = rd_growth(fin, period, scale.min_rd_growth);
        (
            Verdict::any_of([ratio.verdict, growth.verdict]),
            ratio,
            growth,
        )
    };
    let mut scale = revenue_scale(total_revenue, period.operating_time, ctx.rules);
    let (either, ratio, growth) = in_band(&scale);
    let mut findings = vec![ratio, growth];
    let mut verdict = either;
    let mut clause = scale.tier.clause();
    // “年均” with a founding year operated only in part: the tool averages over the actual
    // operating time; averaging over the period's fiscal years may give another band. The band
    // is then open, and cited as Art. 5(3) rather than one of its items; when the verdict
    // differs between the two, the guideline does not decide it (item 4).
    if period.partial_first_year.is_some() {
        let fiscal_years = Years::whole(period.years.len() as u32);
        let other = revenue_scale(total_revenue, fiscal_years, ctx.rules);
        if other.tier != scale.tier {
            let (other_verdict, ..) = in_band(&other);
            let reading = |scale: &RevenueScale, verdict| BandReading {
                average_revenue: scale.average_revenue,
                band_ends_at: scale.band_ends_at,
                years: scale.operating_time,
                tier: scale.tier,
                verdict,
            };
            clause = ClauseId::Art5_3;
            scale.by_fiscal_years = Some(reading(&other, other_verdict));
            if other_verdict != either {
                verdict = Verdict::CannotTell;
                findings.insert(
                    0,
                    Finding::new(
                        Verdict::CannotTell,
                        Reason::BandDependsOnAverage {
                            first_year: period.first(),
                            by_operating_time: reading(&scale, either),
                            by_fiscal_years: reading(&other, other_verdict),
                        },
                    ),
                );
            }
        }
    }
    result(clause, verdict, findings, Some(scale))
}

/// Art. 5(3) under each way the guideline lets the band be read, for a plan: the band from the
/// average over the actual operating time and, with a founding year operated only in part,
/// from the average over the period's fiscal years when it is another band; each with its
/// findings on the R&D ratio and last year's growth. `None` when the period or its figures are
/// not there to read.
pub fn readings(fin: &Financials, period: &Period, rules: &RuleSet) -> Vec<BandFindings> {
    let Ok(revenue) = column(fin, &period.years, Field::SalesRevenue) else {
        return Vec::new();
    };
    let total_revenue: Decimal = revenue.iter().sum();
    let rd = column(fin, &period.years, Field::RdTotal).ok();
    let mut times = vec![period.operating_time];
    if period.partial_first_year.is_some() {
        times.push(Years::whole(period.years.len() as u32));
    }
    let mut out: Vec<BandFindings> = Vec::new();
    for time in times {
        let scale = revenue_scale(total_revenue, time, rules);
        if out.iter().any(|b| b.scale.tier == scale.tier) {
            continue;
        }
        let ratio = rd
            .as_ref()
            .map(|rd| rd_ratio(period, rd.iter().sum(), total_revenue, scale.min_rd_ratio));
        let growth = rd_growth(fin, period, scale.min_rd_growth);
        out.push(BandFindings {
            scale,
            ratio,
            growth,
        });
    }
    out
}

/// One reading of the band, with what Art. 5(3)'s two routes find in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandFindings {
    pub scale: RevenueScale,
    pub ratio: Option<Finding>,
    pub growth: Finding,
}

/// “近3年年均销售收入”: the total over the period divided by the actual operating years. The band
/// is found by comparing total × denominator with bound × numerator, so no division rounds.
fn revenue_scale(total_revenue: Decimal, time: Years, rules: &RuleSet) -> RevenueScale {
    let (num, den) = (
        Decimal::from(time.numerator),
        Decimal::from(time.denominator),
    );
    let reaches = |bound: Decimal| total_revenue * den >= bound * num;
    let tiers = &rules.tiers;
    let tier = tiers
        .iter()
        .find(|t| t.from_yuan.is_none_or(reaches))
        .unwrap_or(&tiers[tiers.len() - 1]);
    let average_exact = total_revenue * den / num;
    RevenueScale {
        total_revenue,
        average_revenue: average_exact,
        operating_time: time,
        tier: tier.id,
        band_ends_at: tier.below_yuan,
        min_rd_ratio: tier.min_rd_ratio,
        min_rd_growth: tier.min_rd_growth,
        average_short_of_higher_tier: tier
            .id
            .higher()
            .and_then(|h| rules.tier(h).from_yuan)
            .map(|bound| round_fen(bound - average_exact, RoundingStrategy::AwayFromZero)),
        by_fiscal_years: None,
    }
}

/// “近3年研究开发费用总额占同期销售收入总额的比例不低于 x%”: a ratio of sums over the same
/// period, compared as total R&D ≥ x × total revenue.
fn rd_ratio(
    period: &Period,
    total_rd: Decimal,
    total_revenue: Decimal,
    min_ratio: Decimal,
) -> Finding {
    if total_revenue.is_zero() {
        return Finding::new(
            Verdict::CannotTell,
            Reason::RdRatioWithoutRevenue { total_rd },
        );
    }
    let required_rd = round_fen(min_ratio * total_revenue, RoundingStrategy::AwayFromZero);
    Finding::new(
        met_if(total_rd >= min_ratio * total_revenue),
        Reason::RdRatio {
            first_year: period.first(),
            latest_year: period.latest(),
            total_rd,
            total_revenue,
            ratio: total_rd.checked_div(total_revenue).unwrap_or_default(),
            min_ratio,
            required_rd,
            difference: total_rd - required_rd,
        },
    )
}

/// “上一年度研究开发费用增速不低于 y%”: growth of the latest complete fiscal year over the year
/// before, (latest − base) ÷ base, compared as latest ≥ (1 + y) × base without dividing.
///
/// “实际经营期不满3年的按实际经营时间计算”: when the year before was operated only in part, its
/// R&D is annualised by the share operated (base = R&D × denominator ÷ numerator), so a part
/// year is never compared with a whole one as if both were whole. The guideline does not say how
/// a part year's growth is measured, so a part-year base decides nothing it could be read
/// otherwise for: reaching the minimum on either base (annualised, or the part year's R&D as
/// incurred, which is smaller) is “cannot tell”; only falling short on both is “not met”.
fn rd_growth(fin: &Financials, period: &Period, min_growth: Decimal) -> Finding {
    let year = period.latest();
    let previous_year = year - 1;
    if !period.years.contains(&previous_year) {
        // No year before to grow from: this alternative cannot be met, the ratio decides.
        return Finding::new(
            Verdict::NotMet,
            Reason::RdGrowthWithoutPreviousYear { year },
        );
    }
    let figures = match column(fin, &[previous_year, year], Field::RdTotal) {
        Ok(f) => f,
        Err(missing) => {
            return Finding::new(Verdict::CannotTell, Reason::MissingFigures { missing });
        }
    };
    let (rd_previous, rd_latest) = (figures[0], figures[1]);
    if rd_previous.is_zero() {
        return if rd_latest.is_zero() {
            Finding::new(Verdict::NotMet, Reason::RdGrowthNone { year })
        } else {
            Finding::new(
                Verdict::CannotTell,
                Reason::RdGrowthFromZero { year, rd_latest },
            )
        };
    }
    let share = period.share_of(previous_year);
    let (num, den) = (
        Decimal::from(share.numerator),
        Decimal::from(share.denominator),
    );
    let one_plus = Decimal::ONE + min_growth;
    // latest ≥ (1 + y) × previous × den ÷ num, multiplied out by num.
    let reaches = rd_latest * num >= one_plus * rd_previous * den;
    let part_year = share.is_part_year();
    let reaches_as_incurred = rd_latest >= one_plus * rd_previous;
    let verdict = match (part_year, reaches, reaches_as_incurred) {
        (false, reached, _) => met_if(reached),
        (true, _, true) => Verdict::CannotTell,
        (true, _, false) => Verdict::NotMet,
    };
    let base = rd_previous * den / num;
    let required_rd_latest = round_fen(one_plus * base, RoundingStrategy::AwayFromZero);
    Finding::new(
        verdict,
        Reason::RdGrowth {
            year,
            rd_latest,
            rd_previous,
            previous_year_share: part_year.then_some(share),
            base: round_fen(base, RoundingStrategy::MidpointAwayFromZero),
            growth: (rd_latest * num - rd_previous * den)
                .checked_div(rd_previous * den)
                .unwrap_or_default(),
            raw_growth: part_year.then(|| {
                (rd_latest - rd_previous)
                    .checked_div(rd_previous)
                    .unwrap_or_default()
            }),
            min_growth,
            required_rd_latest,
            difference: rd_latest - required_rd_latest,
        },
    )
}
