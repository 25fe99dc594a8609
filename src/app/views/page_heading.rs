//! A page's main heading, with the clause the page comes from above it.

use crate::markup::Markup;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use yew::prelude::*;

/// A page's main heading ([`crate::first_page::page_heading`], which the first page written
/// into index.html shares).
pub fn page_heading(lang: Lang, title: &str, clause: Option<ClauseId>) -> Html {
    let mut m = Markup::new();
    crate::first_page::page_heading(&mut m, lang, title, clause);
    m.into_html()
}
