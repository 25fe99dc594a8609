//! Everything a person can do, as the actions the reducer ([`super::WizardState::apply`]) takes.

use super::field_id::{FieldId, PlanAmount};
use super::steps::Step;
use super::values::{FigureKey, HistoryChoice};
use crate::rules::document::{AnswersDocument, ImportError};
use crate::rules::lang::Lang;
use crate::rules::money::Unit;
use crate::rules::progress::Status;
use crate::rules::questions::{Answer, ApplicantPath, Question};

/// Everything a person can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    /// Go straight to a step (the browser's Back and Forward buttons).
    Go(Step),
    /// A “change” link on the check page or in the results summary: open the field's page
    /// with the field focused; continuing returns to where the link was.
    Change(FieldId),
    Continue,
    /// Continue a restored or imported self-check: open the first page with something still to
    /// answer, or the check page when everything is answered.
    Resume,
    Back,
    Restart,
    SetPath(ApplicantPath),
    Answer(Question, Answer),
    SetLatestYear(String),
    SetHistory(HistoryChoice),
    SetFoundingDate(String),
    SetFigureText(FigureKey, String),
    /// The unit every amount is typed in.
    SetAmountUnit(Unit),
    SetPlanText(PlanAmount, String),
    SetItemStatus(String, Status),
    SetItemNote(String, String),
    SetOmitAmounts(bool),
    SetOrganisation(String),
    SetExpectedRevenue(String),
    /// “我已核对，数据无误”: the figures the tool found unlikely are right as entered.
    ConfirmFigures(bool),
    /// “预计销售收入无误”: the expected revenue the tool found unlikely is right as typed.
    ConfirmExpectedRevenue(bool),
    SetFilledBy(String),
    /// Opt in or out of keeping a draft on this device (out erases it).
    SetRemember(bool),
    /// A file was read: replace the answers, or say why not and change nothing.
    Import(Result<AnswersDocument, ImportError>),
    /// A draft was found in storage when the app started.
    RestoreDraft(Result<AnswersDocument, ImportError>),
    /// Storage refused to keep the draft.
    StorageFailed,
    /// The browser refused to build the export download.
    ExportFailed,
    /// The long texts arrived (`true`) or could not be loaded (`false`).
    TextsArrived(bool),
    /// “Save to file”: the app writes [`WizardState::document_json`] to a download.
    Export,
    /// “下载建设方案提纲（Word）”: the app writes the construction-plan outline to a download.
    DownloadOutline,
    /// The person left a field: what was typed there that cannot be read is said at once.
    LeaveField(FieldId),
    /// The page opened at a later step with no draft to restore: what was answered is gone.
    OpenedWithoutAnswers,
}

impl Action {
    /// Whether the action changes what the answers document holds.
    pub(super) fn changes_the_document(&self) -> bool {
        !matches!(
            self,
            Action::SetLang(_)
                | Action::Go(_)
                | Action::Change(_)
                | Action::Continue
                | Action::Resume
                | Action::Back
                | Action::SetOmitAmounts(_)
                | Action::SetExpectedRevenue(_)
                | Action::ConfirmExpectedRevenue(_)
                | Action::SetRemember(_)
                | Action::Import(Err(_))
                | Action::RestoreDraft(Err(_))
                | Action::StorageFailed
                | Action::ExportFailed
                | Action::TextsArrived(_)
                | Action::Export
                | Action::DownloadOutline
                | Action::LeaveField(_)
                | Action::OpenedWithoutAnswers
        )
    }
}

impl FieldId {
    /// The action that types `text` into this amount field; `None` for a field that takes no
    /// amount.
    pub fn text_action(self, text: String) -> Option<Action> {
        Some(match self {
            FieldId::Figure(year, field) => Action::SetFigureText((year, field), text),
            FieldId::Plan(amount) => Action::SetPlanText(amount, text),
            FieldId::ExpectedRevenue => Action::SetExpectedRevenue(text),
            _ => return None,
        })
    }
}
