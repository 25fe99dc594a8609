//! `assess`: the one function that decides. It reads the answers and the date of the self-check,
//! applies Art. 5 (and Art. 6 for a newly founded independent legal entity) with the rule set in
//! force on that date, and returns a verdict per condition with the reasons, figures and clause
//! behind it. Pure: the date is an argument, never read from a clock; no I/O, no randomness.

use super::answers::{Answers, Field, Financials};
use super::clauses::ClauseId;
use super::dates::CalendarDate;
use super::guideline::{RuleSet, TierId};
use super::lang::Bilingual;
use super::money::Money;
use super::period::{
    assessment_period, check_latest_year, earliest_founding_date, FiscalYearCheck, Period,
    PeriodProblem, Years,
};
use super::plausibility::{bearing_on, warnings, Warning};
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
    fn new(verdict: Verdict, reason: Reason) -> Finding {
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
    fn from_findings(condition: Condition, clause: ClauseId, findings: Vec<Finding>) -> Self {
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
    serde::Serialize::serialize(&round_fen(*value, RoundingStrategy::ToZero), s)
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

/// Assesses the answers, as on the date `as_of`, against Art. 5 and, for a new entity, Art. 6.
pub fn assess(answers: &Answers, as_of: CalendarDate) -> Assessment {
    let rules = RuleSet::for_date(as_of);
    let fin = &answers.financials;
    let period = assessment_period(fin, as_of, rules);
    let fiscal_year = fin
        .latest_fiscal_year
        .map(|latest| check_latest_year(latest, as_of));
    let outdated = match fiscal_year {
        Some(FiscalYearCheck::Outdated { expected }) => Some(Finding::new(
            Verdict::CannotTell,
            Reason::OutdatedFiscalYear {
                latest: fin.latest_fiscal_year.unwrap_or(expected),
                expected,
            },
        )),
        _ => None,
    };
    // Of the period's years only: figures outside it decide nothing.
    let unlikely_figures = match &period {
        Ok(period) => bearing_on(&warnings(fin, Some(period)), period, &Field::ALL),
        Err(_) => Vec::new(),
    };
    let ctx = Context {
        rules,
        period: &period,
        outdated: outdated.as_ref(),
        unlikely: if answers.figures_confirmed {
            &[]
        } else {
            &unlikely_figures
        },
    };
    let mut conditions = vec![
        declared(Condition::Registration, answers),
        declared(Condition::Cooperation, answers),
    ];
    let mut art5_3_reference = None;
    match answers.path {
        Some(ApplicantPath::ExistingEnterprise) => {
            conditions.push(rd_intensity(fin, &ctx));
            conditions.push(domestic_rd(fin, &ctx));
        }
        Some(ApplicantPath::NewEntity) => {
            let status = new_entity_status(answers, as_of, rules);
            if status.verdict != Verdict::Met && period.is_ok() {
                art5_3_reference = Some(rd_intensity(fin, &ctx));
            }
            conditions.push(status);
            conditions.push(new_entity_rd(answers, rules));
            conditions.push(new_entity_domestic_rd(answers, &ctx));
        }
        None => {
            conditions.push(ConditionResult::from_findings(
                Condition::RdIntensity,
                ClauseId::Art5_3,
                vec![Finding::new(Verdict::CannotTell, Reason::PathNotChosen)],
            ));
            conditions.push(domestic_rd(fin, &ctx));
        }
    }
    conditions.push(declared(Condition::SafetyRecord, answers));
    conditions.push(declared(Condition::Talent, answers));
    let verdict = Verdict::all_of(conditions.iter().map(|c| c.verdict));
    Assessment {
        as_of,
        rules,
        path: answers.path,
        overall: match verdict {
            Verdict::Met => Overall::PreliminarilyEligible,
            Verdict::NotMet => Overall::NotEligible,
            Verdict::CannotTell => Overall::CannotTellYet,
        },
        period: period.ok(),
        fiscal_year,
        conditions,
        art5_3_reference,
        unlikely_figures,
        figures_confirmed: answers.figures_confirmed,
    }
}

/// The figures Art. 5(3) reads: revenue and total R&D.
const READ_BY_ART5_3: &[Field] = &[Field::SalesRevenue, Field::RdTotal];
/// The figures Art. 5(4) reads: total R&D and the part within China.
const READ_BY_ART5_4: &[Field] = &[Field::RdTotal, Field::RdDomestic];

/// What every figure-based rule needs besides the answers.
struct Context<'a> {
    rules: &'static RuleSet,
    period: &'a Result<Period, PeriodProblem>,
    /// A “cannot tell” finding when the latest fiscal year entered is out of date.
    outdated: Option<&'a Finding>,
    /// The unlikely figures of the period the applicant has not confirmed.
    unlikely: &'a [Warning],
}

impl Context<'_> {
    /// A verdict on the period's figures, with what keeps it from standing: figures of an
    /// outdated period, or unlikely figures not yet confirmed, leave it “cannot tell” whatever
    /// the figures say — never “met”, and never “not met” either, since the figures that would
    /// decide are not the ones entered (items 12 and 22 of docs/interpretation.md). `fields`
    /// are the figures the verdict rests on.
    fn settle(
        &self,
        verdict: Verdict,
        findings: Vec<Finding>,
        fields: &[Field],
    ) -> (Verdict, Vec<Finding>) {
        let check = self.period.as_ref().ok().and_then(|period| {
            let warnings = bearing_on(self.unlikely, period, fields);
            (!warnings.is_empty())
                .then(|| Finding::new(Verdict::CannotTell, Reason::CheckFigures { warnings }))
        });
        let open = self.outdated.is_some() || check.is_some();
        let findings = self
            .outdated
            .cloned()
            .into_iter()
            .chain(findings)
            .chain(check)
            .collect();
        (if open { Verdict::CannotTell } else { verdict }, findings)
    }
}

/// Art. 5(1), (2), (5), (6) and the declared halves of Art. 6: conditions the tool cannot
/// compute and so takes as declared. Every part must hold (the clauses join their parts with
/// “、”, “以及” and “和”).
fn declared(condition: Condition, answers: &Answers) -> ConditionResult {
    let findings = condition
        .questions()
        .iter()
        .map(|&q| declaration(q, answers))
        .collect();
    ConditionResult::from_findings(condition, condition.clause(), findings)
}

fn declaration(question: Question, answers: &Answers) -> Finding {
    match answers.declarations.get(&question) {
        None => Finding::new(Verdict::CannotTell, Reason::Unanswered { question }),
        Some(&answer) => Finding::new(
            if answer == Answer::NotSure {
                Verdict::CannotTell
            } else {
                met_if(answer == question.favourable())
            },
            Reason::Declared { question, answer },
        ),
    }
}

/// Art. 5(3): “根据企业销售收入规模,其研究开发费用应满足下列条件之一” — the band is set by the
/// average annual sales revenue over the period; within it, either the R&D ratio or last year's
/// R&D growth must reach the band's minimum.
fn rd_intensity(fin: &Financials, ctx: &Context) -> ConditionResult {
    let result = |clause, verdict, findings, revenue_scale| {
        let (verdict, findings) = ctx.settle(verdict, findings, READ_BY_ART5_3);
        ConditionResult {
            condition: Condition::RdIntensity,
            clause,
            verdict,
            findings,
            revenue_scale,
        }
    };
    let decided = |verdict, reason| {
        result(
            ClauseId::Art5_3,
            verdict,
            vec![Finding::new(verdict, reason)],
            None,
        )
    };
    let period = match ctx.period {
        Ok(p) => p,
        Err(problem) => {
            return decided(
                Verdict::CannotTell,
                Reason::PeriodUnknown { problem: *problem },
            )
        }
    };
    let rd = column(fin, &period.years, Field::RdTotal);
    // No R&D at all meets no band: neither a ratio nor a growth can come of nothing, whatever
    // the revenue (which need not even be known).
    if matches!(&rd, Ok(rd) if rd.iter().all(Decimal::is_zero)) {
        return decided(
            Verdict::NotMet,
            Reason::NoRdOverPeriod {
                first_year: period.first(),
                latest_year: period.latest(),
            },
        );
    }
    let revenue = match column(fin, &period.years, Field::SalesRevenue) {
        Ok(r) => r,
        Err(_) => {
            // Without revenue the band is unknown and nothing can be judged; list the R&D gaps
            // too, so the applicant fills everything in one go.
            let missing =
                missing_figures(fin, &period.years, &[Field::SalesRevenue, Field::RdTotal]);
            return decided(Verdict::CannotTell, Reason::MissingFigures { missing });
        }
    };
    let total_revenue: Decimal = revenue.iter().sum();
    // In one band: the ratio or the growth (“之一”).
    let in_band = |scale: &RevenueScale| {
        let ratio = match &rd {
            Ok(rd) => rd_ratio(period, rd.iter().sum(), total_revenue, scale.min_rd_ratio),
            Err(missing) => Finding::new(
                Verdict::CannotTell,
                Reason::MissingFigures {
                    missing: missing.clone(),
                },
            ),
        };
        let growth = rd_growth(fin, period, scale.min_rd_growth);
        (
            Verdict::any_of([ratio.verdict, growth.verdict]),
            ratio,
            growth,
        )
    };
    let scale = revenue_scale(total_revenue, period.operating_time, ctx.rules);
    let (either, ratio, growth) = in_band(&scale);
    let mut findings = vec![ratio, growth];
    let mut verdict = either;
    // “年均” with a founding year operated only in part: the tool averages over the actual
    // operating time; averaging over the period's fiscal years may give another band. When the
    // verdict differs between the two, the guideline does not decide it (item 4).
    if period.partial_first_year.is_some() {
        let fiscal_years = Years::whole(period.years.len() as u32);
        let other = revenue_scale(total_revenue, fiscal_years, ctx.rules);
        if other.tier != scale.tier {
            let (other_verdict, ..) = in_band(&other);
            if other_verdict != either {
                let reading = |scale: &RevenueScale, verdict| BandReading {
                    average_revenue: scale.average_revenue,
                    years: scale.operating_time,
                    tier: scale.tier,
                    verdict,
                };
                verdict = Verdict::CannotTell;
                findings.insert(
                    0,
                    Finding::new(
                        Verdict::CannotTell,
                        Reason::BandDependsOnAverage {
                            first_year: period.first(),
                            by_operating_time: reading(&scale, either),
                            by_fiscal_years: reading(&other, other_verdict),
                        },
                    ),
                );
            }
        }
    }
    result(scale.tier.clause(), verdict, findings, Some(scale))
}

/// “近3年年均销售收入”: the total over the period divided by the actual operating years. The band
/// is found by comparing total × denominator with bound × numerator, so no division rounds.
fn revenue_scale(total_revenue: Decimal, time: Years, rules: &RuleSet) -> RevenueScale {
    let (num, den) = (
        Decimal::from(time.numerator),
        Decimal::from(time.denominator),
    );
    let reaches = |bound: Decimal| total_revenue * den >= bound * num;
    let tiers = &rules.tiers;
    let tier = tiers
        .iter()
        .find(|t| t.from_yuan.is_none_or(reaches))
        .unwrap_or(&tiers[tiers.len() - 1]);
    let average_exact = total_revenue * den / num;
    RevenueScale {
        total_revenue,
        average_revenue: average_exact,
        operating_time: time,
        tier: tier.id,
        min_rd_ratio: tier.min_rd_ratio,
        min_rd_growth: tier.min_rd_growth,
        average_short_of_higher_tier: tier
            .id
            .higher()
            .and_then(|h| rules.tier(h).from_yuan)
            .map(|bound| round_fen(bound - average_exact, RoundingStrategy::AwayFromZero)),
    }
}

/// “近3年研究开发费用总额占同期销售收入总额的比例不低于 x%”: a ratio of sums over the same
/// period, compared as total R&D ≥ x × total revenue.
fn rd_ratio(
    period: &Period,
    total_rd: Decimal,
    total_revenue: Decimal,
    min_ratio: Decimal,
) -> Finding {
    if total_revenue.is_zero() {
        return Finding::new(
            Verdict::CannotTell,
            Reason::RdRatioWithoutRevenue { total_rd },
        );
    }
    let required_rd = round_fen(min_ratio * total_revenue, RoundingStrategy::AwayFromZero);
    Finding::new(
        met_if(total_rd >= min_ratio * total_revenue),
        Reason::RdRatio {
            first_year: period.first(),
            latest_year: period.latest(),
            total_rd,
            total_revenue,
            ratio: total_rd.checked_div(total_revenue).unwrap_or_default(),
            min_ratio,
            required_rd,
            difference: total_rd - required_rd,
        },
    )
}

/// “上一年度研究开发费用增速不低于 y%”: growth of the latest complete fiscal year over the year
/// before, (latest − base) ÷ base, compared as latest ≥ (1 + y) × base without dividing.
///
/// “实际经营期不满3年的按实际经营时间计算”: when the year before was operated only in part, its
/// R&D is annualised by the share operated (base = R&D × denominator ÷ numerator), so a part
/// year is never compared with a whole one as if both were whole. The guideline does not say how
/// a part year's growth is measured, so a part-year base decides nothing it could be read
/// otherwise for: reaching the minimum on either base (annualised, or the part year's R&D as
/// incurred, which is smaller) is “cannot tell”; only falling short on both is “not met”.
fn rd_growth(fin: &Financials, period: &Period, min_growth: Decimal) -> Finding {
    let year = period.latest();
    let previous_year = year - 1;
    if !period.years.contains(&previous_year) {
        // No year before to grow from: this alternative cannot be met, the ratio decides.
        return Finding::new(
            Verdict::NotMet,
            Reason::RdGrowthWithoutPreviousYear { year },
        );
    }
    let figures = match column(fin, &[previous_year, year], Field::RdTotal) {
        Ok(f) => f,
        Err(missing) => {
            return Finding::new(Verdict::CannotTell, Reason::MissingFigures { missing });
        }
    };
    let (rd_previous, rd_latest) = (figures[0], figures[1]);
    if rd_previous.is_zero() {
        return if rd_latest.is_zero() {
            Finding::new(Verdict::NotMet, Reason::RdGrowthNone { year })
        } else {
            Finding::new(
                Verdict::CannotTell,
                Reason::RdGrowthFromZero { year, rd_latest },
            )
        };
    }
    let share = period.share_of(previous_year);
    let (num, den) = (
        Decimal::from(share.numerator),
        Decimal::from(share.denominator),
    );
    let one_plus = Decimal::ONE + min_growth;
    // latest ≥ (1 + y) × previous × den ÷ num, multiplied out by num.
    let reaches = rd_latest * num >= one_plus * rd_previous * den;
    let part_year = share.is_part_year();
    let reaches_as_incurred = rd_latest >= one_plus * rd_previous;
    let verdict = match (part_year, reaches, reaches_as_incurred) {
        (false, reached, _) => met_if(reached),
        (true, _, true) => Verdict::CannotTell,
        (true, _, false) => Verdict::NotMet,
    };
    let base = rd_previous * den / num;
    let required_rd_latest = round_fen(one_plus * base, RoundingStrategy::AwayFromZero);
    Finding::new(
        verdict,
        Reason::RdGrowth {
            year,
            rd_latest,
            rd_previous,
            previous_year_share: part_year.then_some(share),
            base: round_fen(base, RoundingStrategy::MidpointAwayFromZero),
            growth: (rd_latest * num - rd_previous * den)
                .checked_div(rd_previous * den)
                .unwrap_or_default(),
            raw_growth: part_year.then(|| {
                (rd_latest - rd_previous)
                    .checked_div(rd_previous)
                    .unwrap_or_default()
            }),
            min_growth,
            required_rd_latest,
            difference: rd_latest - required_rd_latest,
        },
    )
}

/// Art. 5(4): “近3年在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%”,
/// over the same period as Art. 5(3) (“下同”).
fn domestic_rd(fin: &Financials, ctx: &Context) -> ConditionResult {
    let finding = match period_domestic_share(fin, ctx) {
        Ok(finding) => finding,
        Err(problem) => Finding::new(
            Verdict::CannotTell,
            Reason::PeriodUnknown { problem: *problem },
        ),
    };
    settled_domestic(finding, ctx)
}

/// Art. 5(4)'s result on the period's figures, settled as every verdict on them is.
fn settled_domestic(finding: Finding, ctx: &Context) -> ConditionResult {
    let (verdict, findings) = ctx.settle(finding.verdict, vec![finding], READ_BY_ART5_4);
    ConditionResult {
        condition: Condition::DomesticRd,
        clause: ClauseId::Art5_4,
        verdict,
        findings,
        revenue_scale: None,
    }
}

/// The domestic share over the period; with no R&D at all the share cannot reach the minimum
/// (nothing was incurred within China), so it is not met.
fn period_domestic_share<'a>(
    fin: &Financials,
    ctx: &Context<'a>,
) -> Result<Finding, &'a PeriodProblem> {
    let period = ctx.period.as_ref()?;
    let total = column(fin, &period.years, Field::RdTotal);
    let domestic = column(fin, &period.years, Field::RdDomestic);
    let (total, domestic) = match (total, domestic) {
        (Ok(t), Ok(d)) => (t, d),
        _ => {
            let missing = missing_figures(fin, &period.years, &[Field::RdTotal, Field::RdDomestic]);
            return Ok(Finding::new(
                Verdict::CannotTell,
                Reason::MissingFigures { missing },
            ));
        }
    };
    if let Some((&year, _)) = period
        .years
        .iter()
        .zip(total.iter().zip(&domestic))
        .find(|(_, (t, d))| d > t)
    {
        return Ok(Finding::new(
            Verdict::CannotTell,
            Reason::DomesticExceedsTotal { year },
        ));
    }
    let total_rd: Decimal = total.iter().sum();
    if total_rd.is_zero() {
        return Ok(Finding::new(Verdict::NotMet, Reason::NoRdRecorded));
    }
    let basis = DomesticBasis::Period {
        first_year: period.first(),
        latest_year: period.latest(),
    };
    Ok(domestic_share(
        basis,
        domestic.iter().sum(),
        total_rd,
        ctx.rules,
    ))
}

fn domestic_share(
    basis: DomesticBasis,
    domestic_rd: Decimal,
    total_rd: Decimal,
    rules: &RuleSet,
) -> Finding {
    let min_share = rules.min_domestic_rd_share.value;
    let required = round_fen(min_share * total_rd, RoundingStrategy::AwayFromZero);
    Finding::new(
        met_if(domestic_rd >= min_share * total_rd),
        Reason::DomesticShare {
            basis,
            domestic_rd,
            total_rd,
            share: domestic_rd.checked_div(total_rd).unwrap_or_default(),
            min_share,
            required_domestic_rd: required,
            difference: domestic_rd - required,
        },
    )
}

/// Art. 6 keeps Art. 5(4) (“应同时满足第五条(一)(二)(四)(五)(六)项要求”). A new entity that has
/// R&D in fiscal years of its own is judged on them; one with no complete fiscal year on the R&D
/// incurred since founding; one that has incurred none yet on the domestic part it plans within
/// the R&D it guarantees. The finding names the basis used.
fn new_entity_domestic_rd(answers: &Answers, ctx: &Context) -> ConditionResult {
    let fin = &answers.financials;
    let from_period = period_domestic_share(fin, ctx)
        .ok()
        .filter(|f| f.reason != Reason::NoRdRecorded);
    match from_period {
        Some(finding) => settled_domestic(finding, ctx),
        None => ConditionResult::from_findings(
            Condition::DomesticRd,
            ClauseId::Art5_4,
            vec![since_founding_or_planned_share(answers, ctx.rules)],
        ),
    }
}

/// Art. 5(4) for a new entity with no R&D in fiscal years of its own. R&D incurred since founding
/// is the basis as soon as either of its two figures is entered (an amount within China means
/// R&D was incurred, so the total is asked for, never replaced by the plan); only when none has
/// been incurred (both absent, or a total of zero with nothing within China) is the plan the
/// basis. Within China above the total is a figure to check, whichever the basis.
fn since_founding_or_planned_share(answers: &Answers, rules: &RuleSet) -> Finding {
    let missing = |missing: Vec<NewEntityFigure>| {
        Finding::new(
            Verdict::CannotTell,
            Reason::MissingNewEntityFigures { missing },
        )
    };
    let exceeds = || {
        Finding::new(
            Verdict::CannotTell,
            Reason::DomesticExceedsTotal { year: 0 },
        )
    };
    let amount = Money::yuan;
    let since = answers.rd_since_founding.map(amount);
    let since_domestic = answers.rd_since_founding_domestic.map(amount);
    let none_incurred = match (since, since_domestic) {
        (None, None) => true,
        (Some(total), domestic) => total.is_zero() && domestic.is_none_or(|d| d.is_zero()),
        (None, Some(_)) => false,
    };
    if !none_incurred {
        return match (since, since_domestic) {
            (Some(total), Some(domestic)) if domestic > total => exceeds(),
            (Some(total), Some(domestic)) => {
                domestic_share(DomesticBasis::SinceFounding, domestic, total, rules)
            }
            (Some(_), None) => missing(vec![NewEntityFigure::RdSinceFoundingDomestic]),
            (None, _) => missing(vec![NewEntityFigure::RdSinceFounding]),
        };
    }
    let committed = answers.committed_average_annual_rd.map(amount);
    let planned = answers.planned_domestic_average_annual_rd.map(amount);
    match (committed, planned) {
        (None, _) => Finding::new(
            Verdict::CannotTell,
            Reason::CommitmentMissing {
                minimum: rules.new_entity_min_average_rd.value,
                years: rules.new_entity_commitment_years.value,
            },
        ),
        (Some(_), None) => missing(vec![
            NewEntityFigure::RdSinceFounding,
            NewEntityFigure::PlannedDomesticAverageAnnualRd,
        ]),
        (Some(committed), Some(planned)) if planned > committed => exceeds(),
        (Some(committed), Some(_)) if committed.is_zero() => {
            Finding::new(Verdict::NotMet, Reason::NoRdRecorded)
        }
        (Some(committed), Some(planned)) => {
            domestic_share(DomesticBasis::PlannedCommitment, planned, committed, rules)
        }
    }
}

/// Art. 6: “鼓励新建独立法人实体作为依托单位,建设技术创新中心。对于新建独立法人实体的,……”. The
/// relief of Art. 6 is for a newly founded independent legal entity: the applicant says it is
/// one, and its founding date is checked against the date of the self-check — against the
/// fiscal years that have ended by then, never against which year was typed as the latest
/// (item 15). Founded after the last fiscal year that has ended (no fiscal year of its own):
/// newly founded. Operating through every year of the three that have ended: not newly
/// founded, and Art. 5(3) applies. Founded within them: the guideline does not say, so it
/// cannot be told.
fn new_entity_status(answers: &Answers, as_of: CalendarDate, rules: &RuleSet) -> ConditionResult {
    let last_ended = as_of.year - 1;
    let first_year = last_ended - (rules.lookback_years.value - 1);
    let founding = match answers.financials.operating_history {
        None => Finding::new(
            Verdict::CannotTell,
            Reason::PeriodUnknown {
                problem: PeriodProblem::NoOperatingHistory,
            },
        ),
        Some(history) => match earliest_founding_date(history) {
            Some(founded) if founded > as_of => Finding::new(
                Verdict::CannotTell,
                Reason::PeriodUnknown {
                    problem: PeriodProblem::FoundedInFuture { as_of },
                },
            ),
            Some(founded) if founded.year > last_ended => Finding::new(
                Verdict::Met,
                Reason::FoundedAfterLatestYear {
                    founded,
                    latest: last_ended,
                },
            ),
            Some(founded) if founded > CalendarDate::january_first(first_year) => Finding::new(
                Verdict::CannotTell,
                Reason::FoundedWithinPeriod {
                    founded,
                    latest: last_ended,
                },
            ),
            founded => Finding::new(
                Verdict::NotMet,
                Reason::OperatedThroughPeriod {
                    first_year,
                    latest_year: last_ended,
                    founded,
                },
            ),
        },
    };
    let findings = vec![
        declaration(Question::NewlyEstablishedForCenter, answers),
        founding,
    ];
    ConditionResult::from_findings(Condition::NewEntityStatus, ClauseId::Art6, findings)
}

/// Art. 6, in place of Art. 5(3): “重点考核其联合单位的技术水平及创新能力,可不考核依托单位当年
/// 研究开发费用,但依托单位应保障未来3年年均研究开发费用不低于2000万元”.
fn new_entity_rd(answers: &Answers, rules: &RuleSet) -> ConditionResult {
    let minimum = rules.new_entity_min_average_rd.value;
    let years = rules.new_entity_commitment_years.value;
    let commitment = match answers.committed_average_annual_rd {
        None => Finding::new(
            Verdict::CannotTell,
            Reason::CommitmentMissing { minimum, years },
        ),
        Some(m) => Finding::new(
            met_if(m.yuan() >= minimum),
            Reason::Commitment {
                committed: m.yuan(),
                minimum,
                years,
                difference: m.yuan() - minimum,
            },
        ),
    };
    let joint_units = declaration(Question::JointUnitsCapability, answers);
    ConditionResult::from_findings(
        Condition::NewEntityRd,
        ClauseId::Art6,
        vec![commitment, joint_units],
    )
}

/// One figure for each of `years`, or every (year, field) that is missing.
fn column(
    fin: &Financials,
    years: &[i32],
    field: Field,
) -> Result<Vec<Decimal>, Vec<MissingFigure>> {
    let mut values = Vec::with_capacity(years.len());
    let mut missing = Vec::new();
    for &year in years {
        match fin.year(year).and_then(|y| y.get(field)) {
            Some(m) => values.push(m.yuan()),
            None => missing.push(MissingFigure { year, field }),
        }
    }
    if missing.is_empty() {
        Ok(values)
    } else {
        Err(missing)
    }
}

/// The figures of `fields` not entered for `years`, year by year in the order of the form.
fn missing_figures(fin: &Financials, years: &[i32], fields: &[Field]) -> Vec<MissingFigure> {
    years
        .iter()
        .flat_map(|&year| {
            fields
                .iter()
                .map(move |&field| MissingFigure { year, field })
        })
        .filter(|m| fin.year(m.year).and_then(|y| y.get(m.field)).is_none())
        .collect()
}

fn met_if(condition: bool) -> Verdict {
    if condition {
        Verdict::Met
    } else {
        Verdict::NotMet
    }
}

/// Rounds 元 to the fen, the finest amount anyone can enter.
fn round_fen(yuan: Decimal, strategy: RoundingStrategy) -> Decimal {
    yuan.round_dp_with_strategy(2, strategy)
}
