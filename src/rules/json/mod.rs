//! The JSON reader and writer behind the answers document (`docs/answers-format.md`).
//!
//! The document is small and flat, and the browser app must load fast: serde_json's generic
//! deserializer, instantiated for every answers type, was about a sixth of the whole app
//! (~21 KB of the gzipped WebAssembly). This module is the whole of JSON (RFC 8259) in a few
//! hundred lines: a tree of [`Value`]s with numbers kept as their exact text, a strict reader
//! with line and column in its errors, and a writer that indents like `serde_json`'s pretty
//! printer, so files exported before and after read and diff the same.

#[cfg(test)]
mod tests;
mod writer;

pub use writer::{to_pretty_string, Writer};

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

/// What kind of value a [`Value`] is, for error messages (“must be a string, not an array”),
/// which say it in words of their own language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Value {
    pub fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based, counted in lines of the text.
    pub line: usize,
    /// 1-based, counted in characters of the line.
    pub column: usize,
    pub problem: Syntax,
}

/// Why a text is not JSON, at the place a [`SyntaxError`] gives. The words for each are the
/// reader's caller's: the answers document says them in the page's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    TrailingCharacters,
    EndsWhereValueExpected,
    ExpectedValue,
    NestedTooDeeply,
    ExpectedMemberName,
    ExpectedColon,
    ExpectedCommaOrBrace,
    TooManyMembers,
    RepeatedMember,
    ExpectedCommaOrBracket,
    ExpectedDigit,
    EndsInsideString,
    InvalidEscape,
    ControlCharacter,
    UnpairedSurrogate,
    ExpectedHexDigits,
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
        return Err(reader.error(Syntax::TrailingCharacters));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, problem: Syntax) -> SyntaxError {
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

    fn expect_byte(&mut self, byte: u8, problem: Syntax) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(problem))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        match self.peek() {
            None => Err(self.error(Syntax::EndsWhereValueExpected)),
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
                Err(self.error(Syntax::ExpectedValue))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Syntax::NestedTooDeeply));
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
                return Err(self.error(Syntax::ExpectedMemberName));
            }
            name_positions.push(self.at);
            let name = self.string()?;
            self.skip_whitespace();
            self.expect_byte(b':', Syntax::ExpectedColon)?;
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
                _ => return Err(self.error(Syntax::ExpectedCommaOrBrace)),
            }
        }
        if members.len() > MAX_MEMBERS {
            return Err(self.error(Syntax::TooManyMembers));
        }
        // Quadratic, but bounded by MAX_MEMBERS, and free of a sort routine's code.
        for (i, (name, _)) in members.iter().enumerate().skip(1) {
            if members[..i].iter().any(|(earlier, _)| earlier == name) {
                self.at = name_positions[i];
                return Err(self.error(Syntax::RepeatedMember));
            }
        }
        Ok(Value::Object(members))
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Syntax::NestedTooDeeply));
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
                _ => return Err(self.error(Syntax::ExpectedCommaOrBracket)),
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
            _ => return Err(self.error(Syntax::ExpectedDigit)),
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
            return Err(self.error(Syntax::ExpectedDigit));
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
                None => return Err(self.error(Syntax::EndsInsideString)),
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
                        _ => return Err(self.error(Syntax::InvalidEscape)),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error(Syntax::ControlCharacter)),
            }
        }
    }

    /// The code point of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.at..].starts_with(b"\\u") {
                    return Err(self.error(Syntax::UnpairedSurrogate));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error(Syntax::UnpairedSurrogate));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error(Syntax::UnpairedSurrogate)),
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error(Syntax::UnpairedSurrogate))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error(Syntax::ExpectedHexDigits))?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}
