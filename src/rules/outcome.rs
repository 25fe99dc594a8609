//! What a verdict is made of: the three-valued [`Verdict`], the [`Condition`]s of Art. 5 and 6,
//! the [`Reason`] behind each finding with its figures, and the whole [`Assessment`]. Types
//! only: [`super::assess`] decides them, [`super::explain`] puts them into words, the report
//! writes them as JSON.

use super::answers::Field;
use super::clauses::ClauseId;
use super::dates::CalendarDate;
use super::guideline::{RuleSet, TierId};
use super::lang::Bilingual;
use super::period::{FiscalYearCheck, Period, PeriodProblem, Years};
use super::plausibility::Warning;
use super::questions::{Answer, ApplicantPath, Question};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// Three-valued: a condition is met, not met, or cannot be told yet from what was entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    NotMet,
    CannotTell,
}

impl Verdict {
    pub fn label(self) -> Bilingual {
        match self {
            Verdict::Met => Bilingual::new("符合", "Met"),
            Verdict::NotMet => Bilingual::new("不符合", "Not met"),
            Verdict::CannotTell => Bilingual::new("尚无法判断", "Cannot tell yet"),
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
    pub fn label(self) -> Bilingual {
        match self {
            Overall::PreliminarilyEligible => Bilingual::new("初步符合", "Preliminarily eligible"),
            Overall::NotEligible => Bilingual::new("不符合", "Not eligible"),
            Overall::CannotTellYet => Bilingual::new("尚无法判断", "Cannot tell yet"),
        }
    }
}

/// A figure missing from a fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MissingFigure {
    pub year: i32,
    pub field: Field,
}

/// A figure asked on the Art. 6 path rather than per fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NewEntityFigure {
    RdSinceFounding,
    RdSinceFoundingDomestic,
    PlannedDomesticAverageAnnualRd,
}

/// What Art. 5(4)'s share is worked out from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum DomesticBasis {
    /// The fiscal years of “近3年”.
    Period { first_year: i32, latest_year: i32 },
    /// Art. 6, no complete fiscal year: the R&D incurred since founding.
    SinceFounding,
    /// Art. 6, nothing incurred yet: the domestic part planned within the committed R&D.
    PlannedCommitment,
}

/// Why a finding came out as it did. Amounts are in 元; ratios are fractions (0.15 = 15 %).
/// `difference` is the entered figure minus the required one: positive is the margin above the
/// threshold, negative the shortfall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// A self-declared answer.
    Declared { question: Question, answer: Answer },
    /// A question not answered yet.
    Unanswered { question: Question },
    /// Whether the applicant is an existing enterprise or a new entity is not known.
    PathNotChosen,
    /// The years “近3年” covers cannot be worked out.
    PeriodUnknown { problem: PeriodProblem },
    /// The latest complete fiscal year entered is older than the last one on the date of the
    /// self-check: the figures are not the “近3年” of an application made that day.
    OutdatedFiscalYear { latest: i32, expected: i32 },
    /// Figures a calculation needs were not entered.
    MissingFigures { missing: Vec<MissingFigure> },
    /// Art. 5(3): no R&D at all over the period.
    NoRdOverPeriod { first_year: i32, latest_year: i32 },
    /// Art. 5(3), first alternative: R&D over the period against sales revenue.
    RdRatio {
        first_year: i32,
        latest_year: i32,
        total_rd: Decimal,
        total_revenue: Decimal,
        ratio: Decimal,
        min_ratio: Decimal,
        required_rd: Decimal,
        difference: Decimal,
    },
    /// Art. 5(3): no sales revenue over the period, so the ratio is undefined.
    RdRatioWithoutRevenue { total_rd: Decimal },
    /// Art. 5(3), second alternative: last year's R&D growth. When the year before was operated
    /// only in part, its R&D is annualised by the share operated (`base`), and a growth that
    /// meets the minimum only on that basis cannot be confirmed.
    RdGrowth {
        year: i32,
        rd_latest: Decimal,
        rd_previous: Decimal,
        /// The part of the year before that was operated, when it was not all of it.
        previous_year_share: Option<Years>,
        /// The R&D growth is measured from: the previous year's, annualised if it was partial.
        base: Decimal,
        growth: Decimal,
        /// With a part-year base: the growth over the R&D of that part year as incurred.
        #[serde(skip_serializing_if = "Option::is_none")]
        raw_growth: Option<Decimal>,
        min_growth: Decimal,
        required_rd_latest: Decimal,
        difference: Decimal,
    },
    /// Art. 5(3): with a founding year operated only in part, the band — and so the verdict —
    /// depends on how “近3年年均销售收入” is averaged: over the actual operating time (the
    /// tool's reading, `by_operating_time`) or over the fiscal years of the period
    /// (`by_fiscal_years`). The guideline does not settle it for a part year: the Commission
    /// decides.
    BandDependsOnAverage {
        /// The founding year, operated only in part.
        first_year: i32,
        by_operating_time: BandReading,
        by_fiscal_years: BandReading,
    },
    /// Art. 5(3): the applicant did not operate in the year before the latest one.
    RdGrowthWithoutPreviousYear { year: i32 },
    /// Art. 5(3): R&D was zero the year before, so growth is undefined.
    RdGrowthFromZero { year: i32, rd_latest: Decimal },
    /// Art. 5(3): R&D was zero in both years: no growth.
    RdGrowthNone { year: i32 },
    /// Art. 5(4): R&D inside China against all R&D, on the basis named.
    DomesticShare {
        basis: DomesticBasis,
        domestic_rd: Decimal,
        total_rd: Decimal,
        share: Decimal,
        min_share: Decimal,
        required_domestic_rd: Decimal,
        difference: Decimal,
    },
    /// Art. 5(4): more R&D inside China than R&D in all, which cannot be (`year` 0: the figures
    /// since founding, or the plan).
    DomesticExceedsTotal { year: i32 },
    /// Art. 5(4): no R&D over the period, so none was incurred within China.
    NoRdRecorded,
    /// Art. 6 figures a calculation needs were not entered.
    MissingNewEntityFigures { missing: Vec<NewEntityFigure> },
    /// Art. 6: the R&D the new entity guarantees for the next years.
    Commitment {
        committed: Decimal,
        minimum: Decimal,
        years: i32,
        difference: Decimal,
    },
    /// Art. 6: the commitment was not entered.
    CommitmentMissing { minimum: Decimal, years: i32 },
    /// Art. 6: founded after the latest complete fiscal year: newly founded.
    FoundedAfterLatestYear { founded: CalendarDate, latest: i32 },
    /// Art. 6: operated through every year of “近3年”: not newly founded.
    OperatedThroughPeriod {
        first_year: i32,
        latest_year: i32,
        founded: Option<CalendarDate>,
    },
    /// Art. 6: founded inside “近3年”, so it has fiscal years of its own; whether it still counts
    /// as newly founded the guideline does not say.
    FoundedWithinPeriod { founded: CalendarDate, latest: i32 },
    /// Figures the verdict rests on look unlikely (a slip of the unit or of a digit?), and the
    /// applicant has not confirmed them on the check page yet.
    CheckFigures { warnings: Vec<Warning> },
}

/// One way of averaging the revenue over the period, the band it gives and the verdict of
/// Art. 5(3) in that band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BandReading {
    /// The average annual revenue, exact; written rounded down to the fen.
    #[serde(serialize_with = "fen_rounded_down")]
    pub average_revenue: Decimal,
    /// What the total is divided by.
    pub years: Years,
    pub tier: TierId,
    /// Where the band ends, if a band lies above (see [`RevenueScale::band_ends_at`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band_ends_at: Option<Decimal>,
    pub verdict: Verdict,
}

impl Reason {
    /// Whether the person can settle this themselves by entering or correcting an answer on
    /// one of the pages, rather than only the Commission being able to judge it.
    pub fn can_be_completed(&self) -> bool {
        !matches!(
            self,
            Reason::RdRatioWithoutRevenue { .. }
                | Reason::RdGrowthFromZero { .. }
                | Reason::RdGrowth { .. }
                | Reason::BandDependsOnAverage { .. }
                | Reason::FoundedWithinPeriod { .. }
                | Reason::PeriodUnknown {
                    problem: PeriodProblem::FoundedAfterLatestYear { .. }
                }
        )
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
        }
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
    /// The figures of the period that look unlikely (item 22), confirmed or not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unlikely_figures: Vec<Warning>,
    /// Whether the applicant confirmed them on the check page.
    pub figures_confirmed: bool,
}

fn rule_set_id<S: serde::Serializer>(rules: &&'static RuleSet, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rules.id)
}

/// An exact average written to the fen, rounded down: never at a bound it does not reach.
fn fen_rounded_down<S: serde::Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
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
