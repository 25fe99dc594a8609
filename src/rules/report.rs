//! The assessment as a JSON report: the verdicts and reason codes of [`Assessment`] with every
//! sentence and clause text beside them in both languages, for the command line and for
//! anything that reads its output.

use super::assess::Assessment;
use super::explain::{describe, describe_period, describe_scale, summary};
use super::guideline::GUIDELINE;
use super::lang::Lang;
use serde_json::{json, Value};

fn both(f: impl Fn(Lang) -> String) -> Value {
    json!({ "zh": f(Lang::Zh), "en": f(Lang::En) })
}

/// The report `tic-assess` prints.
pub fn report(assessment: &Assessment) -> Value {
    let conditions: Vec<Value> = assessment
        .conditions
        .iter()
        .map(|c| {
            let findings: Vec<Value> = c
                .findings
                .iter()
                .map(|f| {
                    json!({
                        "verdict": f.verdict,
                        "reason": f.reason,
                        "message": both(|l| describe(&f.reason, l)),
                    })
                })
                .collect();
            let mut entry = json!({
                "condition": c.condition,
                "title": both(|l| c.condition.title().get(l).to_string()),
                "clause": c.clause,
                "citation": both(|l| c.clause.citation(l).to_string()),
                "clause_text": both(|l| c.clause.text(l).to_string()),
                "verdict": c.verdict,
                "verdict_label": both(|l| c.verdict.label().get(l).to_string()),
                "findings": findings,
            });
            if let Some(scale) = &c.revenue_scale {
                entry["revenue_scale"] = json!({
                    "figures": scale,
                    "message": both(|l| describe_scale(scale, l)),
                });
            }
            entry
        })
        .collect();
    json!({
        "guideline": {
            "number": GUIDELINE.number,
            "issued": GUIDELINE.issued,
            "in_force": GUIDELINE.in_force,
        },
        "path": assessment.path,
        "overall": assessment.overall,
        "overall_label": both(|l| assessment.overall.label().get(l).to_string()),
        "summary": both(|l| summary(assessment, l)),
        "period": assessment.period.as_ref().map(|p| json!({
            "figures": p,
            "message": both(|l| describe_period(p, l)),
        })),
        "conditions": conditions,
    })
}
