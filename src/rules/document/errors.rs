//! Why a document could not be read as answers, in both languages: the plain words the page
//! shows (not an answers file; damaged; made by a newer or another version, naming what it does
//! not know) and the technical detail behind them, folded away, in the page's language too.

use super::SCHEMA_VERSION;
use crate::rules::json::{Kind, Syntax, SyntaxError};
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::library::fill;
use crate::rules::money::AmountError;

/// Why a document could not be read as answers. The current answers are never touched by a
/// failed read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge { bytes: usize },
    /// The browser could not read the file at all.
    Unreadable,
    /// Not JSON at all, or cut off.
    NotJson(SyntaxError),
    /// JSON, but not an answers document (no `schema_version`).
    NotAnswers,
    /// Written by a newer version of the tool.
    NewerVersion { found: u64 },
    /// A version this build no longer reads.
    UnsupportedVersion { found: u64 },
    /// A member this version does not know, `name` at `place` (`financials.years[0]`), in
    /// `section`: written by a newer or another version of the tool, or added by hand.
    UnknownMember {
        place: String,
        name: String,
        section: Section,
    },
    /// The right version, but what is at `place` is wrong (a wrong type, a bad amount or date…).
    Invalid { place: String, what: What },
}

/// What is wrong at a place of a document: a sentence and the values it names, said in the
/// page's language when it is shown ([`ImportError::message`]).
#[derive(Debug, Clone, Eq)]
pub struct What {
    pub text: fn() -> Bilingual,
    pub values: Vec<(&'static str, Arg)>,
}

/// A value a [`What`] names: text as found in the file, or words of either language.
#[derive(Debug, Clone, Eq)]
pub enum Arg {
    Text(String),
    Words(fn() -> Bilingual),
    Amount(AmountError),
}

// Two sentences are the same when they say the same: the texts, not where the functions that
// give them happen to sit.
impl PartialEq for What {
    fn eq(&self, other: &What) -> bool {
        (self.text)() == (other.text)() && self.values == other.values
    }
}

impl PartialEq for Arg {
    fn eq(&self, other: &Arg) -> bool {
        match (self, other) {
            (Arg::Text(a), Arg::Text(b)) => a == b,
            (Arg::Words(a), Arg::Words(b)) => a() == b(),
            (Arg::Amount(a), Arg::Amount(b)) => a == b,
            _ => false,
        }
    }
}

impl What {
    pub(super) fn new(text: fn() -> Bilingual, values: Vec<(&'static str, Arg)>) -> What {
        What { text, values }
    }

    /// The sentence, in `lang`.
    fn words(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .values
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Words(words) => words().get(lang).to_string(),
                    Arg::Amount(error) => error.message(lang),
                };
                (*name, value)
            })
            .collect();
        let values: Vec<(&str, &dyn std::fmt::Display)> = values
            .iter()
            .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
            .collect();
        fill((self.text)().get(lang), &values)
    }

    /// “Must be a string, not an array”.
    pub(super) fn wrong_type(expected: Kind, found: Kind) -> What {
        What::new(
            WHAT_WRONG_TYPE,
            vec![
                ("expected", Arg::Words(kind_words(expected, true))),
                ("found", Arg::Words(kind_words(found, false))),
            ],
        )
    }

    /// A whole number that is not one, or out of range.
    pub(super) fn out_of_range(found: &str) -> What {
        What::new(WHAT_OUT_OF_RANGE, vec![("found", Arg::Text(found.into()))])
    }
}

/// The part of the answers document a member is in, in words, for the plain message about a
/// member this version does not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Top,
    Declarations,
    Financials,
    About,
    Checklist,
}

impl Section {
    pub(super) fn of(outermost: &str) -> Section {
        match outermost {
            "declarations" => Section::Declarations,
            "financials" => Section::Financials,
            "about" => Section::About,
            "checklist" => Section::Checklist,
            _ => Section::Top,
        }
    }

    fn words(self) -> Bilingual {
        match self {
            Section::Top => IMPORT_SECTION_TOP(),
            Section::Declarations => IMPORT_SECTION_DECLARATIONS(),
            Section::Financials => IMPORT_SECTION_FINANCIALS(),
            Section::About => IMPORT_SECTION_ABOUT(),
            Section::Checklist => IMPORT_SECTION_CHECKLIST(),
        }
    }
}

impl ImportError {
    /// Whether a newer version of the tool could read the document: it is then kept, not
    /// deleted (a rolled-back deployment must not wipe the drafts written by the newer one).
    pub fn readable_by_a_newer_version(&self) -> bool {
        matches!(self, ImportError::NewerVersion { .. })
    }

    /// What exactly was wrong, in the page's language: the technical detail behind
    /// [`Self::plain_message`], folded away where it is shown.
    pub fn message(&self, lang: Lang) -> String {
        let syntax;
        let what;
        let (text, values): (Bilingual, &[(&str, &dyn std::fmt::Display)]) = match self {
            ImportError::TooLarge { bytes } => (IMPORT_TOO_LARGE(), &[("bytes", bytes)]),
            ImportError::Unreadable => (IMPORT_UNREADABLE(), &[]),
            ImportError::NotJson(e) => {
                syntax = syntax_words(e.problem).get(lang);
                (
                    IMPORT_NOT_JSON(),
                    &[
                        ("line", &e.line),
                        ("column", &e.column),
                        ("problem", &syntax),
                    ],
                )
            }
            ImportError::NotAnswers => (IMPORT_NOT_ANSWERS(), &[]),
            ImportError::NewerVersion { found } => (
                IMPORT_NEWER_VERSION(),
                &[("found", found), ("supported", &SCHEMA_VERSION)],
            ),
            ImportError::UnsupportedVersion { found } => {
                (IMPORT_UNSUPPORTED_VERSION(), &[("found", found)])
            }
            ImportError::UnknownMember { place, name, .. } => {
                what = if place.is_empty() {
                    name.clone()
                } else {
                    format!("{place}.{name}")
                };
                (IMPORT_UNKNOWN_MEMBER(), &[("place", &what)])
            }
            ImportError::Invalid { place, what: w } => {
                what = w.words(lang);
                (IMPORT_INVALID(), &[("place", place), ("what", &what)])
            }
        };
        fill(text.get(lang), values)
    }

    /// Why the file was not imported, in plain words and without technical detail: what the
    /// error summary and the file field say. Three kinds: not an answers file; damaged (or
    /// changed by hand); made by a newer or another version, naming what it does not know.
    pub fn plain_message(&self, lang: Lang) -> String {
        match self {
            ImportError::TooLarge { .. } | ImportError::NotAnswers => {
                IMPORT_REFUSED_FOREIGN().get(lang).into()
            }
            ImportError::Unreadable
            | ImportError::NotJson(_)
            | ImportError::Invalid { .. }
            | ImportError::UnsupportedVersion { .. } => IMPORT_REFUSED_DAMAGED().get(lang).into(),
            ImportError::NewerVersion { .. } => IMPORT_REFUSED_NEWER().get(lang).into(),
            ImportError::UnknownMember { name, section, .. } => fill(
                IMPORT_REFUSED_UNKNOWN().get(lang),
                &[("section", &section.words().get(lang)), ("name", name)],
            ),
        }
    }
}

/// A kind of JSON value in words; `expected` asks for a whole number where a number is meant.
fn kind_words(kind: Kind, expected: bool) -> fn() -> Bilingual {
    match kind {
        Kind::Null => KIND_NULL,
        Kind::Bool => KIND_BOOL,
        Kind::Number if expected => KIND_WHOLE_NUMBER,
        Kind::Number => KIND_NUMBER,
        Kind::String => KIND_STRING,
        Kind::Array => KIND_ARRAY,
        Kind::Object => KIND_OBJECT,
    }
}

/// Why a text is not JSON, in words.
fn syntax_words(problem: Syntax) -> Bilingual {
    use Syntax::*;
    match problem {
        TrailingCharacters => SYNTAX_TRAILING(),
        EndsWhereValueExpected => SYNTAX_ENDS_BEFORE_VALUE(),
        ExpectedValue => SYNTAX_EXPECTED_VALUE(),
        NestedTooDeeply => SYNTAX_TOO_DEEP(),
        ExpectedMemberName => SYNTAX_EXPECTED_NAME(),
        ExpectedColon => SYNTAX_EXPECTED_COLON(),
        ExpectedCommaOrBrace => SYNTAX_EXPECTED_COMMA_OR_BRACE(),
        TooManyMembers => SYNTAX_TOO_MANY_MEMBERS(),
        RepeatedMember => SYNTAX_REPEATED_MEMBER(),
        ExpectedCommaOrBracket => SYNTAX_EXPECTED_COMMA_OR_BRACKET(),
        ExpectedDigit => SYNTAX_EXPECTED_DIGIT(),
        EndsInsideString => SYNTAX_ENDS_IN_STRING(),
        InvalidEscape => SYNTAX_INVALID_ESCAPE(),
        ControlCharacter => SYNTAX_CONTROL_CHARACTER(),
        UnpairedSurrogate => SYNTAX_UNPAIRED_SURROGATE(),
        ExpectedHexDigits => SYNTAX_EXPECTED_HEX(),
    }
}

crate::rules::library::long_texts! {
    import_messages;
    IMPORT_REFUSED_DAMAGED = "import.refused_damaged":
        "文件已损坏，或保存后被改动过，未导入。请使用保存时的原文件；文件如来自他人，请对方重新保存一份。",
        "The file is damaged, or was changed after it was saved, so it was not imported. Use the file as it was saved; if someone else saved it, ask them for a fresh copy.";
    IMPORT_REFUSED_FOREIGN = "import.refused_foreign":
        "这不是本工具保存的答案文件，未导入。请选择用本工具“保存到文件”得到的 .json 文件。",
        "This is not an answers file saved by this tool, so it was not imported. Choose the .json file this tool saved with “Save to a file”.";
    IMPORT_REFUSED_NEWER = "import.refused_newer":
        "该文件由更新版本的自评工具保存，本版本无法读取，未导入。请使用最新版本的自评工具打开。",
        "The file was saved by a newer version of the self-check, which this version cannot read, so it was not imported. Open it with the latest version of the self-check.";
    IMPORT_REFUSED_UNKNOWN = "import.refused_unknown":
        "文件中有本版本不认识的内容：{section}中的“{name}”。文件可能由更新版本或其他版本的自评工具保存，未导入；请使用最新版本的自评工具打开。",
        "The file holds something this version does not know: “{name}” in {section}. A newer or another version of the self-check may have saved it, so it was not imported; open it with the latest version of the self-check.";
    IMPORT_SECTION_TOP = "import.section_top": "文件", "the file";
    IMPORT_SECTION_DECLARATIONS = "import.section_declarations": "自行声明的回答", "the declarations";
    IMPORT_SECTION_FINANCIALS = "import.section_financials": "财务数据", "the figures";
    IMPORT_SECTION_ABOUT = "import.section_about": "单位名称和填写人", "the names for the printout";
    IMPORT_SECTION_CHECKLIST = "import.section_checklist": "准备清单", "the checklist";
    IMPORT_DETAIL = "import.detail":
        "技术细节",
        "Technical details";
    IMPORT_TOO_LARGE = "import.too_large":
        "文件过大（{bytes}字节），不是本工具保存的答案文件。",
        "The file is too large ({bytes} bytes) to be an answers file from this tool.";
    IMPORT_UNREADABLE = "import.unreadable":
        "浏览器无法读取该文件。",
        "The browser could not read the file.";
    IMPORT_NOT_JSON = "import.not_json":
        "第{line}行第{column}列：{problem}",
        "Line {line}, column {column}: {problem}.";
    IMPORT_NOT_ANSWERS = "import.not_answers":
        "这不是本工具保存的答案文件（缺少 schema_version）。",
        "This is not an answers file saved by this tool (it has no schema_version).";
    IMPORT_NEWER_VERSION = "import.newer_version":
        "该文件由更新版本的工具保存（格式版本{found}），本版本只能读取版本{supported}及以前的文件。",
        "The file was saved by a newer version of the tool (format version {found}); this version reads versions up to {supported}.";
    IMPORT_UNSUPPORTED_VERSION = "import.unsupported_version":
        "不支持的格式版本{found}。",
        "Format version {found} is not supported.";
    IMPORT_UNKNOWN_MEMBER = "import.unknown_member":
        "{place}：本版本的答案文件没有这一项。",
        "{place}: this version's answers file has no such member.";
    IMPORT_INVALID = "import.invalid":
        "{place}：{what}",
        "{place}: {what}.";
    KIND_NULL = "import.kind_null": "空值（null）", "null";
    KIND_BOOL = "import.kind_bool": "true 或 false", "true or false";
    KIND_WHOLE_NUMBER = "import.kind_whole_number": "整数", "a whole number";
    KIND_NUMBER = "import.kind_number": "数字", "a number";
    KIND_STRING = "import.kind_string": "字符串", "a string";
    KIND_ARRAY = "import.kind_array": "数组", "an array";
    KIND_OBJECT = "import.kind_object": "对象", "an object";
    WHAT_WRONG_TYPE = "import.what_wrong_type": "应为{expected}，而不是{found}。", "must be {expected}, not {found}";
    WHAT_MISSING = "import.what_missing": "缺少这一项。", "is missing";
    WHAT_OUT_OF_RANGE = "import.what_out_of_range": "应为范围内的整数，而不是{found}。", "must be a whole number in range, not {found}";
    WHAT_NOT_ONE_OF = "import.what_not_one_of": "为“{found}”，不是以下之一：{allowed}。", "is “{found}”, which is not one of: {allowed}";
    WHAT_TOO_LONG = "import.what_too_long": "超过{max}个字符。", "is longer than {max} characters";
    WHAT_NOT_A_DATE = "import.what_not_a_date": "“{typed}”不是按 YYYY-MM-DD 书写、在1949年至2100年之间的日期。", "“{typed}” is not a date written YYYY-MM-DD between 1949 and 2100";
    WHAT_HISTORY_KIND = "import.what_history_kind": "类型为“{kind}”；应为 three_years_or_more、带 date 的 founded_on，或带 year 和 months_in_first_year 的 founded_in。", "is of kind “{kind}”; it must be three_years_or_more, founded_on with a date, or founded_in with year and months_in_first_year";
    WHAT_AMOUNT = "import.what_amount": "“{typed}”：{error}", "“{typed}”: {error}";
    WHAT_YEAR_OUT_OF_RANGE = "import.what_year_out_of_range": "{year}年不在1949年至2100年之间。", "year {year} is outside 1949–2100";
    WHAT_YEAR_TWICE = "import.what_year_twice": "{year}年出现了两次。", "fiscal year {year} appears twice";
    WHAT_TOO_MANY_ENTRIES = "import.what_too_many_entries": "条目超过{max}条。", "has more than {max} entries";
    WHAT_BAD_ITEM_ID = "import.what_bad_item_id": "条目“{item}”不是有效且不重复的条目标识。", "“{item}” is not a valid, unique item id";
    WHAT_NOTE_TOO_LONG = "import.what_note_too_long": "条目{item}的备注超过{max}个字符。", "the note on item {item} is longer than {max} characters";
    WHAT_MONTHS_OUT_OF_RANGE = "import.what_months_out_of_range": "months_in_first_year 应为1到12。", "months_in_first_year must be 1 to 12";
    SYNTAX_TRAILING = "import.syntax_trailing": "文件在内容结束后还有多余的字符", "there is more after the end of the document";
    SYNTAX_ENDS_BEFORE_VALUE = "import.syntax_ends_before_value": "文件在应有数值处结束", "the document ends where a value was expected";
    SYNTAX_EXPECTED_VALUE = "import.syntax_expected_value": "此处应为一个数值", "a value was expected";
    SYNTAX_TOO_DEEP = "import.syntax_too_deep": "嵌套层级过深", "nested too deeply";
    SYNTAX_EXPECTED_NAME = "import.syntax_expected_name": "缺少成员名（应为用双引号括起的名称）", "a member name in double quotes was expected";
    SYNTAX_EXPECTED_COLON = "import.syntax_expected_colon": "成员名后缺少冒号“:”", "“:” was expected after a member name";
    SYNTAX_EXPECTED_COMMA_OR_BRACE = "import.syntax_expected_comma_or_brace": "此处应为逗号“,”或右花括号“}”", "“,” or “}” was expected";
    SYNTAX_TOO_MANY_MEMBERS = "import.syntax_too_many_members": "一个对象中的成员过多", "too many members in one object";
    SYNTAX_REPEATED_MEMBER = "import.syntax_repeated_member": "同一对象中成员名重复", "a member name appears twice in one object";
    SYNTAX_EXPECTED_COMMA_OR_BRACKET = "import.syntax_expected_comma_or_bracket": "此处应为逗号“,”或右方括号“]”", "“,” or “]” was expected";
    SYNTAX_EXPECTED_DIGIT = "import.syntax_expected_digit": "此处应为数字", "a digit was expected";
    SYNTAX_ENDS_IN_STRING = "import.syntax_ends_in_string": "文件在字符串中途结束", "the document ends inside a string";
    SYNTAX_INVALID_ESCAPE = "import.syntax_invalid_escape": "字符串中有无效的转义", "an invalid escape in a string";
    SYNTAX_CONTROL_CHARACTER = "import.syntax_control_character": "字符串中有控制字符", "a control character in a string";
    SYNTAX_UNPAIRED_SURROGATE = "import.syntax_unpaired_surrogate": "\\u 转义中有不成对的代理字符", "an unpaired surrogate in a \\u escape";
    SYNTAX_EXPECTED_HEX = "import.syntax_expected_hex": "\\u 后应为四位十六进制数字", "four hex digits were expected after \\u";
}
