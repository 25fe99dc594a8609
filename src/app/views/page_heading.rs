//! A page's main heading, with the clause the page comes from above it.

use super::PAGE_HEADING_ID;
use crate::markup::Markup;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use crate::words::*;
use yew::prelude::*;

/// A page's main heading, with the clause the page comes from above it. It takes focus when the
/// step changes, so screen readers announce the new page.
pub fn page_heading(lang: Lang, title: &str, clause: Option<ClauseId>) -> Html {
    let mut m = Markup::new();
    if let Some(clause) = clause {
        m.element(
            "p",
            &[("class", "tic-caption")],
            &format!("{} {}", CLAUSE_FROM().get(lang), clause.citation(lang)),
        );
    }
    m.element(
        "h1",
        &[
            ("class", "tic-heading-xl"),
            ("id", PAGE_HEADING_ID),
            ("tabindex", "-1"),
        ],
        title,
    );
    m.into_html()
}
