//! A page of yes / no / not-sure declarations for one clause; under Art. 6 also the R&D
//! commitment.

use super::amount_field::AmountField;
use super::clause_text::ClauseText;
use super::page_heading::PageHeading;
use super::radios::QuestionRadios;
use super::step_form::StepForm;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::answers::ApplicantPath;
use crate::wizard::{Action, FieldId, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub step: Step,
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionPageProps) -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let path = state
        .answers
        .path
        .unwrap_or(ApplicantPath::ExistingEnterprise);
    let questions = props.step.questions().iter().filter(|q| q.asked_on(path));
    let commitment = (props.step == Step::NewEntity).then(|| {
        let on_text = store
            .dispatcher()
            .to_callback()
            .reform(Action::SetCommitmentText);
        let on_unit = store
            .dispatcher()
            .to_callback()
            .reform(Action::SetCommitmentUnit);
        html! {
            <AmountField field={FieldId::Commitment} label={COMMITMENT_LABEL.get(lang).to_string()}
                hint={Some(COMMITMENT_HINT.get(lang).to_string())}
                input={state.commitment.clone()} {on_text} {on_unit} />
        }
    });
    html! {
        <div class="tic-page">
            <PageHeading {lang} title={step_title(props.step).get(lang)} clause={props.step.clause()} />
            if let Some(clause) = props.step.clause() {
                <ClauseText {clause} {lang} />
            }
            <StepForm>
                { for questions.map(|&question| html! { <QuestionRadios {question} /> }) }
                { commitment.unwrap_or_default() }
            </StepForm>
        </div>
    }
}
