//! The wizard's state and its transitions, with no web dependency: a plain reducer that the
//! browser app drives and the native tests exercise. It holds what the person typed (never
//! altered), the answers derived from it, the step, and the validation problems to show.
//!
//! It decides nothing about eligibility: that is [`crate::rules::assess`].

mod action;
mod after_render;
mod answers_file;
mod downloads;
mod field_id;
mod inputs;
mod notice;
mod problems;
mod state;
mod steps;
mod targets;
mod validation;
mod values;

pub use action::Action;
pub use after_render::{due, Due, Watched};
pub use field_id::{FieldId, PlanAmount};
pub use inputs::{AmountField, TextField};
pub use notice::Notice;
pub use problems::{Problem, ValidationError};
pub use state::WizardState;
pub use steps::Step;
pub use targets::field_for;
pub use values::{AmountInput, Download, FigureKey, HistoryChoice, TextsStatus};
