//! When the app runs inside an iframe on a host page, it tells the host when the step changes,
//! so the host can bring the frame's top into view, and the frame's title in the language shown.
//! (The content height, which sizes the frame, is reported by `boot.js` from before the app
//! loads: the first page index.html holds needs a frame of its height too.) The
//! messages carry a height and, when the language changes, the service's name for the frame's
//! title: never an answer or a figure.

/// The message types the host script (`embed.js`) listens for.
const STEP: &str = "tic-selfcheck:step";
const LANGUAGE: &str = "tic-selfcheck:language";

/// Tells the host the frame's title in the language now shown, for the iframe's `title`.
pub fn language_changed(title: &str) {
    post_with(LANGUAGE, None, Some(title));
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    // Top-level pages are their own parent: nothing to tell.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

fn post(kind: &str, height: Option<f64>) {
    post_with(kind, height, None);
}

fn post_with(kind: &str, height: Option<f64>, title: Option<&str>) {
    let Some(parent) = parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(h) = height {
        let _ = js_sys::Reflect::set(&message, &"height".into(), &h.into());
    }
    if let Some(title) = title {
        let _ = js_sys::Reflect::set(&message, &"title".into(), &title.into());
    }
    // Any host may embed the tool; the message holds no data of the person's.
    let _ = parent.post_message(&message, "*");
}

/// The bottom of the app's content. Not the document's scroll height, which never drops below
/// the frame's own height and so would never let the frame shrink.
fn content_height() -> Option<f64> {
    let window = web_sys::window()?;
    let root = window.document()?.get_element_by_id("tic-app")?;
    let scrolled = window.scroll_y().unwrap_or_default();
    Some((root.get_bounding_client_rect().bottom() + scrolled).ceil())
}

/// Tells the host the step changed.
pub fn step_changed() {
    post(STEP, content_height());
}
