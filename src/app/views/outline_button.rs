//! “下载建设方案提纲（Word）”: the button that writes the construction-plan outline on this
//! device ([`crate::wizard::Action::DownloadOutline`]), on the results page's toolbar and beside
//! the checklist, and the line that says what the file holds. Like printing, it waits for the
//! long texts: the outline quotes them.

use super::send;
use crate::markup::Markup;
use crate::wizard::{Action, TextsStatus, WizardState};
use crate::words::*;
use yew::prelude::*;

/// The id of the line that says what the outline holds (both buttons point to it).
const HINT_ID: &str = "tic-outline-hint";

pub fn outline_button(state: &WizardState, dispatch: &Callback<Action>, id: &'static str) -> Html {
    let lang = state.lang;
    html! {
        <button type="button" class="tic-button" data-kind="secondary" {id}
            disabled={state.texts != TextsStatus::Ready} aria-describedby={HINT_ID}
            onclick={send(dispatch, Action::DownloadOutline)}>
            { if state.texts == TextsStatus::Loading { TEXTS_LOADING().get(lang) } else { OUTLINE().get(lang) } }
        </button>
    }
}

/// The button beside the checklist, with the line on what the file holds.
pub fn outline_panel(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="tic-outline tic-no-print">
            { outline_button(state, dispatch, "tic-outline-checklist") }
            { Markup::one("p", &[("class", "tic-hint"), ("id", HINT_ID)], OUTLINE_HINT().get(state.lang)) }
        </div>
    }
}
