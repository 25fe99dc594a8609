//! Art. 5(4): the share of R&D incurred within China over the same period as Art. 5(3)
//! (“下同”), and for a new entity under Art. 6 the basis that stands in for the period.

use super::{column, met_if, missing_figures, round_fen, Context, Settled, READ_BY_ART5_4};
use crate::rules::answers::{Answers, Field, Financials, PlanAmount};
use crate::rules::clauses::ClauseId;
use crate::rules::guideline::RuleSet;
use crate::rules::money::Money;
use crate::rules::outcome::{
    Condition, ConditionResult, DomesticBasis, Finding, NewEntityFigure, Reason, Verdict,
};
use crate::rules::period::PeriodProblem;
use rust_decimal::{Decimal, RoundingStrategy};

/// Art. 5(4): “近3年在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%”,
/// over the same period as Art. 5(3) (“下同”).
pub(super) fn domestic_rd(fin: &Financials, ctx: &Context) -> ConditionResult {
    let finding = match period_domestic_share(fin, ctx) {
        Ok(finding) => finding,
        Err(problem) => Finding::new(
            Verdict::CannotTell,
            Reason::PeriodUnknown { problem: *problem },
        ),
    };
    settled_domestic(finding, ctx)
}

/// Art. 5(4)'s result on the period's figures, settled as every verdict on them is.
fn settled_domestic(finding: Finding, ctx: &Context) -> ConditionResult {
    let settled = ctx.settle(finding.verdict, vec![finding], READ_BY_ART5_4);
    domestic_result(settled)
}

fn domestic_result((verdict, findings, confirmed_figures): Settled) -> ConditionResult {
    ConditionResult {
        condition: Condition::DomesticRd,
        clause: ClauseId::Art5_4,
        verdict,
        findings,
        revenue_scale: None,
        confirmed_figures,
    }
}

/// The domestic share over the period; with no R&D at all the share cannot reach the minimum
/// (nothing was incurred within China), so it is not met.
fn period_domestic_share<'a>(
    fin: &Financials,
    ctx: &Context<'a>,
) -> Result<Finding, &'a PeriodProblem> {
    let period = ctx.period.as_ref()?;
    let total = column(fin, &period.years, Field::RdTotal);
    let domestic = column(fin, &period.years, Field::RdDomestic);
    let (total, domestic) = match (total, domestic) {
        (Ok(t), Ok(d)) => (t, d),
        _ => {
            let missing = missing_figures(fin, &period.years, &[Field::RdTotal, Field::RdDomestic]);
            return Ok(Finding::new(
                Verdict::CannotTell,
                Reason::MissingFigures { missing },
            ));
        }
    };
    if let Some((&year, _)) = period
        .years
        .iter()
        .zip(total.iter().zip(&domestic))
        .find(|(_, (t, d))| d > t)
    {
        return Ok(Finding::new(
            Verdict::CannotTell,
            Reason::DomesticExceedsTotal { year },
        ));
    }
    let total_rd: Decimal = total.iter().sum();
    if total_rd.is_zero() {
        return Ok(Finding::new(Verdict::NotMet, Reason::NoRdRecorded));
    }
    let basis = DomesticBasis::Period {
        first_year: period.first(),
        latest_year: period.latest(),
    };
    Ok(domestic_share(
        basis,
        domestic.iter().sum(),
        total_rd,
        ctx.rules,
    ))
}

fn domestic_share(
    basis: DomesticBasis,
    domestic_rd: Decimal,
    total_rd: Decimal,
    rules: &RuleSet,
) -> Finding {
    let min_share = rules.min_domestic_rd_share.value;
    let required = round_fen(min_share * total_rd, RoundingStrategy::AwayFromZero);
    Finding::new(
        met_if(domestic_rd >= min_share * total_rd),
        Reason::DomesticShare {
            basis,
            domestic_rd,
            total_rd,
            share: domestic_rd.checked_div(total_rd).unwrap_or_default(),
            min_share,
            required_domestic_rd: required,
            difference: domestic_rd - required,
        },
    )
}

/// Art. 6 keeps Art. 5(4) (“应同时满足第五条(一)(二)(四)(五)(六)项要求”). A new entity that has
/// R&D in fiscal years of its own is judged on them; one with no complete fiscal year on the R&D
/// incurred since founding; one that has incurred none yet on the domestic part it plans within
/// the R&D it guarantees. The finding names the basis used.
pub(super) fn new_entity_domestic_rd(answers: &Answers, ctx: &Context) -> ConditionResult {
    let fin = &answers.financials;
    let from_period = period_domestic_share(fin, ctx)
        .ok()
        .filter(|f| f.reason != Reason::NoRdRecorded);
    match from_period {
        Some(finding) => settled_domestic(finding, ctx),
        None => {
            let finding = since_founding_or_planned_share(answers, ctx.rules);
            // The amounts the basis reads: those since founding, or the commitment and its
            // part within China.
            let amounts: &[PlanAmount] = match finding.reason {
                Reason::DomesticShare {
                    basis: DomesticBasis::PlannedCommitment,
                    ..
                }
                | Reason::CommitmentMissing { .. }
                | Reason::NoRdRecorded => &[PlanAmount::Commitment, PlanAmount::PlannedDomestic],
                _ if answers.rd_since_founding.is_some()
                    || answers.rd_since_founding_domestic.is_some() =>
                {
                    &[PlanAmount::SinceFounding, PlanAmount::SinceFoundingDomestic]
                }
                _ => &[PlanAmount::Commitment, PlanAmount::PlannedDomestic],
            };
            domestic_result(ctx.settle_amounts(finding.verdict, vec![finding], amounts))
        }
    }
}

/// Art. 5(4) for a new entity with no R&D in fiscal years of its own. R&D incurred since founding
/// is the basis as soon as either of its two figures is entered (an amount within China means
/// R&D was incurred, so the total is asked for, never replaced by the plan); only when none has
/// been incurred (both absent, or a total of zero with nothing within China) is the plan the
/// basis. Within China above the total is a figure to check, whichever the basis.
fn since_founding_or_planned_share(answers: &Answers, rules: &RuleSet) -> Finding {
    let missing = |missing: Vec<NewEntityFigure>| {
        Finding::new(
            Verdict::CannotTell,
            Reason::MissingNewEntityFigures { missing },
        )
    };
    let exceeds = || {
        Finding::new(
            Verdict::CannotTell,
            Reason::DomesticExceedsTotal { year: 0 },
        )
    };
    let amount = Money::yuan;
    let since = answers.rd_since_founding.map(amount);
    let since_domestic = answers.rd_since_founding_domestic.map(amount);
    let none_incurred = match (since, since_domestic) {
        (None, None) => true,
        (Some(total), domestic) => total.is_zero() && domestic.is_none_or(|d| d.is_zero()),
        (None, Some(_)) => false,
    };
    if !none_incurred {
        return match (since, since_domestic) {
            (Some(total), Some(domestic)) if domestic > total => exceeds(),
            (Some(total), Some(domestic)) => {
                domestic_share(DomesticBasis::SinceFounding, domestic, total, rules)
            }
            (Some(_), None) => missing(vec![NewEntityFigure::RdSinceFoundingDomestic]),
            (None, _) => missing(vec![NewEntityFigure::RdSinceFounding]),
        };
    }
    let committed = answers.committed_average_annual_rd.map(amount);
    let planned = answers.planned_domestic_average_annual_rd.map(amount);
    match (committed, planned) {
        (None, _) => Finding::new(
            Verdict::CannotTell,
            Reason::CommitmentMissing {
                minimum: rules.new_entity_min_average_rd.value,
                years: rules.new_entity_commitment_years.value,
            },
        ),
        (Some(_), None) => missing(vec![
            NewEntityFigure::RdSinceFounding,
            NewEntityFigure::PlannedDomesticAverageAnnualRd,
        ]),
        (Some(committed), Some(planned)) if planned > committed => exceeds(),
        (Some(committed), Some(_)) if committed.is_zero() => {
            Finding::new(Verdict::NotMet, Reason::NoRdRecorded)
        }
        (Some(committed), Some(planned)) => {
            domestic_share(DomesticBasis::PlannedCommitment, planned, committed, rules)
        }
    }
}
