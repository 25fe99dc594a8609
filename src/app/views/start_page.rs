//! The start page: what the tool checks and what it does not, what to have at hand, how long it
//! takes, and the privacy promise.

use super::error_summary::error_summary;
use super::keep_answers::keep_panel;
use super::notice_banner::notice_banner;
use super::page_heading::page_heading;
use crate::markup::Markup;
use crate::wizard::{Action, Step, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn start_page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    // A restored draft continues where it stopped; a fresh visit starts at the first page.
    let started = state.started();
    let onclick = dispatch.reform(move |_| {
        if started {
            Action::Resume
        } else {
            Action::Continue
        }
    });
    let mut about = Markup::new();
    crate::first_page::start_about(&mut about, lang, state.remember);
    html! {
        <div class="tic-page tic-page--start" key={Step::Start.slug()}>
            { notice_banner(state) }
            { error_summary(state, dispatch) }
            { page_heading(lang, Step::Start.title().get(lang), None) }
            { about.into_html() }
            <button type="button" class="tic-button tic-button--start" {onclick}>
                { if started { RESUME().get(lang) } else { START().get(lang) } }
            </button>
            { keep_panel(state, dispatch) }
        </div>
    }
}
