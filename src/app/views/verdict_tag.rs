//! The tag that shows a verdict in words and a symbol, never by colour alone.

use crate::rules::assess::Verdict;
use crate::rules::lang::Lang;
use yew::prelude::*;

/// A verdict as a tag: a symbol and a word as well as a colour, so it never relies on colour.
pub fn verdict_tag(verdict: Verdict, lang: Lang) -> Html {
    let (symbol, class) = match verdict {
        Verdict::Met => ("✓", "tic-tag tic-tag--met"),
        Verdict::NotMet => ("✗", "tic-tag tic-tag--not-met"),
        Verdict::CannotTell => ("?", "tic-tag tic-tag--open"),
    };
    html! {
        <strong {class}>
            <span aria-hidden="true">{ symbol }</span>{ " " }{ verdict.label().get(lang) }
        </strong>
    }
}
