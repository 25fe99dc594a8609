//! What the person sees: one function per page and per piece pages share, each drawing markup
//! from the wizard state and sending [`Action`](crate::wizard::Action)s. They are plain functions
//! rather than Yew components because the app has one state, owned by `App`, and every component
//! costs generated code of its own (the pages as components were ~7 KB of the gzipped app).
//! The words of the guideline and every figure come from `crate::rules`, the state from
//! `crate::wizard`.

pub mod applicant_type_page;
pub mod back_link;
pub mod change_link;
pub mod check_page;
pub mod checklist_section;
pub mod clause_text;
pub mod condition_card;
pub mod error_summary;
pub mod fields;
pub mod figures_page;
pub mod header;
pub mod keep_answers;
pub mod live_figures;
pub mod notice_banner;
pub mod outline_button;
pub mod page_heading;
pub mod pages;
pub mod picture;
pub mod plan_section;
pub mod question_page;
pub mod results_page;
pub mod start_page;
pub mod step_page;
pub mod summary_table;
pub mod unlikely_figures;
pub mod verdict_tag;

pub use crate::first_page::PAGE_HEADING_ID;
/// The id of the error summary, which receives focus when continuing fails.
pub const ERROR_SUMMARY_ID: &str = "tic-error-summary";

/// A handler that sends `action`, whatever the event. Every closure passed to an event handler
/// is a type of its own, and each brings its own copy of Yew's listener code; sending a prepared
/// action through this one closure keeps that code to one copy per event type.
pub fn send<E: 'static>(
    dispatch: &yew::Callback<crate::wizard::Action>,
    action: crate::wizard::Action,
) -> yew::Callback<E> {
    let dispatch = dispatch.clone();
    yew::Callback::from(move |_: E| dispatch.emit(action.clone()))
}
