//! The answers document: what is exported, imported and kept as a draft — the [`Answers`] the
//! rules read and the person's checklist [`Progress`], which the rules never see — read from and
//! written to JSON in the shape `docs/answers-format.md` and `docs/answers.schema.json` describe. Reading is strict — an
//! unknown member, a wrong type or an amount that is not exact refuses the whole file, naming
//! the place (`financials.years[1].rd_total.value`) — so an import never half-succeeds.

mod read;
#[cfg(test)]
mod tests;
mod write;

pub use write::write_document;

use read::read_document;

use super::answers::{Answers, Field, OperatingHistory, YearFigures};
use super::dates::{whole_number, YEARS_ACCEPTED};
use super::json::{self, Value};
use super::lang::{Bilingual, Lang};
use super::library::fill;
use super::progress::{note_length, Progress, MAX_NOTE_CHARS};

/// The document a person exports, imports and keeps as a draft.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswersDocument {
    /// What the rules read.
    pub answers: Answers,
    /// Who the self-check is for and who filled it in, for the printout's header (ignored by
    /// the assessment).
    pub about: About,
    /// Progress on the readiness checklist (ignored by the assessment).
    pub checklist: Vec<Progress>,
}

/// The optional names printed in the printout's header. Empty when not given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct About {
    /// 单位名称: the applicant's name.
    pub organisation: String,
    /// 填写人: who filled in the self-check.
    pub filled_by: String,
}

/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 100;

impl From<Answers> for AnswersDocument {
    fn from(answers: Answers) -> Self {
        AnswersDocument {
            answers,
            ..AnswersDocument::default()
        }
    }
}

/// The version of the answers document this build writes. Version 2 added the Art. 6 figures
/// (R&D since founding, the planned domestic part of the commitment) and the question whether
/// the supporting unit is a newly founded independent legal entity; version 3 added `about`
/// (the names printed in the header); version 4 added `figures_confirmed` (the applicant
/// confirmed the figures the tool found unlikely). Earlier files read as they are, since every
/// document of an earlier version is a valid document of a later one.
pub const SCHEMA_VERSION: u32 = 4;

/// The most checklist entries a document may carry (the checklist has a few dozen items).
pub const MAX_CHECKLIST_ENTRIES: usize = 100;

/// The largest answers document accepted (the real ones are a few kilobytes).
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;

/// Why a document could not be read as answers. The current answers are never touched by a
/// failed read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all, or cut off.
    NotJson { detail: String },
    /// JSON, but not an answers document (no `schema_version`).
    NotAnswers,
    /// Written by a newer version of the tool.
    NewerVersion { found: u64 },
    /// A version this build no longer reads.
    UnsupportedVersion { found: u64 },
    /// The right version, but a field is wrong (a mistyped name, a bad amount or date…).
    Invalid { detail: String },
}

impl ImportError {
    /// Whether a newer version of the tool could read the document: it is then kept, not
    /// deleted (a rolled-back deployment must not wipe the drafts written by the newer one).
    pub fn readable_by_a_newer_version(&self) -> bool {
        matches!(self, ImportError::NewerVersion { .. })
    }

    /// Why the file was not read, in words. Shown after a person imports a file, never on the
    /// first page's first paint, so the words travel with the long texts.
    pub fn message(&self, lang: Lang) -> String {
        let (text, values): (Bilingual, &[(&str, &dyn std::fmt::Display)]) = match self {
            ImportError::TooLarge { bytes } => (IMPORT_TOO_LARGE(), &[("bytes", bytes)]),
            ImportError::NotJson { detail } => (IMPORT_NOT_JSON(), &[("detail", detail)]),
            ImportError::NotAnswers => (IMPORT_NOT_ANSWERS(), &[]),
            ImportError::NewerVersion { found } => (
                IMPORT_NEWER_VERSION(),
                &[("found", found), ("supported", &SCHEMA_VERSION)],
            ),
            ImportError::UnsupportedVersion { found } => {
                (IMPORT_UNSUPPORTED_VERSION(), &[("found", found)])
            }
            ImportError::Invalid { detail } => (IMPORT_INVALID(), &[("detail", detail)]),
        };
        fill(text.get(lang), values)
    }

    /// Why the file was not imported, in plain words and without technical detail: what the
    /// error summary and the file field say. [`Self::message`] is the detail behind them.
    pub fn plain_message(&self, lang: Lang) -> &'static str {
        match self {
            ImportError::NotJson { .. }
            | ImportError::Invalid { .. }
            | ImportError::UnsupportedVersion { .. } => IMPORT_REFUSED_DAMAGED(),
            ImportError::TooLarge { .. } | ImportError::NotAnswers => IMPORT_REFUSED_FOREIGN(),
            ImportError::NewerVersion { .. } => IMPORT_REFUSED_NEWER(),
        }
        .get(lang)
    }
}

super::library::long_texts! {
    import_messages;
    IMPORT_REFUSED_DAMAGED = "import.refused_damaged":
        "文件不完整或已损坏，未导入。请重新导出后再试。",
        "The file is incomplete or damaged and was not imported. Save your answers to a file again and import that file.";
    IMPORT_REFUSED_FOREIGN = "import.refused_foreign":
        "这不是本工具保存的答案文件，未导入。请选择用本工具“保存到文件”得到的 .json 文件。",
        "This is not an answers file saved by this tool, so it was not imported. Choose the .json file this tool saved.";
    IMPORT_REFUSED_NEWER = "import.refused_newer":
        "该文件由更新版本的自评工具保存，未导入。请使用最新版本的自评工具。",
        "The file was saved by a newer version of the self-check and was not imported. Use the latest version.";
    IMPORT_DETAIL = "import.detail":
        "技术细节",
        "Technical details";
    IMPORT_TOO_LARGE = "import.too_large":
        "文件过大（{bytes} 字节），不是本工具导出的答案文件。",
        "The file is too large ({bytes} bytes) to be an answers file from this tool.";
    IMPORT_NOT_JSON = "import.not_json":
        "文件无法读取，可能已损坏或不完整：{detail}",
        "The file cannot be read; it may be damaged or incomplete: {detail}";
    IMPORT_NOT_ANSWERS = "import.not_answers":
        "这不是本工具导出的答案文件（缺少 schema_version）。",
        "This is not an answers file exported by this tool (it has no schema_version).";
    IMPORT_NEWER_VERSION = "import.newer_version":
        "该文件由更新版本的工具导出（格式版本 {found}），本版本只能读取版本 {supported}。请使用最新版本的自评工具。",
        "The file was exported by a newer version of the tool (format version {found}); this version reads version {supported}. Please use the latest self-check.";
    IMPORT_UNSUPPORTED_VERSION = "import.unsupported_version":
        "不支持的格式版本 {found}。",
        "Format version {found} is not supported.";
    IMPORT_INVALID = "import.invalid":
        "文件内容有误，未导入：{detail}",
        "The file has an error and was not imported: {detail}";
}

impl AnswersDocument {
    /// Checks what the shape alone cannot: one entry per fiscal year, years in a sane range,
    /// unique checklist items and short notes.
    pub(super) fn check_consistency(&self) -> Result<(), ImportError> {
        let mut seen: Vec<i32> = Vec::new();
        let fin = &self.answers.financials;
        let years = fin
            .years
            .iter()
            .map(|y| y.year)
            .chain(fin.latest_fiscal_year)
            .chain(match fin.operating_history {
                Some(OperatingHistory::FoundedIn { year, .. }) => Some(year),
                _ => None,
            });
        for year in years {
            if !YEARS_ACCEPTED.contains(&year) {
                return Err(ImportError::Invalid {
                    detail: format!("year {year} is outside 1949–2100"),
                });
            }
        }
        for y in &fin.years {
            if seen.contains(&y.year) {
                return Err(ImportError::Invalid {
                    detail: format!("fiscal year {} appears twice", y.year),
                });
            }
            seen.push(y.year);
        }
        if self.checklist.len() > MAX_CHECKLIST_ENTRIES {
            return Err(ImportError::Invalid {
                detail: format!("more than {MAX_CHECKLIST_ENTRIES} checklist entries"),
            });
        }
        let mut items: Vec<&str> = Vec::new();
        for p in &self.checklist {
            let id_ok = !p.item.is_empty()
                && p.item.len() <= 100
                && p.item
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_');
            if !id_ok || items.contains(&p.item.as_str()) {
                return Err(ImportError::Invalid {
                    detail: format!("checklist item “{}” is not a valid, unique item id", p.item),
                });
            }
            items.push(p.item.as_str());
            if note_length(&p.note) > MAX_NOTE_CHARS {
                return Err(ImportError::Invalid {
                    detail: format!(
                        "the note on checklist item {} is longer than {MAX_NOTE_CHARS} characters",
                        p.item
                    ),
                });
            }
        }
        if let Some(OperatingHistory::FoundedIn {
            months_in_first_year,
            ..
        }) = fin.operating_history
        {
            if !(1..=12).contains(&months_in_first_year) {
                return Err(ImportError::Invalid {
                    detail: "months_in_first_year must be 1 to 12".into(),
                });
            }
        }
        Ok(())
    }
}

impl AnswersDocument {
    /// Reads an answers document, checking size, syntax and version before anything else, so
    /// a foreign or newer file is named as such rather than reported as a field error.
    pub fn from_json(text: &str) -> Result<AnswersDocument, ImportError> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(ImportError::TooLarge { bytes: text.len() });
        }
        let doc = json::parse(text).map_err(|e| ImportError::NotJson {
            detail: e.to_string(),
        })?;
        let version = match doc.get("schema_version") {
            None => return Err(ImportError::NotAnswers),
            Some(Value::Number(n)) => whole_number(n),
            Some(_) => None,
        }
        .ok_or_else(|| invalid("schema_version must be a whole number".into()))?;
        if version > u64::from(SCHEMA_VERSION) {
            return Err(ImportError::NewerVersion { found: version });
        }
        if version < 1 {
            return Err(ImportError::UnsupportedVersion { found: version });
        }
        let mut document = read_document(&doc, version).map_err(|p| invalid(p.message()))?;
        document.check_consistency()?;
        let fin = &mut document.answers.financials;
        fin.years = in_year_order(std::mem::take(&mut fin.years));
        Ok(document)
    }

    /// The document, pretty-printed, as the export writes it.
    pub fn to_json(&self) -> String {
        write_document(&self.answers, &self.about, &self.checklist)
    }
}

/// The fiscal years as the answers hold them: in year order, and only those with a figure (a
/// year listed with none says nothing), whatever order the file gave them in.
fn in_year_order(years: Vec<YearFigures>) -> Vec<YearFigures> {
    let mut ordered: Vec<YearFigures> = Vec::with_capacity(years.len());
    for y in years {
        if Field::ALL.iter().any(|&f| y.get(f).is_some()) {
            let at = ordered.partition_point(|o| o.year < y.year);
            ordered.insert(at, y);
        }
    }
    ordered
}

fn invalid(detail: String) -> ImportError {
    ImportError::Invalid { detail }
}
