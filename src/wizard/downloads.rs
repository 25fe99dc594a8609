//! The files the person downloads: which one a press asked for, and the construction-plan
//! outline of the wizard's state — its file name and `.docx` bytes, in the page's language,
//! without amounts when the person left them out. The outline itself is
//! [`crate::result::outline`]'s; this only hands it the state. The answers file, which the draft
//! shares, is written here too.

use super::state::WizardState;
use crate::result::outline::{outline_docx, outline_file_name, OutlineInput};
use crate::rules::document::write_document;
use crate::rules::explain::Amounts;

impl WizardState {
    /// The answers document of this state, written: what “save to file” downloads and the
    /// draft keeps. The one way the state is written out.
    pub fn document_json(&self) -> String {
        write_document(self.answers(), &self.about, &self.checklist)
    }

    /// The construction-plan outline of this state, in its language, without amounts when they
    /// are left out: the file name and the `.docx` bytes the download holds.
    pub fn outline(&self) -> (String, Vec<u8>) {
        let assessment = self.assessment();
        let input = OutlineInput {
            answers: self.answers(),
            organisation: &self.about.organisation,
            filled_by: &self.about.filled_by,
            progress: &self.checklist,
            assessment: &assessment,
        };
        let amounts = if self.omit_amounts {
            Amounts::Hidden
        } else {
            Amounts::Shown
        };
        (
            outline_file_name(&self.about.organisation, self.as_of, self.lang),
            outline_docx(&input, self.lang, amounts),
        )
    }
}
