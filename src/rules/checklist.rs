//! The readiness checklist for the construction plan (建设方案) of Art. 7(1): one item per element
//! the plan must contain, each with a guide drawn from the articles the plan will be judged
//! against (Arts. 8–12, 15–18); an action item for each finding behind a condition not met or
//! not yet known; and the
//! steps of the procedure (partners under Art. 4, a recommending body under Art. 7(2)).
//!
//! Items carry stable ids so a person's progress on them survives export and import.

use super::assess::{Assessment, Verdict};
use super::clauses::ClauseId;
use super::explain::{describe_reason, Amounts};
use super::lang::{pick, Bilingual, Lang};

/// An element Art. 7(1) requires of the construction plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanElement {
    OverallGoal,
    AnnualGoals,
    MilestoneGoals,
    ConstructionContent,
    TechnicalRoute,
    ExpectedResults,
    OperatingMechanism,
    BudgetPlan,
    Safeguards,
}

impl PlanElement {
    pub const ALL: [PlanElement; 9] = [
        PlanElement::OverallGoal,
        PlanElement::AnnualGoals,
        PlanElement::MilestoneGoals,
        PlanElement::ConstructionContent,
        PlanElement::TechnicalRoute,
        PlanElement::ExpectedResults,
        PlanElement::OperatingMechanism,
        PlanElement::BudgetPlan,
        PlanElement::Safeguards,
    ];

    fn id(self) -> &'static str {
        match self {
            PlanElement::OverallGoal => "plan.overall_goal",
            PlanElement::AnnualGoals => "plan.annual_goals",
            PlanElement::MilestoneGoals => "plan.milestone_goals",
            PlanElement::ConstructionContent => "plan.construction_content",
            PlanElement::TechnicalRoute => "plan.technical_route",
            PlanElement::ExpectedResults => "plan.expected_results",
            PlanElement::OperatingMechanism => "plan.operating_mechanism",
            PlanElement::BudgetPlan => "plan.budget_plan",
            PlanElement::Safeguards => "plan.safeguards",
        }
    }

    /// The element's name, as Art. 7(1) words it.
    fn title(self) -> Bilingual {
        match self {
            PlanElement::OverallGoal => Bilingual::new("总体目标", "Overall goal"),
            PlanElement::AnnualGoals => Bilingual::new("分年度目标", "Annual goals"),
            PlanElement::MilestoneGoals => Bilingual::new("里程碑目标", "Milestone goals"),
            PlanElement::ConstructionContent => Bilingual::new("建设内容", "Construction content"),
            PlanElement::TechnicalRoute => Bilingual::new("技术路线", "Technical route"),
            PlanElement::ExpectedResults => Bilingual::new("预期成果", "Expected results"),
            PlanElement::OperatingMechanism => Bilingual::new("运行机制", "Operating mechanism"),
            PlanElement::BudgetPlan => Bilingual::new("预算方案", "Budget plan"),
            PlanElement::Safeguards => Bilingual::new("保障措施", "Safeguards"),
        }
    }

    /// What the element should cover, and the article that asks for it.
    fn guide(self) -> (Bilingual, ClauseId) {
        match self {
            PlanElement::OverallGoal => (Bilingual::new(
                "围绕关键核心技术攻坚或未来产业新赛道,写明5年授牌期内要达成的目标;与依托单位的发展规划一致(第十五条),并能在3年中期评估、5年全面考核时衡量(第十六、十七条)。",
                "Set the goal for the 5-year plaque period around key core technologies or a new future-industry track, consistent with the supporting unit's development plan (Art. 15) and measurable at the 3-year mid-term and 5-year full evaluations (Arts. 16–17).",
            ), ClauseId::Art16),
            PlanElement::AnnualGoals => (Bilingual::new(
                "按年度分解任务和指标,明确分年度任务、技术路线及预期成果(第十五条);年度报告须按要求报送,连续2年未报送且经催告仍不报将被撤销(第十八条)。",
                "Break the goal into yearly tasks and indicators (Art. 15); annual reports are mandatory, and two missed years after a reminder lead to revocation (Art. 18).",
            ), ClauseId::Art15),
            PlanElement::MilestoneGoals => (Bilingual::new(
                "设定可检验的里程碑,至少覆盖第3年中期评估和第5年全面考核的节点(第十六条)。",
                "Set verifiable milestones, at least for the 3-year mid-term evaluation and the 5-year full evaluation (Art. 16).",
            ), ClauseId::Art16),
            PlanElement::ConstructionContent => (Bilingual::new(
                "聚焦应用基础研究和关键核心技术攻坚,开展原创性、引领性科技创新,形成高价值知识产权,并推动成果转化和示范应用(第九条);加强京津冀协同创新和国际科技交流(第十二条)。",
                "Focus on applied basic research and key core technologies, original and leading innovation, high-value IP, and transfer and demonstration of results (Art. 9); include Beijing–Tianjin–Hebei cooperation and international exchange (Art. 12).",
            ), ClauseId::Art9),
            PlanElement::TechnicalRoute => (Bilingual::new(
                "说明关键技术的攻关路径、分工与衔接:依托单位主导、中小企业协同配套、高校院所提供基础技术支撑,提升产业链供应链韧性(第十一条)。",
                "Describe how the key technologies will be tackled and who does what: the supporting unit leads, SMEs support, universities and institutes supply foundational technology, strengthening supply-chain resilience (Art. 11).",
            ), ClauseId::Art11),
            PlanElement::ExpectedResults => (Bilingual::new(
                "列出可考核的成果:技术突破、高价值知识产权、成果转化与示范应用、人才培养等,与评估考核内容对应(第九条、第十七条)。",
                "List assessable results: technology breakthroughs, high-value IP, transfer and demonstration, talent development, matching what evaluations look at (Arts. 9, 17).",
            ), ClauseId::Art17),
            PlanElement::OperatingMechanism => (Bilingual::new(
                "建立产学研深度融合、联合开发、优势互补、成果共享的机制;实行主任负责制(由依托单位负责人或技术负责人任主任);设立专家委员会;建立人才培育、引进和激励机制(第八条、第十条)。",
                "A mechanism of deep industry–university–research integration, joint development, complementary strengths and shared results; a director responsibility system (the head or technical head of the supporting unit as director); an expert committee; talent development and incentives (Arts. 8, 10).",
            ), ClauseId::Art8),
            PlanElement::BudgetPlan => (Bilingual::new(
                "依托单位为中心建设发展提供充足的资金投入(第十五条);新建独立法人实体须保障未来3年年均研究开发费用不低于2000万元(第六条)。资金投入情况是评估考核内容(第十七条)。",
                "The supporting unit provides sufficient funding (Art. 15); a new independent legal entity guarantees average annual R&D of at least RMB 20 million for 3 years (Art. 6). Funding is evaluated (Art. 17).",
            ), ClauseId::Art15),
            PlanElement::Safeguards => (Bilingual::new(
                "建立健全中心管理制度和条件保障(第十五条);防范撤销情形:虚假材料和数据、重大经营风险、重大违法行为、一般及以上安全生产责任事故、科研诚信严重失信和重大科技伦理违规(第十八条)。",
                "Sound management rules and conditions (Art. 15); guard against the grounds for revocation: false materials or data, major operating risk, major violations of law, work-safety liability accidents of the general level or above, serious research-integrity or ethics breaches (Art. 18).",
            ), ClauseId::Art18),
        }
    }
}

/// Which part of the checklist an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Something the self-check found missing or not met.
    Conditions,
    /// An element of the construction plan (Art. 7(1)).
    Plan,
    /// A step of the procedure (Art. 4, Art. 7(2)).
    Procedure,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Conditions, Section::Plan, Section::Procedure];

    pub fn title(self) -> Bilingual {
        match self {
            Section::Conditions => Bilingual::new("需要解决的条件", "Conditions to resolve"),
            Section::Plan => Bilingual::new(
                "建设方案要素(第七条第(一)项)",
                "Elements of the construction plan (Art. 7(1))",
            ),
            Section::Procedure => Bilingual::new("申报程序", "Procedure"),
        }
    }
}

/// One thing to get ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Stable across languages and sessions, e.g. `plan.budget_plan`, `gap.rd_intensity.rd_ratio`.
    pub id: String,
    pub section: Section,
    pub clause: ClauseId,
    pub title: String,
    pub guide: String,
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
            Status::NotStarted => Bilingual::new("未开始", "Not started"),
            Status::InProgress => Bilingual::new("进行中", "In progress"),
            Status::Ready => Bilingual::new("已就绪", "Ready"),
        }
    }
}

/// The longest note kept with an item.
pub const MAX_NOTE_CHARS: usize = 500;

/// A person's progress on one item, as exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub item: String,
    pub status: Status,
    pub note: String,
}

/// The checklist for an assessment, in `lang`: conditions to resolve first, then the plan, then
/// the procedure. `amounts` says whether the action items quote the applicant's figures.
pub fn checklist(assessment: &Assessment, lang: Lang, amounts: Amounts) -> Vec<ChecklistItem> {
    let mut items = Vec::new();
    // Only conditions that are not met carry action items: within a met Art. 5(3), the
    // alternative that fell short needs no action.
    for c in assessment
        .conditions
        .iter()
        .filter(|c| c.verdict != Verdict::Met)
    {
        for f in c.findings.iter().filter(|f| f.verdict != Verdict::Met) {
            let (code, detail) = reason_key(&f.reason);
            let prefix = match f.verdict {
                Verdict::NotMet => pick(lang, "未满足".into(), "Not met".into()),
                _ => pick(lang, "待补充或核实".into(), "To complete or check".into()),
            };
            items.push(ChecklistItem {
                id: format!("gap.{}.{code}{detail}", c.condition.key()),
                section: Section::Conditions,
                clause: c.clause,
                title: format!(
                    "{prefix}:{} {}",
                    c.clause.citation(lang),
                    c.condition.title().get(lang)
                ),
                guide: describe_reason(&f.reason, lang, amounts),
            });
        }
    }
    for element in PlanElement::ALL {
        let (guide, clause) = element.guide();
        items.push(ChecklistItem {
            id: element.id().into(),
            section: Section::Plan,
            clause,
            title: element.title().get(lang).into(),
            guide: format!(
                "{}({})",
                guide.get(lang),
                pick(
                    lang,
                    format!("依据{}", ClauseId::Art7_1.citation(lang)),
                    format!("required by {}", ClauseId::Art7_1.citation(lang))
                )
            ),
        });
    }
    items.push(ChecklistItem {
        id: "procedure.partners".into(),
        section: Section::Procedure,
        clause: ClauseId::Art4,
        title: pick(lang, "落实共同组建单位".into(), "Line up the partners".into()),
        guide: pick(
            lang,
            "联合相关领域的高等学校、科研机构以及产业链上下游企业共同组建,明确各方分工和合作协议(第四条)。".into(),
            "Build the center jointly with universities, research institutions and upstream and downstream enterprises in the field, with agreed roles and cooperation agreements (Art. 4).".into(),
        ),
    });
    items.push(ChecklistItem {
        id: "procedure.recommendation".into(),
        section: Section::Procedure,
        clause: ClauseId::Art7_2,
        title: pick(lang, "争取推荐单位".into(), "Secure a recommending body".into()),
        guide: pick(
            lang,
            "与市有关部门、所在区或北京经济技术开发区沟通,争取其提出推荐建议(第七条第(二)项)。".into(),
            "Talk to the relevant municipal department, your district or the Beijing Economic-Technological Development Area about recommending the center (Art. 7(2)).".into(),
        ),
    });
    items
}

/// A short, stable key for a finding's reason (and the question, for declarations).
fn reason_key(reason: &super::assess::Reason) -> (&'static str, String) {
    use super::assess::Reason::*;
    let question = |q: &super::answers::Question| format!(".{}", q.key());
    match reason {
        Declared { question: q, .. } => ("declared", question(q)),
        Unanswered { question: q } => ("declared", question(q)),
        PathNotChosen => ("path", String::new()),
        PeriodUnknown { .. } => ("period", String::new()),
        MissingFigures { .. } => ("figures", String::new()),
        RdRatio { .. } | RdRatioWithoutRevenue { .. } => ("rd_ratio", String::new()),
        RdGrowth { .. }
        | RdGrowthWithoutPreviousYear { .. }
        | RdGrowthFromZero { .. }
        | RdGrowthNone { .. } => ("rd_growth", String::new()),
        DomesticShare { .. } | DomesticExceedsTotal { .. } | NoRdRecorded => {
            ("domestic_share", String::new())
        }
        Commitment { .. } | CommitmentMissing => ("commitment", String::new()),
    }
}

/// How many items are ready, of how many.
pub fn readiness(items: &[ChecklistItem], progress: &[Progress]) -> (usize, usize) {
    let ready = items
        .iter()
        .filter(|i| status_of(progress, &i.id) == Status::Ready)
        .count();
    (ready, items.len())
}

/// The status recorded for an item (not started when none is).
pub fn status_of(progress: &[Progress], id: &str) -> Status {
    progress
        .iter()
        .find(|p| p.item == id)
        .map_or(Status::NotStarted, |p| p.status)
}
