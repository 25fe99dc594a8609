//! The result: the overall verdict in words a manager can forward, what is still missing, one
//! card per condition (verdict, figures, distances, the clause and its text), and the next steps
//! under Article 7.

use super::frame::{back_link, clause_text, page_heading, verdict_tag};
use super::live_figures::findings;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::assess::{ConditionResult, Overall};
use crate::rules::explain::{describe, describe_period, next_steps, summary};
use crate::rules::lang::Lang;
use crate::wizard::{Action, Step};
use yew::prelude::*;

/// One condition's card. The id names the condition, for links and tests.
fn condition_card(c: &ConditionResult, lang: Lang) -> Html {
    let slug = match c.condition {
        crate::rules::assess::Condition::Registration => "registration",
        crate::rules::assess::Condition::Cooperation => "cooperation",
        crate::rules::assess::Condition::RdIntensity => "rd_intensity",
        crate::rules::assess::Condition::DomesticRd => "domestic_rd",
        crate::rules::assess::Condition::SafetyRecord => "safety_record",
        crate::rules::assess::Condition::Talent => "talent",
        crate::rules::assess::Condition::NewEntityRd => "new_entity_rd",
    };
    let id = format!("tic-condition-{slug}");
    html! {
        <article class="tic-card" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h3 class="tic-card__title" id={format!("{id}-title")}>
                <span class="tic-card__citation">{ c.clause.citation(lang) }</span>
                { " " }{ c.condition.title().get(lang) }
            </h3>
            <p class="tic-card__verdict">{ verdict_tag(c.verdict, lang) }</p>
            { findings(c, lang) }
            { clause_text(c.clause, lang) }
        </article>
    }
}

#[function_component(ResultsPage)]
pub fn results_page() -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let dispatch = store.dispatcher().to_callback();
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
                <li><strong>{ c.clause.citation(lang) }</strong>{ " " }{ describe(&f.reason, lang) }</li>
            }
        })
        .collect();
    html! {
        <div class="tic-page tic-page--results">
            { back_link(lang, Action::Go(Step::Check), &dispatch) }
            { page_heading(lang, step_title(Step::Results).get(lang), None) }
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
                { for assessment.conditions.iter().map(|c| condition_card(c, lang)) }
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
                    onclick={dispatch.reform(|_| Action::Restart)}>
                    { RESTART.get(lang) }
                </button>
            </div>
        </div>
    }
}
