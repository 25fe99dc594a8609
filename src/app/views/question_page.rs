//! A page of yes / no / not-sure declarations for one clause; under Art. 6 also the R&D
//! commitment.

use super::fields::{amount_field, amount_unit, question_radios};
use super::step_page::{step_page, StepFrame};
use crate::rules::guideline::RuleSet;
use crate::rules::questions::ApplicantPath;
use crate::wizard::{Action, AmountField, PlanAmount, Step, WizardState};
use crate::words::*;
use yew::prelude::*;

pub fn question_page(state: &WizardState, dispatch: &Callback<Action>, step: Step) -> Html {
    let lang = state.lang;
    let path = state.path.unwrap_or(ApplicantPath::ExistingEnterprise);
    let questions = step.questions().iter().filter(|q| q.asked_on(path));
    let clauses = step.clauses(state.path);
    let frame = StepFrame {
        title: step.title().get(lang),
        clause: clauses.map(|c| c.0),
        clause_texts: clauses.map(|c| vec![c.1]).unwrap_or_default(),
        ..StepFrame::default()
    };
    let form = html! {
        <>
            { for questions.map(|&q| question_radios(state, dispatch, q)) }
            if step == Step::NewEntity {
                { amount_unit(state, dispatch) }
                { amount_field(state, dispatch, AmountField::Plan(PlanAmount::Commitment),
                    COMMITMENT_LABEL().get(lang),
                    Some(&commitment_hint(RuleSet::for_date(state.as_of), lang))) }
                { amount_field(state, dispatch, AmountField::Plan(PlanAmount::PlannedDomestic),
                    PLANNED_DOMESTIC_LABEL().get(lang), Some(PLANNED_DOMESTIC_HINT().get(lang))) }
            }
        </>
    };
    step_page(state, dispatch, frame, form)
}
