//! A money field: the text as typed (never rewritten) and the unit beside it, with its label,
//! hint and error.

use crate::app::store::use_store;
use crate::app::text::{ERROR_PREFIX, UNIT_LABEL};
use crate::rules::money::Unit;
use crate::wizard::{AmountInput, FieldId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AmountFieldProps {
    pub field: FieldId,
    pub label: String,
    #[prop_or_default]
    pub hint: Option<String>,
    pub input: AmountInput,
    pub on_text: Callback<String>,
    pub on_unit: Callback<Unit>,
}

#[function_component(AmountField)]
pub fn amount_field(props: &AmountFieldProps) -> Html {
    let store = use_store();
    let lang = store.0.lang;
    let id = props.field.dom_id();
    let error = store.0.error_for(props.field).map(|e| e.message(lang));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let unit_id = format!("{id}-unit");
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let oninput = {
        let on_text = props.on_text.clone();
        Callback::from(move |e: InputEvent| {
            on_text.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onchange = {
        let on_unit = props.on_unit.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(unit) = Unit::ALL.into_iter().find(|u| unit_value(*u) == value) {
                on_unit.emit(unit);
            }
        })
    };
    let group_class = classes!(
        "tic-form-group",
        error.is_some().then_some("tic-form-group--error")
    );
    let input_class = classes!(
        "tic-input",
        "tic-input--amount",
        error.is_some().then_some("tic-input--error")
    );
    html! {
        <div class={group_class}>
            <label class="tic-label" for={id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="tic-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            if let Some(message) = &error {
                <p class="tic-error-message" id={error_id.clone()}>
                    <span class="tic-visually-hidden">{ ERROR_PREFIX.get(lang) }</span>
                    { message.clone() }
                </p>
            }
            <div class="tic-amount">
                <input class={input_class} type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false" id={id.clone()} value={props.input.text.clone()}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                    {oninput} />
                <label class="tic-visually-hidden" for={unit_id.clone()}>
                    { format!("{}({})", UNIT_LABEL.get(lang), props.label) }
                </label>
                <select class="tic-select" id={unit_id} {onchange}>
                    { for Unit::ALL.into_iter().map(|u| html! {
                        <option value={unit_value(u)} selected={u == props.input.unit}>
                            { u.label(lang) }
                        </option>
                    }) }
                </select>
            </div>
        </div>
    }
}

fn unit_value(unit: Unit) -> &'static str {
    match unit {
        Unit::Yuan => "yuan",
        Unit::Wan => "wan",
        Unit::Yi => "yi",
    }
}
