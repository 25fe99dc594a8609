//! The JSON reader and writer behind the answers document (`docs/answers-format.md`).
//!
//! The document is small and flat, and the browser app must load fast: serde_json's generic
//! deserializer, instantiated for every answers type, was about a sixth of the whole app
//! (~21 KB of the gzipped WebAssembly). This module is the whole of JSON (RFC 8259) in a few
//! hundred lines: a tree of [`Value`]s with numbers kept as their exact text, a strict reader
//! with line and column in its errors, and a writer that indents like `serde_json`'s pretty
//! printer, so files exported before and after read and diff the same.

use std::fmt::{self, Write as _};

/// A JSON value. Numbers stay as written (they are validated, never converted to a float), and
/// objects keep their members in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for error messages: “expected a string, found an array”.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The member `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// The deepest nesting read. Answers documents are four levels deep; the limit keeps a
/// hostile file from exhausting the stack.
pub const MAX_DEPTH: usize = 64;

/// The most members one object may have. Answers documents have at most 13; the limit bounds
/// the time spent looking for repeated names in a hostile file.
pub const MAX_MEMBERS: usize = 1000;

/// Where and why a text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based, counted in lines of the text.
    pub line: usize,
    /// 1-based, counted in characters of the line.
    pub column: usize,
    pub problem: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.problem, self.line, self.column
        )
    }
}

/// Reads one JSON value filling the whole text (surrounding whitespace and a leading byte-order
/// mark, which some Windows editors add, are allowed). Duplicate member names are refused: a
/// document must not say two things at once.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        text: body,
        bytes: body.as_bytes(),
        at: 0,
    };
    reader.skip_whitespace();
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("trailing characters after the document"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, problem: &'static str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            problem,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect_byte(&mut self, byte: u8, problem: &'static str) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(problem))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        match self.peek() {
            None => Err(self.error("the document ends where a value was expected")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                    ("null", Value::Null),
                ] {
                    if self.bytes[self.at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let mut members: Vec<(String, Value)> = Vec::new();
        let mut name_positions = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a member name in double quotes"));
            }
            name_positions.push(self.at);
            let name = self.string()?;
            self.skip_whitespace();
            self.expect_byte(b':', "expected `:` after a member name")?;
            self.skip_whitespace();
            let value = self.value(depth)?;
            members.push((name, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    break;
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
        if members.len() > MAX_MEMBERS {
            return Err(self.error("too many members in one object"));
        }
        // Quadratic, but bounded by MAX_MEMBERS, and free of a sort routine's code.
        for (i, (name, _)) in members.iter().enumerate().skip(1) {
            if members[..i].iter().any(|(earlier, _)| earlier == name) {
                self.at = name_positions[i];
                return Err(self.error("a member name appears twice in one object"));
            }
        }
        Ok(Value::Object(members))
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        Ok(Value::Number(self.text[start..self.at].to_string()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), SyntaxError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error("expected a digit"));
        }
        self.digits();
        Ok(())
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters in one go; the text is valid UTF-8 and the
            // run ends at an ASCII byte, so the slice is on character boundaries.
            let run_start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(&self.text[run_start..self.at]);
            match self.peek() {
                None => return Err(self.error("the document ends inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error("invalid escape in a string")),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    /// The code point of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return Err(self.error("unpaired surrogate in a \\u escape"));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("unpaired surrogate in a \\u escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("unpaired surrogate in a \\u escape")),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}

/// Writes JSON as it goes, indented by two spaces with one member or item per line (the layout
/// of `serde_json::to_string_pretty`), without building a [`Value`] first: what the answers
/// document is written with, and what [`to_pretty_string`] writes a [`Value`] with.
pub struct Writer {
    out: String,
    depth: usize,
    /// Nothing written yet in the innermost object or array.
    empty: bool,
}

impl Default for Writer {
    fn default() -> Self {
        Writer {
            out: String::new(),
            depth: 0,
            empty: true,
        }
    }
}

impl Writer {
    /// Opens an object (`'{'`) or an array (`'['`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Closes what [`Self::open`] opened; an empty one stays on one line: `{}`, `[]`.
    pub fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty {
            newline(&mut self.out, self.depth);
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// Starts the next item of an array.
    pub fn item(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        newline(&mut self.out, self.depth);
        self.empty = false;
    }

    /// Starts the member `name` of an object; its value follows.
    pub fn key(&mut self, name: &str) {
        self.item();
        write_string(&mut self.out, name);
        self.out.push_str(": ");
    }

    pub fn string(&mut self, s: &str) {
        write_string(&mut self.out, s);
    }

    /// A number, or anything else written as it is.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// Any value, nested values included.
    pub fn value(&mut self, value: &Value) {
        match value {
            Value::Null => self.raw("null"),
            Value::Bool(b) => self.raw(if *b { "true" } else { "false" }),
            Value::Number(n) => self.raw(n),
            Value::String(s) => self.string(s),
            Value::Array(items) => {
                self.open('[');
                for item in items {
                    self.item();
                    self.value(item);
                }
                self.close(']');
            }
            Value::Object(members) => {
                self.open('{');
                for (name, item) in members {
                    self.key(name);
                    self.value(item);
                }
                self.close('}');
            }
        }
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// The value as text, in the [`Writer`]'s layout.
pub fn to_pretty_string(value: &Value) -> String {
    let mut w = Writer::default();
    w.value(value);
    w.finish()
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Escapes what JSON requires (quote, backslash, control characters) and nothing else, so
/// Chinese text stays readable in the file.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(members: &[(&str, Value)]) -> Value {
        Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -0.5e+3, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "c": {}} "#)
            .unwrap();
        assert_eq!(
            v,
            object(&[
                (
                    "a",
                    Value::Array(vec![
                        Value::Number("1".into()),
                        Value::Number("-0.5e+3".into()),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                    ])
                ),
                ("b", Value::String("x\"\\/\u{8}\u{c}\n\r\té😀".into())),
                ("c", Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn refuses_what_is_not_json_and_says_where() {
        for (text, line, column) in [
            ("", 1, 1),
            ("{\"a\": 1,}", 1, 9),
            ("{\"a\" 1}", 1, 6),
            ("[1,\n 2,\n 03]", 3, 3),
            ("\"tab\tinside\"", 1, 5),
            ("\"\\x\"", 1, 3),
            ("\"\\ud800\"", 1, 8),
            ("\"\\udc00\"", 1, 8),
            ("[1] [2]", 1, 5),
            ("{\"a\": 1, \"a\": 2}", 1, 10),
            ("1.", 1, 3),
            ("-", 1, 2),
            ("+1", 1, 1),
            ("tru", 1, 1),
            ("'single'", 1, 1),
            ("\"中文 unterminated", 1, 17),
        ] {
            let e = parse(text).expect_err(text);
            assert_eq!((e.line, e.column), (line, column), "{text}: {e}");
        }
    }

    #[test]
    fn nesting_is_limited() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep).unwrap_err().problem, "nested too deeply");
        assert!(parse(&"[".repeat(100_000)).is_err());
    }

    #[test]
    fn objects_are_limited_in_members() {
        let object = |n: usize| {
            let members: Vec<String> = (0..n).map(|i| format!("\"m{i}\":0")).collect();
            format!("{{{}}}", members.join(","))
        };
        assert!(parse(&object(MAX_MEMBERS)).is_ok());
        assert_eq!(
            parse(&object(MAX_MEMBERS + 1)).unwrap_err().problem,
            "too many members in one object"
        );
    }

    #[test]
    fn a_byte_order_mark_is_allowed() {
        assert_eq!(parse("\u{feff}null"), Ok(Value::Null));
    }

    #[test]
    fn writes_like_serde_json_pretty() {
        let v = object(&[
            ("n", Value::Number("1".into())),
            ("s", Value::String("报告 \"q\" \\ \n\u{1}\u{7f}".into())),
            ("e", Value::Array(vec![])),
            ("o", object(&[("x", Value::Array(vec![Value::Null]))])),
        ]);
        assert_eq!(
            to_pretty_string(&v),
            "{\n  \"n\": 1,\n  \"s\": \"报告 \\\"q\\\" \\\\ \\n\\u0001\u{7f}\",\n  \"e\": [],\n  \"o\": {\n    \"x\": [\n      null\n    ]\n  }\n}"
        );
        assert_eq!(parse(&to_pretty_string(&v)), Ok(v));
    }
}
