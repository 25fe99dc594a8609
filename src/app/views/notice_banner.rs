//! The message about importing, the draft or the long texts, at the top of a page.

use crate::app::text::*;
use crate::wizard::WizardState;
use yew::prelude::*;

/// A message about importing or the draft: announced, and styled as an error when it is one.
/// Texts that could not be loaded are reported on every page.
pub fn notice_banner(state: &WizardState) -> Html {
    if state.texts == crate::wizard::Texts::Failed {
        return html! {
            <div class="tic-notice-banner tic-no-print" data-error="true" id="tic-texts-failed" role="alert">
                { TEXTS_FAILED.get(state.lang) }
            </div>
        };
    }
    let Some(notice) = &state.notice else {
        return html! {};
    };
    let error = notice.is_error();
    let message = notice.message(state.lang);
    // Until the long texts arrive, there are no words to show.
    if message.is_empty() {
        return html! {};
    }
    html! {
        <div class="tic-notice-banner tic-no-print" data-error={error.then_some("true")}
            id="tic-notice" role={if error { "alert" } else { "status" }}>
            { message }
        </div>
    }
}
