//! Who would be the supporting unit: an existing enterprise (Art. 5) or a newly founded
//! independent legal entity (Art. 6).

use super::fields::{radio_group, Choice};
use super::step_page::StepPage;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::answers::ApplicantPath;
use crate::wizard::{Action, FieldId, Step};
use yew::prelude::*;

#[function_component(ApplicantTypePage)]
pub fn applicant_type_page() -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let choices = [
        (
            ApplicantPath::ExistingEnterprise,
            PATH_EXISTING,
            PATH_EXISTING_HINT,
        ),
        (ApplicantPath::NewEntity, PATH_NEW, PATH_NEW_HINT),
    ]
    .into_iter()
    .map(|(path, label, hint)| Choice {
        label: label.get(lang).to_string(),
        hint: Some(hint.get(lang).to_string()),
        checked: state.answers.path == Some(path),
        action: Action::SetPath(path),
    })
    .collect();
    let dispatch = store.dispatcher().to_callback();
    html! {
        <StepPage title={step_title(Step::ApplicantType).get(lang)} clause={Step::ApplicantType.clause()}
            clause_text={Step::ApplicantType.clause()}>
            { radio_group(state, &dispatch, FieldId::Path, PATH_QUESTION.get(lang), None, choices, false) }
        </StepPage>
    }
}
