//! The message about importing, the draft or the long texts, at the top of a page.

use crate::markup::Markup;
use crate::wizard::WizardState;
use crate::words::*;
use yew::prelude::*;

/// A message about importing or the draft: announced, and styled as an error when it is one.
/// TextsStatus that could not be loaded are reported on every page.
pub fn notice_banner(state: &WizardState) -> Html {
    let (message, id, error) = if state.texts == crate::wizard::TextsStatus::Failed {
        (
            TEXTS_FAILED().get(state.lang).to_string(),
            "tic-texts-failed",
            true,
        )
    } else if let Some(notice) = &state.notice {
        (notice.message(state.lang), "tic-notice", notice.is_error())
    } else {
        return Html::default();
    };
    // Until the long texts arrive, a notice has no words to show.
    if message.is_empty() {
        return Html::default();
    }
    let mut attributes = vec![
        ("class", "tic-notice-banner tic-no-print"),
        ("id", id),
        ("role", if error { "alert" } else { "status" }),
    ];
    if error {
        attributes.push(("data-error", "true"));
    }
    let mut m = Markup::new();
    m.element("div", &attributes, &message);
    m.into_html()
}
