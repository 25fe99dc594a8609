//! Chooses the page for the current step. Each page's root element is keyed by its step, so a
//! new step gets fresh elements: nothing typed, unfolded or focused on one page carries over to
//! the next.

use super::applicant_type_page::applicant_type_page;
use super::back_link::back_link;
use super::check_page::check_page;
use super::figures_page::figures_page;
use super::notice_banner::notice_banner;
use super::page_heading::page_heading;
use super::question_page::question_page;
use super::results_page::results_page;
use super::start_page::start_page;
use crate::wizard::{Action, Step, TextsStatus, WizardState};
use crate::words::{RELOAD, SERVICE_NAME, TEXTS_LOADING};
use yew::prelude::*;

pub fn page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    if state.step != Step::Start && state.texts != TextsStatus::Ready {
        return texts_unavailable(state, dispatch);
    }
    match state.step {
        Step::Start => start_page(state, dispatch),
        Step::ApplicantType => applicant_type_page(state, dispatch),
        step @ (Step::Registration
        | Step::Cooperation
        | Step::SafetyRecord
        | Step::Talent
        | Step::NewEntity) => question_page(state, dispatch, step),
        Step::Figures => figures_page(state, dispatch),
        Step::Check => check_page(state, dispatch),
        Step::Results => results_page(state, dispatch),
    }
}

/// Every page after the first needs the long texts (question wording, sentences, clauses): until
/// they arrive, a page says so instead of showing questions without their words; if they cannot
/// be loaded, it offers to reload (the banner says why).
fn texts_unavailable(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let reload = Callback::from(|_| crate::app::dom::reload());
    html! {
        <div class="tic-page" key={state.step.slug()}>
            { back_link(lang, Action::Back, dispatch) }
            { notice_banner(state) }
            { page_heading(lang, SERVICE_NAME().get(lang), None) }
            if state.texts == TextsStatus::Failed {
                <div class="tic-button-group">
                    <button type="button" class="tic-button" id="tic-reload" onclick={reload}>
                        { RELOAD().get(lang) }
                    </button>
                </div>
            } else {
                <p class="tic-body" role="status">{ TEXTS_LOADING().get(lang) }</p>
            }
        </div>
    }
}
