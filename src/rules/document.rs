//! The answers document: what is exported, imported and kept as a draft — the [`Answers`] the
//! rules read and the person's checklist [`Progress`], which the rules never see — read from and
//! written to JSON in the shape `docs/answers-format.md` and `docs/answers.schema.json` describe. Reading is strict — an
//! unknown member, a wrong type or an amount that is not exact refuses the whole file, naming
//! the place (`financials.years[1].rd_total.value`) — so an import never half-succeeds.

use super::answers::{Answers, Field, Financials, OperatingHistory, YearFigures};
use super::dates::whole_number;
use super::dates::{CalendarDate, YEARS_ACCEPTED};
use super::json::{self, Value};
use super::lang::{Bilingual, Lang};
use super::library::fill;
use super::money::AmountError;
use super::money::{Money, Unit};
use super::money_input::parse_amount;
use super::progress::{note_length, Progress, Status, MAX_NOTE_CHARS};
use super::questions::{Answer, ApplicantPath, Question};

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

/// The document of `answers` and `checklist`, pretty-printed, as the export and the draft write
/// it; borrowed, so that writing never copies the answers, and written as it goes.
pub fn write_document(answers: &Answers, about: &About, checklist: &[Progress]) -> String {
    let mut w = json::Writer::default();
    w.open('{');
    w.key("schema_version");
    w.raw(&SCHEMA_VERSION.to_string());
    if let Some(path) = answers.path {
        w.key("path");
        w.string(path.key());
    }
    w.key("declarations");
    w.open('{');
    for (q, a) in answers.declarations.iter() {
        w.key(q.key());
        w.string(a.key());
    }
    w.close('}');
    write_financials(&mut w, &answers.financials);
    for (name, amount) in [
        (
            "committed_average_annual_rd",
            answers.committed_average_annual_rd,
        ),
        (
            "planned_domestic_average_annual_rd",
            answers.planned_domestic_average_annual_rd,
        ),
        ("rd_since_founding", answers.rd_since_founding),
        (
            "rd_since_founding_domestic",
            answers.rd_since_founding_domestic,
        ),
    ] {
        write_money(&mut w, name, amount);
    }
    if answers.figures_confirmed {
        w.key("figures_confirmed");
        w.raw("true");
    }
    if !about.organisation.is_empty() || !about.filled_by.is_empty() {
        w.key("about");
        w.open('{');
        for (key, name) in [
            ("organisation", &about.organisation),
            ("filled_by", &about.filled_by),
        ] {
            if !name.is_empty() {
                w.key(key);
                w.string(name);
            }
        }
        w.close('}');
    }
    if !checklist.is_empty() {
        w.key("checklist");
        w.open('[');
        for p in checklist {
            w.item();
            w.open('{');
            w.key("item");
            w.string(&p.item);
            w.key("status");
            w.string(p.status.key());
            if !p.note.is_empty() {
                w.key("note");
                w.string(&p.note);
            }
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
    w.finish()
}

fn write_financials(w: &mut json::Writer, fin: &Financials) {
    w.key("financials");
    w.open('{');
    if let Some(year) = fin.latest_fiscal_year {
        w.key("latest_fiscal_year");
        w.raw(&year.to_string());
    }
    if let Some(history) = fin.operating_history {
        w.key("operating_history");
        w.open('{');
        w.key("kind");
        match history {
            OperatingHistory::ThreeYearsOrMore => w.string("three_years_or_more"),
            OperatingHistory::FoundedOn { date } => {
                w.string("founded_on");
                w.key("date");
                w.string(&date.to_string());
            }
            OperatingHistory::FoundedIn {
                year,
                months_in_first_year,
            } => {
                w.string("founded_in");
                w.key("year");
                w.raw(&year.to_string());
                w.key("months_in_first_year");
                w.raw(&months_in_first_year.to_string());
            }
        }
        w.close('}');
    }
    w.key("years");
    w.open('[');
    for y in &fin.years {
        w.item();
        w.open('{');
        w.key("year");
        w.raw(&y.year.to_string());
        for (name, amount) in [
            ("sales_revenue", y.sales_revenue),
            ("rd_total", y.rd_total),
            ("rd_domestic", y.rd_domestic),
        ] {
            write_money(w, name, amount);
        }
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

/// `"name": {"value": "1234.56", "unit": "wan"}`, as [`Money::written`] gives it; nothing for
/// no amount.
fn write_money(w: &mut json::Writer, name: &str, amount: Option<Money>) {
    let Some(m) = amount else { return };
    let (value, unit) = m.written();
    w.key(name);
    w.open('{');
    w.key("value");
    w.string(&value);
    w.key("unit");
    w.string(unit);
    w.close('}');
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

/// What is wrong in a document and where. The place is collected on the way out of the reader,
/// innermost part first, so that reading a valid document formats nothing; every reader below
/// is a plain function (no generic helper per field type), which keeps the reader small.
struct Problem {
    /// Member names and array indexes, innermost first.
    place: Vec<Place>,
    /// What follows the place in the message: “ must be a string, not a number”.
    what: String,
}

enum Place {
    Member(String),
    Index(usize),
}

impl Problem {
    fn new(what: String) -> Problem {
        Problem {
            place: Vec::new(),
            what,
        }
    }

    /// The same problem, inside the member `name`.
    fn in_member(mut self, name: &str) -> Problem {
        self.place.push(Place::Member(name.to_string()));
        self
    }

    /// The message, with the place written out: `financials.years[1].rd_total.value “-1”: …`.
    fn message(self) -> String {
        let mut out = String::new();
        for place in self.place.iter().rev() {
            match place {
                Place::Member(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Place::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out + &self.what
    }
}

/// `null` reads as absent, as an unanswered question or a blank figure.
fn given(value: &Value) -> Option<&Value> {
    (value != &Value::Null).then_some(value)
}

fn wrong_type(expected: &str, found: &Value) -> Problem {
    Problem::new(format!(" must be {expected}, not {}", found.kind()))
}

fn unknown(name: &str) -> Problem {
    Problem::new(" is not a field of the answers document".into()).in_member(name)
}

fn missing(name: &str) -> Problem {
    Problem::new(" is missing".into()).in_member(name)
}

fn object(value: &Value) -> Result<&[(String, Value)], Problem> {
    match value {
        Value::Object(members) => Ok(members),
        v => Err(wrong_type("an object", v)),
    }
}

fn boolean(value: &Value) -> Result<bool, Problem> {
    match value {
        Value::Bool(b) => Ok(*b),
        v => Err(wrong_type("true or false", v)),
    }
}

fn string(value: &Value) -> Result<&str, Problem> {
    match value {
        Value::String(s) => Ok(s),
        v => Err(wrong_type("a string", v)),
    }
}

/// A whole number up to `max`, written without sign, fraction or exponent.
fn whole(value: &Value, max: u64) -> Result<u64, Problem> {
    match value {
        Value::Number(n) => whole_number(n)
            .filter(|&n| n <= max)
            .ok_or_else(|| Problem::new(format!(" must be a whole number in range, not {n}"))),
        v => Err(wrong_type("a whole number", v)),
    }
}

fn year(value: &Value) -> Result<i32, Problem> {
    whole(value, 9999).map(|y| y as i32)
}

/// One of a fixed set of names, such as `"not_sure"`: its place in `names`.
fn choice(value: &Value, names: &[&str]) -> Result<usize, Problem> {
    let name = string(value)?;
    names.iter().position(|n| *n == name).ok_or_else(|| {
        Problem::new(format!(
            " is “{name}”, which is not one of: {}",
            names.join(", ")
        ))
    })
}

/// The items of an array, each read by `read` and placed by its index; `null` reads as empty.
fn items<T>(value: &Value, read: fn(&Value) -> Result<T, Problem>) -> Result<Vec<T>, Problem> {
    let Some(value) = given(value) else {
        return Ok(Vec::new());
    };
    let Value::Array(items) = value else {
        return Err(wrong_type("an array", value));
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        out.push(read(item).map_err(|mut p| {
            p.place.push(Place::Index(i));
            p
        })?);
    }
    Ok(out)
}

/// An amount, `null` for none.
fn amount(value: &Value) -> Result<Option<Money>, Problem> {
    given(value).map(read_money).transpose()
}

/// Reads the members of a document of `version`: members added in a later version are refused
/// in an earlier one, so a file keeps meaning what it meant when it was written.
fn read_document(doc: &Value, version: u64) -> Result<AnswersDocument, Problem> {
    let mut document = AnswersDocument::default();
    let answers = &mut document.answers;
    for (name, value) in object(doc)? {
        let read = match name.as_str() {
            // Already checked by the caller.
            "schema_version" => Ok(()),
            "path" => given(value)
                .map(|v| choice(v, &ApplicantPath::ALL.map(ApplicantPath::key)))
                .transpose()
                .map(|i| answers.path = i.map(|i| ApplicantPath::ALL[i])),
            "declarations" => read_declarations(value, version, &mut answers.declarations),
            "financials" => given(value)
                .map(read_financials)
                .transpose()
                .map(|f| answers.financials = f.unwrap_or_default()),
            "committed_average_annual_rd" => {
                amount(value).map(|m| answers.committed_average_annual_rd = m)
            }
            "planned_domestic_average_annual_rd" if version >= 2 => {
                amount(value).map(|m| answers.planned_domestic_average_annual_rd = m)
            }
            "rd_since_founding" if version >= 2 => {
                amount(value).map(|m| answers.rd_since_founding = m)
            }
            "rd_since_founding_domestic" if version >= 2 => {
                amount(value).map(|m| answers.rd_since_founding_domestic = m)
            }
            "about" if version >= 3 => read_about(value, &mut document.about),
            "figures_confirmed" if version >= 4 => given(value)
                .map(boolean)
                .transpose()
                .map(|b| answers.figures_confirmed = b.unwrap_or(false)),
            "checklist" => items(value, read_progress).map(|c| document.checklist = c),
            _ => return Err(unknown(name)),
        };
        read.map_err(|p| p.in_member(name))?;
    }
    Ok(document)
}

fn read_declarations(
    value: &Value,
    version: u64,
    declarations: &mut super::answers::Declarations,
) -> Result<(), Problem> {
    let Some(value) = given(value) else {
        return Ok(());
    };
    for (name, answer) in object(value)? {
        let q = Question::ALL
            .into_iter()
            .find(|q| q.key() == name)
            .filter(|&q| version >= 2 || q != Question::NewlyEstablishedForCenter)
            .ok_or_else(|| unknown(name))?;
        if let Some(answer) = given(answer) {
            let i = choice(answer, &Answer::ALL.map(Answer::key)).map_err(|p| p.in_member(name))?;
            declarations.insert(q, Answer::ALL[i]);
        }
    }
    Ok(())
}

fn read_about(value: &Value, about: &mut About) -> Result<(), Problem> {
    let Some(value) = given(value) else {
        return Ok(());
    };
    for (name, value) in object(value)? {
        let slot = match name.as_str() {
            "organisation" => &mut about.organisation,
            "filled_by" => &mut about.filled_by,
            _ => return Err(unknown(name)),
        };
        let text = given(value)
            .map(string)
            .transpose()
            .map_err(|p| p.in_member(name))?;
        let text = text.unwrap_or_default();
        if text.chars().count() > MAX_NAME_CHARS {
            return Err(
                Problem::new(format!(" is longer than {MAX_NAME_CHARS} characters"))
                    .in_member(name),
            );
        }
        *slot = text.to_string();
    }
    Ok(())
}

fn read_financials(value: &Value) -> Result<Financials, Problem> {
    let mut fin = Financials::default();
    for (name, value) in object(value)? {
        let read = match name.as_str() {
            "latest_fiscal_year" => given(value)
                .map(year)
                .transpose()
                .map(|y| fin.latest_fiscal_year = y),
            "operating_history" => given(value)
                .map(read_history)
                .transpose()
                .map(|h| fin.operating_history = h),
            "years" => items(value, read_year).map(|y| fin.years = y),
            _ => return Err(unknown(name)),
        };
        read.map_err(|p| p.in_member(name))?;
    }
    Ok(fin)
}

fn read_history(value: &Value) -> Result<OperatingHistory, Problem> {
    let (mut kind, mut date, mut founded, mut months) = (None, None, None, None);
    for (name, value) in object(value)? {
        let read = match name.as_str() {
            "kind" => string(value).map(|k| kind = Some(k)),
            "date" => string(value).and_then(|typed| {
                date = Some(CalendarDate::parse(typed).ok_or_else(|| {
                    Problem::new(format!(
                        " “{typed}” is not a date written YYYY-MM-DD between 1949 and 2100"
                    ))
                })?);
                Ok(())
            }),
            "year" => year(value).map(|y| founded = Some(y)),
            "months_in_first_year" => whole(value, 255).map(|m| months = Some(m as u32)),
            _ => return Err(unknown(name)),
        };
        read.map_err(|p| p.in_member(name))?;
    }
    match (kind, date, founded, months) {
        (Some("three_years_or_more"), None, None, None) => Ok(OperatingHistory::ThreeYearsOrMore),
        (Some("founded_on"), Some(date), None, None) => Ok(OperatingHistory::FoundedOn { date }),
        (Some("founded_in"), None, Some(year), Some(months_in_first_year)) => {
            Ok(OperatingHistory::FoundedIn {
                year,
                months_in_first_year,
            })
        }
        (kind, ..) => Err(Problem::new(format!(
            " of kind “{}” must be three_years_or_more, founded_on with a date, or founded_in with year and months_in_first_year",
            kind.unwrap_or("")
        ))),
    }
}

fn read_year(value: &Value) -> Result<YearFigures, Problem> {
    let mut figures = YearFigures::empty(0);
    let mut found = None;
    for (name, value) in object(value)? {
        let read = match name.as_str() {
            "year" => year(value).map(|y| found = Some(y)),
            "sales_revenue" => amount(value).map(|m| figures.sales_revenue = m),
            "rd_total" => amount(value).map(|m| figures.rd_total = m),
            "rd_domestic" => amount(value).map(|m| figures.rd_domestic = m),
            _ => return Err(unknown(name)),
        };
        read.map_err(|p| p.in_member(name))?;
    }
    figures.year = found.ok_or_else(|| missing("year"))?;
    Ok(figures)
}

fn read_money(value: &Value) -> Result<Money, Problem> {
    let (mut typed, mut unit) = (None, None);
    for (name, value) in object(value)? {
        let read = match name.as_str() {
            "value" => string(value).map(|v| typed = Some(v)),
            "unit" => choice(value, &Unit::ALL.map(Unit::key)).map(|i| unit = Some(Unit::ALL[i])),
            _ => return Err(unknown(name)),
        };
        read.map_err(|p| p.in_member(name))?;
    }
    let typed = typed.ok_or_else(|| missing("value"))?;
    let unit = unit.ok_or_else(|| missing("unit"))?;
    parse_amount(typed, unit)
        .and_then(|m| m.ok_or(AmountError::Empty))
        .map_err(|e| {
            Problem::new(format!(" “{typed}”: {}", e.message(Lang::En))).in_member("value")
        })
}

fn read_progress(value: &Value) -> Result<Progress, Problem> {
    let (mut item, mut status, mut note) = (None, None, "");
    for (name, value) in object(value)? {
        let read = match name.as_str() {
            "item" => string(value).map(|i| item = Some(i)),
            "status" => {
                choice(value, &Status::ALL.map(Status::key)).map(|i| status = Some(Status::ALL[i]))
            }
            "note" => string(value).map(|n| note = n),
            _ => return Err(unknown(name)),
        };
        read.map_err(|p| p.in_member(name))?;
    }
    Ok(Progress {
        item: item.ok_or_else(|| missing("item"))?.to_string(),
        status: status.ok_or_else(|| missing("status"))?,
        note: note.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_rd_total(money: &str) -> String {
        format!(
            r#"{{"schema_version":1,"financials":{{"years":[{{"year":2023,"rd_total":{money}}}]}}}}"#
        )
    }

    fn detail(doc: &str) -> String {
        match AnswersDocument::from_json(doc) {
            Err(ImportError::Invalid { detail }) => detail,
            other => panic!("{doc}: {other:?}"),
        }
    }

    #[test]
    fn money_is_a_decimal_string_with_a_unit() {
        let a = AnswersDocument::from_json(&with_rd_total(r#"{"value":"1,234.5","unit":"wan"}"#))
            .unwrap();
        let m = a.answers.financials.years[0].rd_total.unwrap();
        assert_eq!(m.yuan(), rust_decimal_macros::dec!(12345000));
        assert!(a.to_json().contains("\"value\": \"1234.5\",\n"));
        for (money, says) in [
            (
                r#"{"value":1234.5,"unit":"wan"}"#,
                "financials.years[0].rd_total.value must be a string, not a number",
            ),
            (
                r#"{"value":"-1","unit":"wan"}"#,
                "financials.years[0].rd_total.value “-1”",
            ),
            (
                r#"{"value":"","unit":"wan"}"#,
                "financials.years[0].rd_total.value “”",
            ),
            (
                r#"{"value":"1","unit":"usd"}"#,
                "financials.years[0].rd_total.unit is “usd”, which is not one of: yuan, wan, yi",
            ),
            (
                r#"{"value":"1"}"#,
                "financials.years[0].rd_total.unit is missing",
            ),
            (
                r#"{"value":"1","unit":"wan","note":""}"#,
                "financials.years[0].rd_total.note is not a field",
            ),
        ] {
            let d = detail(&with_rd_total(money));
            assert!(d.starts_with(says), "{money}: {d}");
        }
    }

    #[test]
    fn errors_name_the_place() {
        for (doc, says) in [
            (
                r#"{"schema_version":1,"declarations":{"good_credit":"maybe"}}"#,
                "declarations.good_credit is “maybe”, which is not one of: yes, no, not_sure",
            ),
            (
                r#"{"schema_version":1,"declarations":{"is_nice":"yes"}}"#,
                "declarations.is_nice is not a field",
            ),
            (
                r#"{"schema_version":1,"financials":{"years":{"2022":{}}}}"#,
                "financials.years must be an array, not an object",
            ),
            (
                r#"{"schema_version":1,"financials":{"years":[{"year":"2022"}]}}"#,
                "financials.years[0].year must be a whole number, not a string",
            ),
            (
                r#"{"schema_version":1,"financials":{"years":[{"year":2022.0}]}}"#,
                "financials.years[0].year must be a whole number in range, not 2022.0",
            ),
            (
                r#"{"schema_version":1,"financials":{"years":[{}]}}"#,
                "financials.years[0].year is missing",
            ),
            (
                r#"{"schema_version":1,"checklist":[{"item":"plan.a"}]}"#,
                "checklist[0].status is missing",
            ),
            (
                r#"{"schema_version":1,"financials":{"operating_history":{"kind":"founded_on"}}}"#,
                "financials.operating_history of kind “founded_on” must be",
            ),
            (
                r#"{"schema_version":"1"}"#,
                "schema_version must be a whole number",
            ),
            (
                r#"{"schema_version":1.5}"#,
                "schema_version must be a whole number",
            ),
        ] {
            let d = detail(doc);
            assert!(d.starts_with(says), "{doc}: {d}");
        }
    }

    #[test]
    fn syntax_errors_say_where() {
        match AnswersDocument::from_json("{\n  \"schema_version\": 1,\n}") {
            Err(ImportError::NotJson { detail }) => {
                assert_eq!(
                    detail,
                    "expected a member name in double quotes at line 3 column 1"
                )
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            AnswersDocument::from_json("[1]"),
            Err(ImportError::NotAnswers)
        );
        assert_eq!(
            AnswersDocument::from_json("{}"),
            Err(ImportError::NotAnswers)
        );
    }

    /// The CLI report (serde) names paths, questions and answers as the document does.
    #[test]
    fn the_report_uses_the_document_names() {
        for p in ApplicantPath::ALL {
            assert_eq!(serde_json::to_value(p).unwrap(), p.key());
        }
        for q in Question::ALL {
            assert_eq!(serde_json::to_value(q).unwrap(), q.key());
        }
        for a in Answer::ALL {
            assert_eq!(serde_json::to_value(a).unwrap(), a.key());
        }
        for u in Unit::ALL {
            assert_eq!(serde_json::to_value(u).unwrap(), u.key());
        }
    }

    #[test]
    fn years_are_read_in_year_order() {
        let doc = r#"{"schema_version":2,"financials":{"years":[
            {"year":2024,"rd_total":{"value":"3","unit":"wan"}},
            {"year":2022,"rd_total":{"value":"1","unit":"wan"}},
            {"year":2023}]}}"#;
        let years: Vec<i32> = AnswersDocument::from_json(doc)
            .unwrap()
            .answers
            .financials
            .years
            .iter()
            .map(|y| y.year)
            .collect();
        assert_eq!(years, [2022, 2024]);
    }

    #[test]
    fn null_is_absent() {
        let doc = r#"{"schema_version":1,"path":null,"declarations":{"good_credit":null},
            "financials":{"latest_fiscal_year":null,"years":[{"year":2023,"rd_total":null}]},
            "committed_average_annual_rd":null,"checklist":null}"#;
        let a = AnswersDocument::from_json(doc).unwrap().answers;
        assert_eq!(a.path, None);
        assert!(a.declarations.is_empty());
        // A year listed with no figure says nothing, and is not kept.
        assert!(a.financials.years.is_empty());
    }
}
