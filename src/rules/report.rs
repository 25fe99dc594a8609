//! The assessment as a JSON report: the verdicts and reason codes of [`Assessment`] with every
//! sentence and clause text beside them in both languages, what would change a condition not
//! met and the next steps, for the command line and for
//! anything that reads its output.

use super::explain::{
    describe, describe_confirmed, describe_fiscal_year, describe_period, describe_scale,
    describe_unlikely_figures, overall_label, rules_version, summary, Amounts, TOOL_VERSION,
};
use super::lang::Lang;
use super::outcome::{Assessment, ConditionResult};
use super::what_next::{describe_remedy, next_steps, remedies};
use serde_json::{json, Value};

fn in_both_languages(f: impl Fn(Lang) -> String) -> Value {
    json!({ "zh": f(Lang::Zh), "en": f(Lang::En) })
}

/// One condition as the report writes it.
fn condition(c: &ConditionResult) -> Value {
    let findings: Vec<Value> = c
        .findings
        .iter()
        .map(|f| {
            json!({
                "verdict": f.verdict,
                "reason": f.reason,
                "message": in_both_languages(|l| describe(&f.reason, l)),
            })
        })
        .collect();
    let mut entry = json!({
        "condition": c.condition,
        "title": in_both_languages(|l| c.condition.title().get(l).to_string()),
        "clause": c.clause,
        "citation": in_both_languages(|l| c.clause.citation(l).to_string()),
        "clause_text": in_both_languages(|l| c.clause.text(l).to_string()),
        "verdict": c.verdict,
        "verdict_label": in_both_languages(|l| c.verdict.label().get(l).to_string()),
        "findings": findings,
    });
    if let Some(scale) = &c.revenue_scale {
        entry["revenue_scale"] = json!({
            "figures": scale,
            "message": in_both_languages(|l| describe_scale(scale, l)),
        });
    }
    if !c.confirmed_figures.is_empty() {
        entry["rests_on_confirmed_figures"] = json!({
            "warnings": c.confirmed_figures,
            "message": in_both_languages(|l| {
                describe_confirmed(&c.confirmed_figures, l, Amounts::Shown).unwrap_or_default()
            }),
        });
    }
    entry
}

/// The report `tic-assess` prints: what the result rests on (the date it was computed for, the
/// guideline, the rule set and tool versions), the verdicts, and every sentence beside them.
pub fn report(assessment: &Assessment) -> Value {
    let rules = assessment.rules;
    let g = &rules.guideline;
    let conditions: Vec<Value> = assessment.conditions.iter().map(condition).collect();
    json!({
        "as_of": assessment.as_of,
        "tool_version": TOOL_VERSION,
        "rules": {
            "rule_set": rules.id,
            "effective_from": rules.effective_from,
            "guideline": g.number,
            "title": in_both_languages(|l| g.title.get(l).to_string()),
            "issued": g.issued,
            "in_force": g.in_force,
            "trial": g.trial,
            "message": in_both_languages(|l| rules_version(assessment, l).join("")),
        },
        "path": assessment.path,
        "overall": assessment.overall,
        "overall_label": in_both_languages(|l| overall_label(assessment, l)),
        "summary": in_both_languages(|l| summary(assessment, l)),
        "period": assessment.period.as_ref().map(|p| json!({
            "figures": p,
            "message": in_both_languages(|l| describe_period(p, l)),
        })),
        "fiscal_year": assessment.fiscal_year.map(|check| json!({
            "check": check,
            "message": describe_fiscal_year(check, Lang::Zh)
                .map(|_| in_both_languages(|l| describe_fiscal_year(check, l).unwrap_or_default())),
        })),
        "conditions": conditions,
        "what_would_change": remedies(assessment).iter().map(|r| json!({
            "clause": r.clause(),
            "message": in_both_languages(|l| describe_remedy(r, rules, l)),
        })).collect::<Vec<_>>(),
        "next_steps": next_steps(assessment, Lang::Zh).iter().zip(next_steps(assessment, Lang::En)).map(|((clause, zh), (_, en))| json!({
            "clause": clause,
            "message": { "zh": zh, "en": en },
        })).collect::<Vec<_>>(),
        "art5_3_reference": assessment.art5_3_reference.as_ref().map(condition),
        "unlikely_figures": (!assessment.unlikely_figures.is_empty()).then(|| json!({
            "warnings": assessment.unlikely_figures,
            "confirmed": assessment.figures_confirmed,
            // Each figure the confirmation covers; a part above its total never is.
            "confirmed_figures": assessment.confirmed_figures,
            "cannot_be_confirmed": assessment.unlikely_figures.iter().filter(|w| !w.can_be_confirmed()).collect::<Vec<_>>(),
            "message": in_both_languages(|l| describe_unlikely_figures(assessment, l, Amounts::Shown).unwrap_or_default()),
        })),
        "rests_on_confirmed_figures": (!assessment.rests_on_confirmed().is_empty()).then(|| json!({
            "warnings": assessment.rests_on_confirmed(),
            "message": in_both_languages(|l| describe_confirmed(&assessment.rests_on_confirmed(), l, Amounts::Shown).unwrap_or_default()),
        })),
    })
}
