//! Keeping answers on the person's own device: the opt-in draft in this browser (with a button
//! that erases it), importing a file by picking or dropping it, and exporting one.

use super::fields::{button, checkbox};
use crate::app::dom::read_file;
use crate::markup::Markup;
use crate::rules::document::AnswersDocument;
use crate::wizard::{Action, WizardState};
use crate::words::*;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// The remember-on-this-device choice, off by default, and the forget button once it is on.
pub fn remember_choice(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let remember = state.remember;
    html! {
        <div class="tic-form-group tic-no-print">
            { checkbox(dispatch, "tic-remember", remember, REMEMBER().get(lang), Some("tic-remember-hint"),
                Action::SetRemember(!remember)) }
            { Markup::one("p", &[("class", "tic-hint"), ("id", "tic-remember-hint")], REMEMBER_HINT().get(lang)) }
            if remember {
                { button(dispatch, "warning", Some("tic-forget"), FORGET().get(lang),
                    Action::SetRemember(false)) }
            }
        </div>
    }
}

fn import_first(files: Option<web_sys::FileList>, dispatch: Callback<Action>) {
    let Some(file) = files.and_then(|f| f.get(0)) else {
        return;
    };
    read_file(
        file,
        Box::new(move |text| {
            dispatch.emit(Action::Import(
                text.and_then(|text| AnswersDocument::from_json(&text)),
            ))
        }),
    );
}

/// Pick or drop an exported file.
pub fn import_area(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            import_first(input.files(), dispatch.clone());
            // Picking the same file again must fire again.
            input.set_value("");
        })
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            import_first(e.data_transfer().and_then(|d| d.files()), dispatch.clone());
        })
    };
    let error = state.import_error.as_ref().map(|e| e.plain_message(lang));
    let mut notes = Markup::new();
    notes.element(
        "p",
        &[("class", "tic-hint"), ("id", "tic-import-hint")],
        IMPORT_HINT().get(lang),
    );
    if let Some(message) = &error {
        notes
            .open(
                "p",
                &[("class", "tic-error-message"), ("id", "tic-import-error")],
            )
            .element(
                "span",
                &[("class", "tic-visually-hidden")],
                ERROR_PREFIX().get(lang),
            )
            .text(message)
            .close("p");
    }
    html! {
        <div class="tic-form-group tic-dropzone tic-no-print" data-error={error.as_ref().map(|_| "true")}
            ondragover={Callback::from(|e: DragEvent| e.prevent_default())} {ondrop}>
            { Markup::one("label", &[("class", "tic-label"), ("for", "tic-import")], IMPORT_LABEL().get(lang)) }
            { notes.into_html() }
            <input class="tic-file" type="file" id="tic-import" accept=".json,application/json"
                aria-invalid={error.as_ref().map(|_| "true")}
                aria-describedby={if error.is_some() { "tic-import-hint tic-import-error" } else { "tic-import-hint" }}
                {onchange} />
        </div>
    }
}

/// Downloads the answers and checklist as a JSON file named with today's date (the app writes
/// it when the press arrives: [`crate::wizard::Action::Export`]).
pub fn export_button(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    button(
        dispatch,
        "secondary",
        Some("tic-export"),
        EXPORT().get(state.lang),
        Action::Export,
    )
}

/// The keep-or-import panel of the start page.
pub fn keep_panel(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    html! {
        <section class="tic-section tic-keep tic-no-print" aria-labelledby="tic-keep-title">
            { Markup::one("h2", &[("class", "tic-heading-m"), ("id", "tic-keep-title")], KEEP_TITLE().get(state.lang)) }
            { remember_choice(state, dispatch) }
            { import_area(state, dispatch) }
        </section>
    }
}
