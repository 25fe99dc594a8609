//! The declarations in words: an answer given, one not given yet, the applicant type not chosen.

use super::fill_sentence;
use crate::rules::lang::Lang;
use crate::rules::outcome::Reason;
use crate::rules::questions::Answer;
use crate::rules::sentences::*;

/// The sentence for a reason of this family (the dispatcher in [`super::describe_reason`] sends
/// no other here).
pub(super) fn describe(reason: &Reason, lang: Lang) -> String {
    match reason {
        Reason::Declared { question, answer } => {
            let note = if *answer == Answer::NotSure {
                ANSWER_NOT_SURE_NOTE()
            } else if *answer == question.favourable() {
                ANSWER_SELF_DECLARED()
            } else {
                ANSWER_NOT_MET()
            };
            fill_sentence(
                DECLARED(),
                lang,
                &[
                    ("question", &question.text().get(lang)),
                    ("answer", &answer.label(lang)),
                    ("note", &note.get(lang)),
                ],
            )
        }
        Reason::Unanswered { question } => fill_sentence(
            UNANSWERED(),
            lang,
            &[("question", &question.text().get(lang))],
        ),
        Reason::PathNotChosen => fill_sentence(PATH_NOT_CHOSEN(), lang, &[]),
        _ => unreachable!(),
    }
}
