//! The band at the top of every page: the service name, the guideline and the language switch.

use super::language_switch::LanguageSwitch;
use crate::app::store::use_store;
use crate::app::text::APP_TITLE;
use crate::rules::guideline::GUIDELINE;
use yew::prelude::*;

#[function_component(Header)]
pub fn header() -> Html {
    let store = use_store();
    let lang = store.0.lang;
    html! {
        <header class="tic-header">
            <div class="tic-header__text">
                <p class="tic-header__service">{ APP_TITLE.get(lang) }</p>
                <p class="tic-header__guideline">
                    { format!("{} · {}", GUIDELINE.number, GUIDELINE.title.get(lang)) }
                </p>
            </div>
            <LanguageSwitch />
        </header>
    }
}
