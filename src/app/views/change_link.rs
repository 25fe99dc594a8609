//! “Change” links that land on a field: written as static markup with the field's DOM id in
//! `data-field`, and followed by one click handler on the block that holds them, rather than a
//! handler per link (each costs generated code).

use crate::app::text::*;
use crate::markup::Markup;
use crate::rules::lang::Lang;
use crate::wizard::{Action, FieldId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A “change” button for `field`; `what` is read by screen readers after “change”.
pub fn write_change_link(m: &mut Markup, field: FieldId, what: &str, lang: Lang) {
    m.open(
        "button",
        &[
            ("type", "button"),
            ("class", "tic-link-button tic-no-print"),
            ("data-field", &field.dom_id()),
        ],
    )
    .text(CHANGE().get(lang))
    .element(
        "span",
        &[("class", "tic-visually-hidden")],
        &format!(" {what}"),
    )
    .close("button");
}

/// The click handler for a block of change links: opens the clicked link's field.
pub fn follow_change_links(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-field]").ok().flatten())
            .and_then(|link| link.get_attribute("data-field"))
            .and_then(|id| FieldId::from_dom_id(&id));
        if let Some(field) = field {
            dispatch.emit(Action::Change(field));
        }
    })
}

/// The click handler for a block of links to fields on the same page (`href="#tic-…"`): moves
/// focus to the field, without following the fragment (which would add a history entry and
/// scroll a host page).
pub fn focus_links() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        let href = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(href) = href {
            e.prevent_default();
            crate::app::dom::focus_by_id(href.trim_start_matches('#'));
        }
    })
}
