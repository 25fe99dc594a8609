//! The figures: the latest complete fiscal year, how long the applicant has operated, and for each
//! year of the period its sales revenue and R&D, with the derived figures worked out live below.

use super::amount_field::AmountField;
use super::clause_text::ClauseText;
use super::live_figures::LiveFigures;
use super::page_heading::PageHeading;
use super::radios::{RadioChoice, RadioGroup};
use super::step_form::StepForm;
use crate::app::store::use_store;
use crate::app::text::*;
use crate::rules::answers::{ApplicantPath, Field};
use crate::rules::clauses::ClauseId;
use crate::wizard::{Action, FieldId, HistoryChoice, Step};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct TextFieldProps {
    field: FieldId,
    label: String,
    hint: String,
    value: String,
    on_input: Callback<String>,
    #[prop_or_default]
    numeric: bool,
}

/// A short text field (a year, a date) with label, hint and error.
#[function_component(TextField)]
fn text_field(props: &TextFieldProps) -> Html {
    let store = use_store();
    let lang = store.0.lang;
    let id = props.field.dom_id();
    let error = store.0.error_for(props.field).map(|e| e.message(lang));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = match &error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            on_input.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class={classes!("tic-form-group", error.is_some().then_some("tic-form-group--error"))}>
            <label class="tic-label" for={id.clone()}>{ props.label.clone() }</label>
            <p class="tic-hint" id={hint_id}>{ props.hint.clone() }</p>
            if let Some(message) = &error {
                <p class="tic-error-message" id={error_id}>
                    <span class="tic-visually-hidden">{ ERROR_PREFIX.get(lang) }</span>
                    { message.clone() }
                </p>
            }
            <input class={classes!("tic-input", "tic-input--short", error.is_some().then_some("tic-input--error"))}
                type="text" id={id} value={props.value.clone()} autocomplete="off" spellcheck="false"
                inputmode={if props.numeric { "numeric" } else { "text" }}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described_by} {oninput} />
        </div>
    }
}

#[function_component(FiguresPage)]
pub fn figures_page() -> Html {
    let store = use_store();
    let state = &store.0;
    let lang = state.lang;
    let callback = store.dispatcher().to_callback();
    let history_choices = [
        (HistoryChoice::ThreeYearsOrMore, HISTORY_FULL),
        (HistoryChoice::FoundedOn, HISTORY_FOUNDED),
    ]
    .into_iter()
    .map(|(choice, label)| RadioChoice {
        label: label.get(lang).to_string(),
        hint: None,
        checked: state.history == Some(choice),
        on_select: callback.reform(move |_| Action::SetHistory(choice)),
    })
    .collect::<Vec<_>>();
    let years = state.period_years();
    let partial = state
        .period()
        .ok()
        .and_then(|p| p.partial_first_year.map(|_| p.first()));
    let new_entity = state.answers.path == Some(ApplicantPath::NewEntity);
    let year_group = |year: i32| {
        let legend = match lang {
            crate::rules::lang::Lang::Zh => format!("{year}年"),
            crate::rules::lang::Lang::En => format!("Fiscal year {year}"),
        };
        html! {
            <fieldset class={classes!("tic-fieldset", "tic-year", (partial == Some(year)).then_some("tic-year--partial"))}>
                <legend class="tic-fieldset__legend tic-year__legend">{ legend }</legend>
                { for Field::ALL.into_iter().map(|field| {
                    let key = (year, field);
                    html! {
                        <AmountField field={FieldId::Figure(year, field)}
                            label={field.label().get(lang).to_string()}
                            input={state.figure(key)}
                            on_text={callback.reform(move |t| Action::SetFigureText(key, t))}
                            on_unit={callback.reform(move |u| Action::SetFigureUnit(key, u))} />
                    }
                }) }
            </fieldset>
        }
    };
    html! {
        <div class="tic-page">
            <PageHeading {lang} title={step_title(Step::Figures).get(lang)}
                clause={Some(if new_entity { ClauseId::Art5_4 } else { ClauseId::Art5_3 })} />
            <ClauseText clause={if new_entity { ClauseId::Art5_4 } else { ClauseId::Art5_3Item1 }} {lang} />
            <StepForm>
                <TextField field={FieldId::LatestYear} label={LATEST_YEAR_LABEL.get(lang).to_string()}
                    hint={LATEST_YEAR_HINT.get(lang).to_string()} value={state.latest_year_text.clone()}
                    on_input={callback.reform(Action::SetLatestYear)} numeric=true />
                <RadioGroup field={FieldId::History} legend={HISTORY_LEGEND.get(lang).to_string()}
                    choices={history_choices} />
                if state.history == Some(HistoryChoice::FoundedOn) {
                    <TextField field={FieldId::FoundingDate} label={FOUNDING_DATE_LABEL.get(lang).to_string()}
                        hint={FOUNDING_DATE_HINT.get(lang).to_string()} value={state.founding_date_text.clone()}
                        on_input={callback.reform(Action::SetFoundingDate)} />
                }
                <h2 class="tic-heading-m">{ FIGURES_TITLE.get(lang) }</h2>
                <p class="tic-hint">{ FIGURES_HINT.get(lang) }</p>
                if new_entity {
                    <p class="tic-hint">{ FIGURES_NEW_ENTITY_HINT.get(lang) }</p>
                }
                if years.is_empty() {
                    <p class="tic-inset">{ FIGURES_NEED_YEAR.get(lang) }</p>
                } else {
                    <div class="tic-years">{ for years.iter().map(|&y| year_group(y)) }</div>
                }
                <LiveFigures />
            </StepForm>
        </div>
    }
}
