//! `assess`: the one function that decides. It reads the answers, applies Art. 5 (and Art. 6 for
//! a newly founded independent legal entity) and returns a verdict per condition with the
//! reasons, figures and clause behind it. Pure: no clock, no I/O, no randomness.

use super::answers::{Answer, Answers, ApplicantPath, Field, Financials, Question};
use super::clauses::ClauseId;
use super::guideline::{TierId, MIN_DOMESTIC_RD_SHARE, NEW_ENTITY_MIN_AVERAGE_RD, REVENUE_TIERS};
use super::lang::Bilingual;
use super::period::{assessment_period, Period, PeriodProblem, Years};
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
    /// Art. 6: R&D commitment and joint units, in place of Art. 5(3) for a new entity.
    NewEntityRd,
}

impl Condition {
    /// The condition's name in reports, ids and checklist item ids: `rd_intensity`.
    pub fn key(self) -> &'static str {
        match self {
            Condition::Registration => "registration",
            Condition::Cooperation => "cooperation",
            Condition::RdIntensity => "rd_intensity",
            Condition::DomesticRd => "domestic_rd",
            Condition::SafetyRecord => "safety_record",
            Condition::Talent => "talent",
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
            Condition::NewEntityRd => ClauseId::Art6,
        }
    }

    /// A short title for the condition's card.
    pub fn title(self) -> Bilingual {
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
                "境内研究开发费用占比不低于60%",
                "At least 60% of R&D incurred within China",
            ),
            Condition::SafetyRecord => Bilingual::new(
                "近3年无一般及以上安全生产责任事故和较大社会影响突发事件",
                "No general-or-above safety liability accident or significant emergency in 3 years",
            ),
            Condition::Talent => Bilingual::new(
                "领军人才、核心技术团队和成果转化应用团队",
                "Leading talent, core technical team and results-transformation team",
            ),
            Condition::NewEntityRd => Bilingual::new(
                "新建独立法人实体:未来3年年均研发投入与联合单位能力",
                "New entity: average R&D over the next 3 years and the joint units' capability",
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
    /// Figures a calculation needs were not entered.
    MissingFigures { missing: Vec<MissingFigure> },
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
    /// Art. 5(3), second alternative: last year's R&D growth.
    RdGrowth {
        year: i32,
        rd_latest: Decimal,
        rd_previous: Decimal,
        growth: Decimal,
        min_growth: Decimal,
        required_rd_latest: Decimal,
        difference: Decimal,
        /// The previous year was operated only in part, so the comparison is not like for like.
        previous_year_partial: bool,
    },
    /// Art. 5(3): the applicant did not operate in the year before the latest one.
    RdGrowthWithoutPreviousYear { year: i32 },
    /// Art. 5(3): R&D was zero the year before, so growth is undefined.
    RdGrowthFromZero { year: i32, rd_latest: Decimal },
    /// Art. 5(3): R&D was zero in both years: no growth.
    RdGrowthNone { year: i32 },
    /// Art. 5(4): R&D inside China against all R&D.
    DomesticShare {
        domestic_rd: Decimal,
        total_rd: Decimal,
        share: Decimal,
        min_share: Decimal,
        required_domestic_rd: Decimal,
        difference: Decimal,
    },
    /// Art. 5(4): more R&D inside China than R&D in all, which cannot be.
    DomesticExceedsTotal { year: i32 },
    /// Art. 5(4): no R&D over the period, so the share is undefined.
    NoRdRecorded,
    /// Art. 6: the R&D the new entity guarantees for the next 3 years.
    Commitment {
        committed: Decimal,
        minimum: Decimal,
        difference: Decimal,
    },
    /// Art. 6: the commitment was not entered.
    CommitmentMissing,
}

/// One reason and the verdict it leads to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub verdict: Verdict,
    pub reason: Reason,
}

/// Where the applicant's revenue puts it in Art. 5(3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevenueScale {
    pub total_revenue: Decimal,
    /// Total ÷ actual operating years, to the fen.
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

/// The whole assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub path: Option<ApplicantPath>,
    pub overall: Overall,
    /// The years “近3年” covers, when they could be worked out.
    pub period: Option<Period>,
    pub conditions: Vec<ConditionResult>,
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

/// Assesses the answers against Art. 5 and, for a new entity, Art. 6.
pub fn assess(answers: &Answers) -> Assessment {
    let rd_condition = match answers.path {
        Some(ApplicantPath::ExistingEnterprise) => rd_intensity(&answers.financials),
        Some(ApplicantPath::NewEntity) => new_entity_rd(answers),
        None => ConditionResult {
            condition: Condition::RdIntensity,
            clause: ClauseId::Art5_3,
            verdict: Verdict::CannotTell,
            findings: vec![Finding {
                verdict: Verdict::CannotTell,
                reason: Reason::PathNotChosen,
            }],
            revenue_scale: None,
        },
    };
    let conditions = vec![
        declared(Condition::Registration, answers),
        declared(Condition::Cooperation, answers),
        rd_condition,
        domestic_rd(&answers.financials),
        declared(Condition::SafetyRecord, answers),
        declared(Condition::Talent, answers),
    ];
    let verdict = Verdict::all_of(conditions.iter().map(|c| c.verdict));
    Assessment {
        path: answers.path,
        overall: match verdict {
            Verdict::Met => Overall::PreliminarilyEligible,
            Verdict::NotMet => Overall::NotEligible,
            Verdict::CannotTell => Overall::CannotTellYet,
        },
        period: assessment_period(&answers.financials).ok(),
        conditions,
    }
}

/// Art. 5(1), (2), (5), (6) and the joint-unit half of Art. 6: conditions the tool cannot
/// compute and so takes as declared. Every part must hold (the clauses join their parts with
/// “、”, “以及” and “和”).
fn declared(condition: Condition, answers: &Answers) -> ConditionResult {
    let findings: Vec<Finding> = condition
        .questions()
        .iter()
        .map(|&q| declaration(q, answers))
        .collect();
    ConditionResult {
        condition,
        clause: condition.clause(),
        verdict: Verdict::all_of(findings.iter().map(|f| f.verdict)),
        findings,
        revenue_scale: None,
    }
}

fn declaration(question: Question, answers: &Answers) -> Finding {
    match answers.declarations.get(&question) {
        None => Finding {
            verdict: Verdict::CannotTell,
            reason: Reason::Unanswered { question },
        },
        Some(&answer) => Finding {
            verdict: if answer == Answer::NotSure {
                Verdict::CannotTell
            } else if answer == question.favourable() {
                Verdict::Met
            } else {
                Verdict::NotMet
            },
            reason: Reason::Declared { question, answer },
        },
    }
}

/// Art. 5(3): “根据企业销售收入规模,其研究开发费用应满足下列条件之一” — the band is set by the
/// average annual sales revenue over the period; within it, either the R&D ratio or last year's
/// R&D growth must reach the band's minimum.
fn rd_intensity(fin: &Financials) -> ConditionResult {
    let undecided = |reason| ConditionResult {
        condition: Condition::RdIntensity,
        clause: ClauseId::Art5_3,
        verdict: Verdict::CannotTell,
        findings: vec![Finding {
            verdict: Verdict::CannotTell,
            reason,
        }],
        revenue_scale: None,
    };
    let period = match assessment_period(fin) {
        Ok(p) => p,
        Err(problem) => return undecided(Reason::PeriodUnknown { problem }),
    };
    let revenue = column(fin, &period.years, Field::SalesRevenue);
    let rd = column(fin, &period.years, Field::RdTotal);
    let revenue = match revenue {
        Ok(r) => r,
        Err(_) => {
            // Without revenue the band is unknown and nothing can be judged; list the R&D gaps
            // too, so the applicant fills everything in one go.
            let missing =
                missing_figures(fin, &period.years, &[Field::SalesRevenue, Field::RdTotal]);
            return undecided(Reason::MissingFigures { missing });
        }
    };
    let total_revenue: Decimal = revenue.iter().sum();
    let scale = revenue_scale(total_revenue, period.operating_time);
    let tier = scale.tier.tier();
    let ratio = match &rd {
        Ok(rd) => rd_ratio(&period, rd.iter().sum(), total_revenue, tier.min_rd_ratio),
        Err(missing) => Finding {
            verdict: Verdict::CannotTell,
            reason: Reason::MissingFigures {
                missing: missing.clone(),
            },
        },
    };
    let growth = rd_growth(fin, &period, tier.min_rd_growth);
    ConditionResult {
        condition: Condition::RdIntensity,
        clause: tier.clause,
        verdict: Verdict::any_of([ratio.verdict, growth.verdict]),
        findings: vec![ratio, growth],
        revenue_scale: Some(scale),
    }
}

/// “近3年年均销售收入”: the total over the period divided by the actual operating years. The band
/// is found by comparing total × denominator with bound × numerator, so no division rounds.
fn revenue_scale(total_revenue: Decimal, time: Years) -> RevenueScale {
    let (num, den) = (
        Decimal::from(time.numerator),
        Decimal::from(time.denominator),
    );
    let reaches = |bound: Decimal| total_revenue * den >= bound * num;
    let tier = REVENUE_TIERS
        .iter()
        .find(|t| t.from_yuan.is_none_or(reaches))
        .unwrap_or(&REVENUE_TIERS[REVENUE_TIERS.len() - 1]);
    let average_exact = total_revenue * den / num;
    RevenueScale {
        total_revenue,
        average_revenue: round_fen(average_exact, RoundingStrategy::MidpointAwayFromZero),
        operating_time: time,
        tier: tier.id,
        min_rd_ratio: tier.min_rd_ratio,
        min_rd_growth: tier.min_rd_growth,
        average_short_of_higher_tier: tier
            .id
            .higher()
            .and_then(|h| h.tier().from_yuan)
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
        return Finding {
            verdict: Verdict::CannotTell,
            reason: Reason::RdRatioWithoutRevenue { total_rd },
        };
    }
    let required_rd = round_fen(min_ratio * total_revenue, RoundingStrategy::AwayFromZero);
    Finding {
        verdict: met_if(total_rd >= min_ratio * total_revenue),
        reason: Reason::RdRatio {
            first_year: period.first(),
            latest_year: period.latest(),
            total_rd,
            total_revenue,
            ratio: total_rd.checked_div(total_revenue).unwrap_or_default(),
            min_ratio,
            required_rd,
            difference: total_rd - required_rd,
        },
    }
}

/// “上一年度研究开发费用增速不低于 y%”: growth of the latest complete fiscal year over the year
/// before, (latest − previous) ÷ previous, compared as latest ≥ (1 + y) × previous.
fn rd_growth(fin: &Financials, period: &Period, min_growth: Decimal) -> Finding {
    let year = period.latest();
    let previous_year = year - 1;
    if !period.years.contains(&previous_year) {
        // No year before to grow from: this alternative cannot be met, the ratio decides.
        return Finding {
            verdict: Verdict::NotMet,
            reason: Reason::RdGrowthWithoutPreviousYear { year },
        };
    }
    let figures = match column(fin, &[previous_year, year], Field::RdTotal) {
        Ok(f) => f,
        Err(missing) => {
            return Finding {
                verdict: Verdict::CannotTell,
                reason: Reason::MissingFigures { missing },
            }
        }
    };
    let (rd_previous, rd_latest) = (figures[0], figures[1]);
    if rd_previous.is_zero() {
        return if rd_latest.is_zero() {
            Finding {
                verdict: Verdict::NotMet,
                reason: Reason::RdGrowthNone { year },
            }
        } else {
            Finding {
                verdict: Verdict::CannotTell,
                reason: Reason::RdGrowthFromZero { year, rd_latest },
            }
        };
    }
    let floor = (Decimal::ONE + min_growth) * rd_previous;
    let required_rd_latest = round_fen(floor, RoundingStrategy::AwayFromZero);
    Finding {
        verdict: met_if(rd_latest >= floor),
        reason: Reason::RdGrowth {
            year,
            rd_latest,
            rd_previous,
            growth: (rd_latest - rd_previous)
                .checked_div(rd_previous)
                .unwrap_or_default(),
            min_growth,
            required_rd_latest,
            difference: rd_latest - required_rd_latest,
            previous_year_partial: period.is_partial(previous_year),
        },
    }
}

/// Art. 5(4): “近3年在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%”,
/// over the same period as Art. 5(3) (“下同”).
fn domestic_rd(fin: &Financials) -> ConditionResult {
    let finding = domestic_share(fin);
    ConditionResult {
        condition: Condition::DomesticRd,
        clause: ClauseId::Art5_4,
        verdict: finding.verdict,
        findings: vec![finding],
        revenue_scale: None,
    }
}

fn domestic_share(fin: &Financials) -> Finding {
    let cannot_tell = |reason| Finding {
        verdict: Verdict::CannotTell,
        reason,
    };
    let period = match assessment_period(fin) {
        Ok(p) => p,
        Err(problem) => return cannot_tell(Reason::PeriodUnknown { problem }),
    };
    let total = column(fin, &period.years, Field::RdTotal);
    let domestic = column(fin, &period.years, Field::RdDomestic);
    let (total, domestic) = match (total, domestic) {
        (Ok(t), Ok(d)) => (t, d),
        _ => {
            let missing = missing_figures(fin, &period.years, &[Field::RdTotal, Field::RdDomestic]);
            return cannot_tell(Reason::MissingFigures { missing });
        }
    };
    if let Some((&year, _)) = period
        .years
        .iter()
        .zip(total.iter().zip(&domestic))
        .find(|(_, (t, d))| d > t)
    {
        return cannot_tell(Reason::DomesticExceedsTotal { year });
    }
    let total_rd: Decimal = total.iter().sum();
    let domestic_rd: Decimal = domestic.iter().sum();
    if total_rd.is_zero() {
        return cannot_tell(Reason::NoRdRecorded);
    }
    let min_share = MIN_DOMESTIC_RD_SHARE.value;
    let required = round_fen(min_share * total_rd, RoundingStrategy::AwayFromZero);
    Finding {
        verdict: met_if(domestic_rd >= min_share * total_rd),
        reason: Reason::DomesticShare {
            domestic_rd,
            total_rd,
            share: domestic_rd.checked_div(total_rd).unwrap_or_default(),
            min_share,
            required_domestic_rd: required,
            difference: domestic_rd - required,
        },
    }
}

/// Art. 6, in place of Art. 5(3): “重点考核其联合单位的技术水平及创新能力,可不考核依托单位当年
/// 研究开发费用,但依托单位应保障未来3年年均研究开发费用不低于2000万元”.
fn new_entity_rd(answers: &Answers) -> ConditionResult {
    let minimum = NEW_ENTITY_MIN_AVERAGE_RD.value;
    let commitment = match answers.committed_average_annual_rd {
        None => Finding {
            verdict: Verdict::CannotTell,
            reason: Reason::CommitmentMissing,
        },
        Some(m) => Finding {
            verdict: met_if(m.yuan() >= minimum),
            reason: Reason::Commitment {
                committed: m.yuan(),
                minimum,
                difference: m.yuan() - minimum,
            },
        },
    };
    let joint_units = declaration(Question::JointUnitsCapability, answers);
    ConditionResult {
        condition: Condition::NewEntityRd,
        clause: ClauseId::Art6,
        verdict: Verdict::all_of([commitment.verdict, joint_units.verdict]),
        findings: vec![commitment, joint_units],
        revenue_scale: None,
    }
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
