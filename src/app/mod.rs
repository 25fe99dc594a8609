//! The browser app (compiled for wasm32 only). It asks and shows; every decision, figure and
//! piece of legal text comes from [`crate::rules`], and every state change is an
//! [`Action`](crate::wizard::Action) applied by the pure reducer in [`crate::wizard`].

mod dom;
mod embed;
mod storage;
mod store;
mod views;

use crate::rules::lang::Lang;
use crate::wizard::{due, Action, Download, Step, Watched, WizardState};
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

    // What the page does outside itself after a render, each task when what it depends on
    // changed (crate::wizard::after_render decides which).
    let after = use_mut_ref(AfterRender::new);
    {
        let store = store.clone();
        let after = after.clone();
        use_effect(move || after.borrow_mut().run(&store));
    }

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

/// What the tasks after a render keep between renders.
struct AfterRender {
    /// What the last render showed (`None` before the first).
    previous: Option<Watched>,
    /// The step the address named when the page opened (a reload keeps it), read before the
    /// first render replaces it with the start page's.
    opened_at: Option<Step>,
    /// Back and Forward move between steps while the app is shown.
    history: Option<EventListener>,
    /// The browser asks before the page is left with answers neither remembered nor saved.
    leave_warning: Option<EventListener>,
}

impl AfterRender {
    fn new() -> Self {
        AfterRender {
            previous: None,
            opened_at: dom::current_step(),
            history: None,
            leave_warning: None,
        }
    }

    /// The tasks due after the render that shows `store`'s state, in the order they must run.
    fn run(&mut self, store: &UseReducerHandle<Store>) {
        let state = &store.0;
        let now = state.watched();
        let previous = self.previous.replace(now);
        let due = due(previous, now);
        let dispatcher = store.dispatcher();
        if due.title {
            dom::set_language_and_title(now.lang, now.step, now.has_errors);
        }
        // An embedding host names its iframe in the language shown.
        if due.language {
            embed::language_changed(crate::words::SERVICE_NAME().get(now.lang));
        }
        // Each step is an entry in the browser's history (`#figures`: the step's name only,
        // never an answer), so Back and Forward move between steps.
        if due.step {
            dom::record_step(now.step, due.first);
            // Focus moves to the new step's heading (or to the field a “change” link named),
            // but not on first load: an embedded widget must not pull the host page's focus or
            // scroll position.
            if !due.first {
                embed::step_changed();
                // A field the page does not show (a date not asked for, say): the heading.
                if !state.focus.is_some_and(|f| dom::focus_by_id(&f.dom_id())) {
                    let _ = dom::focus_by_id(views::PAGE_HEADING_ID);
                }
            }
        }
        if due.first {
            self.start(store);
        }
        // Leaving the page with answers neither remembered nor saved to a file: the browser
        // asks first.
        if due.leave_warning {
            self.leave_warning = now.unkept.then(dom::warn_before_leaving).flatten();
        }
        // The draft: kept while the person opts in, written when the document changes (its
        // revision moves) or consent is given, and only then; erased when they opt out.
        // Nothing is written without that consent.
        if due.draft {
            if now.remember {
                if !storage::write_draft(&state.document_json()) {
                    dispatcher.dispatch(Action::StorageFailed);
                }
            } else if previous.is_some_and(|p| p.remember) {
                storage::erase_draft();
            }
        }
        // “Save to file” (the same document) or the construction-plan outline, written on this
        // device when the button is pressed.
        if due.download && now.downloads > 0 {
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
                dispatcher.dispatch(Action::ExportFailed);
            }
        }
        // A failed “continue” moves focus to the error summary, every time.
        if due.focus_errors && now.failed_attempts > 0 {
            let _ = dom::focus_by_id(views::ERROR_SUMMARY_ID);
        }
        // Last, after every task of the first render: from here the app answers every press
        // (tests and benchmarks wait for `html[data-tic-ready]`).
        if due.first {
            dom::mark_ready();
        }
    }
}
impl AfterRender {
    /// The first render's own tasks: listen for Back and Forward, fetch the long texts (they
    /// follow the first page: fetched once it is painted, and the page is drawn again when
    /// they arrive), and read the draft (it exists only if the person opted in before).
    fn start(&mut self, store: &UseReducerHandle<Store>) {
        let dispatcher = store.dispatcher();
        self.history = web_sys::window().map(|window| {
            let dispatcher = dispatcher.clone();
            EventListener::new(&window, "popstate", move |_| {
                if let Some(step) = dom::current_step() {
                    dispatcher.dispatch(Action::Go(step));
                }
            })
        });
        {
            let dispatcher = dispatcher.clone();
            dom::load_texts(Box::new(move |ok| {
                dispatcher.dispatch(Action::TextsArrived(ok))
            }));
        }
        // Start pressed on the page index.html showed, before the app was ready (boot.js kept
        // it): acted on now, unless the app has something to say first.
        let pressed_early = dom::take_early_start();
        if let Some(draft) = storage::read_draft() {
            // The start page now offers to continue the draft: the person chooses.
            dispatcher.dispatch(Action::RestoreDraft(draft));
        } else if self.opened_at.is_some_and(|step| step != Step::Start) {
            // Opened again at a later step with nothing kept: say what happened.
            dispatcher.dispatch(Action::OpenedWithoutAnswers);
        } else if pressed_early {
            dispatcher.dispatch(Action::Continue);
        }
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
