//! A page's main heading, with the clause the page comes from above it. It takes focus when the
//! step changes, so screen readers announce the new page.

use super::PAGE_HEADING_ID;
use crate::app::text::CLAUSE_FROM;
use crate::rules::clauses::ClauseId;
use crate::rules::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageHeadingProps {
    pub lang: Lang,
    pub title: &'static str,
    #[prop_or_default]
    pub clause: Option<ClauseId>,
}

#[function_component(PageHeading)]
pub fn page_heading(props: &PageHeadingProps) -> Html {
    html! {
        <>
            if let Some(clause) = props.clause {
                <p class="tic-caption">
                    { format!("{} {}", CLAUSE_FROM.get(props.lang), clause.citation(props.lang)) }
                </p>
            }
            <h1 class="tic-heading-xl" id={PAGE_HEADING_ID} tabindex="-1">{ props.title }</h1>
        </>
    }
}
