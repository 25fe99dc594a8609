//! `tic-texts.json`, generated: every long text of the rules and every word of the pages after
//! the first, with its key, in a fixed order (`TIC_WRITE_TEXTS=1 cargo test --test library`
//! writes it; the test fails while the shipped file differs). It sits above everything it
//! lists and nothing imports it but that test: native only, never in the browser build.

use crate::rules::lang::Bilingual;

/// A `long_texts!` block's list of its texts with their keys.
type TextBlock = fn() -> Vec<(&'static str, Bilingual)>;

/// Every long text with its key, in a fixed order: what `tic-texts.json` holds.
pub fn all() -> Vec<(String, Bilingual)> {
    use crate::rules::checklist::{evidence, PlanElement};
    use crate::rules::clauses::ClauseId;
    use crate::rules::outcome::Condition;
    use crate::rules::questions::Question;
    use crate::rules::*;
    let mut texts = Vec::new();
    for id in ClauseId::ALL {
        texts.push((id.library_key(), id.text_pair()));
        texts.push((id.citation_key(), id.clause().citation));
    }
    for q in Question::ALL {
        texts.push((format!("question.{}", q.key()), q.text()));
        texts.push((format!("hint.{}", q.key()), q.hint()));
    }
    for c in Condition::ALL {
        texts.push((format!("title.{}", c.key()), c.title()));
        texts.push((format!("evidence.{}", c.key()), evidence(c)));
    }
    for e in PlanElement::ALL {
        texts.push((e.library_key(), e.guide().0));
    }
    texts.extend(docx::fixed_parts());
    // The `long_texts!` blocks, each listing its own texts (`tests/library.rs` checks that
    // every block in `src/` is here).
    let blocks: [TextBlock; 17] = [
        what_next::what_next_texts,
        document::import_messages,
        money::amount_messages,
        checklist::checklist_texts,
        sentences::sentences,
        at_a_glance::glance,
        plausibility::plausibility_texts,
        planner::plan_texts,
        answers::answer_texts,
        crate::result::outline::outline_texts,
        crate::result::outline::contents_texts,
        crate::result::result_words,
        crate::words::later_words,
        outcome::verdict_texts,
        questions::answer_labels,
        progress::status_labels,
        guideline::band_texts,
    ];
    for block in blocks {
        texts.extend(
            block()
                .into_iter()
                .map(|(key, text)| (key.to_string(), text)),
        );
    }
    texts
}

/// `texts` as `tic-texts.json` holds them: one member per line, so a change reads as a diff.
pub fn to_json(texts: &[(String, Bilingual)]) -> String {
    use crate::rules::json;
    let quote = |s: &str| json::to_pretty_string(&json::Value::String(s.into()));
    let lines: Vec<String> = texts
        .iter()
        .map(|(key, t)| format!("  {}: [{}, {}]", quote(key), quote(t.zh), quote(t.en)))
        .collect();
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

/// The file as shipped in `static/`.
pub fn generate() -> String {
    to_json(&all())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::library::{key_hash, load, loaded};

    #[test]
    fn the_file_loads_and_every_key_is_found() {
        load(&generate()).unwrap();
        for (key, text) in all() {
            assert_eq!(loaded(key_hash(&key)), Some(text), "{key}");
            assert!(!text.zh.is_empty() && !text.en.is_empty(), "{key}");
        }
        let keys: std::collections::BTreeSet<_> = all().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys.len(), all().len(), "keys are unique");
        let hashes: std::collections::BTreeSet<_> = keys.iter().map(|k| key_hash(k)).collect();
        assert_eq!(hashes.len(), keys.len(), "no two keys share a hash");
    }
}
