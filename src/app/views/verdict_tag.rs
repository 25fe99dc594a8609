//! The tag that shows a verdict in words and a symbol, never by colour alone.

use crate::rules::assess::Verdict;
use crate::rules::lang::Lang;
use yew::prelude::*;

/// A verdict as a tag: a symbol and a word as well as a colour, so it never relies on colour.
pub fn verdict_tag(verdict: Verdict, lang: Lang) -> Html {
    let (symbol, state) = match verdict {
        Verdict::Met => ("✓", "met"),
        Verdict::NotMet => ("✗", "not-met"),
        Verdict::CannotTell => ("?", "open"),
    };
    html! {
        <strong class="tic-tag" data-verdict={state}>
            <span aria-hidden="true">{ symbol }</span>{ " " }{ verdict.label().get(lang) }
        </strong>
    }
}
