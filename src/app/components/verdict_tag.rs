//! A verdict as a tag: a symbol and a word as well as a colour, so it never relies on colour.

use crate::rules::assess::Verdict;
use crate::rules::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictTagProps {
    pub verdict: Verdict,
    pub lang: Lang,
}

pub fn verdict_symbol(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Met => "✓",
        Verdict::NotMet => "✗",
        Verdict::CannotTell => "?",
    }
}

pub fn verdict_modifier(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Met => "tic-tag--met",
        Verdict::NotMet => "tic-tag--not-met",
        Verdict::CannotTell => "tic-tag--open",
    }
}

#[function_component(VerdictTag)]
pub fn verdict_tag(props: &VerdictTagProps) -> Html {
    html! {
        <strong class={classes!("tic-tag", verdict_modifier(props.verdict))}>
            <span aria-hidden="true">{ verdict_symbol(props.verdict) }</span>
            { " " }
            { props.verdict.label().get(props.lang) }
        </strong>
    }
}
