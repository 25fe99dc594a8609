//! The plain values the wizard's state holds and its actions carry: a figure's key, the
//! operating-history choice, an amount as typed with its reading, where the long texts stand,
//! and which file a press asked for. A floor below the state, the actions and the reducer, so
//! that they all use these and none of them uses another to get them.

use crate::rules::answers::Field;
use crate::rules::money::{AmountError, Money, Unit};
use crate::rules::money_input::parse_typed_amount;

/// A figure of a fiscal year.
pub type FigureKey = (i32, Field);

/// The operating-history choice on the figures page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryChoice {
    ThreeYearsOrMore,
    /// Founded on a date, typed in the founding-date field.
    FoundedOn,
    /// Founded in a year, operating the given months of it: a form the answers document allows
    /// and a file may carry. The page offers it only when it came from a file, so that importing
    /// and exporting again keeps it.
    FoundedIn {
        year: i32,
        months_in_first_year: u32,
    },
}

/// Where the long texts loaded after the first page stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextsStatus {
    #[default]
    Loading,
    Ready,
    Failed,
}

/// What a person typed into an amount field, kept exactly as typed, valid or not, and what it
/// reads as: read once, when the text or the page's unit changes, in the wizard's
/// `WizardState::amount_unit` unless a unit follows the number (“12亿”). Validation, the
/// “read as” echo, the plan and the answers all take the reading from here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountInput {
    pub text: String,
    pub read: Result<Option<Money>, AmountError>,
}

impl Default for AmountInput {
    fn default() -> Self {
        AmountInput {
            text: String::new(),
            read: Ok(None),
        }
    }
}

impl AmountInput {
    /// `text`, read in `unit`.
    pub fn typed(text: String, unit: Unit) -> AmountInput {
        let read = parse_typed_amount(&text, unit);
        AmountInput { text, read }
    }

    /// The amount, when the text reads as one.
    pub fn amount(&self) -> Option<Money> {
        self.read.ok().flatten()
    }

    /// Reads the text again in the page's new unit.
    pub(super) fn read_in(&mut self, unit: Unit) {
        self.read = parse_typed_amount(&self.text, unit);
    }
}

/// A file the person can download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    /// The answers document (“保存到文件”).
    Answers,
    /// The construction-plan outline (“下载建设方案提纲（Word）”).
    Outline,
}
