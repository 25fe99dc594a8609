//! The link back to the previous step, above every page but the first.

use crate::rules::lang::Lang;
use crate::wizard::Action;
use crate::words::*;
use yew::prelude::*;

pub fn back_link(lang: Lang, action: Action, dispatch: &Callback<Action>) -> Html {
    html! {
        <button type="button" class="tic-back-link" onclick={super::send(dispatch, action)}>
            { BACK().get(lang) }
        </button>
    }
}
