//! The wizard and the answers document: a state from a document (an imported file, a restored
//! draft), written so that exporting it again gives the document back. The state is written out
//! by [`WizardState::document_json`].

use super::field_id::PlanAmount;
use super::state::WizardState;
use super::values::{AmountInput, HistoryChoice};
use crate::rules::answers::{Field, OperatingHistory};
use crate::rules::dates::CalendarDate;
use crate::rules::document::AnswersDocument;
use crate::rules::lang::Lang;
use crate::rules::money::{Money, Unit};
use crate::rules::money_input::unit_suffix;

impl WizardState {
    /// A state holding a document's answers and checklist, with every field's text written from
    /// them (amounts in the unit they were given in), so that exporting gives the document back.
    pub fn from_document(
        lang: Lang,
        as_of: CalendarDate,
        document: AnswersDocument,
    ) -> WizardState {
        let mut s = WizardState::new(lang, as_of);
        let AnswersDocument {
            answers,
            about,
            checklist,
        } = document;
        s.about = about;
        s.path = answers.path;
        s.declarations = answers.declarations.clone();
        s.checklist = checklist;
        let fin = &answers.financials;
        s.latest_year_text = fin
            .latest_fiscal_year
            .map(|y| y.to_string())
            .unwrap_or_default();
        match fin.operating_history {
            Some(OperatingHistory::ThreeYearsOrMore) => {
                s.history = Some(HistoryChoice::ThreeYearsOrMore)
            }
            Some(OperatingHistory::FoundedOn { date }) => {
                s.history = Some(HistoryChoice::FoundedOn);
                s.founding_date_text = date.to_string();
            }
            Some(OperatingHistory::FoundedIn {
                year,
                months_in_first_year,
            }) => {
                let choice = HistoryChoice::FoundedIn {
                    year,
                    months_in_first_year,
                };
                s.history = Some(choice);
                s.founded_in_from_file = Some(choice);
            }
            None => {}
        }
        // The amounts take the unit of the first one; an amount in another unit keeps it,
        // written after its number, so that it is read (and exported) exactly as imported.
        let amounts: Vec<Money> = fin
            .years
            .iter()
            .flat_map(|y| Field::ALL.into_iter().filter_map(|f| y.get(f)))
            .chain(
                PlanAmount::ALL
                    .into_iter()
                    .filter_map(|a| answers.plan_amount(a)),
            )
            .collect();
        s.amount_unit = amounts.first().map_or(Unit::Wan, |m| m.unit());
        let unit = s.amount_unit;
        let typed = |m: Money| {
            let suffix = if m.unit() == unit {
                ""
            } else {
                unit_suffix(m.unit())
            };
            AmountInput::typed(format!("{}{suffix}", m.value_in_unit()), unit)
        };
        for y in &fin.years {
            for field in Field::ALL {
                if let Some(m) = y.get(field) {
                    s.figures.push(((y.year, field), typed(m)));
                }
            }
        }
        for amount in PlanAmount::ALL {
            if let Some(m) = answers.plan_amount(amount) {
                s.plan[amount as usize] = typed(m);
            }
        }
        s.figures_confirmed = answers.figures_confirmed;
        s.derive_answers();
        s
    }
}
