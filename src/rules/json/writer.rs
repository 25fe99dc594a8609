//! JSON written as it goes, pretty-printed with two-space indents: the layout the answers file
//! and the texts file are written in.

use super::Value;
use std::fmt::Write as _;

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
