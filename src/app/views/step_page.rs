//! The frame of every question page, in the order GOV.UK pages use: the back link, the error
//! summary, the heading (with the clause it comes from), the clause text, then the form.
//! Submitting (the button, or Enter in a field) asks the reducer to continue; leaving a field
//! asks it whether what was typed there can be read.

use super::back_link::back_link;
use super::clause_text::clause_texts;
use super::error_summary::error_summary;
use super::notice_banner::notice_banner;
use super::page_heading::page_heading;
use crate::markup::Markup;
use crate::rules::clauses::ClauseId;
use crate::wizard::{Action, FieldId, WizardState};
use crate::words::CONTINUE;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What frames a step's form.
#[derive(Default)]
pub struct StepFrame {
    pub title: &'static str,
    /// The clause named above the heading.
    pub clause: Option<ClauseId>,
    /// The clauses whose texts can be unfolded under the heading, in one box citing `clause`.
    pub clause_texts: Vec<ClauseId>,
    /// Text between the heading and the form.
    pub intro: Option<&'static str>,
    /// The submit button's words, when not “Continue”.
    pub submit_label: Option<&'static str>,
}

pub fn step_page(
    state: &WizardState,
    dispatch: &Callback<Action>,
    frame: StepFrame,
    form: Html,
) -> Html {
    let lang = state.lang;
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Continue
    });
    // One handler for every field of the form: moving from one field to another reports what
    // cannot be read in the one left. Not when the focus goes to a button (or, as in Safari, to
    // nothing on a click): a message appearing then would move the button from under the click,
    // and “Continue” checks everything anyway.
    let onfocusout = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: FocusEvent| {
            let element = |t: Option<web_sys::EventTarget>| t?.dyn_into::<web_sys::Element>().ok();
            let to_a_field = element(e.related_target()).is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
            });
            let field = element(e.target()).and_then(|el| FieldId::from_dom_id(&el.id()));
            if let (true, Some(field)) = (to_a_field, field) {
                dispatch.emit(Action::LeaveField(field));
            }
        })
    };
    let mut intro = Markup::new();
    if let Some(text) = frame.intro {
        intro.element("p", &[("class", "tic-body")], text);
    }
    html! {
        <div class="tic-page" key={state.step.slug()}>
            { back_link(lang, Action::Back, dispatch) }
            { notice_banner(state) }
            { error_summary(state, dispatch) }
            { page_heading(lang, frame.title, frame.clause) }
            { intro.into_html() }
            if let (Some(cite), false) = (frame.clause, frame.clause_texts.is_empty()) {
                { clause_texts(cite, &frame.clause_texts, lang) }
            }
            <form class="tic-form" novalidate=true {onsubmit} {onfocusout}>
                { form }
                <div class="tic-button-group">
                    <button type="submit" class="tic-button">
                        { frame.submit_label.unwrap_or(CONTINUE().get(lang)) }
                    </button>
                </div>
            </form>
        </div>
    }
}
