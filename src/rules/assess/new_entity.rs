//! Art. 6: whether the applicant is a newly founded independent legal entity at all, and the R&D
//! it guarantees with its joint units' capability in place of Art. 5(3).

use super::{declaration, met_if, Context};
use crate::rules::answers::{Answers, PlanAmount};
use crate::rules::clauses::ClauseId;
use crate::rules::dates::CalendarDate;
use crate::rules::guideline::RuleSet;
use crate::rules::outcome::{Condition, ConditionResult, Finding, Reason, Verdict};
use crate::rules::period::{earliest_founding_date, PeriodProblem};
use crate::rules::questions::Question;

/// Art. 6: “鼓励新建独立法人实体作为依托单位,建设技术创新中心。对于新建独立法人实体的,……”. The
/// relief of Art. 6 is for a newly founded independent legal entity: the applicant says it is
/// one, and its founding date is checked against the date of the self-check — against the
/// fiscal years that have ended by then, never against which year was typed as the latest
/// (item 15). Founded after the last fiscal year that has ended (no fiscal year of its own):
/// newly founded. Operating through every year of the three that have ended: not newly
/// founded, and Art. 5(3) applies. Founded within them: the guideline does not say, so it
/// cannot be told.
pub(super) fn new_entity_status(
    answers: &Answers,
    as_of: CalendarDate,
    rules: &RuleSet,
) -> ConditionResult {
    let last_ended = as_of.year - 1;
    let first_year = last_ended - (rules.lookback_years.value - 1);
    let founding = match answers.financials.operating_history {
        None => Finding::new(
            Verdict::CannotTell,
            Reason::PeriodUnknown {
                problem: PeriodProblem::NoOperatingHistory,
            },
        ),
        Some(history) => match earliest_founding_date(history) {
            Some(founded) if founded > as_of => Finding::new(
                Verdict::CannotTell,
                Reason::PeriodUnknown {
                    problem: PeriodProblem::FoundedInFuture { as_of },
                },
            ),
            Some(founded) if founded.year > last_ended => Finding::new(
                Verdict::Met,
                Reason::FoundedAfterLatestYear {
                    founded,
                    latest: last_ended,
                },
            ),
            Some(founded) if founded > CalendarDate::january_first(first_year) => Finding::new(
                Verdict::CannotTell,
                Reason::FoundedWithinPeriod {
                    founded,
                    latest: last_ended,
                },
            ),
            founded => Finding::new(
                Verdict::NotMet,
                Reason::OperatedThroughPeriod {
                    first_year,
                    latest_year: last_ended,
                    founded,
                },
            ),
        },
    };
    let findings = vec![
        declaration(Question::NewlyEstablishedForCenter, answers),
        founding,
    ];
    ConditionResult::from_findings(Condition::NewEntityStatus, ClauseId::Art6, findings)
}

/// Art. 6, in place of Art. 5(3): “重点考核其联合单位的技术水平及创新能力,可不考核依托单位当年
/// 研究开发费用,但依托单位应保障未来3年年均研究开发费用不低于2000万元”.
pub(super) fn new_entity_rd(answers: &Answers, ctx: &Context) -> ConditionResult {
    let rules = ctx.rules;
    let minimum = rules.new_entity_min_average_rd.value;
    let years = rules.new_entity_commitment_years.value;
    let commitment = match answers.committed_average_annual_rd {
        None => Finding::new(
            Verdict::CannotTell,
            Reason::CommitmentMissing { minimum, years },
        ),
        Some(m) => Finding::new(
            met_if(m.yuan() >= minimum),
            Reason::Commitment {
                committed: m.yuan(),
                minimum,
                years,
                difference: m.yuan() - minimum,
            },
        ),
    };
    // A commitment typed in the wrong unit (亿 for 万) must not stand unchecked.
    let (commitment_verdict, mut findings, confirmed_figures) = ctx.settle_amounts(
        commitment.verdict,
        vec![commitment],
        &[PlanAmount::Commitment],
    );
    let joint_units = declaration(Question::JointUnitsCapability, answers);
    let verdict = Verdict::all_of([commitment_verdict, joint_units.verdict]);
    findings.push(joint_units);
    ConditionResult {
        confirmed_figures,
        verdict,
        ..ConditionResult::from_findings(Condition::NewEntityRd, ClauseId::Art6, findings)
    }
}
