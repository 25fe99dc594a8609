//! A clause's text, folded away until asked for: the Chinese original and the English rendering.

use crate::app::text::*;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use yew::prelude::*;

/// A clause's text, folded away until asked for: the Chinese original (authoritative) and the
/// English rendering, from `rules::clauses`.
pub fn clause_text(clause: ClauseId, lang: Lang) -> Html {
    let c = clause.clause();
    html! {
        <details class="tic-details">
            <summary class="tic-details__summary">
                { format!("{}{}{}", SHOW_CLAUSE().get(lang), lang.colon(), c.citation.get(lang)) }
            </summary>
            <div class="tic-details__text">
                <p class="tic-details__label">{ ORIGINAL_TEXT().get(lang) }</p>
                <blockquote class="tic-quote" lang="zh-CN">{ c.text.zh }</blockquote>
                <p class="tic-details__label">{ ENGLISH_RENDERING().get(lang) }</p>
                <blockquote class="tic-quote" lang="en">{ c.text.en }</blockquote>
            </div>
        </details>
    }
}
