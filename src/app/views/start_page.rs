//! The start page: what the tool checks and what it does not, what to have at hand, how long it
//! takes, and the privacy promise.

use super::keep_answers::keep_panel;
use super::notice_banner::notice_banner;
use super::page_heading::page_heading;
use crate::app::text::*;
use crate::wizard::{Action, Step, WizardState};
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
    html! {
        <div class="tic-page tic-page--start" key={Step::Start.slug()}>
            { notice_banner(state) }
            { page_heading(lang, step_title(Step::Start).get(lang), None) }
            <p class="tic-body-l">{ START_INTRO.get(lang) }</p>
            <p class="tic-body">{ START_NOT.get(lang) }</p>
            <h2 class="tic-heading-m">{ START_NEED_TITLE.get(lang) }</h2>
            <ul class="tic-list tic-list--bullet">
                { for START_NEED.iter().map(|item| html! { <li>{ item.get(lang) }</li> }) }
            </ul>
            <p class="tic-body">{ START_TIME.get(lang) }</p>
            <div class="tic-notice tic-privacy">
                <h2 class="tic-heading-s">{ PRIVACY_TITLE.get(lang) }</h2>
                <p class="tic-body">{ PRIVACY.get(lang) }</p>
            </div>
            <button type="button" class="tic-button tic-button--start" {onclick}>
                { if started { RESUME.get(lang) } else { START.get(lang) } }
            </button>
            { keep_panel(state, dispatch) }
        </div>
    }
}
