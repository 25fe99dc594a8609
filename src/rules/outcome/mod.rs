//! What a verdict is made of: the three-valued [`Verdict`], the [`Condition`]s of Art. 5 and 6,
//! the [`Reason`] behind each finding with its figures, and the whole [`Assessment`]. Types
//! only: [`super::assess`] decides them, [`super::explain`] puts them into words, the report
//! writes them as JSON.

mod reason;

pub use reason::{BandReading, DomesticBasis, MissingFigure, NewEntityFigure, Reason};

use super::clauses::ClauseId;
use super::dates::CalendarDate;
use super::guideline::{RuleSet, TierId};
use super::lang::Bilingual;
use super::library::long_texts;
use super::period::{FiscalYearCheck, Period, Years};
use super::plausibility::Warning;
use super::questions::{ApplicantPath, Question};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

// The verdicts' words: long texts, since the first page gives no verdict.
long_texts! {
    verdict_texts;
    VERDICT_MET = "verdict.met": "符合", "Met";
    VERDICT_NOT_MET = "verdict.not_met": "不符合", "Not met";
    VERDICT_CANNOT_TELL = "verdict.cannot_tell": "尚无法判断", "Cannot tell yet";
    VERDICT_IS_MET = "verdict.is_met": "符合", "is met";
    VERDICT_IS_NOT_MET = "verdict.is_not_met": "不符合", "is not met";
    VERDICT_CANNOT_BE_DECIDED = "verdict.cannot_be_decided": "尚无法判断", "cannot be decided yet";
    OVERALL_ELIGIBLE = "overall.eligible": "初步符合", "Preliminarily eligible";
    OVERALL_NOT_ELIGIBLE = "overall.not_eligible": "不符合", "Not eligible";
}

/// Three-valued: a condition is met, not met, or cannot be told yet from what was entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    NotMet,
    CannotTell,
}

impl Verdict {
    #[inline(never)]
    pub fn label(self) -> Bilingual {
        match self {
            Verdict::Met => VERDICT_MET(),
            Verdict::NotMet => VERDICT_NOT_MET(),
            Verdict::CannotTell => VERDICT_CANNOT_TELL(),
        }
    }

    /// The verdict inside a sentence about a condition, after its subject: “符合” / “is met”,
    /// “尚无法判断” / “cannot be decided yet” — never a label pasted in.
    pub fn in_sentence(self) -> Bilingual {
        match self {
            Verdict::Met => VERDICT_IS_MET(),
            Verdict::NotMet => VERDICT_IS_NOT_MET(),
            Verdict::CannotTell => VERDICT_CANNOT_BE_DECIDED(),
        }
    }

    /// All must hold: one “not met” decides; otherwise one “cannot tell” leaves it open.
    pub fn all_of(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
        verdicts
            .into_iter()
            .fold(Verdict::Met, |acc, v| match (acc, v) {
                (Verdict::NotMet, _) | (_, Verdict::NotMet) => Verdict::NotMet,
                (Verdict::CannotTell, _) | (_, Verdict::CannotTell) => Verdict::CannotTell,
                _ => Verdict::Met,
            })
    }

    /// One is enough (“应满足下列条件之一”): one “met” decides; all “not met” fails.
    pub fn any_of(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
        verdicts
            .into_iter()
            .fold(Verdict::NotMet, |acc, v| match (acc, v) {
                (Verdict::Met, _) | (_, Verdict::Met) => Verdict::Met,
                (Verdict::CannotTell, _) | (_, Verdict::CannotTell) => Verdict::CannotTell,
                _ => Verdict::NotMet,
            })
    }
}

/// A condition the supporting unit must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Art. 5(1): registered in Beijing, good credit, innovation advantage.
    Registration,
    /// Art. 5(2): resource integration and cooperation.
    Cooperation,
    /// Art. 5(3): R&D by revenue scale (existing enterprises).
    RdIntensity,
    /// Art. 5(4): at least 60 % of R&D inside China.
    DomesticRd,
    /// Art. 5(5): no safety liability accident or major emergency.
    SafetyRecord,
    /// Art. 5(6): talent and teams.
    Talent,
    /// Art. 6: whether the supporting unit is a newly founded independent legal entity at all.
    NewEntityStatus,
    /// Art. 6: R&D commitment and joint units, in place of Art. 5(3) for a new entity.
    NewEntityRd,
}

impl Condition {
    pub const ALL: [Condition; 8] = [
        Condition::Registration,
        Condition::Cooperation,
        Condition::RdIntensity,
        Condition::DomesticRd,
        Condition::SafetyRecord,
        Condition::Talent,
        Condition::NewEntityStatus,
        Condition::NewEntityRd,
    ];

    /// The condition's name in reports, ids and checklist item ids: `rd_intensity`.
    pub fn key(self) -> &'static str {
        match self {
            Condition::Registration => "registration",
            Condition::Cooperation => "cooperation",
            Condition::RdIntensity => "rd_intensity",
            Condition::DomesticRd => "domestic_rd",
            Condition::SafetyRecord => "safety_record",
            Condition::Talent => "talent",
            Condition::NewEntityStatus => "new_entity_status",
            Condition::NewEntityRd => "new_entity_rd",
        }
    }

    /// The clause the condition is, before any item within it is chosen.
    #[inline(never)]
    pub fn clause(self) -> ClauseId {
        match self {
            Condition::Registration => ClauseId::Art5_1,
            Condition::Cooperation => ClauseId::Art5_2,
            Condition::RdIntensity => ClauseId::Art5_3,
            Condition::DomesticRd => ClauseId::Art5_4,
            Condition::SafetyRecord => ClauseId::Art5_5,
            Condition::Talent => ClauseId::Art5_6,
            Condition::NewEntityStatus | Condition::NewEntityRd => ClauseId::Art6,
        }
    }

    /// A short title for the condition's card: one of the long texts, since the first page
    /// names no condition.
    #[inline(never)]
    pub fn title(self) -> Bilingual {
        super::library::long_text_named("title.", self.key(), || self.source_title())
    }

    fn source_title(self) -> Bilingual {
        match self {
            Condition::Registration => Bilingual::new(
                "在京注册、信用良好、具有显著创新优势",
                "Registered in Beijing, good credit, significant innovation advantage",
            ),
            Condition::Cooperation => Bilingual::new(
                "创新资源整合能力与产学研合作基础",
                "Resource integration and industry–university–research cooperation",
            ),
            Condition::RdIntensity => Bilingual::new(
                "按销售收入规模的研究开发费用要求",
                "R&D expenses by sales revenue scale",
            ),
            Condition::DomesticRd => Bilingual::new(
                "在中国境内发生的研究开发费用占比",
                "Share of R&D incurred within China",
            ),
            Condition::SafetyRecord => Bilingual::new(
                "未发生一般及以上安全生产责任事故和造成较大社会影响的突发事件",
                "No work-safety liability accident of the general level or above, and no emergency of significant social impact",
            ),
            Condition::Talent => Bilingual::new(
                "领军人才、核心技术团队和成果转化应用团队",
                "Leading talent, core technical team and results-transformation team",
            ),
            Condition::NewEntityStatus => Bilingual::new(
                "新建独立法人实体",
                "A newly founded independent legal entity",
            ),
            Condition::NewEntityRd => Bilingual::new(
                "新建独立法人实体：研究开发费用保障与联合单位能力",
                "New entity: guaranteed R&D and the joint units' capability",
            ),
        }
    }

    /// The declarations a condition rests on.
    pub fn questions(self) -> &'static [Question] {
        use Question::*;
        match self {
            Condition::Registration => &[RegisteredInBeijing, GoodCredit, InnovationAdvantage],
            Condition::Cooperation => &[
                ResourceIntegration,
                CooperationUniversities,
                CooperationResearchInstitutes,
                CooperationIndustryChain,
            ],
            Condition::SafetyRecord => &[SafetyLiabilityAccident, MajorSocialImpactEmergency],
            Condition::Talent => &[LeadingTalent, CoreTechnicalTeam, TransformationTeam],
            Condition::NewEntityStatus => &[NewlyEstablishedForCenter],
            Condition::NewEntityRd => &[JointUnitsCapability],
            Condition::RdIntensity | Condition::DomesticRd => &[],
        }
    }
}

/// The answer to the question the tool exists for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Overall {
    /// Every condition is met on the answers given.
    PreliminarilyEligible,
    /// At least one condition is not met.
    NotEligible,
    /// Nothing is failed yet, but something is missing or unsure.
    CannotTellYet,
}

impl Overall {
    #[inline(never)]
    pub fn label(self) -> Bilingual {
        match self {
            Overall::PreliminarilyEligible => OVERALL_ELIGIBLE(),
            Overall::NotEligible => OVERALL_NOT_ELIGIBLE(),
            Overall::CannotTellYet => VERDICT_CANNOT_TELL(),
        }
    }
}

/// One reason and the verdict it leads to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub verdict: Verdict,
    pub reason: Reason,
}

impl Finding {
    pub fn new(verdict: Verdict, reason: Reason) -> Finding {
        Finding { verdict, reason }
    }
}

/// Where the applicant's revenue puts it in Art. 5(3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevenueScale {
    pub total_revenue: Decimal,
    /// Total ÷ actual operating years, exact: every display rounds it once, from this value,
    /// and never to a band's bound it does not reach (the report writes it rounded down to the
    /// fen).
    #[serde(serialize_with = "fen_rounded_down")]
    pub average_revenue: Decimal,
    pub operating_time: Years,
    pub tier: TierId,
    /// Where the band ends (the next band's bound, which the average does not reach), if a
    /// band lies above.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band_ends_at: Option<Decimal>,
    pub min_rd_ratio: Decimal,
    pub min_rd_growth: Decimal,
    /// How much more average annual revenue would reach the next band up, whose R&D
    /// thresholds are lower (none for the top band).
    pub average_short_of_higher_tier: Option<Decimal>,
    /// With a founding year operated only in part, the average over the period's fiscal years
    /// when it falls in another band: the band is then open (item 4), whatever the verdict.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_fiscal_years: Option<BandReading>,
}

/// The verdict on one condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConditionResult {
    pub condition: Condition,
    /// The most precise clause the verdict rests on (the item of Art. 5(3) once the band is known).
    pub clause: ClauseId,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue_scale: Option<RevenueScale>,
    /// Figures the verdict rests on that looked unlikely and that the applicant confirmed: the
    /// verdict stands on the applicant's word for them, and says so (item 22).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub confirmed_figures: Vec<Warning>,
}

impl ConditionResult {
    /// The condition's result when all its findings must hold.
    pub fn from_findings(condition: Condition, clause: ClauseId, findings: Vec<Finding>) -> Self {
        ConditionResult {
            condition,
            clause,
            verdict: Verdict::all_of(findings.iter().map(|f| f.verdict)),
            findings,
            revenue_scale: None,
            confirmed_figures: Vec::new(),
        }
    }

    /// Whether the Art. 5(3) band is open: the two ways of averaging a part year's revenue
    /// give different bands (item 4).
    pub fn band_open(&self) -> bool {
        self.revenue_scale
            .as_ref()
            .is_some_and(|s| s.by_fiscal_years.is_some())
    }
}

/// The whole assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The date the assessment was made for (the self-check's date).
    pub as_of: CalendarDate,
    /// The rule set applied: the version of the guideline in force on `as_of`.
    #[serde(serialize_with = "rule_set_id")]
    pub rules: &'static RuleSet,
    pub path: Option<ApplicantPath>,
    pub overall: Overall,
    /// The years “近3年” covers, when they could be worked out.
    pub period: Option<Period>,
    /// Whether the latest complete fiscal year entered is the right one on `as_of`.
    pub fiscal_year: Option<FiscalYearCheck>,
    pub conditions: Vec<ConditionResult>,
    /// Art. 6 path, for an applicant that is not (or not clearly) newly founded: what Art. 5(3)
    /// says about its figures. Shown, not counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub art5_3_reference: Option<ConditionResult>,
    /// The figures of the period (and the Art. 6 amounts) that look unlikely (item 22),
    /// confirmed or not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unlikely_figures: Vec<Warning>,
    /// Of those, the ones the applicant's confirmation covers (a part above its total is never
    /// among them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub confirmed_figures: Vec<Warning>,
    /// Whether the applicant confirmed them on the check page.
    pub figures_confirmed: bool,
}

fn rule_set_id<S: serde::Serializer>(rules: &&'static RuleSet, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rules.id)
}

/// An exact average written to the fen, rounded down: never at a bound it does not reach.
pub(super) fn fen_rounded_down<S: serde::Serializer>(
    value: &Decimal,
    s: S,
) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(
        &value.round_dp_with_strategy(2, RoundingStrategy::ToZero),
        s,
    )
}

impl Assessment {
    /// The result for `condition`, if it applies on this path.
    pub fn condition(&self, condition: Condition) -> Option<&ConditionResult> {
        self.conditions.iter().find(|c| c.condition == condition)
    }

    /// The confirmed unlikely figures the verdicts rest on, each once, in the order of the
    /// conditions: what “依据申请人确认的数字” lists.
    pub fn rests_on_confirmed(&self) -> Vec<Warning> {
        let mut out: Vec<Warning> = Vec::new();
        for w in self.conditions.iter().flat_map(|c| &c.confirmed_figures) {
            if !out.contains(w) {
                out.push(*w);
            }
        }
        out
    }

    /// The unlikely figures the applicant has not confirmed: what the check page asks about, and
    /// what a plan waits for.
    pub fn unconfirmed_figures(&self) -> Vec<Warning> {
        self.unlikely_figures
            .iter()
            .filter(|w| !self.confirmed_figures.contains(w))
            .copied()
            .collect()
    }

    /// Everything still missing or unsure, in the order of the conditions.
    pub fn open_points(&self) -> impl Iterator<Item = (&ConditionResult, &Finding)> {
        self.conditions.iter().flat_map(|c| {
            c.findings
                .iter()
                .filter(|f| f.verdict == Verdict::CannotTell)
                .map(move |f| (c, f))
        })
    }
}
