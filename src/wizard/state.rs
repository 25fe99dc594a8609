//! The wizard's state and the reducer that moves it. The state holds what the person chose and
//! typed, exactly as typed; the [`Answers`] the rules read are derived from it by one function,
//! [`WizardState::derive_answers`], after every action.

use super::action::Action;
use super::field_id::{FieldId, PlanAmount};
use super::notice::Notice;
use super::problems::ValidationError;
use super::steps::Step;
use super::values::{AmountInput, Download, FigureKey, HistoryChoice, TextsStatus};
use crate::rules::answers::{Answers, Declarations, Financials, OperatingHistory, YearFigures};
use crate::rules::assess::assess;
use crate::rules::dates::whole_number;
use crate::rules::dates::{CalendarDate, YEARS_ACCEPTED};
use crate::rules::document::{About, ImportError, MAX_NAME_CHARS};
use crate::rules::guideline::RuleSet;
use crate::rules::lang::to_half_width;
use crate::rules::lang::Lang;
use crate::rules::money::Unit;
use crate::rules::outcome::Assessment;
use crate::rules::period::{assessment_period, Period, PeriodProblem};
use crate::rules::progress::{clip_note, Progress, Status};
use crate::rules::questions::ApplicantPath;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WizardState {
    pub lang: Lang,
    /// The date of the self-check (the device's date in the browser): “近3年” and every date
    /// entered are checked against it, and the result states it.
    pub as_of: CalendarDate,
    pub step: Step,
    pub path: Option<ApplicantPath>,
    pub declarations: Declarations,
    pub latest_year_text: String,
    pub history: Option<HistoryChoice>,
    /// The `founded_in` history of an imported file, offered as a choice for as long as the
    /// person may want it back after trying another.
    pub founded_in_from_file: Option<HistoryChoice>,
    pub founding_date_text: String,
    /// The unit every amount is typed in (万元 unless changed), unless a unit is written after
    /// the number (“12亿”): one unit for the whole table.
    pub amount_unit: Unit,
    /// Each figure typed so far, in the order first typed. A short list rather than a map: a
    /// handful of entries, and every map type costs the app kilobytes of generated code.
    pub figures: Vec<(FigureKey, AmountInput)>,
    /// The amounts of the Art. 6 path, in the order of [`PlanAmount::ALL`].
    pub plan: [AmountInput; 4],
    /// Progress on the readiness checklist.
    pub checklist: Vec<Progress>,
    /// The names for the printout's header, as typed (kept to [`MAX_NAME_CHARS`]).
    pub about: About,
    /// The current year's expected revenue, for the plan for next year's application. A
    /// projection: not part of the answers, not exported.
    pub expected_revenue: AmountInput,
    /// The applicant confirmed the expected revenue the tool found unlikely (no unit, ten
    /// thousand times the latest year…). Withdrawn when it is typed again.
    pub expected_revenue_confirmed: bool,
    /// The applicant confirmed on the check page the figures the tool found unlikely. It holds
    /// for the figures confirmed: the actions that change them withdraw it.
    pub figures_confirmed: bool,
    /// The answers the rules read: derived from the fields above by [`Self::derive_answers`]
    /// after every action, never changed on their own.
    answers: Answers,
    /// The years “近3年” covers for those answers, worked out with them.
    period: Result<Period, PeriodProblem>,
    /// Counts the changes to what the answers document holds (the answers, the names, the
    /// checklist): the draft is written when it moves, not on every render.
    pub revision: u32,
    /// Counts the presses of a button that downloads a file (“save to file”, the outline):
    /// the app makes the file when it moves.
    pub downloads: u32,
    /// The file the last of those presses asked for.
    pub download: Download,
    /// The revision last saved to a file.
    exported_at: Option<u32>,
    /// Problems found when the person last tried to continue from this step, or in a field
    /// they left.
    pub errors: Vec<ValidationError>,
    /// Whether the page lists the errors in its summary: after a failed “continue”; an error
    /// found on leaving a field is shown beside the field only, until then.
    pub summarise_errors: bool,
    /// Set by a “change” link on the check page or the results: continuing returns there.
    pub return_to: Option<Step>,
    /// The field a “change” link opened its page on, to be focused and scrolled into view.
    pub focus: Option<FieldId>,
    /// Counts failed attempts to continue, so the page can move focus to the error summary
    /// each time, even when the errors are the same as before.
    pub failed_attempts: u32,
    /// The person agreed to keep a draft in this browser's storage. Off until they opt in.
    pub remember: bool,
    /// Leave the applicant's money amounts out of the result and printout.
    pub omit_amounts: bool,
    /// Why the last file picked was not imported, until the step changes or a file is read:
    /// shown as an error on the file field and in the error summary.
    pub import_error: Option<ImportError>,
    /// A message about importing or the draft, shown until the step changes.
    pub notice: Option<Notice>,
    /// Whether the long texts (clause texts, question wording, checklist guides) have arrived;
    /// printing waits for them.
    pub texts: TextsStatus,
}

impl WizardState {
    pub fn new(lang: Lang, as_of: CalendarDate) -> WizardState {
        WizardState {
            lang,
            as_of,
            step: Step::Start,
            path: None,
            declarations: Declarations::default(),
            answers: Answers::default(),
            period: Err(PeriodProblem::NoLatestYear),
            revision: 0,
            downloads: 0,
            download: Download::Answers,
            exported_at: None,
            expected_revenue: AmountInput::default(),
            expected_revenue_confirmed: false,
            figures_confirmed: false,
            about: About::default(),
            checklist: Vec::new(),
            latest_year_text: String::new(),
            history: None,
            founded_in_from_file: None,
            founding_date_text: String::new(),
            amount_unit: Unit::Wan,
            figures: Vec::new(),
            plan: Default::default(),
            errors: Vec::new(),
            summarise_errors: false,
            return_to: None,
            focus: None,
            failed_attempts: 0,
            remember: false,
            omit_amounts: false,
            import_error: None,
            notice: None,
            texts: TextsStatus::Loading,
        }
    }

    /// Whether anything has been answered yet (a restored draft or an imported file, say), so
    /// the start page offers to continue rather than to start.
    pub fn started(&self) -> bool {
        self.path.is_some() || !self.declarations.is_empty() || !self.latest_year_text.is_empty()
    }

    /// Whether leaving the page would lose answers: given, and neither remembered on this
    /// device nor saved to a file since they last changed.
    pub fn answers_unkept(&self) -> bool {
        self.started() && !self.remember && self.exported_at != Some(self.revision)
    }

    /// The answers the rules read, as derived from what was typed and chosen.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Applies one action.
    pub fn apply(mut self, action: Action) -> WizardState {
        let revision = self
            .revision
            .wrapping_add(u32::from(action.changes_the_document()));
        self = self.apply_action(action);
        self.revision = revision;
        self
    }

    fn apply_action(mut self, action: Action) -> WizardState {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            // With nothing answered, a later page is blank: the start page instead (Back after
            // a reload).
            Action::Go(step)
                if !self.started() && !matches!(step, Step::Start | Step::ApplicantType) =>
            {
                self.go(Step::Start)
            }
            Action::Go(step) => self.go(step),
            Action::OpenedWithoutAnswers if !self.started() => self.notice = Some(Notice::NotKept),
            Action::OpenedWithoutAnswers => {}
            Action::Change(field) => {
                let from = self.step;
                self.go(field.step());
                self.return_to = Some(from);
                self.focus = Some(field);
            }
            Action::Back => {
                if let Some(previous) = self.step.previous(self.path) {
                    self.go(previous);
                }
            }
            Action::Restart => {
                let texts = self.texts;
                self = WizardState::new(self.lang, self.as_of);
                self.texts = texts;
            }
            Action::Continue => self.continue_from_step(),
            Action::Resume => {
                self.go(self.first_incomplete_step().unwrap_or(Step::Check));
            }
            Action::SetPath(path) => self.path = Some(path),
            Action::Answer(q, a) => {
                self.declarations.insert(q, a);
            }
            // A confirmation of the figures is of the figures confirmed: changing any of them
            // (or what they are read in) withdraws it.
            Action::SetLatestYear(text) => {
                self.figures_confirmed &= text == self.latest_year_text;
                self.latest_year_text = text;
            }
            Action::SetHistory(choice) => {
                self.figures_confirmed &= Some(choice) == self.history;
                self.history = Some(choice);
            }
            Action::SetFoundingDate(text) => {
                self.figures_confirmed &= text == self.founding_date_text;
                self.founding_date_text = text;
            }
            Action::SetFigureText(key, text) => {
                let unit = self.amount_unit;
                let figure = self.figure_mut(key);
                let changed = figure.text != text;
                *figure = AmountInput::typed(text, unit);
                self.figures_confirmed &= !changed;
            }
            Action::SetAmountUnit(unit) => {
                self.figures_confirmed &= unit == self.amount_unit;
                self.expected_revenue_confirmed &= unit == self.amount_unit;
                self.amount_unit = unit;
                for input in self
                    .figures
                    .iter_mut()
                    .map(|(_, input)| input)
                    .chain(self.plan.iter_mut())
                    .chain(std::iter::once(&mut self.expected_revenue))
                {
                    input.read_in(unit);
                }
            }
            Action::SetPlanText(amount, text) => {
                let input = &mut self.plan[amount as usize];
                // The Art. 6 amounts are checked like the figures: a change withdraws it.
                self.figures_confirmed &= input.text == text;
                *input = AmountInput::typed(text, self.amount_unit);
            }
            Action::SetItemStatus(item, status) => self.progress_mut(item).status = status,
            Action::SetItemNote(item, note) => self.progress_mut(item).note = clip_note(&note),
            Action::SetOmitAmounts(omit) => self.omit_amounts = omit,
            Action::SetOrganisation(name) => self.about.organisation = clip_name(&name),
            Action::SetExpectedRevenue(text) => {
                self.expected_revenue_confirmed &= self.expected_revenue.text == text;
                self.expected_revenue = AmountInput::typed(text, self.amount_unit)
            }
            Action::ConfirmExpectedRevenue(confirmed) => {
                self.expected_revenue_confirmed = confirmed
            }
            Action::ConfirmFigures(confirmed) => self.figures_confirmed = confirmed,
            Action::SetFilledBy(name) => self.about.filled_by = clip_name(&name),
            Action::SetRemember(remember) => {
                self.notice = (self.remember && !remember).then_some(Notice::Forgotten);
                self.remember = remember;
            }
            Action::Import(Ok(document)) => {
                let kept = (self.lang, self.remember, self.omit_amounts, self.texts);
                self = WizardState::from_document(kept.0, self.as_of, document);
                self.remember = kept.1;
                self.omit_amounts = kept.2;
                self.texts = kept.3;
                self.downloads = 0;
                self.step = Step::Check;
                self.notice = Some(Notice::Imported);
                return self;
            }
            Action::Import(Err(e)) => {
                self.notice = None;
                self.import_error = Some(e);
                self.failed_attempts += 1;
            }
            Action::RestoreDraft(Ok(document)) => {
                let texts = self.texts;
                self = WizardState::from_document(self.lang, self.as_of, document);
                self.texts = texts;
                self.remember = true;
                self.notice = Some(Notice::DraftRestored);
                return self;
            }
            Action::RestoreDraft(Err(ImportError::NewerVersion { found })) => {
                self.notice = Some(Notice::DraftFromNewerVersion { found });
            }
            Action::RestoreDraft(Err(e)) => self.notice = Some(Notice::DraftDiscarded(e)),
            Action::ExportFailed => self.notice = Some(Notice::ExportFailed),
            Action::DownloadOutline => {
                self.downloads = self.downloads.wrapping_add(1);
                self.download = Download::Outline;
            }
            Action::Export => {
                self.downloads = self.downloads.wrapping_add(1);
                self.download = Download::Answers;
                self.exported_at = Some(self.revision);
            }
            Action::TextsArrived(ok) => {
                self.texts = if ok {
                    TextsStatus::Ready
                } else {
                    TextsStatus::Failed
                };
            }
            Action::StorageFailed => {
                self.remember = false;
                self.notice = Some(Notice::StorageUnavailable);
            }
            Action::LeaveField(field) => {
                self.derive_answers();
                self.report_unreadable(field);
                return self;
            }
        }
        self.derive_answers();
        self.refresh_errors();
        self
    }

    pub(super) fn go(&mut self, step: Step) {
        if step != self.step {
            self.notice = None;
        }
        self.step = step;
        self.errors.clear();
        self.summarise_errors = false;
        self.import_error = None;
        self.focus = None;
        if matches!(step, Step::Check | Step::Results) {
            self.return_to = None;
        }
    }

    pub(super) fn figure_input(&self, key: FigureKey) -> Option<&AmountInput> {
        self.figures.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    fn figure_mut(&mut self, key: FigureKey) -> &mut AmountInput {
        let i = match self.figures.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                self.figures.push((key, AmountInput::default()));
                self.figures.len() - 1
            }
        };
        &mut self.figures[i].1
    }

    fn progress_mut(&mut self, item: String) -> &mut Progress {
        let list = &mut self.checklist;
        let i = match list.iter().position(|p| p.item == item) {
            Some(i) => i,
            None => {
                list.push(Progress {
                    item,
                    status: Status::NotStarted,
                    note: String::new(),
                });
                list.len() - 1
            }
        };
        &mut list[i]
    }

    /// Derives the answers the rules read from what was chosen and typed, the whole of them and
    /// nothing else: valid text becomes an amount or a date; blank or invalid text leaves it
    /// absent (and the text untouched).
    pub(super) fn derive_answers(&mut self) {
        let operating_history = match self.history {
            None => None,
            Some(HistoryChoice::ThreeYearsOrMore) => Some(OperatingHistory::ThreeYearsOrMore),
            Some(HistoryChoice::FoundedOn) => CalendarDate::parse(&self.founding_date_text)
                .map(|date| OperatingHistory::FoundedOn { date }),
            Some(HistoryChoice::FoundedIn {
                year,
                months_in_first_year,
            }) => Some(OperatingHistory::FoundedIn {
                year,
                months_in_first_year,
            }),
        };
        let mut years: Vec<YearFigures> = Vec::new();
        for &((year, field), ref input) in &self.figures {
            if let Some(m) = input.amount() {
                // Kept in year order as it grows, as the document lists them.
                let i = years.partition_point(|y| y.year < year);
                if years.get(i).map(|y| y.year) != Some(year) {
                    years.insert(i, YearFigures::empty(year));
                }
                years[i].set(field, Some(m));
            }
        }
        let amount = |which: PlanAmount| self.plan[which as usize].amount();
        self.answers = Answers {
            path: self.path,
            declarations: self.declarations.clone(),
            financials: Financials {
                latest_fiscal_year: parse_year(&self.latest_year_text),
                operating_history,
                years,
            },
            figures_confirmed: self.figures_confirmed,
            never_confirmed: Vec::new(),
            committed_average_annual_rd: amount(PlanAmount::Commitment),
            planned_domestic_average_annual_rd: amount(PlanAmount::PlannedDomestic),
            rd_since_founding: amount(PlanAmount::SinceFounding),
            rd_since_founding_domestic: amount(PlanAmount::SinceFoundingDomestic),
        };
        self.period = assessment_period(
            &self.answers.financials,
            self.as_of,
            RuleSet::for_date(self.as_of),
        );
    }

    /// The years “近3年” covers for the answers so far, or why they cannot be worked out yet.
    pub fn period(&self) -> Result<&Period, &PeriodProblem> {
        self.period.as_ref()
    }

    /// Whether the figures page asks for the R&D incurred since founding: on the Art. 6 path,
    /// for an entity founded after its latest complete fiscal year (it has no year of figures).
    pub fn asks_since_founding(&self) -> bool {
        self.path == Some(ApplicantPath::NewEntity)
            && matches!(
                self.period(),
                Err(PeriodProblem::FoundedAfterLatestYear { .. })
            )
    }

    /// The years the figures table asks for.
    pub fn period_years(&self) -> &[i32] {
        self.period().map_or(&[], |p| &p.years)
    }

    /// The assessment of the answers so far.
    pub fn assessment(&self) -> Assessment {
        assess(&self.answers, self.as_of)
    }

    /// The input for a figure (empty until typed).
    pub fn figure(&self, key: FigureKey) -> AmountInput {
        self.figure_input(key).cloned().unwrap_or_default()
    }
}

/// A four-digit year in the accepted range, full-width digits allowed.
pub fn parse_year(text: &str) -> Option<i32> {
    let digits: String = text.trim().chars().map(to_half_width).collect();
    // “2024年”, as a year is written in Chinese, is 2024.
    let digits = digits.trim_end_matches('年').trim_end();
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    whole_number(digits)
        .map(|y| y as i32)
        .filter(|y| YEARS_ACCEPTED.contains(y))
}

/// A name as kept: at most [`MAX_NAME_CHARS`] characters (a longer paste is cut).
fn clip_name(name: &str) -> String {
    name.chars().take(MAX_NAME_CHARS).collect()
}
