//! The questions the applicant answers yes, no or not sure: their wording and hints in both
//! languages (long texts, loaded after the first page), the clause each comes from, the answer
//! that meets it, and on which path it is asked.

use super::clauses::ClauseId;
use super::lang::{Bilingual, Lang};
use super::library::long_texts;

// The answers' words: long texts, since the first page asks nothing.
long_texts! {
    answer_labels;
    YES = "answer.yes": "是", "Yes";
    NO = "answer.no": "否", "No";
    NOT_SURE = "answer.not_sure": "不确定", "Not sure";
}
use serde::Serialize;

/// Who would be the supporting unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicantPath {
    /// An existing enterprise applies as the supporting unit: Art. 5(1)–(6).
    ExistingEnterprise,
    /// A newly founded independent legal entity: Art. 6 (Art. 5(1), (2), (4)–(6), and the R&D
    /// commitment in place of Art. 5(3)).
    NewEntity,
}

impl ApplicantPath {
    pub const ALL: [ApplicantPath; 2] =
        [ApplicantPath::ExistingEnterprise, ApplicantPath::NewEntity];

    /// The name in the answers document.
    pub fn key(self) -> &'static str {
        match self {
            ApplicantPath::ExistingEnterprise => "existing_enterprise",
            ApplicantPath::NewEntity => "new_entity",
        }
    }
}

/// A self-declared answer. “Not sure” is a real answer: it makes the verdict “cannot tell yet”.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    /// The name in the answers document.
    pub fn key(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not_sure",
        }
    }

    #[inline(never)]
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Answer::Yes => YES(),
            Answer::No => NO(),
            Answer::NotSure => NOT_SURE(),
        }
        .get(lang)
    }
}

/// A statement the applicant declares true or not. The tool cannot check credit records,
/// accident records or team quality, so these are asked, and the verdict says they are declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    RegisteredInBeijing,
    GoodCredit,
    InnovationAdvantage,
    ResourceIntegration,
    CooperationUniversities,
    CooperationResearchInstitutes,
    CooperationIndustryChain,
    SafetyLiabilityAccident,
    MajorSocialImpactEmergency,
    LeadingTalent,
    CoreTechnicalTeam,
    TransformationTeam,
    JointUnitsCapability,
    NewlyEstablishedForCenter,
}

impl Question {
    pub const ALL: [Question; 14] = [
        Question::RegisteredInBeijing,
        Question::GoodCredit,
        Question::InnovationAdvantage,
        Question::ResourceIntegration,
        Question::CooperationUniversities,
        Question::CooperationResearchInstitutes,
        Question::CooperationIndustryChain,
        Question::SafetyLiabilityAccident,
        Question::MajorSocialImpactEmergency,
        Question::LeadingTalent,
        Question::CoreTechnicalTeam,
        Question::TransformationTeam,
        Question::JointUnitsCapability,
        Question::NewlyEstablishedForCenter,
    ];

    /// The question's name in the answers document, `good_credit`.
    pub fn key(self) -> &'static str {
        use Question::*;
        match self {
            RegisteredInBeijing => "registered_in_beijing",
            GoodCredit => "good_credit",
            InnovationAdvantage => "innovation_advantage",
            ResourceIntegration => "resource_integration",
            CooperationUniversities => "cooperation_universities",
            CooperationResearchInstitutes => "cooperation_research_institutes",
            CooperationIndustryChain => "cooperation_industry_chain",
            SafetyLiabilityAccident => "safety_liability_accident",
            MajorSocialImpactEmergency => "major_social_impact_emergency",
            LeadingTalent => "leading_talent",
            CoreTechnicalTeam => "core_technical_team",
            TransformationTeam => "transformation_team",
            JointUnitsCapability => "joint_units_capability",
            NewlyEstablishedForCenter => "newly_established_for_center",
        }
    }

    /// The clause the question comes from.
    pub fn clause(self) -> ClauseId {
        use Question::*;
        match self {
            RegisteredInBeijing | GoodCredit | InnovationAdvantage => ClauseId::Art5_1,
            ResourceIntegration
            | CooperationUniversities
            | CooperationResearchInstitutes
            | CooperationIndustryChain => ClauseId::Art5_2,
            SafetyLiabilityAccident | MajorSocialImpactEmergency => ClauseId::Art5_5,
            LeadingTalent | CoreTechnicalTeam | TransformationTeam => ClauseId::Art5_6,
            JointUnitsCapability | NewlyEstablishedForCenter => ClauseId::Art6,
        }
    }

    /// The answer that satisfies the clause. Art. 5(5) asks whether something bad happened, so
    /// there “no” is the answer that meets it.
    pub fn favourable(self) -> Answer {
        match self {
            Question::SafetyLiabilityAccident | Question::MajorSocialImpactEmergency => Answer::No,
            _ => Answer::Yes,
        }
    }

    /// The question as asked (a long text, loaded after the first page in the browser).
    pub fn text(self) -> Bilingual {
        super::library::long_text_named("question.", self.key(), || self.source_text())
    }

    /// A short hint on what the question means and what evidence usually shows it.
    pub fn hint(self) -> Bilingual {
        super::library::long_text_named("hint.", self.key(), || self.source_hint())
    }

    fn source_text(self) -> Bilingual {
        use Question::*;
        match self {
            RegisteredInBeijing => Bilingual::new(
                "申报单位是否为在北京依法注册、具有独立法人资格的企业？",
                "Is the applicant an enterprise lawfully registered in Beijing that is an independent legal person?",
            ),
            GoodCredit => Bilingual::new(
                "企业信用状况是否良好（例如未被列入严重失信主体名单、经营异常名录）？",
                "Is the enterprise's credit standing good (for example, not on a list of seriously dishonest entities or of abnormal operations)?",
            ),
            InnovationAdvantage => Bilingual::new(
                "企业在所属行业中是否具有显著创新优势？",
                "Does the enterprise have a significant innovation advantage in its industry?",
            ),
            ResourceIntegration => Bilingual::new(
                "企业是否具备整合创新资源、形成创新合作网络、组织发起高水平技术研发活动的能力？",
                "Can the enterprise integrate innovation resources, form an innovation cooperation network, and organise and launch high-level R&D activities?",
            ),
            CooperationUniversities => Bilingual::new(
                "企业是否与高等学校有紧密的产学研合作基础？",
                "Does the enterprise have a close foundation of cooperation with universities?",
            ),
            CooperationResearchInstitutes => Bilingual::new(
                "企业是否与科研院所有紧密的产学研合作基础？",
                "Does the enterprise have a close foundation of cooperation with research institutes?",
            ),
            CooperationIndustryChain => Bilingual::new(
                "企业是否与产业链上下游企业有紧密的合作基础？",
                "Does the enterprise have a close foundation of cooperation with upstream and downstream enterprises of its industrial chain?",
            ),
            SafetyLiabilityAccident => Bilingual::new(
                "近3年内，企业是否发生过一般及以上安全生产责任事故？",
                "In the last 3 years, has the enterprise had a work-safety liability accident of the general level or above?",
            ),
            MajorSocialImpactEmergency => Bilingual::new(
                "近3年内，企业是否发生过造成较大社会影响的突发事件？",
                "In the last 3 years, has the enterprise had an emergency that caused a significant social impact?",
            ),
            LeadingTalent => Bilingual::new(
                "企业是否拥有高水平领军人才？",
                "Does the enterprise have high-level leading talent?",
            ),
            CoreTechnicalTeam => Bilingual::new(
                "企业是否拥有稳定的核心技术团队？",
                "Does the enterprise have a stable core technical team?",
            ),
            TransformationTeam => Bilingual::new(
                "企业是否拥有成果转化应用团队？",
                "Does the enterprise have a team for transforming and applying research results?",
            ),
            JointUnitsCapability => Bilingual::new(
                "联合单位（相关领域高等学校、科研机构以及产业链上下游企业等）是否已经落实，并能提供其技术水平及创新能力的证明材料供考核？",
                "Are the joint units (universities, research institutions and upstream and downstream enterprises in the field, and others) in place, with evidence of their technical level and innovation capacity for the assessment?",
            ),
            NewlyEstablishedForCenter => Bilingual::new(
                "申报单位是否为建设技术创新中心而新设立、作为其依托单位的独立法人实体？（第六条）",
                "Was the applicant newly founded as an independent legal entity to build the center and be its supporting unit? (Art. 6)",
            ),
        }
    }

    fn source_hint(self) -> Bilingual {
        use Question::*;
        match self {
            RegisteredInBeijing => Bilingual::new(
                "以营业执照登记机关为准。",
                "As shown by the registration authority on the business licence.",
            ),
            GoodCredit => Bilingual::new(
                "可在“信用中国”“国家企业信用信息公示系统”自行查询；本工具不联网核验。",
                "You can check “Credit China” and the National Enterprise Credit Information Publicity System yourself; this tool does not look anything up.",
            ),
            InnovationAdvantage => Bilingual::new(
                "例如核心技术、高价值知识产权、标准制定、行业排名等。",
                "For example core technologies, high-value intellectual property, standard setting, industry ranking.",
            ),
            ResourceIntegration => Bilingual::new(
                "例如牵头过重大研发项目、产业联盟或创新联合体。",
                "For example having led major R&D projects, industry alliances or innovation consortia.",
            ),
            CooperationUniversities | CooperationResearchInstitutes | CooperationIndustryChain => {
                Bilingual::new(
                    "例如共建实验室、联合承担项目、长期合作协议；第四条所列的共同组建单位。",
                    "For example joint laboratories, joint projects, long-term cooperation agreements: the partners Article 4 names.",
                )
            }
            SafetyLiabilityAccident => Bilingual::new(
                "“一般及以上”指按《生产安全事故报告和调查处理条例》认定的一般、较大、重大、特别重大事故。",
                "“General level or above” means accidents classed as general, larger, major or especially major under the Regulations on Reporting, Investigation and Handling of Work Safety Accidents.",
            ),
            MajorSocialImpactEmergency => Bilingual::new(
                "例如引起广泛关注的环境、质量或公共安全事件。",
                "For example an environmental, quality or public-safety incident that drew wide attention.",
            ),
            LeadingTalent => Bilingual::new(
                "例如国家级或北京市级人才计划入选者、行业公认的技术带头人。",
                "For example people selected for national or Beijing talent programmes, or recognised technical leaders in the field.",
            ),
            CoreTechnicalTeam => Bilingual::new(
                "团队规模、结构和稳定性（例如核心成员任职年限）。",
                "Size, structure and stability of the team (for example how long core members have served).",
            ),
            TransformationTeam => Bilingual::new(
                "负责技术转移、产品化和示范应用的专门团队。",
                "A dedicated team for technology transfer, productisation and demonstration.",
            ),
            JointUnitsCapability => Bilingual::new(
                "第六条：对于新建独立法人实体，第五条（三）项“重点考核其联合单位的技术水平及创新能力”。第四条：技术创新中心联合相关领域高等学校、科研机构以及产业链上下游企业等共同组建。",
                "Art. 6: for a new entity, Art. 5(3) focuses on the technical level and innovation capacity of its joint units. Art. 4: the center is built jointly with universities, research institutions and upstream and downstream enterprises in the field.",
            ),
            NewlyEstablishedForCenter => Bilingual::new(
                "您在第一页选择了“新建独立法人实体”；第六条只适用于为建设技术创新中心而新设立的独立法人，这里请据实确认。独立法人指持有营业执照、独立承担民事责任的公司等，分公司不属于。成立日期在“销售收入与研究开发费用”页填写，并与最近一个完整会计年度核对：已完整经营3个会计年度的企业不属于“新建”，应按第五条第（三）项自评。",
                "You chose “A newly founded independent legal entity” on the first page; Art. 6 is only for an independent legal person set up to build the center, so confirm it here as it is. An independent legal person is a company or similar body with its own business licence that answers for itself; a branch is not one. The founding date is entered on the “Sales revenue and R&D expenses” page and checked against the latest complete fiscal year: an enterprise that has operated 3 full fiscal years is not newly founded and is assessed under Art. 5(3).",
            ),
        }
    }

    /// Whether the question is asked on `path` (the joint units and the new entity's status only
    /// matter under Art. 6).
    pub fn asked_on(self, path: ApplicantPath) -> bool {
        let art6_only = matches!(
            self,
            Question::JointUnitsCapability | Question::NewlyEstablishedForCenter
        );
        !art6_only || path == ApplicantPath::NewEntity
    }
}
