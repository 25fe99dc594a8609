//! The figures: the latest complete fiscal year, how long the applicant has operated, and for each
//! year of the period its sales revenue and R&D, with the derived figures worked out live below.

use super::change_link::follow_field_links;
use super::fields::{amount_field, amount_unit, radio_group, text_field, Choice};
use super::live_figures::live_figures;
use super::step_page::{step_page, StepFrame};
use super::unlikely_figures::write_unlikely_figures;
use crate::markup::Markup;
use crate::rules::answers::year_label;
use crate::rules::answers::Field;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use crate::rules::outcome::Condition;
use crate::rules::plausibility::Warning;
use crate::rules::questions::ApplicantPath;
use crate::wizard::{
    Action, AmountField, FieldId, HistoryChoice, PlanAmount, Step, TextField, WizardState,
};
use crate::words::*;
use yew::prelude::*;

pub fn figures_page(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let mut history_choices = vec![
        (
            HistoryChoice::ThreeYearsOrMore,
            HISTORY_FULL().get(lang).to_string(),
        ),
        (
            HistoryChoice::FoundedOn,
            HISTORY_FOUNDED().get(lang).to_string(),
        ),
    ];
    if let Some(
        choice @ HistoryChoice::FoundedIn {
            year,
            months_in_first_year,
        },
    ) = state.founded_in_from_file
    {
        history_choices.push((choice, history_founded_in(year, months_in_first_year, lang)));
    }
    let history_choices = history_choices
        .into_iter()
        .map(|(choice, label)| Choice {
            label,
            hint: None,
            checked: state.history == Some(choice),
            action: Action::SetHistory(choice),
        })
        .collect();
    let years = state.period_years();
    let new_entity = state.path == Some(ApplicantPath::NewEntity);
    let year_group = |year: i32| {
        let legend = match lang {
            Lang::Zh => format!("{year}年"),
            Lang::En => format!("Fiscal year {year}"),
        };
        html! {
            <fieldset class="tic-fieldset tic-year">
                <legend class="tic-fieldset__legend tic-year__legend">{ legend }</legend>
                { for Field::ALL.into_iter().map(|field| {
                    amount_field(state, dispatch, AmountField::Figure(year, field), &year_label(year, field, lang), None)
                }) }
            </fieldset>
        }
    };
    // The clause follows the band of the figures entered (Art. 5(3) item 2 for an average of
    // 10亿 to 30亿); until the band is known, all three items.
    let (clause, clause_texts) = if new_entity {
        (ClauseId::Art5_4, vec![ClauseId::Art5_4])
    } else {
        let assessment = state.assessment();
        let band = assessment
            .condition(Condition::RdIntensity)
            .and_then(|c| c.revenue_scale.as_ref())
            .map(|s| s.tier.clause());
        match band {
            Some(item) => (item, vec![ClauseId::Art5_3, item]),
            None => (
                ClauseId::Art5_3,
                vec![
                    ClauseId::Art5_3,
                    ClauseId::Art5_3Item1,
                    ClauseId::Art5_3Item2,
                    ClauseId::Art5_3Item3,
                ],
            ),
        }
    };
    let frame = StepFrame {
        title: Step::Figures.title().get(lang),
        clause: Some(clause),
        clause_texts,
        ..StepFrame::default()
    };
    // The figures on this page that look unlikely: the years' and, for a new entity with no
    // year yet, those since founding.
    let mut second_looks = Markup::new();
    let assessment = state.assessment();
    let on_this_page: Vec<Warning> = assessment
        .unlikely_figures
        .iter()
        .copied()
        .filter(|w| FieldId::of_figure(w.figure()).step() == Step::Figures)
        .collect();
    write_unlikely_figures(
        &mut second_looks,
        &on_this_page,
        &assessment.confirmed_figures,
        WARNINGS_TITLE().get(lang),
        lang,
    );
    let mut which = Markup::new();
    which
        .open(
            "details",
            &[("class", "tic-details"), ("id", "tic-which-figures")],
        )
        .element(
            "summary",
            &[("class", "tic-details__summary")],
            FIGURES_WHICH_TITLE().get(lang),
        )
        .open(
            "ul",
            &[("class", "tic-list tic-list--bullet tic-details__text")],
        );
    for line in FIGURES_WHICH() {
        which.element("li", &[], line.get(lang));
    }
    which.close("ul").close("details");
    let mut title = Markup::new();
    title
        .element(
            "h2",
            &[("class", "tic-heading-m")],
            FIGURES_TITLE().get(lang),
        )
        .element("p", &[("class", "tic-hint")], FIGURES_HINT().get(lang));
    let form = html! {
        <>
            { which.into_html() }
            { text_field(state, dispatch, TextField::LatestYear, LATEST_YEAR_LABEL().get(lang),
                &latest_year_hint(state.as_of, lang), true) }
            { radio_group(state, dispatch, FieldId::History, HISTORY_LEGEND().get(lang), None,
                history_choices, false) }
            if state.history == Some(HistoryChoice::FoundedOn) {
                { text_field(state, dispatch, TextField::FoundingDate, FOUNDING_DATE_LABEL().get(lang),
                    FOUNDING_DATE_HINT().get(lang), false) }
            }
            { title.into_html() }
            { amount_unit(state, dispatch) }
            // A new entity with fiscal years of its own enters their R&D; one with none yet
            // enters what it has incurred since founding, and is told only that.
            if new_entity && !state.asks_since_founding() {
                <p class="tic-hint" id="tic-new-entity-hint">{ FIGURES_NEW_ENTITY_HINT().get(lang) }</p>
            }
            if state.asks_since_founding() {
                <p class="tic-inset">{ FIGURES_NO_COMPLETE_YEAR().get(lang) }</p>
                <fieldset class="tic-fieldset tic-year">
                    <legend class="tic-fieldset__legend tic-year__legend">{ SINCE_FOUNDING_TITLE().get(lang) }</legend>
                    <p class="tic-hint">{ SINCE_FOUNDING_HINT().get(lang) }</p>
                    { amount_field(state, dispatch, AmountField::Plan(PlanAmount::SinceFounding),
                        SINCE_FOUNDING_TITLE().get(lang), None) }
                    { amount_field(state, dispatch, AmountField::Plan(PlanAmount::SinceFoundingDomestic),
                        SINCE_FOUNDING_DOMESTIC_LABEL().get(lang), None) }
                </fieldset>
            } else if years.is_empty() {
                <p class="tic-inset">{ FIGURES_NEED_YEAR().get(lang) }</p>
            } else {
                <div class="tic-years">{ for years.iter().map(|&y| year_group(y)) }</div>
            }
            // Figures worth a second look: said as they are typed, never blocking.
            <div class="tic-warnings" id="tic-warnings" role="status" onclick={follow_field_links(dispatch)}>
                { second_looks.into_html() }
            </div>
            { live_figures(state) }
        </>
    };
    step_page(state, dispatch, frame, form)
}
