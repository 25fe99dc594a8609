//! The answers document: what is exported, imported and kept as a draft — the [`Answers`] the
//! rules read and the person's checklist [`Progress`], which the rules never see — read from and
//! written to JSON in the shape `docs/answers-format.md` and `docs/answers.schema.json` describe. Reading is strict — an
//! unknown member, a wrong type or an amount that is not exact refuses the whole file, naming
//! the place (`financials.years[1].rd_total.value`) — so an import never half-succeeds.

mod errors;
mod read;
#[cfg(test)]
mod tests;
mod write;

use errors::*;
pub use errors::{import_messages, Arg, ImportError, Section, What, IMPORT_DETAIL};
pub use write::write_document;

use read::read_document;

use super::answers::{Answers, Field, OperatingHistory, YearFigures};
use super::dates::{whole_number, YEARS_ACCEPTED};
use super::json::{self, Kind, Value};
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
/// confirmed the figures the tool found unlikely); version 5 widened what the confirmation
/// covers (figures too large for any applicant, a unit typed 10,000 times off, the Art. 6
/// amounts), so a version 4 confirmation is not carried over: it covered only the warnings its
/// applicant was shown, and the check page asks again. Otherwise earlier files read as they
/// are, since every document of an earlier version is a valid document of a later one.
pub const SCHEMA_VERSION: u32 = 5;

/// The first version whose `figures_confirmed` covers every warning this version raises.
pub const CONFIRMATION_VERSION: u64 = 5;

/// The most checklist entries a document may carry (the checklist has a few dozen items).
pub const MAX_CHECKLIST_ENTRIES: usize = 100;

/// The largest answers document accepted (the real ones are a few kilobytes).
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;

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
                return Err(invalid(
                    "financials",
                    What::new(
                        WHAT_YEAR_OUT_OF_RANGE,
                        vec![("year", Arg::Text(year.to_string()))],
                    ),
                ));
            }
        }
        for y in &fin.years {
            if seen.contains(&y.year) {
                return Err(invalid(
                    "financials.years",
                    What::new(
                        WHAT_YEAR_TWICE,
                        vec![("year", Arg::Text(y.year.to_string()))],
                    ),
                ));
            }
            seen.push(y.year);
        }
        if self.checklist.len() > MAX_CHECKLIST_ENTRIES {
            return Err(invalid(
                "checklist",
                What::new(
                    WHAT_TOO_MANY_ENTRIES,
                    vec![("max", Arg::Text(MAX_CHECKLIST_ENTRIES.to_string()))],
                ),
            ));
        }
        let mut items: Vec<&str> = Vec::new();
        for p in &self.checklist {
            let id_ok = !p.item.is_empty()
                && p.item.len() <= 100
                && p.item
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_');
            if !id_ok || items.contains(&p.item.as_str()) {
                return Err(invalid(
                    "checklist",
                    What::new(WHAT_BAD_ITEM_ID, vec![("item", Arg::Text(p.item.clone()))]),
                ));
            }
            items.push(p.item.as_str());
            if note_length(&p.note) > MAX_NOTE_CHARS {
                return Err(invalid(
                    "checklist",
                    What::new(
                        WHAT_NOTE_TOO_LONG,
                        vec![
                            ("item", Arg::Text(p.item.clone())),
                            ("max", Arg::Text(MAX_NOTE_CHARS.to_string())),
                        ],
                    ),
                ));
            }
        }
        if let Some(OperatingHistory::FoundedIn {
            months_in_first_year,
            ..
        }) = fin.operating_history
        {
            if !(1..=12).contains(&months_in_first_year) {
                return Err(invalid(
                    "financials.operating_history",
                    What::new(WHAT_MONTHS_OUT_OF_RANGE, Vec::new()),
                ));
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
        let doc = json::parse(text).map_err(ImportError::NotJson)?;
        let version = match doc.get("schema_version") {
            None => return Err(ImportError::NotAnswers),
            Some(Value::Number(n)) => whole_number(n).ok_or_else(|| What::out_of_range(n)),
            Some(other) => Err(What::wrong_type(Kind::Number, other.kind())),
        }
        .map_err(|what| invalid("schema_version", what))?;
        if version > u64::from(SCHEMA_VERSION) {
            return Err(ImportError::NewerVersion { found: version });
        }
        if version < 1 {
            return Err(ImportError::UnsupportedVersion { found: version });
        }
        let mut document = read_document(&doc, version).map_err(read::Problem::into_error)?;
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

fn invalid(place: &str, what: What) -> ImportError {
    ImportError::Invalid {
        place: place.into(),
        what,
    }
}
