//! The answers document read from JSON, strictly: an unknown member, a wrong type or an amount
//! that is not exact refuses the whole file, naming the place and what is wrong there.

use super::errors::{
    WHAT_AMOUNT, WHAT_HISTORY_KIND, WHAT_MISSING, WHAT_NOT_A_DATE, WHAT_NOT_ONE_OF, WHAT_TOO_LONG,
};
use super::{About, AnswersDocument, Arg, ImportError, Section, What, MAX_NAME_CHARS};
use crate::rules::answers::{Financials, OperatingHistory, YearFigures};
use crate::rules::dates::{whole_number, CalendarDate};
use crate::rules::json::{Kind, Value};
use crate::rules::money::{AmountError, Money, Unit};
use crate::rules::money_input::parse_amount;
use crate::rules::progress::{Progress, Status};
use crate::rules::questions::{Answer, ApplicantPath, Question};

/// What is wrong in a document and where. The place is collected on the way out of the reader,
/// innermost part first, so that reading a valid document formats nothing; every reader below
/// is a plain function (no generic helper per field type), which keeps the reader small.
pub(super) struct Problem {
    /// Member names and array indexes, innermost first.
    place: Vec<Place>,
    /// What is wrong there; none for a member the document does not have.
    what: Option<What>,
}

enum Place {
    Member(String),
    Index(usize),
}

impl Problem {
    fn new(what: What) -> Problem {
        Problem {
            place: Vec::new(),
            what: Some(what),
        }
    }

    /// The same problem, inside the member `name`.
    fn in_member(mut self, name: &str) -> Problem {
        self.place.push(Place::Member(name.to_string()));
        self
    }

    /// The error, with the place written out: `financials.years[1].rd_total.value`. A member
    /// this version does not know is told apart: a newer or another version may have written it.
    pub(super) fn into_error(self) -> ImportError {
        let mut place = String::new();
        for part in self.place.iter().rev() {
            match part {
                Place::Member(name) => {
                    if !place.is_empty() {
                        place.push('.');
                    }
                    place.push_str(name);
                }
                Place::Index(i) => {
                    place.push('[');
                    place.push_str(&i.to_string());
                    place.push(']');
                }
            }
        }
        match self.what {
            None => {
                // The member not known is the innermost part; the section, the outermost.
                let name = match self.place.first() {
                    Some(Place::Member(name)) => name.clone(),
                    _ => String::new(),
                };
                let section = match self.place.last() {
                    Some(Place::Member(outermost)) => Section::of(outermost),
                    _ => Section::Top,
                };
                let place = place
                    .strip_suffix(name.as_str())
                    .map_or("", |p| p.strip_suffix('.').unwrap_or(p))
                    .to_string();
                ImportError::UnknownMember {
                    place,
                    name,
                    section,
                }
            }
            Some(what) => ImportError::Invalid { place, what },
        }
    }
}

/// `null` reads as absent, as an unanswered question or a blank figure.
fn given(value: &Value) -> Option<&Value> {
    (value != &Value::Null).then_some(value)
}

fn wrong_type(expected: Kind, found: &Value) -> Problem {
    Problem::new(What::wrong_type(expected, found.kind()))
}

fn unknown(name: &str) -> Problem {
    Problem {
        place: Vec::new(),
        what: None,
    }
    .in_member(name)
}

fn missing(name: &str) -> Problem {
    Problem::new(What::new(WHAT_MISSING, Vec::new())).in_member(name)
}

fn object(value: &Value) -> Result<&[(String, Value)], Problem> {
    match value {
        Value::Object(members) => Ok(members),
        v => Err(wrong_type(Kind::Object, v)),
    }
}

fn boolean(value: &Value) -> Result<bool, Problem> {
    match value {
        Value::Bool(b) => Ok(*b),
        v => Err(wrong_type(Kind::Bool, v)),
    }
}

fn string(value: &Value) -> Result<&str, Problem> {
    match value {
        Value::String(s) => Ok(s),
        v => Err(wrong_type(Kind::String, v)),
    }
}

/// A whole number up to `max`, written without sign, fraction or exponent.
fn whole(value: &Value, max: u64) -> Result<u64, Problem> {
    match value {
        Value::Number(n) => whole_number(n)
            .filter(|&n| n <= max)
            .ok_or_else(|| Problem::new(What::out_of_range(n))),
        v => Err(wrong_type(Kind::Number, v)),
    }
}

fn year(value: &Value) -> Result<i32, Problem> {
    whole(value, 9999).map(|y| y as i32)
}

/// One of a fixed set of names, such as `"not_sure"`: its place in `names`.
fn choice(value: &Value, names: &[&str]) -> Result<usize, Problem> {
    let name = string(value)?;
    names.iter().position(|n| *n == name).ok_or_else(|| {
        Problem::new(What::new(
            WHAT_NOT_ONE_OF,
            vec![
                ("found", Arg::Text(name.into())),
                ("allowed", Arg::Text(names.join(", "))),
            ],
        ))
    })
}

/// The items of an array, each read by `read` and placed by its index; `null` reads as empty.
fn items<T>(value: &Value, read: fn(&Value) -> Result<T, Problem>) -> Result<Vec<T>, Problem> {
    let Some(value) = given(value) else {
        return Ok(Vec::new());
    };
    let Value::Array(items) = value else {
        return Err(wrong_type(Kind::Array, value));
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
pub(super) fn read_document(doc: &Value, version: u64) -> Result<AnswersDocument, Problem> {
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
            // A version 4 confirmation is read (it must still be a boolean) but not kept: it
            // covered only the warnings of its day, and the check page asks again.
            "figures_confirmed" if version >= 4 => given(value).map(boolean).transpose().map(|b| {
                answers.figures_confirmed =
                    b.unwrap_or(false) && version >= super::CONFIRMATION_VERSION
            }),
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
    declarations: &mut crate::rules::answers::Declarations,
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
            let max = Arg::Text(MAX_NAME_CHARS.to_string());
            return Err(Problem::new(What::new(WHAT_TOO_LONG, vec![("max", max)])).in_member(name));
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
                    Problem::new(What::new(
                        WHAT_NOT_A_DATE,
                        vec![("typed", Arg::Text(typed.into()))],
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
        (kind, ..) => Err(Problem::new(What::new(
            WHAT_HISTORY_KIND,
            vec![("kind", Arg::Text(kind.unwrap_or("").into()))],
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
        .map_err(|error| {
            Problem::new(What::new(
                WHAT_AMOUNT,
                vec![
                    ("typed", Arg::Text(typed.into())),
                    ("error", Arg::Amount(error)),
                ],
            ))
            .in_member("value")
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
