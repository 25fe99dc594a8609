//! `assess`: the one function that decides. It reads the answers and the date of the self-check,
//! applies Art. 5 (and Art. 6 for a newly founded independent legal entity) with the rule set in
//! force on that date, and returns a verdict per condition with the reasons, figures and clause
//! behind it. Pure: the date is an argument, never read from a clock; no I/O, no randomness.
//!
//! Each condition's rule sits in the file of its clause: [`rd_intensity`] Art. 5(3),
//! [`domestic`] Art. 5(4) (and its Art. 6 bases), [`new_entity`] Art. 6; the declared conditions
//! and what every figure-based verdict is settled by (outdated years, unconfirmed unlikely
//! figures) are here.

mod domestic;
mod new_entity;
mod rd_intensity;

use domestic::{domestic_rd, new_entity_domestic_rd};
use new_entity::{new_entity_rd, new_entity_status};
use rd_intensity::rd_intensity;
pub use rd_intensity::{readings, BandFindings};

use super::answers::PlanAmount;
use super::answers::{Answers, Field, Financials};
use super::clauses::ClauseId;
use super::dates::CalendarDate;
use super::guideline::RuleSet;
use super::outcome::{
    Assessment, Condition, ConditionResult, Finding, MissingFigure, Overall, Reason, Verdict,
};
use super::period::{assessment_period, check_latest_year, FiscalYearCheck, Period, PeriodProblem};
use super::plausibility::{bears_on, bears_on_amounts, is_confirmed, unlikely_figures, Warning};
use super::questions::{Answer, ApplicantPath, Question};
use rust_decimal::{Decimal, RoundingStrategy};

/// Assesses the answers, as on the date `as_of`, against Art. 5 and, for a new entity, Art. 6.
pub fn assess(answers: &Answers, as_of: CalendarDate) -> Assessment {
    let rules = RuleSet::for_date(as_of);
    let fin = &answers.financials;
    let period = assessment_period(fin, as_of, rules);
    let fiscal_year = fin
        .latest_fiscal_year
        .map(|latest| check_latest_year(latest, as_of));
    // (latest, expected): the fiscal year entered and the one it should be.
    let outdated = match fiscal_year {
        Some(FiscalYearCheck::Outdated { expected }) => {
            Some((fin.latest_fiscal_year.unwrap_or(expected), expected))
        }
        _ => None,
    };
    // Of the period's years only (figures outside it decide nothing), and the Art. 6 amounts.
    let unlikely_figures = unlikely_figures(answers, period.as_ref().ok());
    let unlikely: Vec<(Warning, bool)> = unlikely_figures
        .iter()
        .map(|&w| (w, is_confirmed(answers, w)))
        .collect();
    let ctx = Context {
        rules,
        period: &period,
        outdated,
        unlikely: &unlikely,
    };
    let mut conditions = vec![
        declared(Condition::Registration, answers),
        declared(Condition::Cooperation, answers),
    ];
    let mut art5_3_reference = None;
    match answers.path {
        Some(ApplicantPath::ExistingEnterprise) => {
            conditions.push(rd_intensity(fin, &ctx));
            conditions.push(domestic_rd(fin, &ctx));
        }
        Some(ApplicantPath::NewEntity) => {
            let status = new_entity_status(answers, as_of, rules);
            if status.verdict != Verdict::Met && period.is_ok() {
                art5_3_reference = Some(rd_intensity(fin, &ctx));
            }
            conditions.push(status);
            conditions.push(new_entity_rd(answers, &ctx));
            conditions.push(new_entity_domestic_rd(answers, &ctx));
        }
        None => {
            conditions.push(ConditionResult::from_findings(
                Condition::RdIntensity,
                ClauseId::Art5_3,
                vec![Finding::new(Verdict::CannotTell, Reason::PathNotChosen)],
            ));
            conditions.push(domestic_rd(fin, &ctx));
        }
    }
    conditions.push(declared(Condition::SafetyRecord, answers));
    conditions.push(declared(Condition::Talent, answers));
    let verdict = Verdict::all_of(conditions.iter().map(|c| c.verdict));
    Assessment {
        as_of,
        rules,
        path: answers.path,
        overall: match verdict {
            Verdict::Met => Overall::PreliminarilyEligible,
            Verdict::NotMet => Overall::NotEligible,
            Verdict::CannotTell => Overall::CannotTellYet,
        },
        period: period.ok(),
        fiscal_year,
        conditions,
        art5_3_reference,
        confirmed_figures: unlikely
            .iter()
            .filter(|(_, confirmed)| *confirmed)
            .map(|(w, _)| *w)
            .collect(),
        unlikely_figures,
        figures_confirmed: answers.figures_confirmed,
    }
}

/// The figures Art. 5(3) reads: revenue and total R&D.
pub(super) const READ_BY_ART5_3: &[Field] = &[Field::SalesRevenue, Field::RdTotal];
/// The figures Art. 5(4) reads: total R&D and the part within China.
pub(super) const READ_BY_ART5_4: &[Field] = &[Field::RdTotal, Field::RdDomestic];

/// What every figure-based rule needs besides the answers.
pub(super) struct Context<'a> {
    pub(super) rules: &'static RuleSet,
    pub(super) period: &'a Result<Period, PeriodProblem>,
    /// The latest fiscal year entered and the one it should be, when it is out of date.
    pub(super) outdated: Option<(i32, i32)>,
    /// The unlikely figures a verdict may rest on, each with whether the applicant's
    /// confirmation covers it.
    pub(super) unlikely: &'a [(Warning, bool)],
}

/// A verdict settled by what stands behind its figures: the verdict, its findings, and the
/// unlikely figures it rests on that the applicant confirmed.
pub(super) type Settled = (Verdict, Vec<Finding>, Vec<Warning>);

impl Context<'_> {
    /// A verdict on the period's figures, with what keeps it from standing: figures of an
    /// outdated period, or unlikely figures not yet confirmed, leave it “cannot tell” whatever
    /// the figures say — never “met”, and never “not met” either, since the figures that would
    /// decide are not the ones entered (items 12 and 22 of docs/interpretation.md). `fields`
    /// are the figures the verdict rests on.
    pub(super) fn settle(
        &self,
        verdict: Verdict,
        findings: Vec<Finding>,
        fields: &[Field],
    ) -> Settled {
        let bearing = self.of(|w| {
            self.period
                .as_ref()
                .is_ok_and(|period| bears_on(w, period, fields))
        });
        let outdated = self.outdated.map(|(latest, expected)| {
            Finding::new(
                Verdict::CannotTell,
                Reason::OutdatedFiscalYear { latest, expected },
            )
        });
        let findings: Vec<Finding> = outdated.into_iter().chain(findings).collect();
        settled(verdict, findings, &bearing)
    }

    /// A verdict on the Art. 6 `amounts`, settled by the unlikely figures among them.
    pub(super) fn settle_amounts(
        &self,
        verdict: Verdict,
        findings: Vec<Finding>,
        amounts: &[PlanAmount],
    ) -> Settled {
        let bearing = self.of(|w| bears_on_amounts(w, amounts));
        settled(verdict, findings, &bearing)
    }

    /// The unlikely figures `bears` on, each with whether it is confirmed.
    fn of(&self, bears: impl Fn(Warning) -> bool) -> Vec<(Warning, bool)> {
        self.unlikely
            .iter()
            .copied()
            .filter(|(w, _)| bears(*w))
            .collect()
    }
}

/// `verdict` with `findings`, left open while an unlikely figure it rests on is unconfirmed (or
/// the findings already say the period is outdated), with the confirmed ones named. A part
/// above its total that a finding already names (“境内研发费用大于总额”) is not asked for twice.
fn settled(verdict: Verdict, mut findings: Vec<Finding>, bearing: &[(Warning, bool)]) -> Settled {
    let mut outdated = false;
    // The year of a part above its total that a finding names already (0: the Art. 6 amounts).
    let mut exceeds = None;
    for f in &findings {
        match f.reason {
            Reason::OutdatedFiscalYear { .. } => outdated = true,
            Reason::DomesticExceedsTotal { year } => exceeds = Some(year),
            _ => {}
        }
    }
    let (mut to_check, mut confirmed) = (Vec::new(), Vec::new());
    for &(w, is_confirmed) in bearing {
        let said = match w {
            Warning::DomesticAboveTotal { year, .. } => exceeds == Some(year),
            Warning::PartAboveTotal { .. } => exceeds == Some(0),
            _ => false,
        };
        if is_confirmed {
            confirmed.push(w);
        } else if !said {
            to_check.push(w);
        }
    }
    let open = outdated || !to_check.is_empty();
    if !to_check.is_empty() {
        findings.push(Finding::new(
            Verdict::CannotTell,
            Reason::CheckFigures { warnings: to_check },
        ));
    }
    let verdict = if open { Verdict::CannotTell } else { verdict };
    (verdict, findings, confirmed)
}

/// Art. 5(1), (2), (5), (6) and the declared halves of Art. 6: conditions the tool cannot
/// compute and so takes as declared. Every part must hold (the clauses join their parts with
/// “、”, “以及” and “和”).
fn declared(condition: Condition, answers: &Answers) -> ConditionResult {
    let findings = condition
        .questions()
        .iter()
        .map(|&q| declaration(q, answers))
        .collect();
    ConditionResult::from_findings(condition, condition.clause(), findings)
}

pub(super) fn declaration(question: Question, answers: &Answers) -> Finding {
    match answers.declarations.get(&question) {
        None => Finding::new(Verdict::CannotTell, Reason::Unanswered { question }),
        Some(&answer) => Finding::new(
            if answer == Answer::NotSure {
                Verdict::CannotTell
            } else {
                met_if(answer == question.favourable())
            },
            Reason::Declared { question, answer },
        ),
    }
}

/// One figure for each of `years`, or every (year, field) that is missing.
pub(super) fn column(
    fin: &Financials,
    years: &[i32],
    field: Field,
) -> Result<Vec<Decimal>, Vec<MissingFigure>> {
    let mut values = Vec::with_capacity(years.len());
    let mut missing = Vec::new();
    for &year in years {
        match fin.year(year).and_then(|y| y.get(field)) {
            Some(m) => values.push(m.yuan()),
            None => missing.push(MissingFigure { year, field }),
        }
    }
    if missing.is_empty() {
        Ok(values)
    } else {
        Err(missing)
    }
}

/// The figures of `fields` not entered for `years`, year by year in the order of the form.
pub(super) fn missing_figures(
    fin: &Financials,
    years: &[i32],
    fields: &[Field],
) -> Vec<MissingFigure> {
    years
        .iter()
        .flat_map(|&year| {
            fields
                .iter()
                .map(move |&field| MissingFigure { year, field })
        })
        .filter(|m| fin.year(m.year).and_then(|y| y.get(m.field)).is_none())
        .collect()
}

pub(super) fn met_if(condition: bool) -> Verdict {
    if condition {
        Verdict::Met
    } else {
        Verdict::NotMet
    }
}

/// Rounds 元 to the fen, the finest amount anyone can enter.
pub(super) fn round_fen(yuan: Decimal, strategy: RoundingStrategy) -> Decimal {
    yuan.round_dp_with_strategy(2, strategy)
}
