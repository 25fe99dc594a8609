//! The assessment as a JSON report: the verdicts and reason codes of [`Assessment`] with every
//! sentence and clause text beside them in both languages, what would change a condition not
//! met and the next steps, for the command line and for
//! anything that reads its output.
//!
//! Its sentences are the result document's ([`super::build`]), built once in each language:
//! the same words as the page, the printout, the text report and the outline. `sections` lists
//! the document's sections in order, and `text` holds it as the text report renders it.

use super::{build, text, Block, Card, Kind, Link, ResultDocument, ResultInput, SectionId};
use crate::rules::answers::Answers;
use crate::rules::explain::{describe, describe_confirmed, Amounts, TOOL_VERSION};
use crate::rules::lang::Lang;
use crate::rules::outcome::{Assessment, ConditionResult};
use serde_json::{json, Value};

fn in_both_languages(f: impl Fn(Lang) -> String) -> Value {
    json!({ "zh": f(Lang::Zh), "en": f(Lang::En) })
}

/// The document in both languages.
struct Both {
    zh: ResultDocument,
    en: ResultDocument,
}

impl Both {
    fn get(&self, lang: Lang) -> &ResultDocument {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// The texts of a section's blocks that `pick` chooses, in both languages.
    fn texts(&self, id: SectionId, pick: impl Fn(&Block) -> Option<String>) -> Value {
        in_both_languages(|l| {
            self.get(l)
                .section(id)
                .map(|s| {
                    s.blocks
                        .iter()
                        .filter_map(&pick)
                        .collect::<Vec<_>>()
                        .join("")
                })
                .unwrap_or_default()
        })
    }
}

/// A paragraph of `kind`, if the block is one.
fn paragraph(kind: Kind) -> impl Fn(&Block) -> Option<String> {
    move |b| match b {
        Block::Paragraph { kind: k, text } if *k == kind => Some(text.clone()),
        _ => None,
    }
}

/// The items of the lists of a section, in order, in one language.
fn items(doc: &ResultDocument, id: SectionId) -> Vec<&super::Item> {
    doc.section(id)
        .into_iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| match b {
            Block::List { items, .. } => items.iter().collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// The cards of a section, in order.
fn cards(doc: &ResultDocument, id: SectionId) -> Vec<&Card> {
    doc.section(id)
        .into_iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Card(card) => Some(card),
            _ => None,
        })
        .collect()
}

/// One condition as the report writes it, with its card in each language.
fn condition(c: &ConditionResult, zh: &Card, en: &Card) -> Value {
    let card = |l: Lang| match l {
        Lang::Zh => zh,
        Lang::En => en,
    };
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
            "message": in_both_languages(|l| card(l).scale.clone().unwrap_or_default()),
        });
    }
    if !c.confirmed_figures.is_empty() {
        entry["rests_on_confirmed_figures"] = json!({
            "warnings": c.confirmed_figures,
            "message": in_both_languages(|l| card(l).confirmed.clone().unwrap_or_default()),
        });
    }
    entry
}

/// The report `tic-assess` prints: what the result rests on (the date it was computed for, the
/// guideline, the rule set and tool versions), the verdicts, and every sentence beside them.
pub fn report(assessment: &Assessment, answers: &Answers) -> Value {
    let doc = |lang| {
        build(&ResultInput {
            assessment,
            answers,
            organisation: "",
            filled_by: "",
            lang,
            amounts: Amounts::Shown,
        })
    };
    let both = Both {
        zh: doc(Lang::Zh),
        en: doc(Lang::En),
    };
    let rules = assessment.rules;
    let g = &rules.guideline;
    let conditions: Vec<Value> = assessment
        .conditions
        .iter()
        .zip(cards(&both.zh, SectionId::Conditions))
        .zip(cards(&both.en, SectionId::Conditions))
        .map(|((c, zh), en)| condition(c, zh, en))
        .collect();
    let reference = assessment.art5_3_reference.as_ref().and_then(|c| {
        let zh = cards(&both.zh, SectionId::Reference).into_iter().next()?;
        let en = cards(&both.en, SectionId::Reference).into_iter().next()?;
        Some(condition(c, zh, en))
    });
    let list = |id: SectionId| {
        items(&both.zh, id)
            .into_iter()
            .zip(items(&both.en, id))
            .map(|(zh, en)| (zh, json!({ "zh": zh.text, "en": en.text })))
            .collect::<Vec<_>>()
    };
    let what_would_change: Vec<Value> = list(SectionId::Overall)
        .into_iter()
        .filter_map(|(item, message)| match &item.link {
            Some(Link::Remedy(r)) => Some(json!({ "clause": r.clause(), "message": message })),
            _ => None,
        })
        .collect();
    let next_steps: Vec<Value> = list(SectionId::Next)
        .into_iter()
        .map(|(item, message)| json!({ "clause": item.clause, "message": message }))
        .collect();
    let sections: Vec<Value> = both
        .zh
        .sections
        .iter()
        .zip(&both.en.sections)
        .map(|(zh, en)| {
            json!({
                "id": zh.id.key(),
                "heading": { "zh": zh.heading, "en": en.heading },
            })
        })
        .collect();
    let overall_label = both.texts(SectionId::Overall, |b| match b {
        Block::Verdict { label } => Some(label.clone()),
        _ => None,
    });
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
            "message": both.texts(SectionId::Version, paragraph(Kind::Body)),
        },
        "path": assessment.path,
        "overall": assessment.overall,
        "overall_label": overall_label,
        "summary": both.texts(SectionId::Overall, paragraph(Kind::Summary)),
        "period": assessment.period.as_ref().map(|p| json!({
            "figures": p,
            "message": both.texts(SectionId::Figures, paragraph(Kind::Body)),
        })),
        "fiscal_year": assessment.fiscal_year.map(|check| {
            let message = both.texts(SectionId::Figures, paragraph(Kind::FiscalYear));
            json!({
                "check": check,
                "message": (message["zh"] != "").then_some(message),
            })
        }),
        "conditions": conditions,
        "what_would_change": what_would_change,
        "next_steps": next_steps,
        "art5_3_reference": reference,
        "unlikely_figures": (!assessment.unlikely_figures.is_empty()).then(|| json!({
            "warnings": assessment.unlikely_figures,
            "confirmed": assessment.figures_confirmed,
            // Each figure the confirmation covers; a part above its total never is.
            "confirmed_figures": assessment.confirmed_figures,
            "cannot_be_confirmed": assessment.unlikely_figures.iter().filter(|w| !w.can_be_confirmed()).collect::<Vec<_>>(),
            "message": both.texts(SectionId::Figures, paragraph(Kind::Unlikely)),
        })),
        "rests_on_confirmed_figures": (!assessment.rests_on_confirmed().is_empty()).then(|| json!({
            "warnings": assessment.rests_on_confirmed(),
            "message": in_both_languages(|l| describe_confirmed(&assessment.rests_on_confirmed(), l, Amounts::Shown).unwrap_or_default()),
        })),
        // The result document's sections in order, and the whole as `tic-assess --text` has it.
        "sections": sections,
        "text": in_both_languages(|l| text::render(both.get(l))),
    })
}
