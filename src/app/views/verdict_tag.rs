//! The tag that shows a verdict in words and a symbol, never by colour alone.

use crate::markup::Markup;
use crate::rules::lang::Lang;
use crate::rules::outcome::Verdict;

/// A verdict as a tag: a symbol and a word as well as a colour, so it never relies on colour.
pub fn write_verdict_tag(m: &mut Markup, verdict: Verdict, lang: Lang) {
    let (symbol, state) = match verdict {
        Verdict::Met => ("✓", "met"),
        Verdict::NotMet => ("✗", "not-met"),
        Verdict::CannotTell => ("?", "open"),
    };
    m.open("strong", &[("class", "tic-tag"), ("data-verdict", state)])
        .element("span", &[("aria-hidden", "true")], symbol)
        .text(" ")
        .text(verdict.label().get(lang))
        .close("strong");
}
