//! A page of yes / no / not-sure declarations for one clause; under Art. 6 also the R&D
//! commitment.

use super::change_link::follow_field_links;
use super::fields::{amount_field, amount_unit, question_radios};
use super::step_page::{step_page, StepFrame};
use super::unlikely_figures::write_unlikely_figures;
use crate::markup::Markup;
use crate::rules::guideline::RuleSet;
use crate::rules::plausibility::Warning;
use crate::rules::questions::ApplicantPath;
use crate::wizard::{Action, AmountField, FieldId, PlanAmount, Step, WizardState};
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
    // The Art. 6 amounts typed here that look unlikely (a commitment typed in 亿 for 万).
    let mut second_looks = Markup::new();
    if step == Step::NewEntity {
        let assessment = state.assessment();
        let on_this_page: Vec<Warning> = assessment
            .unlikely_figures
            .iter()
            .copied()
            .filter(|w| FieldId::of_figure(w.figure()).step() == Step::NewEntity)
            .collect();
        write_unlikely_figures(
            &mut second_looks,
            &on_this_page,
            &assessment.confirmed_figures,
            WARNINGS_TITLE().get(lang),
            lang,
        );
    }
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
                <div class="tic-warnings" id="tic-warnings" role="status" onclick={follow_field_links(dispatch)}>
                    { second_looks.into_html() }
                </div>
            }
        </>
    };
    step_page(state, dispatch, frame, form)
}
