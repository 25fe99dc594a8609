//! On-device eligibility self-check for the supporting unit (依托单位) of a Beijing Technology
//! Innovation Center under 京科创发〔2024〕143号.
//!
//! The crate stands floor by floor (`tests/layers.rs` checks that every import runs downwards):
//!
//! - [`rules`]: the guideline as data plus small pure functions, with no web dependency: what
//!   the command-line assessor and the native tests use;
//! - [`result`]: the result as one document, built once from an assessment and rendered as
//!   the page, the text and JSON reports and the construction-plan outline;
//! - [`words`]: the interface's own words in both languages; [`markup`], static markup written
//!   as escaped text;
//! - [`wizard`]: the wizard's state and its pure reducer, with no web dependency;
//! - [`first_page`]: the start page as static markup, which `index.html` holds before the app
//!   has loaded and the app's own start page draws from;
//! - `app` (compiled only for `wasm32`): the browser front end, which asks and renders what
//!   [`rules`] decides; `texts_file` (native only): the generated `tic-texts.json`.

pub mod first_page;
pub mod markup;
pub mod result;
pub mod rules;
pub mod wizard;
pub mod words;

#[cfg(not(target_arch = "wasm32"))]
pub mod texts_file;

#[cfg(target_arch = "wasm32")]
pub mod app;
