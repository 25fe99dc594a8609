//! A person's progress on the readiness checklist: a status and a note per item. Kept with the
//! answers in the exported document and the draft, and read by nothing that decides a verdict.

use super::lang::Bilingual;
use super::library::long_texts;

// The statuses' words: long texts, since the first page shows no checklist.
long_texts! {
    status_labels;
    NOT_STARTED = "status.not_started": "未开始", "Not started";
    IN_PROGRESS = "status.in_progress": "进行中", "In progress";
    READY = "status.ready": "已就绪", "Ready";
}

/// How far along an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    NotStarted,
    InProgress,
    Ready,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::NotStarted, Status::InProgress, Status::Ready];

    /// The name in the answers document.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Ready => "ready",
        }
    }

    pub fn label(self) -> Bilingual {
        match self {
            Status::NotStarted => NOT_STARTED(),
            Status::InProgress => IN_PROGRESS(),
            Status::Ready => READY(),
        }
    }
}

/// The longest note kept with an item, in characters (Unicode scalar values), the unit the
/// answers schema's `maxLength` counts. The browser's `maxlength` counts UTF-16 code units
/// instead, so the page does not use it: the reducer keeps a note to this length and the page
/// shows the count, and says when the limit is reached.
pub const MAX_NOTE_CHARS: usize = 500;

/// A note's length in the unit of [`MAX_NOTE_CHARS`].
pub fn note_length(note: &str) -> usize {
    note.chars().count()
}

/// A note as kept: at most [`MAX_NOTE_CHARS`] characters.
pub fn clip_note(note: &str) -> String {
    note.chars().take(MAX_NOTE_CHARS).collect()
}

/// A person's progress on one item, as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub item: String,
    pub status: Status,
    pub note: String,
}

/// The note recorded for an item (empty when none is).
pub fn note_of<'a>(progress: &'a [Progress], id: &str) -> &'a str {
    progress
        .iter()
        .find(|p| p.item == id)
        .map_or("", |p| p.note.as_str())
}

/// The status recorded for an item (not started when none is).
pub fn status_of(progress: &[Progress], id: &str) -> Status {
    progress
        .iter()
        .find(|p| p.item == id)
        .map_or(Status::NotStarted, |p| p.status)
}
