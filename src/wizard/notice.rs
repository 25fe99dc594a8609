//! Messages about keeping answers: importing a file, the draft on this device, and storage that
//! is unavailable or full. Shown at the top of the page until the next step.

use crate::rules::document::ImportError;
use crate::rules::lang::{pick, Lang};
use crate::rules::library::fill;
use crate::words::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file was imported and replaced the answers.
    Imported,
    /// A file could not be imported; the answers are unchanged.
    ImportFailed(ImportError),
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
}

impl Notice {
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::ImportFailed(_)
                | Notice::DraftDiscarded(_)
                | Notice::StorageUnavailable
                | Notice::ExportFailed
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            // Messages that follow something the person did come with the long texts; those
            // about the draft, shown as the page opens, are part of the first load.
            Notice::Imported => NOTICE_IMPORTED().get(lang).into(),
            Notice::ImportFailed(e) => fill(
                NOTICE_IMPORT_FAILED().get(lang),
                &[("why", &e.message(lang))],
            ),
            Notice::DraftRestored => pick(
                lang,
                "已恢复您上次在本设备上保存的回答。".into(),
                "The answers you saved on this device last time were restored.".into(),
            ),
            Notice::DraftFromNewerVersion { found } => pick(
                lang,
                format!("本设备上保存的回答来自更新版本的自评工具（格式版本 {found}），本版本无法读取。这些回答仍保留在本设备上，使用更新版本时可以恢复；如在本版本中勾选“在本设备上记住我的回答”，将以本次填写的回答替换它们。"),
                format!("The answers saved on this device come from a newer version of the self-check (format version {found}), which this version cannot read. They are still kept on this device and a newer version can restore them; ticking “Remember my answers on this device” here would replace them with the answers you enter now."),
            ),
            Notice::DraftDiscarded(e) => pick(
                lang,
                format!("本设备上保存的回答无法读取，已删除：{}", e.message(lang)),
                format!("The answers saved on this device could not be read and were removed: {}", e.message(lang)),
            ),
            Notice::StorageUnavailable => NOTICE_STORAGE_UNAVAILABLE().get(lang).into(),
            Notice::ExportFailed => NOTICE_EXPORT_FAILED().get(lang).into(),
            Notice::Forgotten => NOTICE_FORGOTTEN().get(lang).into(),
        }
    }
}
