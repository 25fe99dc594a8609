//! On-device eligibility self-check for the supporting unit (依托单位) of a Beijing Technology
//! Innovation Center under 京科创发〔2024〕143号.
//!
//! [`rules`] is the guideline as data plus small pure functions; it has no web dependency and
//! is what the command-line assessor and the native tests use. [`app`] is the browser front end,
//! compiled only for `wasm32`: it asks questions and renders what [`rules`] decides.

pub mod markup;
pub mod rules;
pub mod wizard;
pub mod words;

#[cfg(not(target_arch = "wasm32"))]
pub mod texts_file;

#[cfg(target_arch = "wasm32")]
pub mod app;
