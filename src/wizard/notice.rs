//! Messages about keeping answers: importing a file, the draft on this device, and storage that
//! is unavailable or full. Shown at the top of the page until the next step.

use crate::rules::document::ImportError;
use crate::rules::lang::Lang;
use crate::rules::library::fill;
use crate::words::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file was imported and replaced the answers.
    Imported,
    /// A draft from an earlier visit was restored.
    DraftRestored,
    /// A saved draft could not be read (damaged, or an unsupported version) and was removed.
    DraftDiscarded(ImportError),
    /// A saved draft was written by a newer version of the tool: kept on the device, not read.
    DraftFromNewerVersion { found: u64 },
    /// The browser refused to store the draft (storage off, private mode, or full).
    StorageUnavailable,
    /// The draft was erased from this device.
    Forgotten,
    /// The browser refused to build the download.
    ExportFailed,
    /// The page was opened again at a later step (a reload, a bookmark) with nothing kept: the
    /// answers given before are gone, and are kept only with consent or in a file.
    NotKept,
}

impl Notice {
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::DraftDiscarded(_) | Notice::StorageUnavailable | Notice::ExportFailed
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            // All come with the long texts: the banner waits for them (a restored draft's
            // message appears a moment after the first page).
            Notice::Imported => NOTICE_IMPORTED().get(lang).into(),
            Notice::DraftRestored => NOTICE_DRAFT_RESTORED().get(lang).into(),
            Notice::DraftFromNewerVersion { found } => {
                fill(NOTICE_DRAFT_NEWER().get(lang), &[("found", found)])
            }
            Notice::DraftDiscarded(e) => fill(
                NOTICE_DRAFT_DISCARDED().get(lang),
                &[("why", &e.message(lang))],
            ),
            Notice::StorageUnavailable => NOTICE_STORAGE_UNAVAILABLE().get(lang).into(),
            Notice::ExportFailed => NOTICE_EXPORT_FAILED().get(lang).into(),
            Notice::Forgotten => NOTICE_FORGOTTEN().get(lang).into(),
            Notice::NotKept => NOTICE_NOT_KEPT().get(lang).into(),
        }
    }
}
