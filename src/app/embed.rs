//! When the app runs inside an iframe on a host page, it tells the host when the step changes,
//! so the host can bring the frame's top into view, and the frame's title in the language shown.
//! The content height, which sizes the frame, is reported by `boot.js` alone, from before the app
//! loads (the first page index.html holds needs a frame of its height too) and whenever the
//! content's size changes, a new step included. The messages carry the service's name for the
//! frame's title, never an answer or a figure.

/// The message types the host script (`embed.js`) listens for.
const STEP: &str = "tic-selfcheck:step";
const LANGUAGE: &str = "tic-selfcheck:language";

/// Tells the host the frame's title in the language now shown, for the iframe's `title`.
pub fn language_changed(title: &str) {
    post(LANGUAGE, Some(title));
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    // Top-level pages are their own parent: nothing to tell.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

fn post(kind: &str, title: Option<&str>) {
    let Some(parent) = parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(title) = title {
        let _ = js_sys::Reflect::set(&message, &"title".into(), &title.into());
    }
    // Any host may embed the tool; the message holds no data of the person's.
    let _ = parent.post_message(&message, "*");
}

/// Tells the host the step changed.
pub fn step_changed() {
    post(STEP, None);
}
