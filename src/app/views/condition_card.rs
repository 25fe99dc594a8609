//! One condition's card in the result's details: the clause and the condition, its verdict,
//! every finding in words with its figures, and the clause's own text.

use super::clause_text::write_clause_text;
use super::live_figures::write_findings;
use super::verdict_tag::write_verdict_tag;
use crate::markup::Markup;
use crate::rules::explain::Amounts;
use crate::rules::lang::Lang;
use crate::rules::outcome::ConditionResult;

/// One condition's card. The id names the condition, for links and tests.
pub fn write_condition_card(m: &mut Markup, c: &ConditionResult, lang: Lang, amounts: Amounts) {
    let id = format!("tic-condition-{}", c.condition.key());
    let title_id = format!("{id}-title");
    m.open(
        "article",
        &[
            ("class", "tic-card"),
            ("id", &id),
            ("aria-labelledby", &title_id),
        ],
    )
    .open("h3", &[("class", "tic-card__title"), ("id", &title_id)])
    .element(
        "span",
        &[("class", "tic-card__citation")],
        c.clause.citation(lang),
    )
    .text(" ")
    .text(c.condition.title().get(lang))
    .close("h3")
    .open("p", &[("class", "tic-card__verdict")]);
    write_verdict_tag(m, c.verdict, lang);
    m.close("p");
    write_findings(m, c, lang, amounts);
    write_clause_text(m, c.clause, lang);
    m.close("article");
}
