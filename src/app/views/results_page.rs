//! The result: the overall verdict in words a manager can forward, what is still missing, one
//! card per condition (verdict, figures, distances, the clause and its text), and the next steps
//! under Article 7.

use super::back_link::back_link;
use super::checklist_section::checklist_section;
use super::clause_text::clause_text;
use super::keep_answers::{export_button, remember_choice};
use super::live_figures::findings;
use super::notice_banner::notice_banner;
use super::page_heading::page_heading;
use super::verdict_tag::verdict_tag;
use crate::app::dom::print;
use crate::app::text::*;
use crate::rules::assess::{ConditionResult, Overall};
use crate::rules::explain::Amounts;
use crate::rules::explain::{
    describe_fiscal_year, describe_period, describe_reason, next_steps, rules_version, summary,
};
use crate::rules::lang::Lang;
use crate::wizard::{Action, Step, Texts, WizardState};
use yew::prelude::*;

/// One condition's card. The id names the condition, for links and tests.
fn condition_card(c: &ConditionResult, lang: Lang, amounts: Amounts) -> Html {
    let id = format!("tic-condition-{}", c.condition.key());
    html! {
        <article class="tic-card" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h3 class="tic-card__title" id={format!("{id}-title")}>
                <span class="tic-card__citation">{ c.clause.citation(lang) }</span>
                { " " }{ c.condition.title().get(lang) }
            </h3>
            <p class="tic-card__verdict">{ verdict_tag(c.verdict, lang) }</p>
            { findings(c, lang, amounts) }
            { clause_text(c.clause, lang) }
        </article>
    }
}

pub fn results_page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let assessment = state.assessment();
    let amounts = if state.omit_amounts {
        Amounts::Hidden
    } else {
        Amounts::Shown
    };
    let omit = state.omit_amounts;
    let overall = match assessment.overall {
        Overall::PreliminarilyEligible => "met",
        Overall::NotEligible => "not-met",
        Overall::CannotTellYet => "open",
    };
    let open: Vec<Html> = assessment
        .open_points()
        .map(|(c, f)| {
            html! {
                <li><strong>{ c.clause.citation(lang) }</strong>{ " " }{ describe_reason(&f.reason, lang, amounts) }</li>
            }
        })
        .collect();
    html! {
        <div class="tic-page tic-page--results" key={Step::Results.slug()}>
            <div class="tic-no-print">{ back_link(lang, Action::Go(Step::Check), dispatch) }</div>
            { notice_banner(state) }
            <div class="tic-print-only tic-print-header">
                <p class="tic-print-header__service">{ SERVICE_NAME.get(lang) }</p>
                { for print_meta(lang, assessment.as_of, assessment.rules).into_iter().map(|line| html! {
                    <p class="tic-print-header__meta">{ line }</p>
                }) }
                if omit {
                    <p class="tic-print-header__meta" id="tic-amounts-withheld">{ AMOUNTS_WITHHELD().get(lang) }</p>
                }
            </div>
            { page_heading(lang, step_title(Step::Results).get(lang), None) }
            <section class="tic-panel" data-verdict={overall} aria-labelledby="tic-overall-title">
                <h2 class="tic-panel__title" id="tic-overall-title">
                    <span class="tic-panel__caption">{ RESULT_OVERALL().get(lang) }</span>
                    <span class="tic-panel__verdict" id="tic-overall-verdict">
                        { assessment.overall.label().get(lang) }
                    </span>
                </h2>
                <p class="tic-panel__body" id="tic-overall-summary">{ summary(&assessment, lang) }</p>
            </section>
            if let Some(period) = &assessment.period {
                <p class="tic-body">{ describe_period(period, lang) }</p>
            }
            if let Some(note) = assessment.fiscal_year.and_then(|c| describe_fiscal_year(c, lang)) {
                <p class="tic-inset" id="tic-fiscal-year-note">{ note }</p>
            }
            <div class="tic-toolbar tic-no-print">
                // Printing waits for the long texts (clause texts, checklist guides): a printout
                // without them would be incomplete.
                <button type="button" class="tic-button" id="tic-print"
                    disabled={state.texts != Texts::Ready} onclick={Callback::from(|_| print())}>
                    { if state.texts == Texts::Loading { PRINT_WAITING.get(lang) } else { PRINT().get(lang) } }
                </button>
                { export_button(state, dispatch) }
                <div class="tic-checkboxes__item">
                    <input class="tic-checkboxes__input" type="checkbox" id="tic-omit-amounts" checked={omit}
                        onchange={dispatch.reform(move |_| Action::SetOmitAmounts(!omit))} />
                    <label class="tic-checkboxes__label" for="tic-omit-amounts">{ OMIT_AMOUNTS().get(lang) }</label>
                </div>
            </div>
            if !open.is_empty() {
                <section class="tic-section" aria-labelledby="tic-open-title">
                    <h2 class="tic-heading-m" id="tic-open-title">{ RESULT_OPEN().get(lang) }</h2>
                    <ul class="tic-list tic-list--bullet" id="tic-open-points">{ for open }</ul>
                </section>
            }
            <section class="tic-section" aria-labelledby="tic-conditions-title">
                <h2 class="tic-heading-m" id="tic-conditions-title">{ RESULT_CONDITIONS().get(lang) }</h2>
                { for assessment.conditions.iter().map(|c| condition_card(c, lang, amounts)) }
            </section>
            if let Some(reference) = &assessment.art5_3_reference {
                <section class="tic-section" id="tic-reference" aria-labelledby="tic-reference-title">
                    <h2 class="tic-heading-m" id="tic-reference-title">{ RESULT_REFERENCE().get(lang) }</h2>
                    { condition_card(reference, lang, amounts) }
                </section>
            }
            <section class="tic-section" aria-labelledby="tic-next-title">
                <h2 class="tic-heading-m" id="tic-next-title">{ RESULT_NEXT().get(lang) }</h2>
                <ol class="tic-list tic-list--number">
                    { for next_steps(assessment.rules, lang).into_iter().map(|(clause, text)| html! {
                        <li><strong>{ clause.citation(lang) }</strong>{ " " }{ text }</li>
                    }) }
                </ol>
            </section>
            { checklist_section(state, &assessment, amounts, dispatch) }
            <section class="tic-section tic-version" id="tic-rules-version" aria-labelledby="tic-version-title">
                <h2 class="tic-heading-s" id="tic-version-title">{ RESULT_VERSION().get(lang) }</h2>
                { for rules_version(&assessment, lang).into_iter().map(|line| html! {
                    <p class="tic-body">{ line }</p>
                }) }
            </section>
            <p class="tic-inset">{ RESULT_DISCLAIMER().get(lang) }</p>
            <p class="tic-inset tic-print-privacy">{ PRIVACY_PRINT().get(lang) }</p>
            { remember_choice(state, dispatch) }
            <div class="tic-button-group tic-no-print">
                <button type="button" class="tic-button tic-button--secondary"
                    onclick={dispatch.reform(|_| Action::Restart)}>
                    { RESTART().get(lang) }
                </button>
            </div>
        </div>
    }
}
