//! Links to a field, written as static markup (`<a href="#tic-fig-2024-rd-total">`) and followed
//! by one click handler on the block that holds them rather than a handler per link (each costs
//! generated code): a field on the page gets focus (the error summary, the warnings); a field on
//! another page opens that page with the field focused, and continuing comes back (“change”
//! links on the check page and in the results). A link with `data-fix` also types that text
//! into its amount field first (the fix offered for a unit typed wrong).

use crate::app::dom::focus_by_id;
use crate::markup::Markup;
use crate::rules::lang::Lang;
use crate::wizard::{Action, FieldId};
use crate::words::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A “change” link for `field`; `what` is read by screen readers after “change”.
pub fn write_change_link(m: &mut Markup, field: FieldId, what: &str, lang: Lang) {
    m.open(
        "a",
        &[
            ("class", "tic-link-button tic-no-print"),
            ("href", &format!("#{}", field.dom_id())),
        ],
    )
    .text(CHANGE().get(lang))
    .element(
        "span",
        &[("class", "tic-visually-hidden")],
        &format!(" {what}"),
    )
    .close("a");
}

/// The click handler for a block of links to fields. It never follows the fragment itself,
/// which would add a history entry and scroll a host page.
pub fn follow_field_links(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a").ok().flatten());
        let href = link.as_ref().and_then(|a| a.get_attribute("href"));
        let Some(id) = href.as_deref().and_then(|h| h.strip_prefix('#')) else {
            return;
        };
        e.prevent_default();
        let field = FieldId::from_dom_id(id);
        // A fix offered for a unit typed wrong: the figure typed again in the unit meant.
        if let (Some(text), Some(field)) = (link.and_then(|a| a.get_attribute("data-fix")), field) {
            if let Some(action) = field.text_action(text) {
                dispatch.emit(action);
            }
        }
        if !focus_by_id(id) {
            if let Some(field) = field {
                dispatch.emit(Action::Change(field));
            }
        }
    })
}
