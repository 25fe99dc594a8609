//! Chooses the page for the current step.

use super::applicant_type_page::ApplicantTypePage;
use super::check_page::CheckPage;
use super::figures_page::FiguresPage;
use super::question_page::QuestionPage;
use super::results_page::ResultsPage;
use super::start_page::StartPage;
use crate::app::store::use_store;
use crate::wizard::Step;
use yew::prelude::*;

#[function_component(Page)]
pub fn page() -> Html {
    let store = use_store();
    match store.0.step {
        Step::Start => html! { <StartPage /> },
        Step::ApplicantType => html! { <ApplicantTypePage /> },
        step @ (Step::Registration
        | Step::Cooperation
        | Step::SafetyRecord
        | Step::Talent
        | Step::NewEntity) => html! { <QuestionPage {step} /> },
        Step::Figures => html! { <FiguresPage /> },
        Step::Check => html! { <CheckPage /> },
        Step::Results => html! { <ResultsPage /> },
    }
}
