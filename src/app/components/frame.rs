//! The frame around every page (the header with the language switch, the back link, the page
//! heading, the error summary) and small pieces of result markup (verdict tags, clause text).

use super::{ERROR_SUMMARY_ID, PAGE_HEADING_ID};
use crate::app::dom::focus_by_id;
use crate::app::text::*;
use crate::rules::assess::Verdict;
use crate::rules::clauses::ClauseId;
use crate::rules::guideline::RuleSet;
use crate::rules::lang::Lang;
use crate::wizard::{Action, WizardState};
use yew::prelude::*;

/// The band at the top: the service, the guideline, and 中文 / English (switching keeps every
/// answer and the step).
pub fn header(lang: Lang, rules: &RuleSet, dispatch: &Callback<Action>) -> Html {
    let option = |option: Lang, label: &'static str| {
        html! {
            <li>
                <button type="button" class="tic-lang__button" lang={option.tag()}
                    aria-pressed={(option == lang).to_string()}
                    onclick={dispatch.reform(move |_| Action::SetLang(option))}>
                    { label }
                </button>
            </li>
        }
    };
    html! {
        <header class="tic-header">
            <div class="tic-header__text">
                <p class="tic-header__service">{ APP_TITLE.get(lang) }</p>
                <p class="tic-header__guideline">
                    { format!("{} · {}", rules.guideline.number, rules.guideline.title.get(lang)) }
                </p>
            </div>
            <nav class="tic-lang" aria-label={LANGUAGE_SWITCH_LABEL.get(lang)}>
                <ul class="tic-lang__list">
                    { option(Lang::Zh, "中文") }
                    { option(Lang::En, "English") }
                </ul>
            </nav>
        </header>
    }
}

pub fn back_link(lang: Lang, action: Action, dispatch: &Callback<Action>) -> Html {
    html! {
        <button type="button" class="tic-back-link" onclick={dispatch.reform(move |_| action.clone())}>
            { BACK.get(lang) }
        </button>
    }
}

/// A page's main heading, with the clause the page comes from above it. It takes focus when the
/// step changes, so screen readers announce the new page.
pub fn page_heading(lang: Lang, title: &str, clause: Option<ClauseId>) -> Html {
    html! {
        <>
            if let Some(clause) = clause {
                <p class="tic-caption">
                    { format!("{} {}", CLAUSE_FROM().get(lang), clause.citation(lang)) }
                </p>
            }
            <h1 class="tic-heading-xl" id={PAGE_HEADING_ID} tabindex="-1">{ title.to_string() }</h1>
        </>
    }
}

/// Every problem on the page, each a link that moves focus to its field (without following the
/// fragment, which would add a history entry and scroll a host page).
pub fn error_summary(state: &WizardState) -> Html {
    if state.errors.is_empty() {
        return html! {};
    }
    let lang = state.lang;
    html! {
        <div class="tic-error-summary" id={ERROR_SUMMARY_ID} tabindex="-1"
            role="alert" aria-labelledby="tic-error-summary-title">
            <h2 class="tic-error-summary__title" id="tic-error-summary-title">
                { ERROR_SUMMARY_TITLE.get(lang) }
            </h2>
            <ul class="tic-error-summary__list">
                { for state.errors.iter().map(|e| {
                    let id = e.field.dom_id();
                    let target = id.clone();
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        ev.prevent_default();
                        focus_by_id(&target);
                    });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ e.message(lang) }</a></li> }
                }) }
            </ul>
        </div>
    }
}

/// A verdict as a tag: a symbol and a word as well as a colour, so it never relies on colour.
pub fn verdict_tag(verdict: Verdict, lang: Lang) -> Html {
    let (symbol, class) = match verdict {
        Verdict::Met => ("✓", "tic-tag tic-tag--met"),
        Verdict::NotMet => ("✗", "tic-tag tic-tag--not-met"),
        Verdict::CannotTell => ("?", "tic-tag tic-tag--open"),
    };
    html! {
        <strong {class}>
            <span aria-hidden="true">{ symbol }</span>{ " " }{ verdict.label().get(lang) }
        </strong>
    }
}

/// A clause's text, folded away until asked for: the Chinese original (authoritative) and the
/// English rendering, from `rules::clauses`.
pub fn clause_text(clause: ClauseId, lang: Lang) -> Html {
    let c = clause.clause();
    html! {
        <details class="tic-details">
            <summary class="tic-details__summary">
                { format!("{}:{}", SHOW_CLAUSE().get(lang), c.citation.get(lang)) }
            </summary>
            <div class="tic-details__text">
                <p class="tic-details__label">{ ORIGINAL_TEXT().get(lang) }</p>
                <blockquote class="tic-quote" lang="zh-CN">{ c.text.zh }</blockquote>
                <p class="tic-details__label">{ ENGLISH_RENDERING().get(lang) }</p>
                <blockquote class="tic-quote" lang="en">{ c.text.en }</blockquote>
            </div>
        </details>
    }
}

/// A message about importing or the draft: announced, and styled as an error when it is one.
/// Texts that could not be loaded are reported on every page.
pub fn notice_banner(state: &WizardState) -> Html {
    if state.texts == crate::wizard::Texts::Failed {
        return html! {
            <div class="tic-notice-banner tic-notice-banner--error tic-no-print" id="tic-texts-failed" role="alert">
                { TEXTS_FAILED.get(state.lang) }
            </div>
        };
    }
    let Some(notice) = &state.notice else {
        return html! {};
    };
    let error = notice.is_error();
    html! {
        <div class={if error { "tic-notice-banner tic-notice-banner--error tic-no-print" } else { "tic-notice-banner tic-no-print" }}
            id="tic-notice" role={if error { "alert" } else { "status" }}>
            { notice.message(state.lang) }
        </div>
    }
}
