//! The frame of every question page, in the order GOV.UK pages use: the back link, the error
//! summary, the heading (with the clause it comes from), the clause text, then the form.
//! Submitting (the button, or Enter in a field) asks the reducer to continue.

use super::frame::{back_link, clause_text, error_summary, notice_banner, page_heading};
use crate::app::store::use_store;
use crate::app::text::CONTINUE;
use crate::rules::clauses::ClauseId;
use crate::wizard::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepPageProps {
    pub title: &'static str,
    /// The clause named above the heading.
    #[prop_or_default]
    pub clause: Option<ClauseId>,
    /// The clause whose text can be unfolded under the heading.
    #[prop_or_default]
    pub clause_text: Option<ClauseId>,
    /// Text between the heading and the form.
    #[prop_or_default]
    pub intro: Option<&'static str>,
    /// The submit button's words, when not “Continue”.
    #[prop_or_default]
    pub submit_label: Option<&'static str>,
    pub children: Html,
}

#[function_component(StepPage)]
pub fn step_page(props: &StepPageProps) -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let dispatch = store.dispatcher().to_callback();
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Continue
    });
    html! {
        <div class="tic-page">
            { back_link(lang, Action::Back, &dispatch) }
            { notice_banner(state) }
            { error_summary(state) }
            { page_heading(lang, props.title, props.clause) }
            if let Some(intro) = props.intro {
                <p class="tic-body">{ intro }</p>
            }
            if let Some(clause) = props.clause_text {
                { clause_text(clause, lang) }
            }
            <form class="tic-form" novalidate=true {onsubmit}>
                { props.children.clone() }
                <div class="tic-button-group">
                    <button type="submit" class="tic-button">
                        { props.submit_label.unwrap_or(CONTINUE.get(lang)) }
                    </button>
                </div>
            </form>
        </div>
    }
}
