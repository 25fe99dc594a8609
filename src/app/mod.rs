//! The browser app (compiled for wasm32 only). It asks and shows; every decision, figure and
//! piece of legal text comes from [`crate::rules`].

mod intro;

use intro::Intro;
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! { <Intro /> }
}

/// Mounts the app on the page's `#tic-app` element (or the body when a host page has none).
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    match document.and_then(|d| d.get_element_by_id("tic-app")) {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
