//! The steps of the wizard, their order on each path, and their names in the URL fragment
//! (step names only: no answer or figure ever appears in the URL).

use crate::rules::clauses::ClauseId;
use crate::rules::lang::Bilingual;
use crate::rules::outcome::Condition;
use crate::rules::questions::{ApplicantPath, Question};
use crate::words::*;

/// One page of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    ApplicantType,
    Registration,
    Cooperation,
    SafetyRecord,
    Talent,
    NewEntity,
    Figures,
    Check,
    Results,
}

impl Step {
    /// Every step, in order, with the new-entity step included.
    pub const ALL: [Step; 10] = [
        Step::Start,
        Step::ApplicantType,
        Step::Registration,
        Step::Cooperation,
        Step::SafetyRecord,
        Step::Talent,
        Step::NewEntity,
        Step::Figures,
        Step::Check,
        Step::Results,
    ];

    /// The steps a person goes through on `path` (the new-entity page only under Art. 6).
    pub fn sequence(path: Option<ApplicantPath>) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| *s != Step::NewEntity || path == Some(ApplicantPath::NewEntity))
            .collect()
    }

    pub fn next(self, path: Option<ApplicantPath>) -> Step {
        let seq = Step::sequence(path);
        let i = seq.iter().position(|s| *s == self).unwrap_or(0);
        seq.get(i + 1).copied().unwrap_or(Step::Results)
    }

    pub fn previous(self, path: Option<ApplicantPath>) -> Option<Step> {
        let seq = Step::sequence(path);
        let i = seq.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|j| seq[j])
    }

    /// The page's title: its heading, and the browser tab's title.
    pub fn title(self) -> Bilingual {
        match self {
            Step::Start => SERVICE_NAME(),
            Step::ApplicantType => STEP_APPLICANT_TYPE(),
            Step::Registration => STEP_REGISTRATION(),
            Step::Cooperation => STEP_COOPERATION(),
            Step::SafetyRecord => STEP_SAFETY_RECORD(),
            Step::Talent => STEP_TALENT(),
            Step::NewEntity => STEP_NEW_ENTITY(),
            Step::Figures => STEP_FIGURES(),
            Step::Check => STEP_CHECK(),
            Step::Results => STEP_RESULTS(),
        }
    }

    /// The name in the URL fragment, `#figures`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::ApplicantType => "applicant",
            Step::Registration => "registration",
            Step::Cooperation => "cooperation",
            Step::SafetyRecord => "safety",
            Step::Talent => "talent",
            Step::NewEntity => "new-entity",
            Step::Figures => "figures",
            Step::Check => "check",
            Step::Results => "results",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        let slug = slug.trim_start_matches('#');
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The declarations asked on this step.
    pub fn questions(self) -> &'static [Question] {
        match self {
            Step::Registration => Condition::Registration.questions(),
            Step::Cooperation => Condition::Cooperation.questions(),
            Step::SafetyRecord => Condition::SafetyRecord.questions(),
            Step::Talent => Condition::Talent.questions(),
            // The new entity's status first, then what replaces Art. 5(3) for it.
            Step::NewEntity => &[
                Question::NewlyEstablishedForCenter,
                Question::JointUnitsCapability,
            ],
            _ => &[],
        }
    }

    /// The clause a page comes from (named above its heading) and the clause whose text it
    /// can unfold, on `path`: the one mapping from pages to clauses. A question page's clause is
    /// its questions' own.
    pub fn clauses(self, path: Option<ApplicantPath>) -> Option<(ClauseId, ClauseId)> {
        match self {
            Step::ApplicantType => Some((ClauseId::Art6, ClauseId::Art6)),
            Step::Figures if path == Some(ApplicantPath::NewEntity) => {
                Some((ClauseId::Art5_4, ClauseId::Art5_4))
            }
            Step::Figures => Some((ClauseId::Art5_3, ClauseId::Art5_3Item1)),
            Step::Registration
            | Step::Cooperation
            | Step::SafetyRecord
            | Step::Talent
            | Step::NewEntity => self.questions().first().map(|q| (q.clause(), q.clause())),
            Step::Start | Step::Check | Step::Results => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_page_names_the_clause_of_its_questions() {
        for path in [ApplicantPath::ExistingEnterprise, ApplicantPath::NewEntity] {
            for step in Step::sequence(Some(path)) {
                for q in step.questions() {
                    assert_eq!(
                        step.clauses(Some(path)).map(|c| c.0),
                        Some(q.clause()),
                        "{q:?}"
                    );
                }
            }
        }
        assert_eq!(
            Step::Figures.clauses(Some(ApplicantPath::NewEntity)),
            Some((ClauseId::Art5_4, ClauseId::Art5_4))
        );
        assert_eq!(Step::Results.clauses(None), None);
    }

    #[test]
    fn the_new_entity_page_is_only_on_the_article_6_path() {
        let existing = Step::sequence(Some(ApplicantPath::ExistingEnterprise));
        assert!(!existing.contains(&Step::NewEntity));
        let new = Step::sequence(Some(ApplicantPath::NewEntity));
        assert_eq!(new.len(), existing.len() + 1);
        assert_eq!(
            Step::Talent.next(Some(ApplicantPath::NewEntity)),
            Step::NewEntity
        );
        assert_eq!(
            Step::Talent.next(Some(ApplicantPath::ExistingEnterprise)),
            Step::Figures
        );
        assert_eq!(
            Step::Figures.previous(Some(ApplicantPath::NewEntity)),
            Some(Step::NewEntity)
        );
        assert_eq!(Step::Start.previous(None), None);
    }

    #[test]
    fn slugs_round_trip_and_are_distinct() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            assert_eq!(Step::from_slug(&format!("#{}", s.slug())), Some(s));
        }
        assert_eq!(Step::from_slug("#nope"), None);
    }

    #[test]
    fn every_declaration_is_asked_on_exactly_one_step() {
        for q in crate::rules::questions::Question::ALL {
            let steps: Vec<_> = Step::ALL
                .iter()
                .filter(|s| s.questions().contains(&q))
                .collect();
            assert_eq!(steps.len(), 1, "{q:?}");
        }
    }
}
