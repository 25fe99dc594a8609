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
mod state;
mod steps;
mod targets;
mod validation;

pub use action::Action;
pub use after_render::{due, Due, Watched};
pub use downloads::Download;
pub use field_id::{FieldId, PlanAmount};
pub use inputs::{AmountField, AmountInput, TextField};
pub use notice::Notice;
pub use state::{FigureKey, HistoryChoice, TextsStatus, WizardState};
pub use steps::Step;
pub use targets::field_for;
pub use validation::{Problem, ValidationError};
