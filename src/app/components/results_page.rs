//! The result: the overall verdict in words a manager can forward, what is still missing, one
//! card per condition, and the next steps under Article 7.

use super::condition_card::ConditionCard;
use super::page_heading::PageHeading;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::assess::Overall;
use crate::rules::explain::{describe, describe_period, next_steps, summary};
use crate::wizard::{Action, Step};
use yew::prelude::*;

#[function_component(ResultsPage)]
pub fn results_page() -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let callback = store.dispatcher().to_callback();
    let assessment = state.assessment();
    let overall_class = match assessment.overall {
        Overall::PreliminarilyEligible => "tic-panel--met",
        Overall::NotEligible => "tic-panel--not-met",
        Overall::CannotTellYet => "tic-panel--open",
    };
    let open: Vec<Html> = assessment
        .open_points()
        .map(|(c, f)| {
            html! {
                <li>
                    <strong>{ c.clause.citation(lang) }</strong>
                    { " " }{ describe(&f.reason, lang) }
                </li>
            }
        })
        .collect();
    html! {
        <div class="tic-page tic-page--results">
            <button type="button" class="tic-back-link" onclick={callback.reform(|_| Action::Go(Step::Check))}>
                { BACK.get(lang) }
            </button>
            <PageHeading {lang} title={step_title(Step::Results).get(lang)} />
            <section class={classes!("tic-panel", overall_class)} aria-labelledby="tic-overall-title">
                <h2 class="tic-panel__title" id="tic-overall-title">
                    <span class="tic-panel__caption">{ RESULT_OVERALL.get(lang) }</span>
                    <span class="tic-panel__verdict" id="tic-overall-verdict">
                        { assessment.overall.label().get(lang) }
                    </span>
                </h2>
                <p class="tic-panel__body" id="tic-overall-summary">{ summary(&assessment, lang) }</p>
            </section>
            if let Some(period) = &assessment.period {
                <p class="tic-body">{ describe_period(period, lang) }</p>
            }
            if !open.is_empty() {
                <section class="tic-section" aria-labelledby="tic-open-title">
                    <h2 class="tic-heading-m" id="tic-open-title">{ RESULT_OPEN.get(lang) }</h2>
                    <ul class="tic-list tic-list--bullet" id="tic-open-points">{ for open }</ul>
                </section>
            }
            <section class="tic-section" aria-labelledby="tic-conditions-title">
                <h2 class="tic-heading-m" id="tic-conditions-title">{ RESULT_CONDITIONS.get(lang) }</h2>
                { for assessment.conditions.iter().map(|c| html! {
                    <ConditionCard result={c.clone()} {lang} />
                }) }
            </section>
            <section class="tic-section" aria-labelledby="tic-next-title">
                <h2 class="tic-heading-m" id="tic-next-title">{ RESULT_NEXT.get(lang) }</h2>
                <ol class="tic-list tic-list--number">
                    { for next_steps(lang).into_iter().map(|(clause, text)| html! {
                        <li><strong>{ clause.citation(lang) }</strong>{ " " }{ text }</li>
                    }) }
                </ol>
            </section>
            <p class="tic-inset">{ RESULT_DISCLAIMER.get(lang) }</p>
            <div class="tic-button-group">
                <button type="button" class="tic-button tic-button--secondary"
                    onclick={callback.reform(|_| Action::Restart)}>
                    { RESTART.get(lang) }
                </button>
            </div>
        </div>
    }
}
