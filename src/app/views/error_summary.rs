//! The error summary: what stops the person continuing, each problem linked to its field.

use super::ERROR_SUMMARY_ID;
use crate::app::dom::focus_by_id;
use crate::app::text::*;
use crate::markup::Markup;
use crate::wizard::WizardState;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Every problem on the page, each a link that moves focus to its field (without following the
/// fragment, which would add a history entry and scroll a host page).
pub fn error_summary(state: &WizardState) -> Html {
    if state.errors.is_empty() {
        return html! {};
    }
    let lang = state.lang;
    let mut links = Markup::new();
    for e in &state.errors {
        links
            .open("li", &[])
            .element(
                "a",
                &[("href", &format!("#{}", e.field.dom_id()))],
                &e.message(lang),
            )
            .close("li");
    }
    // One handler for every link: it moves focus to the link's field.
    let onclick = Callback::from(|ev: MouseEvent| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(href) = target {
            ev.prevent_default();
            focus_by_id(href.trim_start_matches('#'));
        }
    });
    html! {
        <div class="tic-error-summary" id={ERROR_SUMMARY_ID} tabindex="-1"
            role="alert" aria-labelledby="tic-error-summary-title">
            <h2 class="tic-error-summary__title" id="tic-error-summary-title">
                { ERROR_SUMMARY_TITLE.get(lang) }
            </h2>
            <ul class="tic-error-summary__list" {onclick}>{ links.into_html() }</ul>
        </div>
    }
}
