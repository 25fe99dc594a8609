//! Who would be the supporting unit: an existing enterprise (Art. 5) or a newly founded
//! independent legal entity (Art. 6).

use super::page_heading::PageHeading;
use super::radios::{RadioChoice, RadioGroup};
use super::step_form::StepForm;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::answers::ApplicantPath;
use crate::wizard::{Action, FieldId, Step};
use yew::prelude::*;

#[function_component(ApplicantTypePage)]
pub fn applicant_type_page() -> Html {
    let store = use_store();
    let lang = store.0.lang;
    let current = store.0.answers.path;
    let choices = [
        (
            ApplicantPath::ExistingEnterprise,
            PATH_EXISTING,
            PATH_EXISTING_HINT,
        ),
        (ApplicantPath::NewEntity, PATH_NEW, PATH_NEW_HINT),
    ]
    .into_iter()
    .map(|(path, label, hint)| {
        let dispatcher = store.dispatcher();
        RadioChoice {
            label: label.get(lang).to_string(),
            hint: Some(hint.get(lang).to_string()),
            checked: current == Some(path),
            on_select: Callback::from(move |_| dispatcher.dispatch(Action::SetPath(path))),
        }
    })
    .collect::<Vec<_>>();
    html! {
        <div class="tic-page">
            <PageHeading {lang} title={step_title(Step::ApplicantType).get(lang)}
                clause={Step::ApplicantType.clause()} />
            <StepForm>
                <RadioGroup field={FieldId::Path} legend={PATH_QUESTION.get(lang).to_string()} {choices} />
            </StepForm>
        </div>
    }
}
