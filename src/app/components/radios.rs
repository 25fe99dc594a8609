//! Radio-button groups: a fieldset with its legend, hint and error, and one choice per option.

use crate::app::store::use_store;
use crate::app::text::{ANSWER_NO, ANSWER_NOT_SURE, ANSWER_YES, ERROR_PREFIX};
use crate::rules::answers::{Answer, Question};
use crate::wizard::{Action, FieldId};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct RadioChoice {
    pub label: String,
    pub hint: Option<String>,
    pub checked: bool,
    pub on_select: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    pub field: FieldId,
    pub legend: String,
    #[prop_or_default]
    pub hint: Option<String>,
    pub choices: Vec<RadioChoice>,
    /// Lay the choices out side by side (short answers such as yes / no / not sure).
    #[prop_or_default]
    pub inline: bool,
}

#[function_component(RadioGroup)]
pub fn radio_group(props: &RadioGroupProps) -> Html {
    let store = use_store();
    let lang = store.0.lang;
    let id = props.field.dom_id();
    let error = store.0.error_for(props.field).map(|e| e.message(lang));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let group_class = classes!(
        "tic-form-group",
        error.is_some().then_some("tic-form-group--error")
    );
    let radios_class = classes!("tic-radios", props.inline.then_some("tic-radios--inline"));
    html! {
        <div class={group_class}>
            <fieldset class="tic-fieldset"
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                <legend class="tic-fieldset__legend">{ props.legend.clone() }</legend>
                if let Some(hint) = &props.hint {
                    <p class="tic-hint" id={hint_id.clone()}>{ hint.clone() }</p>
                }
                if let Some(message) = &error {
                    <p class="tic-error-message" id={error_id.clone()}>
                        <span class="tic-visually-hidden">{ ERROR_PREFIX.get(lang) }</span>
                        { message.clone() }
                    </p>
                }
                <div class={radios_class}>
                    { for props.choices.iter().enumerate().map(|(i, choice)| {
                        // The first choice carries the field's id, so the error summary can
                        // move focus to the group.
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                        let on_select = choice.on_select.clone();
                        let onchange = Callback::from(move |_| on_select.emit(()));
                        html! {
                            <div class="tic-radios__item">
                                <input class="tic-radios__input" type="radio" id={input_id.clone()}
                                    name={id.clone()} checked={choice.checked} {onchange} />
                                <label class="tic-radios__label" for={input_id.clone()}>
                                    { choice.label.clone() }
                                </label>
                                if let Some(hint) = &choice.hint {
                                    <p class="tic-radios__hint">{ hint.clone() }</p>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionRadiosProps {
    pub question: Question,
}

/// Yes / no / not sure for one declaration, with its hint.
#[function_component(QuestionRadios)]
pub fn question_radios(props: &QuestionRadiosProps) -> Html {
    let store = use_store();
    let lang = store.0.lang;
    let q = props.question;
    let current = store.0.answers.declarations.get(&q).copied();
    let choices = [
        (Answer::Yes, ANSWER_YES),
        (Answer::No, ANSWER_NO),
        (Answer::NotSure, ANSWER_NOT_SURE),
    ]
    .into_iter()
    .map(|(answer, label)| {
        let dispatcher = store.dispatcher();
        RadioChoice {
            label: label.get(lang).to_string(),
            hint: None,
            checked: current == Some(answer),
            on_select: Callback::from(move |_| dispatcher.dispatch(Action::Answer(q, answer))),
        }
    })
    .collect::<Vec<_>>();
    html! {
        <RadioGroup field={FieldId::Question(q)} legend={q.text().get(lang).to_string()}
            hint={Some(q.hint().get(lang).to_string())} {choices} inline=true />
    }
}
