//! A clause's text, folded away until asked for: the Chinese original, and on the English page
//! the English rendering.

use crate::markup::Markup;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use crate::words::*;
use yew::prelude::*;

/// A clause's text, folded away until asked for, from `rules::clauses`.
pub fn write_clause_text(m: &mut Markup, clause: ClauseId, lang: Lang) {
    write_clause_texts(m, clause, &[clause], lang);
}

/// The texts of `clauses` in one box that opens on “show the clause text: `cite`”: the Chinese
/// original, which is authoritative, and on the English page the English rendering after it (a
/// Chinese reader has the original and needs no translation).
pub fn write_clause_texts(m: &mut Markup, cite: ClauseId, clauses: &[ClauseId], lang: Lang) {
    m.open("details", &[("class", "tic-details")])
        .element(
            "summary",
            &[("class", "tic-details__summary")],
            &format!(
                "{}{}{}",
                SHOW_CLAUSE().get(lang),
                lang.colon(),
                cite.citation(lang)
            ),
        )
        .open("div", &[("class", "tic-details__text")])
        .element(
            "p",
            &[("class", "tic-details__label")],
            ORIGINAL_TEXT().get(lang),
        );
    for &c in clauses {
        m.element(
            "blockquote",
            &[("class", "tic-quote"), ("lang", "zh-CN")],
            c.clause().text.zh,
        );
    }
    if lang == Lang::En {
        m.element(
            "p",
            &[("class", "tic-details__label")],
            ENGLISH_RENDERING().get(lang),
        );
        for &c in clauses {
            m.element(
                "blockquote",
                &[("class", "tic-quote"), ("lang", "en")],
                c.clause().text.en,
            );
        }
    }
    m.close("div").close("details");
}

pub fn clause_texts(cite: ClauseId, clauses: &[ClauseId], lang: Lang) -> Html {
    let mut m = Markup::new();
    write_clause_texts(&mut m, cite, clauses, lang);
    m.into_html()
}
