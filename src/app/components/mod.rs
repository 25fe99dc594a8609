//! What the person sees. A page is a component (it reads the store); the pieces pages share are
//! plain functions that return markup, which keeps the app small: every Yew component costs
//! generated code of its own. The words of the guideline and every figure come from
//! `crate::rules`, the state from `crate::wizard`.

pub mod applicant_type_page;
pub mod check_page;
pub mod checklist_section;
pub mod fields;
pub mod figures_page;
pub mod frame;
pub mod keep_answers;
pub mod live_figures;
pub mod pages;
pub mod question_page;
pub mod results_page;
pub mod start_page;
pub mod step_page;

/// The id of every page's main heading, which receives focus when the step changes.
pub const PAGE_HEADING_ID: &str = "tic-page-heading";
/// The id of the error summary, which receives focus when continuing fails.
pub const ERROR_SUMMARY_ID: &str = "tic-error-summary";
