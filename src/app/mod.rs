//! The browser app (compiled for wasm32 only). It asks and shows; every decision, figure and
//! piece of legal text comes from [`crate::rules`], and every state change is an
//! [`Action`](crate::wizard::Action) applied by the pure reducer in [`crate::wizard`].

mod dom;
mod embed;
mod storage;
mod store;
mod views;

use crate::rules::lang::Lang;
use crate::wizard::{Action, Download, Step, WizardState};
use gloo::events::EventListener;
use store::Store;
use views::header::header;
use views::pages::page;
use yew::prelude::*;

/// What a `.docx` file is, for the download.
const DOCX_MEDIA_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial_lang = props.lang;
    let store = use_reducer(move || Store(WizardState::new(initial_lang, dom::today())));
    let state = &store.0;

    // The document's language and title follow the language and the step (and the long texts,
    // which hold the titles of the steps after the first).
    let has_errors = !state.errors.is_empty() || state.import_error.is_some();
    use_effect_with(
        (state.lang, state.step, state.texts, has_errors),
        |&(lang, step, _, has_errors)| dom::set_language_and_title(lang, step, has_errors),
    );
    // An embedding host names its iframe in the language shown.
    use_effect_with(state.lang, |&lang| {
        embed::language_changed(crate::words::SERVICE_NAME().get(lang))
    });

    // The step the address named when the page opened (a reload keeps it), read before the
    // first render replaces it with the start page's.
    let opened_at = use_mut_ref(dom::current_step);

    // Each step is an entry in the browser's history (`#figures`: the step's name only, never
    // an answer), so Back and Forward move between steps.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.step, {
        let first_render = first_render.clone();
        let field = state.focus;
        move |&step| {
            let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
            dom::record_step(step, first);
            // Focus moves to the new step's heading (or to the field a “change” link named),
            // but not on first load: an embedded widget must not pull the host page's focus or
            // scroll position.
            if !first {
                embed::step_changed();
                // A field the page does not show (a date not asked for, say): the heading.
                if !field.is_some_and(|f| dom::focus_by_id(&f.dom_id())) {
                    let _ = dom::focus_by_id(views::PAGE_HEADING_ID);
                }
            }
        }
    });
    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    if let Some(step) = dom::current_step() {
                        dispatcher.dispatch(Action::Go(step));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The long texts follow the first page: fetched once it is painted, and the page is drawn
    // again when they arrive.
    {
        let dispatcher = store.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let ok = dom::load_texts().await;
                dispatcher.dispatch(Action::TextsArrived(ok));
            });
        });
    }

    // The draft: read once at start (it exists only if the person opted in before), kept while
    // they opt in, erased when they opt out. Nothing is written without that consent.
    {
        let dispatcher = store.dispatcher();
        let opened_at = opened_at.clone();
        use_effect_with((), move |_| {
            // Start pressed on the page index.html showed, before the app was ready (boot.js
            // kept it): acted on now, unless the app has something to say first.
            let pressed_early = dom::take_early_start();
            if let Some(draft) = storage::read_draft() {
                // The start page now offers to continue the draft: the person chooses.
                dispatcher.dispatch(Action::RestoreDraft(draft));
            } else if opened_at.borrow().is_some_and(|step| step != Step::Start) {
                // Opened again at a later step with nothing kept: say what happened.
                dispatcher.dispatch(Action::OpenedWithoutAnswers);
            } else if pressed_early {
                dispatcher.dispatch(Action::Continue);
            }
        });
    }
    // Leaving the page with answers neither remembered nor saved to a file: the browser asks
    // first.
    use_effect_with(state.answers_unkept(), |&unkept| {
        let listener = unkept.then(dom::warn_before_leaving).flatten();
        move || drop(listener)
    });
    {
        // Written when the document changes (its revision moves) or consent is given, and
        // only then: not serialised on every render to find out whether it changed.
        let store = store.clone();
        let was_remembering = use_mut_ref(|| false);
        use_effect_with((state.remember, state.revision), move |&(remember, _)| {
            let was = std::mem::replace(&mut *was_remembering.borrow_mut(), remember);
            if remember {
                if !storage::write_draft(&store.0.document_json()) {
                    store.dispatch(Action::StorageFailed);
                }
            } else if was {
                storage::erase_draft();
            }
        });
    }
    {
        // “Save to file” (the same document) or the construction-plan outline, written on this
        // device when the button is pressed.
        let store = store.clone();
        use_effect_with(state.downloads, move |&downloads| {
            if downloads > 0 {
                let state = &store.0;
                let (filename, bytes, media_type) = match state.download {
                    Download::Answers => (
                        format!("tic-selfcheck-{}.json", state.as_of),
                        state.document_json().into_bytes(),
                        "application/json",
                    ),
                    Download::Outline => {
                        let (filename, bytes) = state.outline();
                        (filename, bytes, DOCX_MEDIA_TYPE)
                    }
                };
                if dom::download(&filename, &bytes, media_type).is_err() {
                    store.dispatch(Action::ExportFailed);
                }
            }
        });
    }

    // A failed “continue” moves focus to the error summary, every time.
    use_effect_with(state.failed_attempts, |&attempts| {
        if attempts > 0 {
            let _ = dom::focus_by_id(views::ERROR_SUMMARY_ID);
        }
    });

    // Declared last, so it runs after every effect above on the first render: from here the
    // app answers every press (tests and benchmarks wait for `html[data-tic-ready]`).
    use_effect_with((), |_| dom::mark_ready());

    let dispatch = store.dispatcher().to_callback();
    html! {
        <div class="tic-app" lang={state.lang.tag()}>
            { header(state.lang, crate::rules::guideline::RuleSet::for_date(state.as_of), &dispatch) }
            <main class="tic-main" id="tic-main">
                { page(state, &dispatch) }
            </main>
        </div>
    }
}

/// Mounts the app on the page's `#tic-app` element. The language is Chinese unless the page
/// asks for English with `?lang=en` or `data-lang="en"` on that element.
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id("tic-app");
    let lang = dom::requested_language(root.as_ref());
    match root {
        Some(root) => {
            // The first page index.html shows (crate::first_page) gives way to the app's own,
            // the same element for element, in the same task: no frame shows neither or both.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, AppProps { lang }).render();
        }
        None => {
            yew::Renderer::<App>::with_props(AppProps { lang }).render();
        }
    }
}
