//! 中文 / English. Switching keeps every answer and stays on the same step.

use crate::app::store::use_store;
use crate::app::text::LANGUAGE_SWITCH_LABEL;
use crate::rules::lang::Lang;
use crate::wizard::Action;
use yew::prelude::*;

#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let store = use_store();
    let current = store.0.lang;
    let option = |lang: Lang, label: &'static str| {
        let onclick = {
            let dispatcher = store.dispatcher();
            Callback::from(move |_| dispatcher.dispatch(Action::SetLang(lang)))
        };
        html! {
            <li>
                <button type="button" class="tic-lang__button" lang={lang.tag()}
                    aria-pressed={(lang == current).to_string()} {onclick}>
                    { label }
                </button>
            </li>
        }
    };
    html! {
        <nav class="tic-lang" aria-label={LANGUAGE_SWITCH_LABEL.get(current)}>
            <ul class="tic-lang__list">
                { option(Lang::Zh, "中文") }
                { option(Lang::En, "English") }
            </ul>
        </nav>
    }
}
