//! A page of yes / no / not-sure declarations for one clause; under Art. 6 also the R&D
//! commitment.

use super::fields::{amount_field, question_radios};
use super::step_page::StepPage;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::answers::ApplicantPath;
use crate::wizard::{FieldId, Step};
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
    let dispatch = store.dispatcher().to_callback();
    let path = state
        .answers
        .path
        .unwrap_or(ApplicantPath::ExistingEnterprise);
    let questions = props.step.questions().iter().filter(|q| q.asked_on(path));
    html! {
        <StepPage title={step_title(props.step).get(lang)} clause={props.step.clause()}
            clause_text={props.step.clause()}>
            { for questions.map(|&q| question_radios(state, &dispatch, q)) }
            if props.step == Step::NewEntity {
                { amount_field(state, &dispatch, FieldId::Commitment, COMMITMENT_LABEL.get(lang),
                    Some(COMMITMENT_HINT.get(lang))) }
            }
        </StepPage>
    }
}
