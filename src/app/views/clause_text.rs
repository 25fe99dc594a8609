//! A clause's text, folded away until asked for: the Chinese original and the English rendering.

use crate::markup::Markup;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use crate::words::*;
use yew::prelude::*;

/// A clause's text, folded away until asked for: the Chinese original (authoritative) and the
/// English rendering, from `rules::clauses`.
pub fn write_clause_text(m: &mut Markup, clause: ClauseId, lang: Lang) {
    let c = clause.clause();
    m.open("details", &[("class", "tic-details")])
        .element(
            "summary",
            &[("class", "tic-details__summary")],
            &format!(
                "{}{}{}",
                SHOW_CLAUSE().get(lang),
                lang.colon(),
                c.citation.get(lang)
            ),
        )
        .open("div", &[("class", "tic-details__text")])
        .element(
            "p",
            &[("class", "tic-details__label")],
            ORIGINAL_TEXT().get(lang),
        )
        .element(
            "blockquote",
            &[("class", "tic-quote"), ("lang", "zh-CN")],
            c.text.zh,
        )
        .element(
            "p",
            &[("class", "tic-details__label")],
            ENGLISH_RENDERING().get(lang),
        )
        .element(
            "blockquote",
            &[("class", "tic-quote"), ("lang", "en")],
            c.text.en,
        )
        .close("div")
        .close("details");
}

pub fn clause_text(clause: ClauseId, lang: Lang) -> Html {
    let mut m = Markup::new();
    write_clause_text(&mut m, clause, lang);
    m.into_html()
}
