//! One component per thing the person sees. Components choose what to show; the words of the
//! guideline and every figure come from `crate::rules`, the state from `crate::wizard`.

pub mod amount_field;
pub mod applicant_type_page;
pub mod check_page;
pub mod clause_text;
pub mod condition_card;
pub mod error_summary;
pub mod figures_page;
pub mod header;
pub mod language_switch;
pub mod live_figures;
pub mod page_heading;
pub mod pages;
pub mod question_page;
pub mod radios;
pub mod results_page;
pub mod start_page;
pub mod step_form;
pub mod verdict_tag;

/// The id of every page's main heading, which receives focus when the step changes.
pub const PAGE_HEADING_ID: &str = "tic-page-heading";
/// The id of the error summary, which receives focus when continuing fails.
pub const ERROR_SUMMARY_ID: &str = "tic-error-summary";
