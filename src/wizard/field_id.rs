//! The controls on the pages, named once: each field's DOM id (which the error summary, the
//! “change” links and the end-to-end tests use) and its way back from an id.

use crate::rules::answers::{Field, Figure};
use crate::rules::questions::Question;

/// A control on a page, for the error summary's links and for focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    Path,
    Question(Question),
    LatestYear,
    History,
    FoundingDate,
    Figure(i32, Field),
    /// An amount of the Art. 6 path.
    Plan(PlanAmount),
    /// The names for the printout's header.
    Organisation,
    FilledBy,
    /// The current year's expected revenue, for the plan.
    ExpectedRevenue,
}

pub use crate::rules::answers::PlanAmount;

impl FieldId {
    /// The control a figure is typed into.
    pub fn of_figure(figure: Figure) -> FieldId {
        match figure {
            Figure::Year { year, field } => FieldId::Figure(year, field),
            Figure::Art6 { amount } => FieldId::Plan(amount),
        }
    }

    /// The DOM id of the control (and of the first radio button of a group).
    pub fn dom_id(self) -> String {
        match self {
            FieldId::Path => "tic-path".into(),
            FieldId::Question(q) => format!("tic-q-{}", question_slug(q)),
            FieldId::LatestYear => "tic-latest-year".into(),
            FieldId::History => "tic-history".into(),
            FieldId::FoundingDate => "tic-founding-date".into(),
            FieldId::Organisation => "tic-organisation".into(),
            FieldId::FilledBy => "tic-filled-by".into(),
            FieldId::ExpectedRevenue => "tic-expected-revenue".into(),
            FieldId::Figure(year, field) => format!("tic-fig-{year}-{}", field_slug(field)),
            FieldId::Plan(PlanAmount::Commitment) => "tic-commitment".into(),
            FieldId::Plan(PlanAmount::PlannedDomestic) => "tic-planned-domestic".into(),
            FieldId::Plan(PlanAmount::SinceFounding) => "tic-since-founding".into(),
            FieldId::Plan(PlanAmount::SinceFoundingDomestic) => {
                "tic-since-founding-domestic".into()
            }
        }
    }
}

impl FieldId {
    /// The field whose control has the DOM id `id`: what a “change” link names in its
    /// `data-field`, read back when it is clicked.
    pub fn from_dom_id(id: &str) -> Option<FieldId> {
        if let Some(rest) = id.strip_prefix("tic-fig-") {
            let (year, slug) = rest.split_once('-')?;
            let field = Field::ALL.into_iter().find(|f| field_slug(*f) == slug)?;
            let year = crate::rules::dates::whole_number(year).filter(|&y| y <= 9999)?;
            return Some(FieldId::Figure(year as i32, field));
        }
        [
            FieldId::Path,
            FieldId::LatestYear,
            FieldId::History,
            FieldId::FoundingDate,
            FieldId::Organisation,
            FieldId::FilledBy,
            FieldId::ExpectedRevenue,
        ]
        .into_iter()
        .chain(PlanAmount::ALL.map(FieldId::Plan))
        .chain(Question::ALL.map(FieldId::Question))
        .find(|f| f.dom_id() == id)
    }
}

/// The question's name in ids: `good-credit` for `Question::GoodCredit`.
pub fn question_slug(q: Question) -> String {
    q.key().replace('_', "-")
}

pub fn field_slug(f: Field) -> &'static str {
    match f {
        Field::SalesRevenue => "revenue",
        Field::RdTotal => "rd-total",
        Field::RdDomestic => "rd-domestic",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DOM ids the end-to-end tests, the error summary's links and the check page's
    /// “change” links rely on, written out: renaming a question changes a page's ids, and this
    /// list says so.
    #[test]
    fn every_dom_id_reads_back_as_its_field() {
        let mut fields = vec![
            FieldId::Path,
            FieldId::LatestYear,
            FieldId::History,
            FieldId::FoundingDate,
            FieldId::Organisation,
            FieldId::FilledBy,
            FieldId::ExpectedRevenue,
        ];
        fields.extend(PlanAmount::ALL.map(FieldId::Plan));
        fields.extend(Question::ALL.map(FieldId::Question));
        for year in [1999, 2024, 2031] {
            fields.extend(Field::ALL.map(|f| FieldId::Figure(year, f)));
        }
        for field in fields {
            assert_eq!(FieldId::from_dom_id(&field.dom_id()), Some(field));
        }
        for wrong in [
            "",
            "tic-fig-",
            "tic-fig-2024",
            "tic-fig-x-revenue",
            "tic-fig-2024-cost",
            "tic-q-",
        ] {
            assert_eq!(FieldId::from_dom_id(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn every_question_has_the_dom_id_the_pages_and_tests_use() {
        let expected = [
            (Question::RegisteredInBeijing, "tic-q-registered-in-beijing"),
            (Question::GoodCredit, "tic-q-good-credit"),
            (Question::InnovationAdvantage, "tic-q-innovation-advantage"),
            (Question::ResourceIntegration, "tic-q-resource-integration"),
            (
                Question::CooperationUniversities,
                "tic-q-cooperation-universities",
            ),
            (
                Question::CooperationResearchInstitutes,
                "tic-q-cooperation-research-institutes",
            ),
            (
                Question::CooperationIndustryChain,
                "tic-q-cooperation-industry-chain",
            ),
            (
                Question::SafetyLiabilityAccident,
                "tic-q-safety-liability-accident",
            ),
            (
                Question::MajorSocialImpactEmergency,
                "tic-q-major-social-impact-emergency",
            ),
            (Question::LeadingTalent, "tic-q-leading-talent"),
            (Question::CoreTechnicalTeam, "tic-q-core-technical-team"),
            (Question::TransformationTeam, "tic-q-transformation-team"),
            (
                Question::JointUnitsCapability,
                "tic-q-joint-units-capability",
            ),
            (
                Question::NewlyEstablishedForCenter,
                "tic-q-newly-established-for-center",
            ),
        ];
        assert_eq!(
            expected.len(),
            Question::ALL.len(),
            "every question is listed"
        );
        for (q, id) in expected {
            assert_eq!(FieldId::Question(q).dom_id(), id);
        }
    }
}
