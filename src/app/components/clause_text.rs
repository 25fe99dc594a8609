//! A clause's text, folded away until asked for: the Chinese original (authoritative) and the
//! English rendering, from `rules::clauses`.

use crate::app::text::{ENGLISH_RENDERING, ORIGINAL_TEXT, SHOW_CLAUSE};
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClauseTextProps {
    pub clause: ClauseId,
    pub lang: Lang,
}

#[function_component(ClauseText)]
pub fn clause_text(props: &ClauseTextProps) -> Html {
    let lang = props.lang;
    let c = props.clause.clause();
    html! {
        <details class="tic-details">
            <summary class="tic-details__summary">
                { format!("{}:{}", SHOW_CLAUSE.get(lang), c.citation.get(lang)) }
            </summary>
            <div class="tic-details__text">
                <p class="tic-details__label">{ ORIGINAL_TEXT.get(lang) }</p>
                <blockquote class="tic-quote" lang="zh-CN">{ c.text.zh }</blockquote>
                <p class="tic-details__label">{ ENGLISH_RENDERING.get(lang) }</p>
                <blockquote class="tic-quote" lang="en">{ c.text.en }</blockquote>
            </div>
        </details>
    }
}
