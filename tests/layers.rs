//! The house's floors: every `use` in `src/` runs from a higher floor to a lower one, so the
//! import graph has no circle and a newcomer can read the rules from the ground up. The app
//! stands on the wizard, the wizard on the interface's words, and all of them on the rules;
//! inside the rules, the files that decide stand on the ones they use.
//!
//! Run it alone with `cargo test --test layers`; it prints the floors it checked.

mod common;

use common::rust_files;
use std::collections::BTreeMap;
use std::path::Path;

/// The floors, lowest first. A module may use only modules on lower floors (never one on its
/// own floor, so that no two modules can lean on each other).
const FLOORS: &[&[&str]] = &[
    // Ground: the two languages, the JSON reader and writer.
    &["rules::lang", "rules::json"],
    // The text library, calendar dates.
    &["rules::library", "rules::dates"],
    // Money and its errors, the clause texts, the sentence templates; the Word document
    // writer (its fixed parts are long texts).
    &[
        "rules::money",
        "rules::clauses",
        "rules::sentences",
        "rules::docx",
    ],
    // Typed amounts read and shown, the questions and their answers, checklist progress.
    &[
        "rules::money_input",
        "rules::money_display",
        "rules::questions",
        "rules::progress",
    ],
    // What the applicant answered.
    &["rules::answers"],
    // The guideline's numbers.
    &["rules::guideline"],
    // The answers file; which years “近3年” covers.
    &["rules::document", "rules::period"],
    // Figures that look unlikely.
    &["rules::plausibility"],
    // What a verdict is made of.
    &["rules::outcome"],
    // The rules that decide.
    &["rules::assess"],
    // The verdicts in words.
    &["rules::explain"],
    // What would change a result, and the steps that fit it.
    &["rules::what_next"],
    // What is drawn from an assessment: the table at a glance, the checklist, the report, the
    // plan for next year.
    &["rules::at_a_glance", "rules::checklist", "rules::planner"],
    // The result as one document, and its renderings: the text and JSON reports and the
    // construction-plan outline.
    &["result"],
    // The interface's words; static markup.
    &["words", "markup"],
    // The wizard's state and reducer.
    &["wizard"],
    // The first page as static markup (index.html holds it; the app's start page draws on it).
    &["first_page"],
    // The browser app, the command line, the generated texts file.
    &["app", "bin", "texts_file"],
    // The browser build's entry point, which starts the app.
    &["main"],
];

/// The module a source file belongs to: `rules::assess` for `src/rules/assess.rs` and everything
/// under `src/rules/assess/`; `wizard` for all of `src/wizard/`; `None` for the module lists.
fn module_of(relative: &Path) -> Option<String> {
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    match parts.as_slice() {
        [lib] if lib == "lib" => None,
        [rules, module] if rules == "rules" && module == "mod" => None,
        [rules, module, ..] if rules == "rules" => Some(format!("rules::{module}")),
        [bin, ..] if bin == "bin" => Some("bin".into()),
        [top, ..] => Some(top.clone()),
        [] => None,
    }
}

/// The code of a file without its comments (doc links are not imports).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file uses, by the paths it names: `crate::rules::x`, `tic_selfcheck::rules::x`,
/// `crate::wizard`, `super::x` (resolved from the file's place).
fn uses(relative: &Path, source: &str) -> Vec<String> {
    let code = code(source);
    let mut found = Vec::new();
    let dir: Vec<String> = relative
        .parent()
        .map(|p| p.iter().map(|c| c.to_string_lossy().to_string()).collect())
        .unwrap_or_default();
    let is_mod = relative.file_name().is_some_and(|f| f == "mod.rs");
    let bytes = code.as_bytes();
    let word_start = |i: usize| {
        i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':')
    };
    let ident = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for prefix in ["crate::", "tic_selfcheck::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(prefix) {
            let i = from + at;
            from = i + prefix.len();
            if !word_start(i) {
                continue;
            }
            let rest = &code[from..];
            let first = ident(rest);
            if first == "rules" {
                let second = ident(&rest["rules::".len().min(rest.len())..]);
                if !second.is_empty() {
                    found.push(format!("rules::{second}"));
                }
            } else if !first.is_empty() {
                found.push(first);
            }
        }
    }
    // `super::` chains, counted from the file's own module: in `rules/x.rs` one `super` is
    // `rules`; in `rules/x/y.rs` one is `rules::x` (a sibling, the same module) and two are
    // `rules`; in `rules/x/mod.rs` one is `rules`.
    let mut from = 0;
    while let Some(at) = code[from..].find("super::") {
        let i = from + at;
        if !word_start(i) {
            from = i + 7;
            continue;
        }
        let mut ups = 0;
        let mut j = i;
        while code[j..].starts_with("super::") {
            ups += 1;
            j += 7;
        }
        from = j;
        let name = ident(&code[j..]);
        if name.is_empty() {
            continue;
        }
        // The module path of the file's own module, as directory components.
        let mut own = dir.clone();
        if !is_mod {
            own.push(relative.file_stem().unwrap().to_string_lossy().to_string());
        }
        // Test modules inside a file (`mod tests`) count one more `super` to climb out.
        let in_tests = code[..i].contains("mod tests {");
        let climb = ups - usize::from(in_tests);
        if climb == 0 || climb > own.len() {
            continue;
        }
        let mut target: Vec<String> = own[..own.len() - climb].to_vec();
        target.push(name);
        if target.first().is_some_and(|t| t == "rules") && target.len() >= 2 {
            found.push(format!("rules::{}", target[1]));
        } else if let Some(top) = target.first() {
            found.push(top.clone());
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn every_import_runs_from_a_higher_floor_to_a_lower_one() {
    let floor_of: BTreeMap<&str, usize> = FLOORS
        .iter()
        .enumerate()
        .flat_map(|(i, floor)| floor.iter().map(move |m| (*m, i)))
        .collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let mut problems = Vec::new();
    let mut edges = 0;
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().to_path_buf();
        let Some(module) = module_of(&relative) else {
            continue;
        };
        let Some(&floor) = floor_of.get(module.as_str()) else {
            problems.push(format!(
                "{}: module {module} is on no floor",
                relative.display()
            ));
            continue;
        };
        let source = std::fs::read_to_string(&file).expect("readable");
        for used in uses(&relative, &source) {
            if used == module || used == "rules" {
                continue;
            }
            edges += 1;
            match floor_of.get(used.as_str()) {
                None => problems.push(format!(
                    "{}: uses {used}, which is on no floor",
                    relative.display()
                )),
                Some(&f) if f >= floor => problems.push(format!(
                    "{} ({module}, floor {floor}) uses {used} (floor {f})",
                    relative.display()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(
        edges > 100,
        "found only {edges} imports: is the scan reading the files?"
    );
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_scan_resolves_paths_as_the_compiler_does() {
    let uses_of = |file: &str, source: &str| uses(Path::new(file), source);
    assert_eq!(
        uses_of(
            "rules/period.rs",
            "use super::answers::{Financials};\nuse super::guideline::RuleSet;"
        ),
        ["rules::answers", "rules::guideline"]
    );
    assert_eq!(
        uses_of(
            "rules/assess/growth.rs",
            "use super::Context;\nuse super::super::period::Period;"
        ),
        ["rules::assess", "rules::period"]
    );
    assert_eq!(
        uses_of(
            "wizard/state.rs",
            "use crate::rules::money_input::parse;\nuse super::steps::Step; // crate::app"
        ),
        ["rules::money_input", "wizard"]
    );
    assert_eq!(
        uses_of("rules/money.rs", "fn a() {}\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use super::super::money_input::p;\n}"),
        ["rules::money_input"]
    );
}

/// Every file says first what it holds (a module comment), no file is over 500 lines, and the
/// module lists name every module.
#[test]
fn every_file_says_what_it_holds_and_stays_readable() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    let mut problems = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let relative = file.strip_prefix(&src).unwrap().display().to_string();
        if !source.starts_with("//!") {
            problems.push(format!("{relative}: no module comment first"));
        }
        let lines = source.lines().count();
        if lines > 500 {
            problems.push(format!("{relative}: {lines} lines"));
        }
    }
    // The module lists: each `mod` of lib.rs and rules/mod.rs is named in its comment.
    for list in ["lib.rs", "rules/mod.rs"] {
        let source = std::fs::read_to_string(src.join(list)).unwrap();
        let comment: String = source
            .lines()
            .filter(|l| l.starts_with("//!"))
            .collect::<Vec<_>>()
            .join("\n");
        for line in source.lines() {
            let Some(name) = line
                .trim_start_matches("pub ")
                .strip_prefix("mod ")
                .map(|n| n.trim_end_matches(';'))
            else {
                continue;
            };
            if !comment.contains(&format!("[`{name}`]")) && !comment.contains(&format!("`{name}`"))
            {
                problems.push(format!(
                    "{list}: the comment does not name the module {name}"
                ));
            }
        }
    }
    assert!(files.len() > 80, "found only {} files", files.len());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The sibling modules a file in a folder module uses: `super::x` and `crate::<folder>::x` for a
/// sibling `x`, and `super::Item` for an item the folder's `mod.rs` re-exports from a sibling.
/// Code only: comments and the file's test module are left out.
fn sibling_uses(
    folder: &str,
    source: &str,
    siblings: &[String],
    reexports: &BTreeMap<String, String>,
) -> Vec<String> {
    let code = code(source);
    let code = match code.find("mod tests {") {
        Some(at) => &code[..at],
        None => &code[..],
    };
    let ident = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let crate_path = format!("crate::{}::", folder.replace('/', "::"));
    let mut found = Vec::new();
    for prefix in ["super::", crate_path.as_str()] {
        for (at, _) in code.match_indices(prefix) {
            // `super::super::x` leaves the folder.
            if prefix == "super::"
                && (code[..at].ends_with("super::") || code[at + 7..].starts_with("super::"))
            {
                continue;
            }
            let rest = &code[at + prefix.len()..];
            let name = ident(rest);
            if siblings.contains(&name) {
                found.push(name);
            } else if let Some(sibling) = reexports.get(&name) {
                found.push(sibling.clone());
            } else if rest.starts_with('{') {
                // `super::{a::X, b::Y}`
                let group = &rest[1..rest.find('}').unwrap_or(rest.len())];
                for part in group.split(',') {
                    let name = ident(part.trim());
                    if siblings.contains(&name) {
                        found.push(name);
                    } else if let Some(sibling) = reexports.get(&name) {
                        found.push(sibling.clone());
                    }
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// A circle in `edges`, if there is one: the modules around it.
fn find_circle(edges: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.iter().any(|n| n == node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.push(node.to_string());
        None
    }
    let mut done = Vec::new();
    for node in edges.keys() {
        if let Some(circle) = visit(node, edges, &mut Vec::new(), &mut done) {
            return Some(circle);
        }
    }
    None
}

/// Inside a floor too, imports run one way: in every folder module (the wizard, the result, a
/// rule's folder, the views), no file uses a sibling that uses it back, directly or around.
#[test]
fn no_folder_has_an_import_circle_inside_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders: Vec<_> = rust_files(&src)
        .into_iter()
        .filter(|f| f.file_name().is_some_and(|n| n == "mod.rs"))
        .map(|f| f.parent().unwrap().to_path_buf())
        .collect();
    folders.sort();
    let mut checked = Vec::new();
    let mut problems = Vec::new();
    for folder in folders {
        let name = folder
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut siblings = Vec::new();
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            if stem != "mod" && (path.is_dir() || path.extension().is_some_and(|e| e == "rs")) {
                siblings.push(stem);
            }
        }
        // `pub use x::{A, B};` in mod.rs: A and B are x's.
        let module = std::fs::read_to_string(folder.join("mod.rs")).unwrap();
        let mut reexports = BTreeMap::new();
        for line in code(&module).lines() {
            let Some(rest) = line.trim().strip_prefix("pub use ") else {
                continue;
            };
            let Some((sibling, items)) = rest.split_once("::") else {
                continue;
            };
            if !siblings.iter().any(|s| s == sibling) {
                continue;
            }
            for item in items.trim_matches(|c| "{};".contains(c)).split(',') {
                let item = item
                    .split(" as ")
                    .last()
                    .unwrap()
                    .trim()
                    .trim_end_matches(['}', ';']);
                if !item.is_empty() {
                    reexports.insert(item.to_string(), sibling.to_string());
                }
            }
        }
        let mut edges = BTreeMap::new();
        for sibling in &siblings {
            let file = folder.join(format!("{sibling}.rs"));
            let source = std::fs::read_to_string(&file)
                .or_else(|_| std::fs::read_to_string(folder.join(sibling).join("mod.rs")))
                .unwrap_or_default();
            let used: Vec<String> = sibling_uses(&name, &source, &siblings, &reexports)
                .into_iter()
                .filter(|u| u != sibling)
                .collect();
            edges.insert(sibling.clone(), used);
        }
        if let Some(circle) = find_circle(&edges) {
            problems.push(format!("src/{name}: {}", circle.join(" → ")));
        }
        checked.push(name);
    }
    println!("folders checked for circles: {}", checked.join(", "));
    assert!(checked.iter().any(|f| f == "wizard") && checked.iter().any(|f| f == "result"));
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn a_circle_between_siblings_is_found() {
    let siblings = [
        "state".to_string(),
        "action".to_string(),
        "steps".to_string(),
    ];
    let reexports = BTreeMap::from([("Action".to_string(), "action".to_string())]);
    assert_eq!(
        sibling_uses(
            "wizard",
            "use super::action::Action;\nuse crate::wizard::steps::Step;\n// super::state",
            &siblings,
            &reexports
        ),
        ["action", "steps"]
    );
    assert_eq!(
        sibling_uses(
            "wizard",
            "fn f() -> super::Action {}\nmod tests {\n use super::state::X;\n}",
            &siblings,
            &reexports
        ),
        ["action"]
    );
    let edges = BTreeMap::from([
        ("state".to_string(), vec!["action".to_string()]),
        (
            "action".to_string(),
            vec!["steps".to_string(), "state".to_string()],
        ),
        ("steps".to_string(), vec![]),
    ]);
    assert_eq!(
        find_circle(&edges),
        Some(vec!["action".into(), "state".into(), "action".into()])
    );
    let edges = BTreeMap::from([
        ("state".to_string(), vec!["action".to_string()]),
        ("action".to_string(), vec!["steps".to_string()]),
    ]);
    assert_eq!(find_circle(&edges), None);
}
