//! Chooses the page for the current step. Each page's root element is keyed by its step, so a
//! new step gets fresh elements: nothing typed, unfolded or focused on one page carries over to
//! the next.

use super::applicant_type_page::applicant_type_page;
use super::check_page::check_page;
use super::figures_page::figures_page;
use super::question_page::question_page;
use super::results_page::results_page;
use super::start_page::start_page;
use crate::wizard::{Action, Step, WizardState};
use yew::prelude::*;

pub fn page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
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
