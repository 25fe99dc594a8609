//! Check your answers: every answer with a “change” button that goes back to its question and
//! then returns here.

use super::change_link::{follow_field_links, write_change_link};
use super::fields::checkbox;
use super::step_page::{step_page, StepFrame};
use super::unlikely_figures::write_unlikely_figures;
use crate::markup::Markup;
use crate::rules::answers::year_label;
use crate::rules::answers::{Field, OperatingHistory};
use crate::rules::library::fill;
use crate::rules::money_display::format_entered;
use crate::rules::questions::ApplicantPath;
use crate::wizard::{Action, FieldId, HistoryChoice, PlanAmount, Step, WizardState};
use crate::words::*;
use yew::prelude::*;

struct Row {
    key: String,
    value: String,
    /// The field its “change” link lands on.
    field: FieldId,
}

fn rows(state: &WizardState) -> Vec<Row> {
    let lang = state.lang;
    let missing = || NOT_ANSWERED().get(lang).to_string();
    let path = state.path;
    let mut rows = vec![Row {
        key: CHECK_PATH().get(lang).into(),
        value: match path {
            Some(ApplicantPath::ExistingEnterprise) => PATH_EXISTING().get(lang).into(),
            Some(ApplicantPath::NewEntity) => PATH_NEW().get(lang).into(),
            None => missing(),
        },
        field: FieldId::Path,
    }];
    let on_path = path.unwrap_or(ApplicantPath::ExistingEnterprise);
    for step in Step::sequence(path) {
        for q in step.questions().iter().filter(|q| q.asked_on(on_path)) {
            rows.push(Row {
                key: q.text().get(lang).into(),
                value: state
                    .declarations
                    .get(q)
                    .map_or_else(missing, |a| a.label(lang).into()),
                field: FieldId::Question(*q),
            });
        }
        if step == Step::NewEntity {
            for (label, amount, field) in [
                (
                    COMMITMENT_LABEL(),
                    state.answers().committed_average_annual_rd,
                    PlanAmount::Commitment,
                ),
                (
                    PLANNED_DOMESTIC_LABEL(),
                    state.answers().planned_domestic_average_annual_rd,
                    PlanAmount::PlannedDomestic,
                ),
            ] {
                rows.push(Row {
                    key: label.get(lang).into(),
                    value: amount.map_or_else(missing, |m| format_entered(m, lang)),
                    field: FieldId::Plan(field),
                });
            }
        }
    }
    rows.push(Row {
        key: LATEST_YEAR_LABEL().get(lang).into(),
        value: state
            .answers()
            .financials
            .latest_fiscal_year
            .map_or_else(missing, |y| y.to_string()),
        field: FieldId::LatestYear,
    });
    rows.push(Row {
        key: HISTORY_LEGEND().get(lang).into(),
        value: match state.history {
            Some(HistoryChoice::ThreeYearsOrMore) => HISTORY_FULL().get(lang).into(),
            Some(HistoryChoice::FoundedOn) => match state.answers().financials.operating_history {
                Some(OperatingHistory::FoundedOn { date }) => fill(
                    CHECK_HISTORY_SINCE().get(lang),
                    &[("date", &date.in_words(lang))],
                ),
                _ => missing(),
            },
            Some(HistoryChoice::FoundedIn {
                year,
                months_in_first_year,
            }) => history_founded_in(year, months_in_first_year, lang),
            None => missing(),
        },
        field: FieldId::History,
    });
    if state.asks_since_founding() {
        for (label, entered, field) in [
            (
                SINCE_FOUNDING_TITLE(),
                state.answers().rd_since_founding,
                PlanAmount::SinceFounding,
            ),
            (
                SINCE_FOUNDING_DOMESTIC_LABEL(),
                state.answers().rd_since_founding_domestic,
                PlanAmount::SinceFoundingDomestic,
            ),
        ] {
            rows.push(Row {
                key: label.get(lang).into(),
                value: entered.map_or_else(missing, |m| format_entered(m, lang)),
                field: FieldId::Plan(field),
            });
        }
    }
    for &year in state.period_years() {
        for field in Field::ALL {
            let entered = state
                .answers()
                .financials
                .year(year)
                .and_then(|y| y.get(field));
            rows.push(Row {
                key: year_label(year, field, lang),
                value: entered.map_or_else(missing, |m| format_entered(m, lang)),
                field: FieldId::Figure(year, field),
            });
        }
    }
    rows
}

pub fn check_page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let frame = StepFrame {
        title: Step::Check.title().get(lang),
        intro: Some(CHECK_INTRO().get(lang)),
        submit_label: Some(SEE_RESULTS().get(lang)),
        ..StepFrame::default()
    };
    let mut m = Markup::new();
    for row in rows(state) {
        m.open("div", &[("class", "tic-summary-list__row")])
            .element("dt", &[("class", "tic-summary-list__key")], &row.key)
            .element("dd", &[("class", "tic-summary-list__value")], &row.value)
            .open("dd", &[("class", "tic-summary-list__actions")]);
        write_change_link(&mut m, row.field, &row.key, lang);
        m.close("dd").close("div");
    }
    // Every figure the verdicts may rest on: the period's and, for a new entity, its Art. 6
    // amounts; each as confirmed or still to check.
    let assessment = state.assessment();
    let unlikely = &assessment.unlikely_figures;
    let mut second_looks = Markup::new();
    write_unlikely_figures(
        &mut second_looks,
        unlikely,
        &assessment.confirmed_figures,
        CHECK_UNLIKELY_TITLE().get(lang),
        lang,
    );
    let confirmed = state.figures_confirmed;
    // A part above its total cannot be confirmed; the box is offered for the others.
    let can_confirm = unlikely.iter().any(|w| w.can_be_confirmed());
    let form = html! {
        <>
            <dl class="tic-summary-list" onclick={follow_field_links(dispatch)}>{ m.into_html() }</dl>
            if !unlikely.is_empty() {
                <div class="tic-form-group" onclick={follow_field_links(dispatch)}>
                    { second_looks.into_html() }
                    if can_confirm {
                        <p class="tic-hint" id="tic-figures-confirmed-hint">{ CONFIRM_FIGURES_HINT().get(lang) }</p>
                        { checkbox(dispatch, "tic-figures-confirmed", confirmed, CONFIRM_FIGURES().get(lang),
                            Some("tic-figures-confirmed-hint"), Action::ConfirmFigures(!confirmed)) }
                    }
                </div>
            }
        </>
    };
    step_page(state, dispatch, frame, form)
}
