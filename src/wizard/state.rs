//! The wizard's state and the reducer that moves it.

use super::steps::Step;
use super::validation::{FieldId, Problem, ValidationError};
use crate::rules::answers::{
    Answer, Answers, ApplicantPath, CalendarDate, Field, OperatingHistory, Question, YearFigures,
    YEARS_ACCEPTED,
};
use crate::rules::assess::{assess, Assessment};
use crate::rules::lang::Lang;
use crate::rules::money::{parse_amount, Unit};
use crate::rules::period::{assessment_period, Period, PeriodProblem};
use std::collections::BTreeMap;

/// What a person typed into an amount field and the unit chosen beside it. The text is kept
/// exactly as typed, valid or not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AmountInput {
    pub text: String,
    pub unit: Unit,
}

/// A figure of a fiscal year.
pub type FigureKey = (i32, Field);

/// The operating-history choice on the figures page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryChoice {
    ThreeYearsOrMore,
    FoundedOn,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WizardState {
    pub lang: Lang,
    pub step: Step,
    /// The answers as the rules see them, derived from the inputs below on every change.
    pub answers: Answers,
    pub latest_year_text: String,
    pub history: Option<HistoryChoice>,
    pub founding_date_text: String,
    pub figures: BTreeMap<FigureKey, AmountInput>,
    pub commitment: AmountInput,
    /// Problems found when the person last tried to continue from this step.
    pub errors: Vec<ValidationError>,
    /// Set by a “change” link on the check page: continuing returns there.
    pub returning_to_check: bool,
    /// Counts failed attempts to continue, so the page can move focus to the error summary
    /// each time, even when the errors are the same as before.
    pub failed_attempts: u32,
}

/// Everything a person can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    /// Go straight to a step (the browser's Back and Forward buttons).
    Go(Step),
    /// A “change” link on the check page.
    Change(Step),
    Continue,
    Back,
    Restart,
    SetPath(ApplicantPath),
    Answer(Question, Answer),
    SetLatestYear(String),
    SetHistory(HistoryChoice),
    SetFoundingDate(String),
    SetFigureText(FigureKey, String),
    SetFigureUnit(FigureKey, Unit),
    SetCommitmentText(String),
    SetCommitmentUnit(Unit),
}

impl WizardState {
    pub fn new(lang: Lang) -> WizardState {
        WizardState {
            lang,
            step: Step::Start,
            answers: Answers::default(),
            latest_year_text: String::new(),
            history: None,
            founding_date_text: String::new(),
            figures: BTreeMap::new(),
            commitment: AmountInput::default(),
            errors: Vec::new(),
            returning_to_check: false,
            failed_attempts: 0,
        }
    }

    /// Applies one action.
    pub fn apply(mut self, action: Action) -> WizardState {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::Go(step) => self.go(step),
            Action::Change(step) => {
                self.go(step);
                self.returning_to_check = true;
            }
            Action::Back => {
                if let Some(previous) = self.step.previous(self.answers.path) {
                    self.go(previous);
                }
            }
            Action::Restart => self = WizardState::new(self.lang),
            Action::Continue => self.continue_from_step(),
            Action::SetPath(path) => self.answers.path = Some(path),
            Action::Answer(q, a) => {
                self.answers.declarations.insert(q, a);
            }
            Action::SetLatestYear(text) => self.latest_year_text = text,
            Action::SetHistory(choice) => self.history = Some(choice),
            Action::SetFoundingDate(text) => self.founding_date_text = text,
            Action::SetFigureText(key, text) => self.figures.entry(key).or_default().text = text,
            Action::SetFigureUnit(key, unit) => self.figures.entry(key).or_default().unit = unit,
            Action::SetCommitmentText(text) => self.commitment.text = text,
            Action::SetCommitmentUnit(unit) => self.commitment.unit = unit,
        }
        self.derive_answers();
        self
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.errors.clear();
        if step == Step::Check {
            self.returning_to_check = false;
        }
    }

    fn continue_from_step(&mut self) {
        let errors = self.validate(self.step);
        if !errors.is_empty() {
            self.errors = errors;
            self.failed_attempts += 1;
            return;
        }
        let next = if self.returning_to_check && self.step != Step::Check {
            Step::Check
        } else {
            self.step.next(self.answers.path)
        };
        self.go(next);
    }

    /// The problems that keep a person on `step`.
    pub fn validate(&self, step: Step) -> Vec<ValidationError> {
        let mut errors = Vec::new();
        let mut problem = |field, problem| errors.push(ValidationError { field, problem });
        if step == Step::ApplicantType && self.answers.path.is_none() {
            problem(FieldId::Path, Problem::NoPath);
        }
        for &q in step.questions() {
            if !self.answers.declarations.contains_key(&q) {
                problem(FieldId::Question(q), Problem::NoAnswer);
            }
        }
        if step == Step::NewEntity {
            if let Err(e) = parse_amount(&self.commitment.text, self.commitment.unit) {
                problem(FieldId::Commitment, Problem::Amount(e));
            }
        }
        if step == Step::Figures {
            if parse_year(&self.latest_year_text).is_none() {
                problem(FieldId::LatestYear, Problem::YearInvalid);
            }
            match self.history {
                None => problem(FieldId::History, Problem::NoHistory),
                Some(HistoryChoice::FoundedOn)
                    if CalendarDate::parse(&self.founding_date_text).is_none() =>
                {
                    problem(FieldId::FoundingDate, Problem::DateInvalid)
                }
                _ => {}
            }
            for year in self.period_years() {
                for field in Field::ALL {
                    if let Some(input) = self.figures.get(&(year, field)) {
                        if let Err(e) = parse_amount(&input.text, input.unit) {
                            problem(FieldId::Figure(year, field), Problem::Amount(e));
                        }
                    }
                }
                let figures = self.answers.financials.year(year);
                let total = figures.and_then(|y| y.rd_total);
                let domestic = figures.and_then(|y| y.rd_domestic);
                if let (Some(t), Some(d)) = (total, domestic) {
                    if d.yuan() > t.yuan() {
                        problem(
                            FieldId::Figure(year, Field::RdDomestic),
                            Problem::DomesticExceedsTotal,
                        );
                    }
                }
            }
        }
        errors
    }

    /// The error shown next to a field, if any.
    pub fn error_for(&self, field: FieldId) -> Option<&ValidationError> {
        self.errors.iter().find(|e| e.field == field)
    }

    /// Rebuilds the answers' figures from what was typed: valid text becomes an amount; blank or
    /// invalid text leaves the figure absent (and the text untouched).
    fn derive_answers(&mut self) {
        let fin = &mut self.answers.financials;
        fin.latest_fiscal_year = parse_year(&self.latest_year_text);
        fin.operating_history = match self.history {
            None => None,
            Some(HistoryChoice::ThreeYearsOrMore) => Some(OperatingHistory::ThreeYearsOrMore),
            Some(HistoryChoice::FoundedOn) => CalendarDate::parse(&self.founding_date_text)
                .map(|date| OperatingHistory::FoundedOn { date }),
        };
        let mut years: BTreeMap<i32, YearFigures> = BTreeMap::new();
        for (&(year, field), input) in &self.figures {
            if let Ok(Some(m)) = parse_amount(&input.text, input.unit) {
                years
                    .entry(year)
                    .or_insert_with(|| YearFigures::empty(year))
                    .set(field, Some(m));
            }
        }
        fin.years = years.into_values().collect();
        self.answers.committed_average_annual_rd =
            parse_amount(&self.commitment.text, self.commitment.unit)
                .ok()
                .flatten();
    }

    /// The years the figures table asks for.
    pub fn period(&self) -> Result<Period, PeriodProblem> {
        assessment_period(&self.answers.financials)
    }

    pub fn period_years(&self) -> Vec<i32> {
        self.period().map(|p| p.years).unwrap_or_default()
    }

    /// The assessment of the answers so far.
    pub fn assessment(&self) -> Assessment {
        assess(&self.answers)
    }

    /// The input for a figure (empty, in 万元, until typed).
    pub fn figure(&self, key: FigureKey) -> AmountInput {
        self.figures.get(&key).cloned().unwrap_or_default()
    }
}

/// A four-digit year in the accepted range, full-width digits allowed.
pub fn parse_year(text: &str) -> Option<i32> {
    let digits: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|y| YEARS_ACCEPTED.contains(y))
}
