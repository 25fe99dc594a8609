//! One condition's result: its verdict in words and symbol, the figures and reasons behind it,
//! and the clause it rests on with the clause's text.

use super::clause_text::ClauseText;
use super::verdict_tag::VerdictTag;
use crate::rules::assess::ConditionResult;
use crate::rules::explain::{describe, describe_scale};
use crate::rules::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConditionCardProps {
    pub result: ConditionResult,
    pub lang: Lang,
}

#[function_component(ConditionCard)]
pub fn condition_card(props: &ConditionCardProps) -> Html {
    let lang = props.lang;
    let c = &props.result;
    let id = format!(
        "tic-condition-{}",
        serde_json::to_value(c.condition)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    );
    html! {
        <article class="tic-card" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h3 class="tic-card__title" id={format!("{id}-title")}>
                <span class="tic-card__citation">{ c.clause.citation(lang) }</span>
                { " " }{ c.condition.title().get(lang) }
            </h3>
            <p class="tic-card__verdict"><VerdictTag verdict={c.verdict} {lang} /></p>
            if let Some(scale) = &c.revenue_scale {
                <p class="tic-body">{ describe_scale(scale, lang) }</p>
            }
            <ul class="tic-list">
                { for c.findings.iter().map(|f| html! {
                    <li class="tic-finding">
                        <VerdictTag verdict={f.verdict} {lang} />
                        { " " }{ describe(&f.reason, lang) }
                    </li>
                }) }
            </ul>
            <ClauseText clause={c.clause} {lang} />
        </article>
    }
}
