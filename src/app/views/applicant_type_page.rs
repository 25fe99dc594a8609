//! Who would be the supporting unit: an existing enterprise (Art. 5) or a newly founded
//! independent legal entity (Art. 6).

use super::fields::{radio_group, Choice};
use super::step_page::{step_page, StepFrame};
use crate::rules::questions::ApplicantPath;
use crate::wizard::{Action, FieldId, Step, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn applicant_type_page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let rules = crate::rules::guideline::RuleSet::for_date(state.as_of);
    let choices = [
        (
            ApplicantPath::ExistingEnterprise,
            PATH_EXISTING(),
            PATH_EXISTING_HINT().get(lang).to_string(),
        ),
        (
            ApplicantPath::NewEntity,
            PATH_NEW(),
            path_new_hint(rules, lang),
        ),
    ]
    .into_iter()
    .map(|(path, label, hint)| Choice {
        label: label.get(lang).to_string(),
        hint: Some(hint),
        checked: state.path == Some(path),
        action: Action::SetPath(path),
    })
    .collect();
    let clauses = Step::ApplicantType.clauses(state.path);
    let frame = StepFrame {
        title: Step::ApplicantType.title().get(lang),
        clause: clauses.map(|c| c.0),
        clause_texts: clauses.map(|c| vec![c.1]).unwrap_or_default(),
        ..StepFrame::default()
    };
    let form = radio_group(
        state,
        dispatch,
        FieldId::Path,
        PATH_QUESTION().get(lang),
        None,
        choices,
        false,
    );
    step_page(state, dispatch, frame, form)
}
