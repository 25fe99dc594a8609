//! The first page as static markup, from the same words and the same builders as the app.
//!
//! A phone on a slow network waits seconds for the WebAssembly; the start page does not need
//! it to be read. So `index.html` holds this page in both languages, written at build time
//! from [`app_markup`] (`tests/first_page.rs` fails when the file and the code differ), and
//! `boot.js` shows the one the address asks for before the first paint. When the app starts it
//! replaces that markup with its own, element for element the same (`tests/e2e/first-paint.spec.mjs`
//! compares the two, and their screenshots, in the built app), so nothing moves.
//!
//! The app's header and start page draw their static parts with the builders here
//! ([`header_text`], [`page_heading`], [`start_about`]); the few elements that carry event
//! handlers in the app (the skip link, the language buttons, Start, the keep-or-import panel)
//! are written here as the app's `html!` writes them, which that comparison keeps true.

use crate::markup::Markup;
use crate::rules::clauses::ClauseId;
use crate::rules::guideline::{RuleSet, RULE_SETS};
use crate::rules::lang::Lang;
use crate::wizard::Step;
use crate::words::*;

/// The id of every page's main heading, which receives focus when the step changes.
pub const PAGE_HEADING_ID: &str = "tic-page-heading";

/// The service and the guideline, at the top of every page.
pub fn header_text(m: &mut Markup, lang: Lang, rules: &RuleSet) {
    let guideline = match lang {
        Lang::Zh => format!(
            "{} ·《{}》",
            rules.guideline.number, rules.guideline.title.zh
        ),
        Lang::En => format!("{} · {}", rules.guideline.number, rules.guideline.title.en),
    };
    m.open("div", &[("class", "tic-header__text")])
        .element(
            "p",
            &[("class", "tic-header__service")],
            SERVICE_NAME().get(lang),
        )
        .element("p", &[("class", "tic-header__guideline")], &guideline)
        .close("div");
}

/// A page's main heading, with the clause the page comes from above it. It takes focus when the
/// step changes, so screen readers announce the new page.
pub fn page_heading(m: &mut Markup, lang: Lang, title: &str, clause: Option<ClauseId>) {
    if let Some(clause) = clause {
        m.element(
            "p",
            &[("class", "tic-caption")],
            &format!("{} {}", CLAUSE_FROM().get(lang), clause.citation(lang)),
        );
    }
    m.element(
        "h1",
        &[
            ("class", "tic-heading-xl"),
            ("id", PAGE_HEADING_ID),
            ("tabindex", "-1"),
        ],
        title,
    );
}

/// What the start page says above its button: what the check is for and what it is not, what
/// to have at hand, how long it takes, and what is kept (`remember`: the person chose to keep
/// the answers in this browser).
pub fn start_about(m: &mut Markup, lang: Lang, remember: bool) {
    m.element("p", &[("class", "tic-body-l")], START_INTRO().get(lang))
        .element("p", &[("class", "tic-body")], START_NOT().get(lang))
        .element(
            "h2",
            &[("class", "tic-heading-m")],
            START_NEED_TITLE().get(lang),
        )
        .open("ul", &[("class", "tic-list tic-list--bullet")]);
    for item in START_NEED() {
        m.element("li", &[], item.get(lang));
    }
    m.close("ul")
        .element("p", &[("class", "tic-body")], START_TIME().get(lang))
        .open("div", &[("class", "tic-notice tic-privacy")])
        .element(
            "h2",
            &[("class", "tic-heading-s")],
            PRIVACY_TITLE().get(lang),
        )
        .open("p", &[("class", "tic-body"), ("id", "tic-privacy")])
        .text(PRIVACY().get(lang))
        .text(if lang == Lang::En { " " } else { "" })
        // What is kept follows the choice made: a restored draft is not “nothing kept”.
        .text(
            if remember {
                PRIVACY_KEPT()
            } else {
                PRIVACY_NOT_KEPT()
            }
            .get(lang),
        )
        .close("p")
        .close("div");
}

/// The rule set the page is written for ahead of time: the newest. The app names the set in
/// force on the day it runs, which is this one unless a newer guideline has been added with a
/// later date (and then the build that adds it writes this page again).
pub fn rules_for_first_page() -> &'static RuleSet {
    &RULE_SETS[RULE_SETS.len() - 1]
}

/// The whole app as it first appears, nothing answered and nothing kept: the header with the
/// language buttons, and the start page with its keep-or-import panel.
pub fn app_markup(lang: Lang) -> String {
    let mut m = Markup::new();
    m.open("div", &[("class", "tic-app"), ("lang", lang.tag())])
        .open("header", &[("class", "tic-header")])
        .element(
            "a",
            &[("class", "tic-skip-link"), ("href", "#tic-main")],
            SKIP_LINK().get(lang),
        );
    header_text(&mut m, lang, rules_for_first_page());
    m.open(
        "nav",
        &[
            ("class", "tic-lang"),
            ("aria-label", LANGUAGE_SWITCH_LABEL().get(lang)),
        ],
    )
    .open("ul", &[("class", "tic-lang__list")]);
    for (option, label) in LANGUAGE_OPTIONS {
        let pressed = if option == lang { "true" } else { "false" };
        m.open("li", &[])
            .element(
                "button",
                &[
                    ("type", "button"),
                    ("class", "tic-lang__button"),
                    ("lang", option.tag()),
                    ("aria-pressed", pressed),
                ],
                label,
            )
            .close("li");
    }
    m.close("ul")
        .close("nav")
        .close("header")
        .open("main", &[("class", "tic-main"), ("id", "tic-main")])
        .open("div", &[("class", "tic-page tic-page--start")]);
    page_heading(&mut m, lang, Step::Start.title().get(lang), None);
    start_about(&mut m, lang, false);
    m.element(
        "button",
        &[
            ("type", "button"),
            ("class", "tic-button tic-button--start"),
        ],
        START().get(lang),
    );
    keep_panel(&mut m, lang);
    m.close("div").close("main").close("div");
    m.as_str().to_string()
}

/// What `index.html` holds: each language's [`app_markup`] in a wrapper that draws no box
/// (`.tic-prerender`; the stylesheet shows the one asked for), with what a press says before
/// the app is ready (`data-tic-wait`, which `boot.js` shows beside the control).
pub fn both_languages() -> String {
    let mut pages = String::new();
    for lang in [Lang::Zh, Lang::En] {
        let mut wrapper = Markup::new();
        wrapper.open(
            "div",
            &[
                ("class", "tic-prerender"),
                ("lang", lang.tag()),
                ("data-tic-wait", GETTING_READY().get(lang)),
            ],
        );
        pages.push_str(wrapper.as_str());
        pages.push_str(&app_markup(lang));
        pages.push_str("</div>");
    }
    pages
}

/// The language buttons, each named in its own language.
pub const LANGUAGE_OPTIONS: [(Lang, &str); 2] = [(Lang::Zh, "中文"), (Lang::En, "English")];

/// The keep-or-import panel as the app first draws it: remembering off, no file chosen.
fn keep_panel(m: &mut Markup, lang: Lang) {
    m.open(
        "section",
        &[
            ("class", "tic-section tic-keep tic-no-print"),
            ("aria-labelledby", "tic-keep-title"),
        ],
    )
    .element(
        "h2",
        &[("class", "tic-heading-m"), ("id", "tic-keep-title")],
        KEEP_TITLE().get(lang),
    )
    .open("div", &[("class", "tic-form-group tic-no-print")])
    .open("div", &[("class", "tic-checkboxes__item")])
    .open(
        "input",
        &[
            ("class", "tic-checkboxes__input"),
            ("type", "checkbox"),
            ("id", "tic-remember"),
            ("aria-describedby", "tic-remember-hint"),
        ],
    )
    .element(
        "label",
        &[("class", "tic-checkboxes__label"), ("for", "tic-remember")],
        REMEMBER().get(lang),
    )
    .close("div")
    .element(
        "p",
        &[("class", "tic-hint"), ("id", "tic-remember-hint")],
        REMEMBER_HINT().get(lang),
    )
    .close("div")
    .open(
        "div",
        &[("class", "tic-form-group tic-dropzone tic-no-print")],
    )
    .element(
        "label",
        &[("class", "tic-label"), ("for", "tic-import")],
        IMPORT_LABEL().get(lang),
    )
    .element(
        "p",
        &[("class", "tic-hint"), ("id", "tic-import-hint")],
        IMPORT_HINT().get(lang),
    )
    .open(
        "input",
        &[
            ("class", "tic-file"),
            ("type", "file"),
            ("id", "tic-import"),
            ("accept", ".json,application/json"),
            ("aria-describedby", "tic-import-hint"),
        ],
    )
    .close("div")
    .close("section");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_page_is_whole_in_each_language() {
        for lang in [Lang::Zh, Lang::En] {
            let page = app_markup(lang);
            assert!(page.contains(SERVICE_NAME().get(lang)));
            assert!(page.contains(START().get(lang)));
            assert!(page.contains(PRIVACY_NOT_KEPT().get(lang)));
            assert!(page.contains(IMPORT_LABEL().get(lang)));
            assert_eq!(page.matches("<div").count(), page.matches("</div>").count());
        }
        assert!(app_markup(Lang::Zh).contains("lang=\"zh-CN\""));
        assert!(!app_markup(Lang::En).contains(START().get(Lang::Zh)));
    }
}
