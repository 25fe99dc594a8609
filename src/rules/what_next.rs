//! What a result leaves the applicant to do. For each condition not met, what would change it
//! and when: figures of fiscal years that have ended wait for the next round, whose current
//! year the plan works out; a declaration answered the way that fails needs what its clause
//! asks; a commitment or a planned amount can be changed now. Then the next steps that fit the
//! overall result: the application's steps for an applicant that may apply, the way to the next
//! round for one that may not (docs/interpretation.md, item 23).

use super::clauses::ClauseId;
use super::dates::year_span;
use super::guideline::RuleSet;
use super::lang::{list_in_sentence, Bilingual, Lang};
use super::library::{fill, long_texts};
use super::outcome::{
    Assessment, Condition, ConditionResult, DomesticBasis, Finding, Overall, Reason, Verdict,
};
use super::questions::{ApplicantPath, Question};

/// What would change a condition that is not met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Conditions not met on the figures of fiscal years that have ended: nothing changes them
    /// now. The next round reads the years up to `next_latest`; when that is the current year,
    /// its figures are still to come, and the plan works them out.
    NextRound {
        clauses: Vec<ClauseId>,
        /// Whether Art. 5(4) is among them: then the domestic part of R&D counts too.
        domestic: bool,
        first_year: i32,
        latest_year: i32,
        next_first: i32,
        next_latest: i32,
        current_year: i32,
    },
    /// A declaration answered the way that fails its condition: what the condition asks.
    Declaration { question: Question },
    /// Art. 6's commitment below the minimum: a higher commitment, which can be given now.
    Commitment,
    /// Art. 5(4) for a new entity on the domestic part it plans: a larger part, now.
    PlannedDomestic,
    /// Art. 5(4) for a new entity on the R&D incurred since founding: R&D incurred within China
    /// from now on raises the share.
    SinceFounding,
    /// Art. 6 chosen by an applicant that operated through the period: Art. 5 applies.
    NotNewlyFounded { first_year: i32, latest_year: i32 },
}

impl Remedy {
    /// The clause the remedy is about.
    pub fn clause(&self) -> ClauseId {
        match self {
            Remedy::NextRound { clauses, .. } => clauses[0],
            Remedy::Declaration { question } => question.clause(),
            Remedy::PlannedDomestic | Remedy::SinceFounding => ClauseId::Art5_4,
            Remedy::Commitment | Remedy::NotNewlyFounded { .. } => ClauseId::Art6,
        }
    }
}

/// Whether a finding not met rests on the figures of fiscal years that have ended (Art. 5(3),
/// or Art. 5(4) over the period): nothing changes it until the next round.
pub fn on_ended_years(assessment: &Assessment, c: &ConditionResult, f: &Finding) -> bool {
    f.verdict == Verdict::NotMet
        && matches!(c.condition, Condition::RdIntensity | Condition::DomesticRd)
        && !matches!(
            f.reason,
            Reason::DomesticShare {
                basis: DomesticBasis::PlannedCommitment | DomesticBasis::SinceFounding,
                ..
            }
        )
        && !(f.reason == Reason::NoRdRecorded && assessment.path == Some(ApplicantPath::NewEntity))
}

/// What would change a finding not met that can be changed otherwise than by the next round.
pub fn remedy_for(f: &Finding) -> Option<Remedy> {
    if f.verdict != Verdict::NotMet {
        return None;
    }
    Some(match &f.reason {
        Reason::Declared { question, .. } => Remedy::Declaration {
            question: *question,
        },
        Reason::OperatedThroughPeriod {
            first_year,
            latest_year,
            ..
        } => Remedy::NotNewlyFounded {
            first_year: *first_year,
            latest_year: *latest_year,
        },
        Reason::Commitment { .. } => Remedy::Commitment,
        Reason::DomesticShare {
            basis: DomesticBasis::PlannedCommitment,
            ..
        } => Remedy::PlannedDomestic,
        Reason::DomesticShare {
            basis: DomesticBasis::SinceFounding,
            ..
        } => Remedy::SinceFounding,
        _ => return None,
    })
}

/// What would change each condition not met, each once: the next round first (when figures of
/// ended years decide), then the rest in the order of the conditions.
pub fn remedies(assessment: &Assessment) -> Vec<Remedy> {
    let mut out: Vec<Remedy> = Vec::new();
    let mut ended: Vec<ClauseId> = Vec::new();
    let mut domestic = false;
    for c in assessment
        .conditions
        .iter()
        .filter(|c| c.verdict == Verdict::NotMet)
    {
        for f in &c.findings {
            if on_ended_years(assessment, c, f) {
                if !ended.contains(&c.clause) {
                    ended.push(c.clause);
                }
                domestic |= c.condition == Condition::DomesticRd;
            } else if let Some(remedy) = remedy_for(f) {
                if !out.contains(&remedy) {
                    out.push(remedy);
                }
            }
        }
    }
    if let (false, Some(period)) = (ended.is_empty(), &assessment.period) {
        let lookback = assessment.rules.lookback_years.value;
        let next_latest = period.latest() + 1;
        out.insert(
            0,
            Remedy::NextRound {
                clauses: ended,
                domestic,
                first_year: period.first(),
                latest_year: period.latest(),
                next_first: period.first().max(next_latest - (lookback - 1)),
                next_latest,
                current_year: assessment.as_of.year,
            },
        );
    }
    out
}

/// What to do now for the next round: budget the current year's R&D by the plan, or complete
/// the audit of a year that has ended.
pub fn next_round_task(remedy: &Remedy, lang: Lang) -> Option<String> {
    let Remedy::NextRound {
        next_latest,
        current_year,
        ..
    } = remedy
    else {
        return None;
    };
    let text = if next_latest == current_year {
        NOT_YET_BUDGET()
    } else {
        NOT_YET_AUDIT()
    };
    Some(fill(text.get(lang), &[("year", next_latest)]))
}

/// What would change the result, as one sentence.
pub fn describe_remedy(remedy: &Remedy, rules: &RuleSet, lang: Lang) -> String {
    match remedy {
        Remedy::NextRound {
            clauses,
            domestic,
            first_year,
            latest_year,
            next_first,
            next_latest,
            current_year,
        } => {
            let cited: Vec<&str> = clauses.iter().map(|c| c.citation(lang)).collect();
            let what = if *domestic { RD_AND_DOMESTIC() } else { RD() };
            let template = if next_latest == current_year {
                REMEDY_NEXT_ROUND()
            } else {
                REMEDY_NEXT_ROUND_ENDED()
            };
            fill(
                template.get(lang),
                &[
                    ("clauses", &list_in_sentence(&cited, lang)),
                    ("years", &year_span(*first_year, *latest_year, lang)),
                    ("next_round", &(current_year + 1)),
                    ("next_years", &year_span(*next_first, *next_latest, lang)),
                    ("next_latest", next_latest),
                    ("what", &what.get(lang)),
                ],
            )
        }
        // The rest say what the rule set asks; its numbers are written in from it.
        Remedy::Declaration { question } => declaration_remedy(*question).get(lang).into(),
        Remedy::Commitment => rules.fill_numbers(REMEDY_COMMITMENT().get(lang), lang),
        Remedy::PlannedDomestic => rules.fill_numbers(REMEDY_PLANNED_DOMESTIC().get(lang), lang),
        Remedy::SinceFounding => rules.fill_numbers(REMEDY_SINCE_FOUNDING().get(lang), lang),
        Remedy::NotNewlyFounded {
            first_year,
            latest_year,
        } => fill(
            REMEDY_NOT_NEWLY_FOUNDED().get(lang),
            &[("span", &year_span(*first_year, *latest_year, lang))],
        ),
    }
}

/// The words of the link beside a remedy for the next round, to the plan's expected revenue.
pub fn next_round_link(lang: Lang) -> &'static str {
    REMEDY_PLAN_LINK().get(lang)
}

/// What a declaration answered the way that fails its condition would take.
fn declaration_remedy(question: Question) -> Bilingual {
    use Question::*;
    match question {
        RegisteredInBeijing => REMEDY_REGISTERED(),
        GoodCredit => REMEDY_CREDIT(),
        InnovationAdvantage => REMEDY_ADVANTAGE(),
        ResourceIntegration => REMEDY_INTEGRATION(),
        CooperationUniversities => REMEDY_UNIVERSITIES(),
        CooperationResearchInstitutes => REMEDY_INSTITUTES(),
        CooperationIndustryChain => REMEDY_INDUSTRY_CHAIN(),
        SafetyLiabilityAccident => REMEDY_ACCIDENT(),
        MajorSocialImpactEmergency => REMEDY_EMERGENCY(),
        LeadingTalent => REMEDY_LEADING_TALENT(),
        CoreTechnicalTeam => REMEDY_CORE_TEAM(),
        TransformationTeam => REMEDY_TRANSFORMATION_TEAM(),
        JointUnitsCapability => REMEDY_JOINT_UNITS(),
        NewlyEstablishedForCenter => REMEDY_NOT_ESTABLISHED_FOR_CENTER(),
    }
}

/// The steps after a self-check that fit its result, each with the clause it rests on. An
/// applicant that may apply (or may, once the open points are settled) gets the application's
/// steps; one that does not qualify gets the way to the next round, and never “prepare your
/// application”.
///
/// `checklist` is the heading of the construction-plan checklist where the rendering holds it
/// (the results page, its printout): two steps then point to it by that heading; a rendering
/// without it (the reports) is not sent to a section it does not print.
pub fn next_steps(
    assessment: &Assessment,
    lang: Lang,
    checklist: Option<&str>,
) -> Vec<(ClauseId, String)> {
    let rules = assessment.rules;
    let step = |text: fn() -> Bilingual, clause: ClauseId| (clause, text().get(lang).to_string());
    if assessment.overall != Overall::NotEligible {
        return APPLICATION_STEPS
            .iter()
            .map(|&(text, clause, see)| {
                let mut step = rules.fill_numbers(text().get(lang), lang);
                if let (Some(see), Some(section)) = (see, checklist) {
                    step.push_str(&fill(see().get(lang), &[("section", &section)]));
                }
                (clause, step)
            })
            .collect();
    }
    let found = remedies(assessment);
    let mut steps = Vec::new();
    for remedy in &found {
        if let Some(task) = next_round_task(remedy, lang) {
            steps.push((remedy.clause(), task));
        }
    }
    // Each condition by its clause and its name (“第五条第（五）项（未发生……）”): what it needs,
    // not the answer given (a “yes” fails Art. 5(5)).
    let declared: Vec<String> = found
        .iter()
        .filter_map(|r| match r {
            Remedy::Declaration { question } => assessment
                .conditions
                .iter()
                .find(|c| c.condition.questions().contains(question))
                .map(|c| {
                    c.clause.citation(lang).to_string()
                        + &lang.parenthesised(c.condition.title().get(lang))
                }),
            _ => None,
        })
        .fold(Vec::new(), |mut list, c| {
            if !list.contains(&c) {
                list.push(c);
            }
            list
        });
    if let Some(&first) = found.iter().find_map(|r| match r {
        Remedy::Declaration { question } => Some(question),
        _ => None,
    }) {
        steps.push((
            first.clause(),
            fill(
                NOT_YET_DECLARED().get(lang),
                &[
                    ("clauses", &list_in_sentence(&declared, lang)),
                    ("section", &REMEDIES_SECTION().get(lang)),
                ],
            ),
        ));
    }
    // An existing enterprise held back by Art. 5(3) may build the center through a newly
    // founded entity instead (Art. 6), which has to meet the rest of Art. 5 all the same.
    let rd_not_met = assessment
        .condition(Condition::RdIntensity)
        .is_some_and(|c| c.verdict == Verdict::NotMet);
    if rd_not_met && assessment.path == Some(ApplicantPath::ExistingEnterprise) {
        steps.push((
            ClauseId::Art6,
            rules.fill_numbers(NOT_YET_ART6().get(lang), lang),
        ));
    }
    let recheck = match found.iter().find_map(|r| match r {
        Remedy::NextRound { next_latest, .. } => Some(*next_latest),
        _ => None,
    }) {
        Some(year) => fill(NOT_YET_RECHECK_AFTER().get(lang), &[("year", &year)]),
        None => NOT_YET_RECHECK().get(lang).into(),
    };
    // Cited by the clause that holds the applicant back (the first of them).
    let held_back_by = found.first().map_or(ClauseId::Art5, Remedy::clause);
    steps.push((held_back_by, recheck));
    steps.push(step(NOT_YET_NOTICE, ClauseId::Art14_1));
    steps
}

/// The application's steps: the plan (Art. 7(1)), the partners and the backbone enterprise
/// (Art. 4), organised recommendation through a district or Zhongguancun sub-park (Art. 7(2),
/// Art. 14(1)), evidence behind every declaration (Art. 18(2)), the plan review (Art. 7(3)) and
/// the plaque with its evaluations (Art. 7(4), Art. 16).
/// Each with the clause it rests on and, for the two the checklist details, the sentence that
/// points to it (said only where the rendering holds the checklist).
#[allow(clippy::type_complexity)]
const APPLICATION_STEPS: [(fn() -> Bilingual, ClauseId, Option<fn() -> Bilingual>); 6] = [
    (NEXT_PLAN, ClauseId::Art7_1, Some(SEE_CHECKLIST)),
    (NEXT_PARTNERS, ClauseId::Art4, None),
    (NEXT_RECOMMENDATION, ClauseId::Art14_1, None),
    (NEXT_EVIDENCE, ClauseId::Art18, Some(SEE_CHECKLIST_EVIDENCE)),
    (NEXT_REVIEW, ClauseId::Art7_3, None),
    (NEXT_PLAQUE, ClauseId::Art7_4, None),
];

long_texts! {
    what_next_texts;
    RD_AND_DOMESTIC = "remedy.rd_and_domestic":
        "研究开发费用及其中在境内发生的部分",
        "R&D, and the part of it within China,";
    RD = "remedy.rd": "研究开发费用", "R&D";
    REMEDY_NEXT_ROUND = "remedy.next_round":
        "{clauses}的差距在已经结束的{years}年度，本轮申报已无法改变；{next_round}年申报时“近3年”为{next_years}年，结果取决于今年的{what}。",
        "The gaps under {clauses} lie in fiscal years {years}, which have ended, so this round nothing changes them; in {next_round}, “the last 3 years” are {next_years}, and this year's {what} decides the result.";
    REMEDY_NEXT_ROUND_ENDED = "remedy.next_round_ended":
        "{clauses}的差距在已经结束的{years}年度，无法再改变；{next_latest}年度的财务数据和研究开发费用审计完成后，可按{next_years}年重新自评。",
        "The gaps under {clauses} lie in fiscal years {years}, which have ended, so nothing changes them; once the accounts and R&D audit of {next_latest} are done, check again on {next_years}.";
    REMEDY_PLAN_LINK = "remedy.plan_link":
        "测算今年至少需要的研究开发费用",
        "Work out the least R&D this year needs";
    REMEDY_COMMITMENT = "remedy.commitment":
        "第六条要求依托单位保障未来{years}年年均研究开发费用不低于{min_rd}：承诺达到这一数额即可满足，现在就可以修改。",
        "Art. 6 asks the supporting unit to guarantee average annual R&D of at least {min_rd} over the next {years} years: a commitment of that amount meets it, and it can be changed now.";
    REMEDY_PLANNED_DOMESTIC = "remedy.planned_domestic":
        "计划在中国境内发生的研究开发费用须不低于承诺金额的{min_share}：提高境内部分的安排即可满足，现在就可以修改。",
        "The R&D planned within China has to be at least {min_share} of the amount committed: planning a larger part within China meets it, and it can be changed now.";
    REMEDY_SINCE_FOUNDING = "remedy.since_founding":
        "成立以来在中国境内发生的研究开发费用占比未达到{min_share}：此后在境内发生的研究开发费用会提高这一比例，发生后可重新自评。",
        "R&D incurred within China since founding is under {min_share} of the total: R&D incurred within China from now on raises the share; check again once it has been incurred.";
    REMEDY_NOT_NEWLY_FOUNDED = "remedy.not_newly_founded":
        "第六条适用于新建独立法人实体；申报单位在{span}年均已经营，应按第五条自评（包括第（三）项研究开发费用的要求），请改选申报单位类型。",
        "Art. 6 is for a newly founded independent legal entity; the applicant operated through {span}, so Art. 5 applies (including the R&D requirement of Art. 5(3)): choose the other applicant type.";
    REMEDY_REGISTERED = "remedy.registered_in_beijing":
        "第五条第（一）项要求依托单位是在京依法注册、具有独立法人资格的企业：在北京依法注册后才能满足。",
        "Art. 5(1) asks for an enterprise lawfully registered in Beijing with legal personality: it is met once the enterprise is registered in Beijing.";
    REMEDY_CREDIT = "remedy.good_credit":
        "第五条第（一）项要求信用状况良好：失信、经营异常等记录依法修复或移出名录后才能满足。",
        "Art. 5(1) asks for a good credit standing: it is met once records of dishonesty or abnormal operation have been lawfully repaired or removed.";
    REMEDY_ADVANTAGE = "remedy.innovation_advantage":
        "第五条第（一）项要求在行业中具有显著创新优势：形成能用材料证明的优势（核心技术、高价值知识产权、标准、行业地位等）后才能满足。",
        "Art. 5(1) asks for a significant innovation advantage in the industry: it is met once there is an advantage the documents show (core technologies, high-value IP, standards, standing in the industry).";
    REMEDY_INTEGRATION = "remedy.resource_integration":
        "第五条第（二）项要求具备整合创新资源、形成创新合作网络、组织发起高水平技术研发活动的能力：具备并能用材料证明后才能满足。",
        "Art. 5(2) asks for the ability to integrate innovation resources, form a cooperation network and launch high-level R&D: it is met once the applicant has it and the documents show it.";
    REMEDY_UNIVERSITIES = "remedy.cooperation_universities":
        "第五条第（二）项要求与高等学校有紧密的产学研合作基础：建立合作（合作协议、共建平台、联合项目）后才能满足。",
        "Art. 5(2) asks for close cooperation with universities: it is met once it exists (agreements, joint platforms, joint projects).";
    REMEDY_INSTITUTES = "remedy.cooperation_research_institutes":
        "第五条第（二）项要求与科研院所有紧密的产学研合作基础：建立合作（合作协议、共建平台、联合项目）后才能满足。",
        "Art. 5(2) asks for close cooperation with research institutes: it is met once it exists (agreements, joint platforms, joint projects).";
    REMEDY_INDUSTRY_CHAIN = "remedy.cooperation_industry_chain":
        "第五条第（二）项要求与产业链上下游企业有紧密的合作基础：建立合作后才能满足。",
        "Art. 5(2) asks for close cooperation with upstream and downstream enterprises of the industrial chain: it is met once it exists.";
    REMEDY_ACCIDENT = "remedy.safety_liability_accident":
        "第五条第（五）项要求近3年内未发生一般及以上安全生产责任事故：已发生的事故无法弥补，待其不在“近3年”之内后才能满足（“近3年”如何起算，以当年度申报通知为准）。",
        "Art. 5(5) asks for no work-safety liability accident of the general level or above in the last 3 years: one that happened cannot be undone, and the condition is met once it falls outside “the last 3 years” (how they are counted is for the year's application notice).";
    REMEDY_EMERGENCY = "remedy.major_social_impact_emergency":
        "第五条第（五）项要求近3年内未发生造成较大社会影响的突发事件：已发生的事件无法弥补，待其不在“近3年”之内后才能满足（“近3年”如何起算，以当年度申报通知为准）。",
        "Art. 5(5) asks for no emergency of significant social impact in the last 3 years: one that happened cannot be undone, and the condition is met once it falls outside “the last 3 years” (how they are counted is for the year's application notice).";
    REMEDY_LEADING_TALENT = "remedy.leading_talent":
        "第五条第（六）项要求拥有高水平领军人才：引进或培养后才能满足。",
        "Art. 5(6) asks for high-level leading talent: it is met once the applicant has recruited or developed it.";
    REMEDY_CORE_TEAM = "remedy.core_technical_team":
        "第五条第（六）项要求拥有稳定的核心技术团队：组建并保持稳定后才能满足。",
        "Art. 5(6) asks for a stable core technical team: it is met once the team is in place and stable.";
    REMEDY_TRANSFORMATION_TEAM = "remedy.transformation_team":
        "第五条第（六）项要求拥有成果转化应用团队：组建后才能满足。",
        "Art. 5(6) asks for a team for transforming and applying research results: it is met once the team is in place.";
    REMEDY_JOINT_UNITS = "remedy.joint_units_capability":
        "第六条重点考核联合单位的技术水平及创新能力：联合技术水平高、创新能力强的单位后才能满足。",
        "Art. 6 looks above all at the technical level and innovation capacity of the joint units: it is met once the joint units have them.";
    REMEDY_NOT_ESTABLISHED_FOR_CENTER = "remedy.newly_established_for_center":
        "第六条适用于为建设技术创新中心新建的独立法人实体；不是为此新建的，应按第五条自评，请改选申报单位类型。",
        "Art. 6 is for an independent legal entity newly founded to build the center; one that was not founded for it is assessed under Art. 5: choose the other applicant type.";
    NOT_YET_BUDGET = "next.not_yet_budget":
        "安排{year}年的研究开发费用：下一轮申报的“近3年”截至{year}年，用本工具的“明年申报需要什么”按预计销售收入算出今年至少需要的研究开发费用，列入今年预算。",
        "Budget {year}'s R&D: the next round's “last 3 years” end with {year}; “To apply next year” in this tool works out, from the revenue expected, the least R&D this year needs, to put in this year's budget.";
    NOT_YET_AUDIT = "next.not_yet_audit":
        "完成{year}年度的财务报表和研究开发费用专项审计：下一轮申报的“近3年”截至{year}年。",
        "Complete {year}'s financial statements and R&D expense audit: the next round's “last 3 years” end with {year}.";
    NOT_YET_DECLARED = "next.not_yet_declared":
        "落实尚未满足的条件：{clauses}。每项需要什么，见上方“{section}”；申报时每项都需要证明材料。",
        "Work on the conditions not met: {clauses}. What each needs is under “{section}” above; each needs evidence when applying.";
    NOT_YET_ART6 = "next.not_yet_art6":
        "另一途径：新建独立法人实体作为依托单位。第六条对新建独立法人实体重点考核联合单位的技术水平及创新能力，可不考核依托单位当年研究开发费用，但依托单位应保障未来{years}年年均研究开发费用不低于{min_rd}，并须满足第五条第（一）（二）（四）（五）（六）项。",
        "Another way: a newly founded independent legal entity as the supporting unit. For one, Art. 6 looks above all at the joint units' technical level and innovation capacity and may leave the supporting unit's R&D of the year unexamined, but the supporting unit must guarantee average annual R&D of at least {min_rd} over the next {years} years, and Art. 5(1), (2), (4), (5) and (6) still apply.";
    NOT_YET_RECHECK_AFTER = "next.not_yet_recheck_after":
        "{year}年度结束、财务数据审计完成后，用本工具重新自评：现在“保存到文件”，届时导入文件，只需补填新一年的数据。",
        "Once {year} has ended and its figures are audited, check again with this tool: keep your answers now with “Save to a file”, import the file then, and add the new year's figures.";
    NOT_YET_RECHECK = "next.not_yet_recheck":
        "条件满足后，用本工具重新自评：现在“保存到文件”，届时导入文件，只需修改变化的回答。",
        "Once the conditions are met, check again with this tool: keep your answers now with “Save to a file”, import the file then, and change only what changed.";
    NOT_YET_NOTICE = "next.not_yet_notice":
        "了解下一轮申报安排：申报按组织推荐等方式进行，可先与所在区科技管理机构或中关村分园管理机构联系，并关注市科委中关村管委会发布的当年度申报通知（第七条第（二）项、第十四条第（一）项）。",
        "Find out about the next round: applications go through organised recommendation; talk to your district's science and technology body or the Zhongguancun sub-park administration, and watch for the Commission's application notice for the year (Art. 7(2), Art. 14(1)).";
    NEXT_PLAN = "next.plan":
        "组织编制技术创新中心建设方案：明确总体目标、分年度目标及里程碑目标，明确建设内容、技术路线、预期成果、运行机制、预算方案和保障措施等内容（所列并非全部）。",
        "Prepare the construction plan: the overall goal, annual and milestone goals, and the construction content, technical route, expected results, operating mechanism, budget plan, safeguards and other contents (the list is not exhaustive).";
    NEXT_PARTNERS = "next.partners":
        "落实共同组建单位：技术创新中心以科技型骨干企业为依托，联合相关领域高等学校、科研机构以及产业链上下游企业等共同组建。",
        "Line up the partners: a center is built on a science-and-technology backbone enterprise as the supporting unit, jointly with universities, research institutions and upstream and downstream enterprises in the field.";
    NEXT_RECOMMENDATION = "next.recommendation":
        "通过组织推荐申报：市科委中关村管委会按照组织推荐等方式推进建设；市有关部门、各区及北京经济技术开发区可以提出推荐建议，各区科技管理机构和中关村各分园管理机构择优推荐本区域内符合条件的单位（第七条第（二）项、第十四条第（一）项）。请先与所在区或分园联系。",
        "Apply through organised recommendation: the Commission proceeds by organised recommendation and other means; municipal departments, the districts and the Beijing Economic-Technological Development Area may recommend, and the district science and technology bodies and the Zhongguancun sub-park administrations recommend the best qualified units in their area (Art. 7(2), Art. 14(1)). Contact your district or sub-park first.";
    NEXT_EVIDENCE = "next.evidence":
        "准备证明材料：本自评中的每一项声明和数据，申报时都需有材料佐证；提供虚假材料和数据的，撤销技术创新中心资格（第十八条第（二）项）。",
        "Gather the evidence: every declaration and figure in this self-check must be backed by documents when applying; false materials or data lead to the center's status being revoked (Art. 18(2)).";
    SEE_CHECKLIST = "next.see_checklist":
        "逐项要点见下方“{section}”。",
        " What each part covers is under “{section}” below.";
    SEE_CHECKLIST_EVIDENCE = "next.see_checklist_evidence":
        "各项条件的材料建议见下方“{section}”。",
        " The evidence suggested for each condition is under “{section}” below.";
    REMEDIES_SECTION = "ui.result_remedies": "怎样才能符合", "What would change the result";
    NEXT_REVIEW = "next.review":
        "方案论证：市科委中关村管委会组织专家对建设方案进行评估论证。",
        "Plan review: the Commission has experts evaluate the construction plan.";
    NEXT_PLAQUE = "next.plaque":
        "组建授牌：同意组建的予以授牌，有效期{valid}年；其间{mid}年开展中期评估，{full}年开展全面考核（第十六条）。",
        "Plaque: an approved center receives a plaque valid for {valid} years; under Art. 16 a mid-term evaluation is held at {mid} years and a full evaluation at {full} years.";
}
