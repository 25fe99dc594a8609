//! The few things the app does to the document outside its own tree: language, title, history
//! entries and focus.

use crate::rules::lang::Lang;
use crate::wizard::Step;
use crate::words::{ERROR_PREFIX, SERVICE_NAME};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The document's language, and its title: the page's title and the service's name, after
/// “错误：” / “Error: ” while the page shows errors (so a screen reader hears it first).
/// Whether Start was pressed on the page index.html showed before the app was ready: boot.js
/// marks the document (`data-tic-start-pressed`). Asked once; the mark is taken away.
pub fn take_early_start() -> bool {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return false;
    };
    let pressed = root.has_attribute("data-tic-start-pressed");
    let _ = root.remove_attribute("data-tic-start-pressed");
    pressed
}

/// Marks the document as answered by the app (`html[data-tic-ready]`): boot.js stops holding
/// presses, and tests and benchmarks know the app is interactive.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-tic-ready", "");
    }
}

pub fn set_language_and_title(lang: Lang, step: Step, has_errors: bool) {
    let Some(doc) = document() else { return };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
    let service = SERVICE_NAME().get(lang);
    let page = match step.title().get(lang) {
        "" => service,
        loaded => loaded,
    };
    let prefix = if has_errors {
        ERROR_PREFIX().get(lang)
    } else {
        ""
    };
    let title = if page == service {
        format!("{prefix}{service}")
    } else {
        format!("{prefix}{page} – {service}")
    };
    doc.set_title(&title);
}

/// Adds a history entry for `step` (or replaces the current one on first load), unless the
/// address already shows it (the person just pressed Back or Forward).
pub fn record_step(step: Step, first_load: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_step() == Some(step) {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("#{}", step.slug());
    let _ = if first_load {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// The step named in the address, if any.
pub fn current_step() -> Option<Step> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Step::from_slug(&hash)
}

/// Moves focus to the element `id`; false when the page has no such element.
pub fn focus_by_id(id: &str) -> bool {
    match document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// `?lang=en` in the address, else `data-lang` on the mount element, else Chinese.
pub fn requested_language(root: Option<&web_sys::Element>) -> Lang {
    let from_query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("lang="))
                .and_then(Lang::parse)
        });
    from_query
        .or_else(|| {
            root.and_then(|r| r.get_attribute("data-lang"))
                .and_then(|l| Lang::parse(&l))
        })
        .unwrap_or_default()
}

/// Offers `contents` as a file download, built in the browser (nothing is sent anywhere).
pub fn download(filename: &str, contents: &[u8], media_type: &str) -> Result<(), JsValue> {
    let doc = document().ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // Give the browser time to start the download before the URL is released.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Today's date on this device: the date of the self-check.
pub fn today() -> crate::rules::dates::CalendarDate {
    let now = js_sys::Date::new_0();
    crate::rules::dates::CalendarDate {
        year: now.get_full_year() as i32,
        month: now.get_month() + 1,
        day: now.get_date(),
    }
}

/// What is done with what a promise settles to: its value, or why it was rejected.
type Settled = Box<dyn FnOnce(Result<JsValue, JsValue>)>;

/// Calls `then`, once, with what `promise` settles to. Two small callbacks on the promise
/// instead of an async executor in the app: the app waits for two kinds of promise in all (the
/// long texts, once, and a file picked for import), and the executor was 0.7 KB of its first
/// load (gzip). The two callbacks stay allocated after the promise settles (a few dozen bytes
/// for each file imported), as a forgotten closure does.
pub fn when_settled(promise: &js_sys::Promise, then: Settled) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let then = Rc::new(Cell::new(Some(then)));
    let on = |ok: bool| {
        let then = then.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |value| {
            if let Some(then) = then.take() {
                then(if ok { Ok(value) } else { Err(value) });
            }
        })
    };
    let (resolved, rejected) = (on(true), on(false));
    let _ = promise.then2(&resolved, &rejected);
    resolved.forget();
    rejected.forget();
}

/// Fetches the long texts (`tic-texts.json`, beside the app), keeps them for the page, and
/// says whether they arrived.
pub fn load_texts(done: Box<dyn FnOnce(bool)>) {
    // Already there (another instance of the app on this page loaded them).
    if crate::rules::library::is_loaded() {
        return done(true);
    }
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let fetched = window.fetch_with_str("./tic-texts.json");
    when_settled(
        &fetched,
        Box::new(move |response| {
            let text = response
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
                .filter(|r| r.ok())
                .and_then(|r| r.text().ok());
            let Some(text) = text else {
                return done(false);
            };
            when_settled(
                &text,
                Box::new(move |text| {
                    done(match text.ok().and_then(|t| t.as_string()) {
                        Some(text) => crate::rules::library::load(&text).is_ok(),
                        None => false,
                    })
                }),
            );
        }),
    );
}

/// Loads the page again (after the long texts failed to arrive).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Reads a picked or dropped file as text, refusing anything too large before reading it.
pub fn read_file(
    file: web_sys::File,
    done: Box<dyn FnOnce(Result<String, crate::rules::document::ImportError>)>,
) {
    use crate::rules::document::{ImportError, MAX_DOCUMENT_BYTES};
    let size = file.size();
    if size > MAX_DOCUMENT_BYTES as f64 {
        return done(Err(ImportError::TooLarge {
            bytes: size as usize,
        }));
    }
    when_settled(
        &file.text(),
        Box::new(move |text| {
            done(
                text.map(|t| t.as_string().unwrap_or_default())
                    .map_err(|_| ImportError::Unreadable),
            )
        }),
    );
}

/// Has the browser ask before the page is left (reloaded, closed, navigated away); the prompt
/// lasts as long as the listener returned is kept.
pub fn warn_before_leaving() -> Option<gloo::events::EventListener> {
    use gloo::events::{EventListener, EventListenerOptions};
    let window = web_sys::window()?;
    Some(EventListener::new_with_options(
        &window,
        "beforeunload",
        EventListenerOptions::enable_prevent_default(),
        |event| {
            event.prevent_default();
            // Older engines ask only when returnValue is set.
            let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
        },
    ))
}
