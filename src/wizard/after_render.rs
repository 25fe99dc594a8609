//! What the page does after a render, outside the page itself (the document's title, the
//! browser's history and focus, the draft kept on the device, a download), decided from what
//! changed since the render before. The browser app runs the tasks due ([`crate::app`]); the
//! decision is here, where the native tests can reach it.
//!
//! One decision instead of one Yew effect hook per task: each hook brought its own copy of
//! Yew's effect code into the app (about 0.2 KB of the gzip each).

use super::state::WizardState;
use super::steps::Step;
use super::values::TextsStatus;
use crate::rules::lang::Lang;

/// What the tasks after a render depend on, read from the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watched {
    pub lang: Lang,
    pub step: Step,
    pub texts: TextsStatus,
    /// Whether the page shows an error summary (the title then starts with “错误：”).
    pub has_errors: bool,
    /// Whether leaving the page would lose answers neither remembered nor saved to a file.
    pub unkept: bool,
    pub remember: bool,
    /// Moves whenever the answers document changes.
    pub revision: u32,
    /// Moves on each press of a download button.
    pub downloads: u32,
    /// Moves on each “continue” refused for errors.
    pub failed_attempts: u32,
}

impl WizardState {
    pub fn watched(&self) -> Watched {
        Watched {
            lang: self.lang,
            step: self.step,
            texts: self.texts,
            has_errors: !self.errors.is_empty() || self.import_error.is_some(),
            unkept: self.answers_unkept(),
            remember: self.remember,
            revision: self.revision,
            downloads: self.downloads,
            failed_attempts: self.failed_attempts,
        }
    }
}

/// The tasks due after a render. After the first render every task is due (each then decides
/// for itself whether there is anything to do: no download before a press, say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Due {
    /// The first render: the app starts its listeners, fetches the long texts, reads the
    /// draft and says it is ready.
    pub first: bool,
    /// The document's language and title (they follow the language, the step, the long texts
    /// that hold the titles, and whether errors are shown).
    pub title: bool,
    /// An embedding host is told the language.
    pub language: bool,
    /// The step is recorded in the browser's history, and focus moves (not on the first).
    pub step: bool,
    /// The browser's warning before leaving is set or lifted.
    pub leave_warning: bool,
    /// The draft on the device is written or erased.
    pub draft: bool,
    /// A download was asked for.
    pub download: bool,
    /// Focus moves to the error summary.
    pub focus_errors: bool,
}

/// The tasks due after a render that shows `now`, the render before it having shown
/// `previous` (`None` for the first).
pub fn due(previous: Option<Watched>, now: Watched) -> Due {
    let Some(p) = previous else {
        return Due {
            first: true,
            title: true,
            language: true,
            step: true,
            leave_warning: true,
            draft: true,
            download: true,
            focus_errors: true,
        };
    };
    Due {
        first: false,
        title: (p.lang, p.step, p.texts, p.has_errors)
            != (now.lang, now.step, now.texts, now.has_errors),
        language: p.lang != now.lang,
        step: p.step != now.step,
        leave_warning: p.unkept != now.unkept,
        draft: (p.remember, p.revision) != (now.remember, now.revision),
        download: p.downloads != now.downloads,
        focus_errors: p.failed_attempts != now.failed_attempts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dates::CalendarDate;
    use crate::wizard::Action;

    fn state() -> WizardState {
        WizardState::new(Lang::Zh, CalendarDate::new(2026, 3, 18).unwrap())
    }

    #[test]
    fn everything_is_due_after_the_first_render() {
        let due = due(None, state().watched());
        assert!(due.first && due.title && due.language && due.step);
        assert!(due.leave_warning && due.draft && due.download && due.focus_errors);
    }

    #[test]
    fn nothing_is_due_when_nothing_watched_changed() {
        let s = state();
        assert_eq!(due(Some(s.watched()), s.watched()), Due::default());
    }

    #[test]
    fn each_change_makes_its_own_tasks_due() {
        let before = state().watched();
        let after = |change: fn(&mut Watched)| {
            let mut now = before;
            change(&mut now);
            due(Some(before), now)
        };
        let title_and_language = Due {
            title: true,
            language: true,
            ..Due::default()
        };
        assert_eq!(after(|w| w.lang = Lang::En), title_and_language);
        assert_eq!(
            after(|w| w.step = Step::Figures),
            Due {
                title: true,
                step: true,
                ..Due::default()
            }
        );
        let title = Due {
            title: true,
            ..Due::default()
        };
        assert_eq!(after(|w| w.texts = TextsStatus::Ready), title);
        assert_eq!(after(|w| w.has_errors = true), title);
        let leave_warning = Due {
            leave_warning: true,
            ..Due::default()
        };
        assert_eq!(after(|w| w.unkept = true), leave_warning);
        let draft = Due {
            draft: true,
            ..Due::default()
        };
        assert_eq!(after(|w| w.remember = true), draft);
        assert_eq!(after(|w| w.revision += 1), draft);
        let download = Due {
            download: true,
            ..Due::default()
        };
        assert_eq!(after(|w| w.downloads += 1), download);
        let focus_errors = Due {
            focus_errors: true,
            ..Due::default()
        };
        assert_eq!(after(|w| w.failed_attempts += 1), focus_errors);
    }

    #[test]
    fn the_state_is_read_as_the_tasks_need_it() {
        let mut s = state();
        let start = s.watched();
        assert!(!start.has_errors && !start.unkept && !start.remember);
        // Continue on the start page moves the step; the page after it asks for an answer.
        s = s.apply(Action::Continue);
        assert_eq!(s.watched().step, s.step);
        assert!(due(Some(start), s.watched()).step);
        s = s.apply(Action::SetRemember(true));
        assert!(s.watched().remember);
        assert!(due(Some(start), s.watched()).draft);
    }
}
