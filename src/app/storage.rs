//! The draft kept in this browser's localStorage, only after the person opts in. Every call
//! tolerates storage being absent, blocked (private mode, a sandboxed frame) or full: the app
//! says so and keeps working. web_sys is used directly rather than gloo's storage wrapper,
//! whose accessor throws when storage is blocked, which would stop the app.

use crate::rules::document::{AnswersDocument, ImportError};

const KEY: &str = "tic-selfcheck:draft";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved draft, if any. A draft that cannot be read at all is removed, and the reason
/// returned; one written by a newer version of the tool is left where it is (that version can
/// still read it) and only overwritten if the person opts in to remembering again.
pub fn read_draft() -> Option<Result<AnswersDocument, ImportError>> {
    let storage = storage()?;
    let text = storage.get_item(KEY).ok()??;
    let parsed = AnswersDocument::from_json(&text);
    if let Err(e) = &parsed {
        if !e.readable_by_a_newer_version() {
            let _ = storage.remove_item(KEY);
        }
    }
    Some(parsed)
}

/// Saves the draft; `false` when the browser refused (blocked or full).
pub fn write_draft(document: &str) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, document).is_ok())
}

pub fn erase_draft() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
