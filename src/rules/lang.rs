//! The two languages the tool speaks, Chinese first, a pair of texts in both, and what a Chinese
//! input method types that reads as plain ASCII (full-width digits and marks).

use serde::{Deserialize, Serialize};

/// A language of the interface and of every message the engine writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 简体中文, the default.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for the document `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Reads `zh`, `zh-CN`, `zh-Hans`, `en`, `en-GB`, … (case-insensitive); anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// A label's colon: full-width in Chinese (GB/T 15834), a colon and a space in English.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Zh => "：",
            Lang::En => ": ",
        }
    }

    /// `text` in parentheses: full-width and unspaced in Chinese, spaced in English.
    #[inline(never)]
    pub fn parenthesised(self, text: &str) -> String {
        match self {
            Lang::Zh => format!("（{text}）"),
            Lang::En => format!(" ({text})"),
        }
    }
}

/// The same text in both languages. Every piece of text the tool shows is one of these, so a
/// missing translation is a compile error rather than a blank on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bilingual {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Bilingual {
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        Bilingual { zh, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Maps the full-width forms an input method types to their ASCII equivalents, and the dashes
/// and minus signs people paste to `-`, so that they are reported as negative rather than as
/// gibberish. Shared by every field that reads typed numbers (amounts, years, dates).
pub fn to_half_width(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' | '。' => '.',
        '，' => ',',
        '－' | '−' | '–' | '—' => '-',
        '\u{3000}' | '\u{00A0}' | '\u{2009}' | '\u{202F}' => ' ',
        _ => c,
    }
}

/// Items named in a sentence, as each language lists them: “甲、乙和丙” is written “甲、乙、丙”
/// (the enumeration comma, GB/T 15834), “A, B and C” in English.
pub fn list_in_sentence<S: AsRef<str>>(items: &[S], lang: Lang) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(match lang {
                Lang::Zh => "、",
                Lang::En if i + 1 == items.len() => " and ",
                Lang::En => ", ",
            });
        }
        out.push_str(item.as_ref());
    }
    out
}

/// Words that start a sentence in English, put inside one (“the committed average …”). They
/// start with an ASCII letter; ASCII case keeps Unicode's case tables out of the app.
pub fn lower_first(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => name.to_string(),
        Lang::En => {
            let mut name = name.to_string();
            // An abbreviation keeps its capitals: “R&D within China”, “RMB”.
            let word = name.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase);
            if let (true, Some(first)) = (word, name.get_mut(..1)) {
                first.make_ascii_lowercase();
            }
            name
        }
    }
}

/// Picks the sentence for `lang` out of two already formatted ones.
pub fn pick(lang: Lang, zh: String, en: String) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_put_inside_a_sentence_lose_their_capital_but_abbreviations_keep_theirs() {
        assert_eq!(
            lower_first("Sales revenue in 2024", Lang::En),
            "sales revenue in 2024"
        );
        assert_eq!(
            lower_first("The committed average", Lang::En),
            "the committed average"
        );
        assert_eq!(
            lower_first("R&D within China", Lang::En),
            "R&D within China"
        );
        assert_eq!(lower_first("RMB 1", Lang::En), "RMB 1");
        assert_eq!(lower_first("销售收入", Lang::Zh), "销售收入");
    }

    #[test]
    fn lists_read_as_each_language_writes_them() {
        assert_eq!(list_in_sentence::<&str>(&[], Lang::En), "");
        assert_eq!(list_in_sentence(&["A"], Lang::En), "A");
        assert_eq!(list_in_sentence(&["A", "B"], Lang::En), "A and B");
        assert_eq!(list_in_sentence(&["A", "B", "C"], Lang::En), "A, B and C");
        assert_eq!(
            list_in_sentence(&["甲", "乙", "丙"], Lang::Zh),
            "甲、乙、丙"
        );
    }

    #[test]
    fn parses_language_tags() {
        assert_eq!(Lang::parse("zh"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("ZH_hans"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
