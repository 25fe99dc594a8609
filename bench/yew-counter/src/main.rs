//! A counter: the least a Yew app paints, and the moment it answers a press
//! (`html[data-tic-ready]`, as the self-check marks it).

use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0);
    use_effect_with((), |_| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-tic-ready", "");
        }
    });
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p id="count">{ *count }</p>
            <button {onclick}>{ "+1" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
