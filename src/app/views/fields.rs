//! Form fields: radio groups (and the yes / no / not-sure group of a declaration), amount fields
//! with their unit, and short text fields. Each has its label or legend, hint and error, and
//! keeps the text exactly as typed.

use crate::markup::Markup;
use crate::rules::document::MAX_NAME_CHARS;
use crate::rules::library::fill;
use crate::rules::money::Unit;
use crate::rules::money_display::{format_amount, Rounding};
use crate::rules::questions::{Answer, Question};
use crate::wizard::{Action, AmountField, FieldId, TextField, WizardState};
use crate::words::{
    count_line, AMOUNT_READ_AS, AMOUNT_UNIT_HINT, AMOUNT_UNIT_LABEL, ANSWER_NO, ANSWER_NOT_SURE,
    ANSWER_YES, ERROR_PREFIX,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A checkbox and its label, sending `action` when it is ticked or unticked (the action the
/// caller gives says which); `hint` names the paragraph that describes it. One copy of the
/// element's code for every box on the pages.
#[inline(never)]
pub fn checkbox(
    dispatch: &Callback<Action>,
    id: &'static str,
    checked: bool,
    label: &str,
    hint: Option<&'static str>,
    action: Action,
) -> Html {
    html! {
        <div class="tic-checkboxes__item">
            <input class="tic-checkboxes__input" type="checkbox" {id} {checked}
                aria-describedby={hint} onchange={super::send(dispatch, action)} />
            { Markup::one("label", &[("class", "tic-checkboxes__label"), ("for", id)], label) }
        </div>
    }
}

/// A button of `kind` (its `data-kind`: `"secondary"` or `"warning"`) that sends `action` when
/// pressed. One copy of the element's code for every such button on the pages.
#[inline(never)]
pub fn button(
    dispatch: &Callback<Action>,
    kind: &'static str,
    id: Option<&'static str>,
    label: &str,
    action: Action,
) -> Html {
    html! {
        <button type="button" class="tic-button" data-kind={kind} {id} onclick={super::send(dispatch, action)}>
            { label.to_string() }
        </button>
    }
}

/// One choice of a radio group, and what choosing it does.
pub struct Choice {
    pub label: String,
    pub hint: Option<String>,
    pub checked: bool,
    pub action: Action,
}

/// The hint and error paragraphs of a field, and the ids its control must be described by.
fn hint_and_error(
    state: &WizardState,
    field: FieldId,
    hint: Option<&str>,
) -> (Html, Option<String>, bool) {
    let id = field.dom_id();
    let error = state.error_for(field).map(|e| e.problem_text(state.lang));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = [
        hint.map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let has_error = error.is_some();
    let mut markup = Markup::new();
    if let Some(hint) = hint {
        markup.element("p", &[("class", "tic-hint"), ("id", &hint_id)], hint);
    }
    if let Some(message) = error {
        markup
            .open("p", &[("class", "tic-error-message"), ("id", &error_id)])
            .element(
                "span",
                &[("class", "tic-visually-hidden")],
                ERROR_PREFIX().get(state.lang),
            )
            .text(&message)
            .close("p");
    }
    (
        markup.into_html(),
        (!described_by.is_empty()).then_some(described_by),
        has_error,
    )
}

// Class lists are fixed strings and a field's state (an error, inline choices) or kind (a
// button's look, an input's width) is a data attribute: a class list built at run time would
// bring Yew's class-set code into the app (1.7 KB of the gzip).
/// A fieldset of radio buttons. The first button carries the field's id, so the error summary
/// can move focus to the group.
pub fn radio_group(
    state: &WizardState,
    dispatch: &Callback<Action>,
    field: FieldId,
    legend: &str,
    hint: Option<&str>,
    choices: Vec<Choice>,
    inline: bool,
) -> Html {
    let id = field.dom_id();
    let (notes, described_by, has_error) = hint_and_error(state, field, hint);
    html! {
        <div class="tic-form-group" data-error={has_error.then_some("true")}>
            <fieldset class="tic-fieldset" aria-describedby={described_by}>
                <legend class="tic-fieldset__legend">{ legend.to_string() }</legend>
                { notes }
                <div class="tic-radios" data-inline={inline.then_some("true")}>
                    { for choices.into_iter().enumerate().map(|(i, choice)| {
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                        let action = choice.action;
                        html! {
                            <div class="tic-radios__item">
                                <input class="tic-radios__input" type="radio" id={input_id.clone()}
                                    name={id.clone()} checked={choice.checked}
                                    onchange={super::send(dispatch, action)} />
                                <label class="tic-radios__label" for={input_id}>{ choice.label }</label>
                                if let Some(hint) = choice.hint {
                                    <p class="tic-radios__hint">{ hint }</p>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

/// Yes / no / not sure for one declaration, with its hint.
pub fn question_radios(state: &WizardState, dispatch: &Callback<Action>, q: Question) -> Html {
    let lang = state.lang;
    let current = state.declarations.get(&q).copied();
    let choices = [
        (Answer::Yes, ANSWER_YES()),
        (Answer::No, ANSWER_NO()),
        (Answer::NotSure, ANSWER_NOT_SURE()),
    ]
    .into_iter()
    .map(|(answer, label)| Choice {
        label: label.get(lang).to_string(),
        hint: None,
        checked: current == Some(answer),
        action: Action::Answer(q, answer),
    })
    .collect();
    radio_group(
        state,
        dispatch,
        FieldId::Question(q),
        q.text().get(lang),
        Some(q.hint().get(lang)),
        choices,
        true,
    )
}

/// What typing into a text field does; `None` for the fields that are choices, not text.
/// The callback that sends what is typed in a field, as the field's own action.
fn on_text(
    dispatch: &Callback<Action>,
    action: impl Fn(String) -> Action + 'static,
) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        dispatch.emit(action(
            e.target_unchecked_into::<HtmlInputElement>().value(),
        ));
    })
}

/// An amount: the text as typed, and the amount as read (so a slip of unit shows at once). It
/// is typed in the page's one unit ([`amount_unit`]), or in a unit written after the number.
pub fn amount_field(
    state: &WizardState,
    dispatch: &Callback<Action>,
    amount: AmountField,
    label: &str,
    hint: Option<&str>,
) -> Html {
    let lang = state.lang;
    let field = amount.id();
    let id = field.dom_id();
    let input = amount.input(state);
    let (notes, described_by, has_error) = hint_and_error(state, field, hint);
    let read_id = format!("{id}-read");
    let mut read = Markup::new();
    let described_by = match input.amount() {
        Some(m) => {
            read.element(
                "p",
                &[("class", "tic-hint tic-amount__read"), ("id", &read_id)],
                &fill(
                    AMOUNT_READ_AS().get(lang),
                    &[("amount", &format_amount(m.yuan(), Rounding::Nearest, lang))],
                ),
            );
            Some(described_by.map_or(read_id.clone(), |ids| format!("{ids} {read_id}")))
        }
        _ => described_by,
    };
    html! {
        <div class="tic-form-group" data-error={has_error.then_some("true")}>
            <label class="tic-label" for={id.clone()}>{ label.to_string() }</label>
            { notes }
            <input class="tic-input" data-width="amount"
                type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                id={id} value={input.text}
                aria-invalid={has_error.then_some("true")} aria-describedby={described_by}
                oninput={on_text(dispatch, move |t| amount.text_action(t))} />
            { read.into_html() }
        </div>
    }
}

/// The one unit the amounts of a page are typed in, with how to give another.
pub fn amount_unit(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let mut notes = Markup::new();
    notes
        .element(
            "label",
            &[("class", "tic-label"), ("for", "tic-amount-unit")],
            AMOUNT_UNIT_LABEL().get(lang),
        )
        .element(
            "p",
            &[("class", "tic-hint"), ("id", "tic-amount-unit-hint")],
            AMOUNT_UNIT_HINT().get(lang),
        );
    html! {
        <div class="tic-form-group tic-amount-unit">
            { notes.into_html() }
            <select class="tic-select" id="tic-amount-unit" aria-describedby="tic-amount-unit-hint"
                onchange={dispatch.reform(|e: Event| {
                    let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                    Action::SetAmountUnit(Unit::ALL.into_iter().find(|u| u.key() == value).unwrap_or_default())
                })}>
                { for Unit::ALL.into_iter().map(|u| html! {
                    <option value={u.key()} selected={u == state.amount_unit}>{ u.label(lang) }</option>
                }) }
            </select>
        </div>
    }
}

/// A short text field: the latest fiscal year, or the founding date.
pub fn text_field(
    state: &WizardState,
    dispatch: &Callback<Action>,
    text: TextField,
    label: &str,
    hint: &str,
    numeric: bool,
) -> Html {
    let field = text.id();
    let value = text.text(state).to_string();
    let (notes, mut described_by, has_error) = hint_and_error(state, field, Some(hint));
    // A name is as wide as a company's name runs, and says how much room is left near its limit.
    let name = matches!(text, TextField::Organisation | TextField::FilledBy);
    let mut count = Markup::new();
    let length = value.chars().count();
    if name && length * 5 >= MAX_NAME_CHARS * 4 {
        let count_id = format!("{}-count", field.dom_id());
        count.element(
            "p",
            &[("class", "tic-hint"), ("id", &count_id)],
            &count_line(state.lang, length, MAX_NAME_CHARS),
        );
        described_by =
            Some(described_by.map_or(count_id.clone(), |ids| format!("{ids} {count_id}")));
    }
    html! {
        <div class="tic-form-group" data-error={has_error.then_some("true")}>
            <label class="tic-label" for={field.dom_id()}>{ label.to_string() }</label>
            { notes }
            <input class="tic-input" data-width={if name { "name" } else { "short" }}
                type="text" id={field.dom_id()} {value} autocomplete="off" spellcheck="false"
                inputmode={if numeric { "numeric" } else { "text" }}
                aria-invalid={has_error.then_some("true")} aria-describedby={described_by}
                oninput={on_text(dispatch, move |t| text.action(t))} />
            { count.into_html() }
        </div>
    }
}
