//! The band at the top of every page: the service, the guideline, and the language switch.

use crate::rules::guideline::RuleSet;
use crate::rules::lang::Lang;
use crate::wizard::Action;
use crate::words::*;
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
            // The address keeps the step's name (`#figures`): the link moves focus itself.
            <a class="tic-skip-link" href="#tic-main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                let _ = crate::app::dom::focus_by_id(super::PAGE_HEADING_ID);
            })}>{ SKIP_LINK().get(lang) }</a>
            <div class="tic-header__text">
                <p class="tic-header__service">{ SERVICE_NAME().get(lang) }</p>
                <p class="tic-header__guideline">
                    { match lang {
                        Lang::Zh => format!("{} ·《{}》", rules.guideline.number, rules.guideline.title.zh),
                        Lang::En => format!("{} · {}", rules.guideline.number, rules.guideline.title.en),
                    } }
                </p>
            </div>
            <nav class="tic-lang" aria-label={LANGUAGE_SWITCH_LABEL().get(lang)}>
                <ul class="tic-lang__list">
                    { option(Lang::Zh, "中文") }
                    { option(Lang::En, "English") }
                </ul>
            </nav>
        </header>
    }
}
