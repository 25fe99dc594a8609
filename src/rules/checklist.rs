//! The readiness checklist for the construction plan (建设方案) of Art. 7(1): one item per element
//! the plan must contain, each with a guide drawn from the articles the plan will be judged
//! against (Arts. 8–12, 15–18); an action item for each finding behind a condition not met or
//! not yet known; and the
//! steps of the procedure (partners under Art. 4, a recommending body under Art. 7(2)).
//!
//! Items carry stable ids so a person's progress on them survives export and import.

use super::clauses::ClauseId;
use super::explain::{describe_reason, Amounts};
use super::lang::{Bilingual, Lang};
use super::library::fill;
use super::outcome::{Assessment, Condition, Reason, Verdict};
use super::progress::{status_of, Progress, Status};
use super::what_next::{describe_remedy, next_round_task, on_ended_years, remedies, remedy_for};

// The checklist's longer fixed texts, loaded after the first page like the other long texts.
super::library::long_texts! {
    checklist_texts;
    OVERALL_GOAL = "checklist.overall_goal": "总体目标", "Overall goal";
    ANNUAL_GOALS = "checklist.annual_goals": "分年度目标", "Annual goals";
    MILESTONE_GOALS = "checklist.milestone_goals": "里程碑目标", "Milestone goals";
    CONSTRUCTION_CONTENT = "checklist.construction_content": "建设内容", "Construction content";
    TECHNICAL_ROUTE = "checklist.technical_route": "技术路线", "Technical route";
    EXPECTED_RESULTS = "checklist.expected_results": "预期成果", "Expected results";
    OPERATING_MECHANISM = "checklist.operating_mechanism": "运行机制", "Operating mechanism";
    BUDGET_PLAN = "checklist.budget_plan": "预算方案", "Budget plan";
    SAFEGUARDS = "checklist.safeguards": "保障措施", "Safeguards";
    CONDITIONS_SECTION_TITLE = "checklist.conditions_section":
        "需要解决的条件",
        "Conditions to resolve";
    EVIDENCE_SECTION_TITLE = "checklist.evidence_section":
        "证明材料（建议）",
        "Evidence to gather (suggested)";
    PROCEDURE_SECTION_TITLE = "checklist.procedure_section":
        "申报程序",
        "Procedure";
    NOT_MET_PREFIX = "checklist.not_met_prefix":
        "未满足",
        "Not met";
    OPEN_PREFIX = "checklist.open_prefix":
        "待补充或核实",
        "To complete or check";
    REQUIRED_BY = "checklist.required_by":
        "依据{clause}",
        "required by {clause}";
    PARTNERS_TITLE = "checklist.partners_title":
        "落实共同组建单位",
        "Line up the partners";
    RECOMMENDATION_TITLE = "checklist.recommendation_title":
        "通过组织推荐申报",
        "Apply through organised recommendation";
    NEXT_ROUND_PREFIX = "checklist.next_round_prefix":
        "下一轮申报",
        "For the next round";
    PLAN_SECTION_TITLE = "checklist.plan_section":
        "建设方案要素（第七条第（一）项所列，原文以“等内容”结尾，并非全部）",
        "Elements of the construction plan (as Art. 7(1) lists them; its list ends “and other contents”, so it is not exhaustive)";
    EVIDENCE_SUGGESTED = "checklist.evidence_suggested":
        "（材料建议：指引未列明所需材料，以当年度申报通知为准）",
        " (Suggested: the guideline does not list the documents; the year's application notice decides.)";
    PARTNERS_GUIDE = "checklist.partners_guide":
        "技术创新中心以科技型骨干企业为依托，联合相关领域高等学校、科研机构以及产业链上下游企业等共同组建（第四条）。建议与各方签订合作协议、明确分工（指引未规定协议形式）。",
        "A center is built on a science-and-technology backbone enterprise, jointly with universities, research institutions and upstream and downstream enterprises in the field (Art. 4). Agreeing roles in written cooperation agreements is advisable (the guideline does not prescribe their form).";
    RECOMMENDATION_GUIDE = "checklist.recommendation_guide":
        "按组织推荐等方式申报：与所在区科技管理机构、中关村分园管理机构、市有关部门或北京经济技术开发区沟通，争取其推荐（第七条第（二）项、第十四条第（一）项）。",
        "Applications go through organised recommendation: talk to your district's science and technology body, the Zhongguancun sub-park administration, the relevant municipal department or the Beijing Economic-Technological Development Area about recommending you (Art. 7(2), Art. 14(1)).";
}

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
    pub fn title(self) -> Bilingual {
        match self {
            PlanElement::OverallGoal => OVERALL_GOAL(),
            PlanElement::AnnualGoals => ANNUAL_GOALS(),
            PlanElement::MilestoneGoals => MILESTONE_GOALS(),
            PlanElement::ConstructionContent => CONSTRUCTION_CONTENT(),
            PlanElement::TechnicalRoute => TECHNICAL_ROUTE(),
            PlanElement::ExpectedResults => EXPECTED_RESULTS(),
            PlanElement::OperatingMechanism => OPERATING_MECHANISM(),
            PlanElement::BudgetPlan => BUDGET_PLAN(),
            PlanElement::Safeguards => SAFEGUARDS(),
        }
    }

    pub fn library_key(self) -> String {
        format!("guide.{}", self.id())
    }

    /// What the element should cover (a long text, loaded after the first page in the
    /// browser), and the article that asks for it.
    pub fn guide(self) -> (Bilingual, ClauseId) {
        (
            super::library::long_text_named("guide.", self.id(), || self.source_guide_clause().0),
            self.clause(),
        )
    }

    /// The article a guide draws on most (kept apart from the text, which the browser loads).
    fn clause(self) -> ClauseId {
        match self {
            PlanElement::OverallGoal | PlanElement::MilestoneGoals => ClauseId::Art16,
            PlanElement::AnnualGoals | PlanElement::BudgetPlan => ClauseId::Art15,
            PlanElement::ConstructionContent => ClauseId::Art9,
            PlanElement::TechnicalRoute => ClauseId::Art11,
            PlanElement::ExpectedResults => ClauseId::Art17,
            PlanElement::OperatingMechanism => ClauseId::Art8,
            PlanElement::Safeguards => ClauseId::Art18,
        }
    }

    fn source_guide_clause(self) -> (Bilingual, ClauseId) {
        match self {
            PlanElement::OverallGoal => (Bilingual::new(
                "围绕关键核心技术攻坚或未来产业新赛道，写明{valid}年授牌有效期内要达成的目标；依托单位负责制定中心的发展规划和总体目标（第十五条），目标应能在{mid}年中期评估、{full}年全面考核时衡量（第十六、十七条）。",
                "Set the goal for the {valid}-year designation period around key core technologies or a new future-industry track; the supporting unit draws up the center's development plan and overall goal (Art. 15), measurable at the {mid}-year mid-term and {full}-year full evaluations (Arts. 16–17).",
            ), ClauseId::Art16),
            PlanElement::AnnualGoals => (Bilingual::new(
                "按年度分解任务和指标，明确分年度任务、技术路线及预期成果（第十五条）；年度报告须按要求报送，连续2年未报送且经催告仍不报将被撤销（第十八条）。",
                "Break the goal into yearly tasks and indicators (Art. 15); annual reports are mandatory, and failing to submit them for 2 consecutive years, still overdue after a reminder, leads to revocation (Art. 18).",
            ), ClauseId::Art15),
            PlanElement::MilestoneGoals => (Bilingual::new(
                "设定可检验的里程碑，至少覆盖第十六条规定的中期评估（{mid}年开展）和全面考核（{full}年开展）两个节点。",
                "Set verifiable milestones, at least for the two points Art. 16 sets: the mid-term evaluation (held at {mid} years) and the full evaluation (at {full} years).",
            ), ClauseId::Art16),
            PlanElement::ConstructionContent => (Bilingual::new(
                "聚焦应用基础研究和关键核心技术攻坚，开展原创性、引领性科技创新，形成高价值知识产权，并推动成果转化和示范应用（第九条）；加强京津冀协同创新和国际科技交流（第十二条）。",
                "Focus on applied basic research and key core technologies, original and leading innovation, high-value IP, and transfer and demonstration of results (Art. 9); include Beijing–Tianjin–Hebei cooperation and international exchange (Art. 12).",
            ), ClauseId::Art9),
            PlanElement::TechnicalRoute => (Bilingual::new(
                "说明关键技术的攻关路径、分工与衔接：依托单位主导、中小企业协同配套、高校院所提供基础技术支撑，提升产业链供应链韧性（第十一条）。",
                "Describe how the key technologies will be tackled and who does what: the supporting unit leads, SMEs support, universities and institutes supply foundational technology, strengthening supply-chain resilience (Art. 11).",
            ), ClauseId::Art11),
            PlanElement::ExpectedResults => (Bilingual::new(
                "列出可考核的成果：技术突破、高价值知识产权、成果转化与示范应用、人才培养等，与评估考核内容对应（第九条、第十七条）。",
                "List assessable results: technology breakthroughs, high-value IP, transfer and demonstration, talent development, matching what evaluations look at (Arts. 9, 17).",
            ), ClauseId::Art17),
            PlanElement::OperatingMechanism => (Bilingual::new(
                "建立产学研深度融合、联合开发、优势互补、成果共享的机制；实行主任负责制（由依托单位负责人或技术负责人任主任）；设立专家委员会；建立人才培育、引进和激励机制（第八条、第十条）。",
                "A mechanism of deep industry–university–research integration, joint development, complementary strengths and shared results; a director responsibility system (the head or technical head of the supporting unit as director); an expert committee; talent development and incentives (Arts. 8, 10).",
            ), ClauseId::Art8),
            PlanElement::BudgetPlan => (Bilingual::new(
                "依托单位为中心建设发展提供充足的资金投入（第十五条）；新建独立法人实体须保障未来{years}年年均研究开发费用不低于{min_rd}（第六条）。资金投入情况是评估考核内容（第十七条）。",
                "The supporting unit provides sufficient funding (Art. 15); a new independent legal entity guarantees average annual R&D of at least {min_rd} over the next {years} years (Art. 6). Funding is evaluated (Art. 17).",
            ), ClauseId::Art15),
            PlanElement::Safeguards => (Bilingual::new(
                "建立健全中心管理制度和条件保障（第十五条）；防范撤销情形：虚假材料和数据、重大经营风险、重大违法行为、一般及以上安全生产责任事故、科研诚信严重失信和重大科技伦理违规（第十八条）。",
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
    /// What an applicant will need to show each condition.
    Evidence,
    /// An element of the construction plan (Art. 7(1)).
    Plan,
    /// A step of the procedure (Art. 4, Art. 7(2)).
    Procedure,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Conditions,
        Section::Evidence,
        Section::Plan,
        Section::Procedure,
    ];

    pub fn title(self) -> Bilingual {
        match self {
            Section::Conditions => CONDITIONS_SECTION_TITLE(),
            Section::Evidence => EVIDENCE_SECTION_TITLE(),
            Section::Plan => PLAN_SECTION_TITLE(),
            Section::Procedure => PROCEDURE_SECTION_TITLE(),
        }
    }
}

/// One thing to get ready; `'a` is the assessment it was drawn from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem<'a> {
    /// Stable across languages and sessions, e.g. `plan.budget_plan`, `gap.rd_intensity.rd_ratio`.
    pub id: String,
    pub section: Section,
    pub clause: ClauseId,
    pub title: String,
    pub guide: String,
    /// Whether the item shows `clause` beside its title: not when the guide already cites it,
    /// so that no citation appears twice in one item.
    pub cite: bool,
    /// Whether the item can be marked ready. An item about a condition not met (or not yet
    /// known) cannot: it is done when the condition is met, which the next self-check shows.
    pub can_be_ready: bool,
    /// For an item about a finding, the finding's reason: what says which answer or figure to
    /// change.
    pub reason: Option<&'a Reason>,
}

impl ChecklistItem<'_> {
    fn new(
        id: String,
        section: Section,
        clause: ClauseId,
        title: String,
        guide: String,
        lang: Lang,
    ) -> Self {
        let citation = clause.citation(lang).as_bytes();
        // A plain look through the bytes: the texts are short, and the standard library's
        // substring search is kilobytes of code the app would carry for this one use.
        let names = |text: &str| {
            text.as_bytes()
                .windows(citation.len())
                .any(|w| w == citation)
        };
        let cite = !names(&guide) && !names(&title);
        ChecklistItem {
            id,
            section,
            clause,
            title,
            guide,
            cite,
            can_be_ready: section != Section::Conditions,
            reason: None,
        }
    }

    /// The status the item reads as: an item that cannot be ready reads “in progress” at most.
    pub fn status(&self, progress: &[Progress]) -> Status {
        match status_of(progress, &self.id) {
            Status::Ready if !self.can_be_ready => Status::InProgress,
            status => status,
        }
    }
}

/// The checklist for an assessment, in `lang`: conditions to resolve first, then the plan, then
/// the procedure. `amounts` says whether the action items quote the applicant's figures.
pub fn checklist(assessment: &Assessment, lang: Lang, amounts: Amounts) -> Vec<ChecklistItem<'_>> {
    let mut items = Vec::new();
    let found = remedies(assessment);
    let next_round = found.iter().find_map(|r| next_round_task(r, lang));
    // Only conditions that are not met carry action items: within a met Art. 5(3), the
    // alternative that fell short needs no action.
    for c in assessment
        .conditions
        .iter()
        .filter(|c| c.verdict != Verdict::Met)
    {
        let title = c.condition.title().get(lang);
        // A gap in fiscal years that have ended asks for nothing on those years: one item on
        // the current year, for the next round, stands for them.
        if c.findings.iter().any(|f| on_ended_years(assessment, c, f)) {
            if let Some(task) = &next_round {
                items.push(ChecklistItem::new(
                    format!("gap.{}.next_round", c.condition.key()),
                    Section::Conditions,
                    c.clause,
                    format!("{}{}{title}", NEXT_ROUND_PREFIX().get(lang), lang.colon()),
                    task.clone(),
                    lang,
                ));
            }
        }
        for f in c
            .findings
            .iter()
            .filter(|f| f.verdict != Verdict::Met && !on_ended_years(assessment, c, f))
        {
            let (code, detail) = reason_key(&f.reason);
            let prefix = match f.verdict {
                Verdict::NotMet => NOT_MET_PREFIX(),
                _ => OPEN_PREFIX(),
            };
            let mut guide = describe_reason(&f.reason, lang, amounts);
            if let Some(remedy) = remedy_for(f) {
                guide.push_str(Bilingual::new("", " ").get(lang));
                guide.push_str(&describe_remedy(&remedy, assessment.rules, lang));
            }
            let mut item = ChecklistItem::new(
                format!("gap.{}.{code}{detail}", c.condition.key()),
                Section::Conditions,
                c.clause,
                format!("{}{}{title}", prefix.get(lang), lang.colon()),
                guide,
                lang,
            );
            item.reason = Some(&f.reason);
            items.push(item);
        }
    }
    for c in &assessment.conditions {
        let evidence = evidence(c.condition);
        items.push(ChecklistItem::new(
            format!("evidence.{}", c.condition.key()),
            Section::Evidence,
            c.condition.clause(),
            c.condition.title().get(lang).into(),
            format!(
                "{}{}",
                assessment.rules.fill_numbers(evidence.get(lang), lang),
                EVIDENCE_SUGGESTED().get(lang)
            ),
            lang,
        ));
    }
    for element in PlanElement::ALL {
        let (guide, clause) = element.guide();
        items.push(ChecklistItem::new(
            element.id().into(),
            Section::Plan,
            clause,
            element.title().get(lang).into(),
            assessment.rules.fill_numbers(guide.get(lang), lang)
                + &lang.parenthesised(&fill(
                    REQUIRED_BY().get(lang),
                    &[("clause", &ClauseId::Art7_1.citation(lang))],
                )),
            lang,
        ));
    }
    items.push(ChecklistItem::new(
        "procedure.partners".into(),
        Section::Procedure,
        ClauseId::Art4,
        PARTNERS_TITLE().get(lang).into(),
        PARTNERS_GUIDE().get(lang).into(),
        lang,
    ));
    items.push(ChecklistItem::new(
        "procedure.recommendation".into(),
        Section::Procedure,
        ClauseId::Art14_1,
        RECOMMENDATION_TITLE().get(lang).into(),
        RECOMMENDATION_GUIDE().get(lang).into(),
        lang,
    ));
    items
}

/// A short, stable key for a finding's reason (and the question, for declarations).
fn reason_key(reason: &super::outcome::Reason) -> (&'static str, String) {
    use super::outcome::Reason::*;
    let question = |q: &super::questions::Question| format!(".{}", q.key());
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
        Commitment { .. } | CommitmentMissing { .. } => ("commitment", String::new()),
        OutdatedFiscalYear { .. } => ("fiscal_year", String::new()),
        NoRdOverPeriod { .. } => ("rd_ratio", String::new()),
        MissingNewEntityFigures { .. } => ("figures", String::new()),
        CheckFigures { .. } => ("check_figures", String::new()),
        BandDependsOnAverage { .. } => ("band", String::new()),
        FoundedAfterLatestYear { .. }
        | OperatedThroughPeriod { .. }
        | FoundedWithinPeriod { .. } => ("founding", String::new()),
    }
}

/// The documents that usually show a condition. The guideline lists none: these are guidance,
/// and the checklist says so. A long text, loaded after the first page in the browser.
pub fn evidence(condition: Condition) -> Bilingual {
    super::library::long_text_named("evidence.", condition.key(), || source_evidence(condition))
}

fn source_evidence(condition: Condition) -> Bilingual {
    match condition {
        Condition::Registration => Bilingual::new(
            "营业执照（登记机关、企业类型和成立日期，证明在京注册、具有法人资格）；信用记录（“信用中国”、国家企业信用信息公示系统的查询结果）；体现显著创新优势的材料（核心技术、高价值知识产权、参与制定的标准、行业地位、获奖等）。",
            "The business licence (registration authority, type of enterprise and founding date: registered in Beijing, a legal person); the credit record (search results from Credit China and the National Enterprise Credit Information Publicity System); evidence of a significant innovation advantage (core technologies, high-value IP, standards set, standing in the industry, awards).",
        ),
        Condition::Cooperation => Bilingual::new(
            "与高等学校、科研院所、产业链上下游企业的合作协议，共建实验室或联合研发平台的文件，联合承担项目的立项和验收材料；牵头组织高水平研发活动、创新联合体的证明。",
            "Cooperation agreements with universities, research institutes and up- and downstream enterprises; documents of joint laboratories or R&D platforms; approval and acceptance documents of joint projects; evidence of leading high-level R&D activities or innovation consortia.",
        ),
        Condition::RdIntensity => Bilingual::new(
            "近3年经审计的财务报表（销售收入）；近3年研究开发费用专项审计报告或鉴证报告（研究开发费用总额及上一年度增长）；实际经营不满3年的，营业执照上的成立日期。",
            "Audited financial statements for the last 3 years (sales revenue); the special audit or assurance report on R&D expenses for those years (total R&D and last year's growth); for less than 3 years of operation, the founding date on the business licence.",
        ),
        Condition::DomesticRd => Bilingual::new(
            "研究开发费用专项审计报告中在中国境内、境外发生的研究开发费用的划分或明细；新建独立法人实体尚未发生的，研发预算中境内支出的安排。",
            "The split between R&D incurred within China and abroad in the R&D expense audit, or its ledger detail; for a new entity with nothing incurred yet, the domestic spending in the R&D budget.",
        ),
        Condition::SafetyRecord => Bilingual::new(
            "近3年内未发生一般及以上安全生产责任事故和造成较大社会影响的突发事件的说明或承诺；必要时附应急管理等主管部门出具的证明。",
            "A statement or undertaking that no work-safety liability accident of the general level or above and no emergency of significant social impact occurred in the last 3 years; where needed, certificates from the emergency management or other competent authorities.",
        ),
        Condition::Talent => Bilingual::new(
            "领军人才、核心技术团队和成果转化应用团队的名单和简历，人才计划入选证明；体现团队稳定的劳动合同或社会保险缴纳记录。",
            "Lists and CVs of the leading talent, the core technical team and the results-transformation team; certificates of talent programmes; employment contracts or social insurance records that show the team is stable.",
        ),
        Condition::NewEntityStatus => Bilingual::new(
            "新建独立法人实体的营业执照（成立日期、法人资格）、公司章程和出资情况；为建设技术创新中心而设立的说明。",
            "The new entity's business licence (founding date, legal personality), articles of association and capital contributions; a statement that it was set up to build the center.",
        ),
        Condition::NewEntityRd => Bilingual::new(
            "依托单位保障未来{years}年年均研究开发费用不低于{min_rd}的承诺及预算方案（含在中国境内发生部分的安排）；联合单位名单、合作协议，及其技术水平和创新能力的材料（资质、成果、承担的项目）。",
            "The supporting unit's undertaking to spend at least {min_rd} a year on R&D over the next {years} years, with the budget (including the part within China); the joint units, the cooperation agreements and evidence of their technical level and innovation capacity (qualifications, results, projects).",
        ),
    }
}

/// How many items are ready, of how many.
pub fn readiness(items: &[ChecklistItem], progress: &[Progress]) -> (usize, usize) {
    let ready = items
        .iter()
        .filter(|i| i.status(progress) == Status::Ready)
        .count();
    (ready, items.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No citation appears twice in one item: in its title, its guide and the citation shown
    /// beside it.
    #[test]
    fn no_item_cites_its_clause_twice() {
        let answers = super::super::answers::Answers::default();
        let as_of = super::super::dates::CalendarDate::new(2025, 9, 1).unwrap();
        let assessment = super::super::assess::assess(&answers, as_of);
        for lang in [Lang::Zh, Lang::En] {
            for item in checklist(&assessment, lang, Amounts::Shown) {
                let citation = item.clause.citation(lang);
                let times = item.title.matches(citation).count()
                    + item.guide.matches(citation).count()
                    + usize::from(item.cite);
                assert!(times <= 1, "{}: {citation} {times} times", item.id);
                assert_eq!(item.can_be_ready, item.section != Section::Conditions);
            }
        }
    }

    #[test]
    fn each_guide_cites_the_clause_kept_beside_it() {
        for e in PlanElement::ALL {
            assert_eq!(e.clause(), e.source_guide_clause().1, "{e:?}");
        }
    }
}
