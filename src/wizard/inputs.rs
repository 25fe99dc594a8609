//! The fields a person types into, each with the text it shows and the action its input sends,
//! and an amount as typed with its reading.
//! Every match here names every field: a new field cannot fall through to another's answer.

use super::action::Action;
use super::field_id::{FieldId, PlanAmount};
use super::state::WizardState;
use super::values::AmountInput;
use crate::rules::answers::Field;
use crate::rules::money::{Money, Unit};
use crate::rules::money_input::parse_amount;
use crate::rules::planner::ExpectedRevenue;

/// A field for an amount, typed with a unit beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountField {
    /// A figure of a fiscal year.
    Figure(i32, Field),
    /// An amount of the Art. 6 path.
    Plan(PlanAmount),
}

/// A field for a year or a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    LatestYear,
    FoundingDate,
    /// 单位名称, for the printout's header.
    Organisation,
    /// 填写人, for the printout's header.
    FilledBy,
    /// The current year's expected revenue, for the plan.
    ExpectedRevenue,
}

impl AmountField {
    /// The control, for its id, its error and focus.
    pub fn id(self) -> FieldId {
        match self {
            AmountField::Figure(year, field) => FieldId::Figure(year, field),
            AmountField::Plan(amount) => FieldId::Plan(amount),
        }
    }

    /// What the person typed and chose (empty, in 万元, until typed).
    pub fn input(self, state: &WizardState) -> AmountInput {
        match self {
            AmountField::Figure(year, field) => state.figure((year, field)),
            AmountField::Plan(amount) => state.plan[amount as usize].clone(),
        }
    }

    /// The action for new text in the field.
    pub fn text_action(self, text: String) -> Action {
        match self {
            AmountField::Figure(year, field) => Action::SetFigureText((year, field), text),
            AmountField::Plan(amount) => Action::SetPlanText(amount, text),
        }
    }
}

impl TextField {
    pub fn id(self) -> FieldId {
        match self {
            TextField::LatestYear => FieldId::LatestYear,
            TextField::FoundingDate => FieldId::FoundingDate,
            TextField::Organisation => FieldId::Organisation,
            TextField::FilledBy => FieldId::FilledBy,
            TextField::ExpectedRevenue => FieldId::ExpectedRevenue,
        }
    }

    /// The text as typed.
    pub fn text(self, state: &WizardState) -> &str {
        match self {
            TextField::LatestYear => &state.latest_year_text,
            TextField::FoundingDate => &state.founding_date_text,
            TextField::Organisation => &state.about.organisation,
            TextField::FilledBy => &state.about.filled_by,
            TextField::ExpectedRevenue => &state.expected_revenue.text,
        }
    }

    /// The action for new text in the field.
    pub fn action(self, text: String) -> Action {
        match self {
            TextField::LatestYear => Action::SetLatestYear(text),
            TextField::FoundingDate => Action::SetFoundingDate(text),
            TextField::Organisation => Action::SetOrganisation(text),
            TextField::FilledBy => Action::SetFilledBy(text),
            TextField::ExpectedRevenue => Action::SetExpectedRevenue(text),
        }
    }
}

impl WizardState {
    /// The current year's expected revenue, for the plan, when it reads as an amount.
    pub fn expected_revenue(&self) -> Option<Money> {
        self.expected_revenue.amount()
    }

    /// The expected revenue as the plan reads it: the amount, whether it has a unit (one
    /// written after the number, or the page's unit when that is not 元), and whether the
    /// applicant confirmed it.
    pub fn expected_revenue_typed(&self) -> Option<ExpectedRevenue> {
        let typed = self.expected_revenue()?;
        Some(ExpectedRevenue {
            typed,
            // Digits alone read as an amount with no unit (the reader refuses any unit word).
            unit_written: self.amount_unit != Unit::Yuan
                || parse_amount(&self.expected_revenue.text, Unit::Yuan).is_err(),
            confirmed: self.expected_revenue_confirmed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::CalendarDate;
    use crate::rules::lang::Lang;

    /// Text typed into each field lands in that field and nowhere else.
    #[test]
    fn each_field_keeps_its_own_text() {
        let as_of = CalendarDate::new(2025, 9, 1).unwrap();
        let mut fields: Vec<(FieldId, String)> = Vec::new();
        let mut s = WizardState::new(Lang::Zh, as_of);
        let amounts = [
            AmountField::Figure(2024, Field::SalesRevenue),
            AmountField::Figure(2024, Field::RdDomestic),
            AmountField::Plan(PlanAmount::Commitment),
            AmountField::Plan(PlanAmount::SinceFoundingDomestic),
        ];
        for (i, f) in amounts.into_iter().enumerate() {
            let text = format!("{}", 100 + i);
            s = s.apply(f.text_action(text.clone()));
            fields.push((f.id(), text));
        }
        for (i, f) in [TextField::LatestYear, TextField::FoundingDate]
            .into_iter()
            .enumerate()
        {
            let text = format!("20{}", 20 + i);
            s = s.apply(f.action(text.clone()));
            fields.push((f.id(), text));
        }
        for f in amounts {
            let typed = &fields.iter().find(|(id, _)| *id == f.id()).unwrap().1;
            assert_eq!(f.input(&s).text, *typed, "{f:?}");
        }
        assert_eq!(TextField::LatestYear.text(&s), "2020");
        assert_eq!(TextField::FoundingDate.text(&s), "2021");
        assert_eq!(
            AmountField::Plan(PlanAmount::PlannedDomestic)
                .input(&s)
                .text,
            ""
        );
    }
}
