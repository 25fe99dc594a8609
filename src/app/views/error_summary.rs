//! The error summary: what stops the person continuing, each problem linked to its field.

use super::ERROR_SUMMARY_ID;
use crate::app::dom::focus_by_id;
use crate::app::text::*;
use crate::wizard::WizardState;
use yew::prelude::*;

/// Every problem on the page, each a link that moves focus to its field (without following the
/// fragment, which would add a history entry and scroll a host page).
pub fn error_summary(state: &WizardState) -> Html {
    if state.errors.is_empty() {
        return html! {};
    }
    let lang = state.lang;
    html! {
        <div class="tic-error-summary" id={ERROR_SUMMARY_ID} tabindex="-1"
            role="alert" aria-labelledby="tic-error-summary-title">
            <h2 class="tic-error-summary__title" id="tic-error-summary-title">
                { ERROR_SUMMARY_TITLE.get(lang) }
            </h2>
            <ul class="tic-error-summary__list">
                { for state.errors.iter().map(|e| {
                    let id = e.field.dom_id();
                    let target = id.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        focus_by_id(&target);
                    });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ e.message(lang) }</a></li> }
                }) }
            </ul>
        </div>
    }
}
