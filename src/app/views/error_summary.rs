//! The error summary: what stops the person continuing, each problem linked to its field.

use super::change_link::follow_field_links;
use super::ERROR_SUMMARY_ID;
use crate::markup::Markup;
use crate::rules::document::IMPORT_DETAIL;
use crate::wizard::{Action, WizardState};
use crate::words::*;
use yew::prelude::*;

/// Every problem on the page, each a link that moves focus to its field (without following the
/// fragment, which would add a history entry and scroll a host page).
pub fn error_summary(state: &WizardState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let errors: &[_] = if state.summarise_errors {
        &state.errors
    } else {
        &[]
    };
    if errors.is_empty() && state.import_error.is_none() {
        return html! {};
    }
    let mut links = Markup::new();
    let mut link = |field: &str, message: &str| {
        links
            .open("li", &[])
            .element("a", &[("href", &format!("#{field}"))], message)
            .close("li");
    };
    for e in errors {
        link(&e.field.dom_id(), &e.message(lang));
    }
    // A refused file: the plain words link to the file field; what exactly was wrong is there
    // for whoever wants it, folded away.
    let mut detail = Markup::new();
    if let Some(e) = &state.import_error {
        link(IMPORT_FIELD_ID, &e.plain_message(lang));
        detail
            .open(
                "details",
                &[("class", "tic-details tic-error-summary__detail")],
            )
            .element(
                "summary",
                &[("class", "tic-details__summary")],
                IMPORT_DETAIL().get(lang),
            )
            .element("p", &[("class", "tic-details__text")], &e.message(lang))
            .close("details");
    }
    let onclick = follow_field_links(dispatch);
    html! {
        <div class="tic-error-summary" id={ERROR_SUMMARY_ID} tabindex="-1"
            role="alert" aria-labelledby="tic-error-summary-title">
            <h2 class="tic-error-summary__title" id="tic-error-summary-title">
                { ERROR_SUMMARY_TITLE().get(lang) }
            </h2>
            <ul class="tic-error-summary__list" {onclick}>{ links.into_html() }</ul>
            { detail.into_html() }
        </div>
    }
}

/// The file field of the import, which a refused file's error names.
pub const IMPORT_FIELD_ID: &str = "tic-import";
