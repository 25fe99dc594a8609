//! The band at the top of every page: the service, the guideline, and the language switch.

use crate::first_page::LANGUAGE_OPTIONS;
use crate::markup::Markup;
use crate::rules::guideline::RuleSet;
use crate::rules::lang::Lang;
use crate::wizard::Action;
use crate::words::*;
use yew::prelude::*;

/// The band at the top: the service, the guideline, and 中文 / English (switching keeps every
/// answer and the step).
pub fn header(lang: Lang, rules: &RuleSet, dispatch: &Callback<Action>) -> Html {
    let option = |&(option, label): &(Lang, &'static str)| {
        html! {
            <li>
                <button type="button" class="tic-lang__button" lang={option.tag()}
                    aria-pressed={(option == lang).to_string()}
                    onclick={super::send(dispatch, Action::SetLang(option))}>
                    { label }
                </button>
            </li>
        }
    };
    html! {
        <header class="tic-header">
            // The address keeps the step's name (`#figures`): the link moves focus itself.
            <a class="tic-skip-link" href="#tic-main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                let _ = crate::app::dom::focus_by_id(super::PAGE_HEADING_ID);
            })}>{ SKIP_LINK().get(lang) }</a>
            { header_text(lang, rules) }
            <nav class="tic-lang" aria-label={LANGUAGE_SWITCH_LABEL().get(lang)}>
                <ul class="tic-lang__list">
                    { for LANGUAGE_OPTIONS.iter().map(option) }
                </ul>
            </nav>
        </header>
    }
}

/// The service and the guideline ([`crate::first_page::header_text`]).
fn header_text(lang: Lang, rules: &RuleSet) -> Html {
    let mut m = Markup::new();
    crate::first_page::header_text(&mut m, lang, rules);
    m.into_html()
}
