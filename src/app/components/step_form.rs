//! The frame of every question page: a Back button, the error summary, the page's fields and the
//! Continue button. Submitting (the button, or Enter in a field) asks the reducer to continue.

use super::error_summary::ErrorSummary;
use crate::app::store::use_store;
use crate::app::text::{BACK, CONTINUE};
use crate::wizard::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepFormProps {
    pub children: Html,
    /// The submit button's words, when not “Continue”.
    #[prop_or_default]
    pub submit_label: Option<&'static str>,
}

#[function_component(StepForm)]
pub fn step_form(props: &StepFormProps) -> Html {
    let store = use_store();
    let lang = store.0.lang;
    let onsubmit = {
        let dispatcher = store.dispatcher();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatcher.dispatch(Action::Continue);
        })
    };
    let onback = {
        let dispatcher = store.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::Back))
    };
    html! {
        <>
            <button type="button" class="tic-back-link" onclick={onback}>{ BACK.get(lang) }</button>
            <ErrorSummary />
            <form class="tic-form" novalidate=true {onsubmit}>
                { props.children.clone() }
                <div class="tic-button-group">
                    <button type="submit" class="tic-button">
                        { props.submit_label.unwrap_or(CONTINUE.get(lang)) }
                    </button>
                </div>
            </form>
        </>
    }
}
