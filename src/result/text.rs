//! The result as plain text, for `tic-assess --text`: the document's sections in order, each
//! under its heading, with the same words as the page and its printout.

use super::{Block, Card, Kind, ResultDocument};
use crate::rules::lang::Lang;
use crate::rules::outcome::Verdict;

/// A verdict with its symbol, never by the word alone: `[✗ 不符合]`.
fn mark(verdict: Verdict, label: &str, lang: Lang) -> String {
    let symbol = match (verdict, lang) {
        (Verdict::Met, _) => "✓",
        (Verdict::NotMet, _) => "✗",
        (Verdict::CannotTell, Lang::Zh) => "？",
        (Verdict::CannotTell, Lang::En) => "?",
    };
    format!("[{symbol} {label}]")
}

/// The document as text, one block after another.
pub fn render(doc: &ResultDocument) -> String {
    let lang = doc.lang;
    let colon = lang.colon();
    let mut out = String::new();
    let line = |out: &mut String, indent: usize, text: &str| {
        out.push_str(&" ".repeat(indent));
        out.push_str(text);
        out.push('\n');
    };
    line(&mut out, 0, doc.title);
    for about in &doc.about {
        line(&mut out, 0, about);
    }
    if let Some(withheld) = &doc.withheld {
        line(&mut out, 0, withheld);
    }
    for section in &doc.sections {
        out.push('\n');
        // The verdict goes on the heading's line: “总体结论：不符合”.
        let verdict = section.blocks.iter().find_map(|b| match b {
            Block::Verdict { label } => Some(label.as_str()),
            _ => None,
        });
        match verdict {
            Some(label) => line(&mut out, 0, &[section.heading, colon, label].concat()),
            None => line(&mut out, 0, section.heading),
        }
        for block in &section.blocks {
            match block {
                Block::Verdict { .. } => {}
                Block::Paragraph { kind, text } => {
                    let indent = if *kind == Kind::Summary { 0 } else { 2 };
                    line(&mut out, indent, text);
                }
                Block::List {
                    title,
                    numbered,
                    items,
                } => {
                    if let Some(title) = title {
                        line(&mut out, 0, &[*title, colon].concat());
                    }
                    for (i, item) in items.iter().enumerate() {
                        let bullet = if *numbered {
                            format!("{}. ", i + 1)
                        } else {
                            "- ".into()
                        };
                        let lead = item
                            .clause
                            .map(|c| [c.citation(lang), colon].concat())
                            .unwrap_or_default();
                        line(&mut out, 2, &[bullet.as_str(), &lead, &item.text].concat());
                    }
                }
                Block::Table { headings, rows } => {
                    line(&mut out, 2, &headings.join(" | "));
                    for row in rows {
                        line(&mut out, 2, &row.join(" | "));
                    }
                }
                Block::Pairs(pairs) => {
                    for (label, value) in pairs {
                        line(&mut out, 2, &[*label, colon, value].concat());
                    }
                }
                Block::Glance { rows, .. } => {
                    for row in rows {
                        line(
                            &mut out,
                            2,
                            &format!(
                                "{} {} {}",
                                mark(row.verdict, row.verdict_label, lang),
                                row.citation,
                                row.title
                            ),
                        );
                        if let Some(either) = &row.either {
                            line(&mut out, 6, either);
                        }
                        let gaps = row.gaps();
                        for (i, (prefix, figure)) in row.figures.iter().enumerate() {
                            let figure = &figure.text;
                            // The gap beside its figure, when there is one.
                            let gap = gaps
                                .get(i)
                                .map(|(_, g)| *g)
                                .filter(|g| !g.is_empty() && *g != "—")
                                .map(|g| lang.parenthesised(g))
                                .unwrap_or_default();
                            let space = if gap.is_empty() || lang == Lang::Zh {
                                ""
                            } else {
                                " "
                            };
                            line(&mut out, 6, &[*prefix, figure, space, &gap].concat());
                        }
                    }
                }
                Block::Card(card) => write_card(&mut out, card, lang),
            }
        }
    }
    out
}

fn write_card(out: &mut String, card: &Card, lang: Lang) {
    out.push_str(&format!(
        "{} {} {}\n",
        mark(card.verdict, card.verdict_label, lang),
        card.citation,
        card.title
    ));
    for note in card.scale.iter().chain(&card.confirmed) {
        out.push_str(&format!("    {note}\n"));
    }
    let stop = if lang == Lang::Zh { "。" } else { ". " };
    for f in &card.findings {
        let route = f
            .route
            .as_ref()
            .map(|(status, _)| [status.as_str(), stop].concat())
            .unwrap_or_default();
        out.push_str(&format!("  - {route}{}\n", f.text));
        for w in &f.check {
            out.push_str(&format!("      · {}\n", w.message(false, lang, true)));
        }
    }
}
