//! The derived figures, worked out by the rules from the valid figures typed so far: the period,
//! the revenue band, the R&D ratio and growth against the band's thresholds, the domestic share,
//! and under Art. 6 the commitment. Announced politely to screen readers as it changes.

use super::verdict_tag::VerdictTag;
use crate::app::store::use_store;
use crate::app::text::LIVE_TITLE;
use crate::rules::assess::Condition;
use crate::rules::explain::{describe, describe_period, describe_scale};
use yew::prelude::*;

#[function_component(LiveFigures)]
pub fn live_figures() -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let Ok(period) = state.period() else {
        return html! {};
    };
    let assessment = state.assessment();
    let shown = [
        Condition::RdIntensity,
        Condition::NewEntityRd,
        Condition::DomesticRd,
    ];
    html! {
        <section class="tic-live" aria-live="polite" aria-labelledby="tic-live-title">
            <h2 class="tic-heading-s" id="tic-live-title">{ LIVE_TITLE.get(lang) }</h2>
            <p class="tic-body">{ describe_period(&period, lang) }</p>
            { for assessment.conditions.iter().filter(|c| shown.contains(&c.condition)).map(|c| html! {
                <div class="tic-live__condition">
                    <p class="tic-live__heading">
                        <VerdictTag verdict={c.verdict} {lang} />
                        { format!(" {} {}", c.clause.citation(lang), c.condition.title().get(lang)) }
                    </p>
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
                </div>
            }) }
        </section>
    }
}
