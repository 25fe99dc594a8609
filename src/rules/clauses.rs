//! The clauses of 京科创发〔2024〕143号 the tool relies on: their ids, their original Chinese text
//! (verbatim from the guideline, including its half-width brackets) and an English rendering.
//!
//! This is the one source of legal text: verdicts name a [`ClauseId`], and the results page, the
//! printout and the command line all show the text from here. The English is an unofficial
//! rendering for readers; the Chinese original is authoritative.

use super::lang::{Bilingual, Lang};
use serde::{Deserialize, Serialize};

/// A clause of the guideline, as precise as a verdict needs (down to an item of Art. 5(3)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClauseId {
    #[serde(rename = "art4")]
    Art4,
    #[serde(rename = "art5")]
    Art5,
    #[serde(rename = "art5.1")]
    Art5_1,
    #[serde(rename = "art5.2")]
    Art5_2,
    #[serde(rename = "art5.3")]
    Art5_3,
    #[serde(rename = "art5.3.1")]
    Art5_3Item1,
    #[serde(rename = "art5.3.2")]
    Art5_3Item2,
    #[serde(rename = "art5.3.3")]
    Art5_3Item3,
    #[serde(rename = "art5.4")]
    Art5_4,
    #[serde(rename = "art5.5")]
    Art5_5,
    #[serde(rename = "art5.6")]
    Art5_6,
    #[serde(rename = "art6")]
    Art6,
    #[serde(rename = "art7.1")]
    Art7_1,
    #[serde(rename = "art7.2")]
    Art7_2,
    #[serde(rename = "art7.3")]
    Art7_3,
    #[serde(rename = "art7.4")]
    Art7_4,
    #[serde(rename = "art8")]
    Art8,
    #[serde(rename = "art9")]
    Art9,
    #[serde(rename = "art10")]
    Art10,
    #[serde(rename = "art11")]
    Art11,
    #[serde(rename = "art12")]
    Art12,
    #[serde(rename = "art14.1")]
    Art14_1,
    #[serde(rename = "art15")]
    Art15,
    #[serde(rename = "art16")]
    Art16,
    #[serde(rename = "art17")]
    Art17,
    #[serde(rename = "art18")]
    Art18,
    #[serde(rename = "art20")]
    Art20,
}

/// One clause: how it is cited and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub id: ClauseId,
    /// How the clause is cited, e.g. 第五条第(三)项第2目 / Art. 5(3) item 2.
    pub citation: Bilingual,
    /// The original text (zh) and an unofficial English rendering (en).
    pub text: Bilingual,
}

impl ClauseId {
    /// Every clause, in the guideline's order.
    pub const ALL: [ClauseId; 27] = [
        ClauseId::Art4,
        ClauseId::Art5,
        ClauseId::Art5_1,
        ClauseId::Art5_2,
        ClauseId::Art5_3,
        ClauseId::Art5_3Item1,
        ClauseId::Art5_3Item2,
        ClauseId::Art5_3Item3,
        ClauseId::Art5_4,
        ClauseId::Art5_5,
        ClauseId::Art5_6,
        ClauseId::Art6,
        ClauseId::Art7_1,
        ClauseId::Art7_2,
        ClauseId::Art7_3,
        ClauseId::Art7_4,
        ClauseId::Art8,
        ClauseId::Art9,
        ClauseId::Art10,
        ClauseId::Art11,
        ClauseId::Art12,
        ClauseId::Art14_1,
        ClauseId::Art15,
        ClauseId::Art16,
        ClauseId::Art17,
        ClauseId::Art18,
        ClauseId::Art20,
    ];

    /// The clause's citation and text.
    pub fn clause(self) -> Clause {
        Clause {
            id: self,
            citation: self.citation_pair(),
            text: self.text_pair(),
        }
    }

    /// How the clause is cited: one of the long texts, since the first page cites no clause.
    #[inline(never)]
    fn citation_pair(self) -> Bilingual {
        super::library::long_text_named("cite.", self.key(), || self.source_citation())
    }

    fn source_citation(self) -> Bilingual {
        match self {
            ClauseId::Art4 => Bilingual::new("第四条", "Art. 4"),
            ClauseId::Art5 => Bilingual::new("第五条", "Art. 5"),
            ClauseId::Art5_1 => Bilingual::new("第五条第（一）项", "Art. 5(1)"),
            ClauseId::Art5_2 => Bilingual::new("第五条第（二）项", "Art. 5(2)"),
            ClauseId::Art5_3 => Bilingual::new("第五条第（三）项", "Art. 5(3)"),
            ClauseId::Art5_3Item1 => Bilingual::new("第五条第（三）项第1目", "Art. 5(3) item 1"),
            ClauseId::Art5_3Item2 => Bilingual::new("第五条第（三）项第2目", "Art. 5(3) item 2"),
            ClauseId::Art5_3Item3 => Bilingual::new("第五条第（三）项第3目", "Art. 5(3) item 3"),
            ClauseId::Art5_4 => Bilingual::new("第五条第（四）项", "Art. 5(4)"),
            ClauseId::Art5_5 => Bilingual::new("第五条第（五）项", "Art. 5(5)"),
            ClauseId::Art5_6 => Bilingual::new("第五条第（六）项", "Art. 5(6)"),
            ClauseId::Art6 => Bilingual::new("第六条", "Art. 6"),
            ClauseId::Art7_1 => Bilingual::new("第七条第（一）项", "Art. 7(1)"),
            ClauseId::Art7_2 => Bilingual::new("第七条第（二）项", "Art. 7(2)"),
            ClauseId::Art7_3 => Bilingual::new("第七条第（三）项", "Art. 7(3)"),
            ClauseId::Art7_4 => Bilingual::new("第七条第（四）项", "Art. 7(4)"),
            ClauseId::Art8 => Bilingual::new("第八条", "Art. 8"),
            ClauseId::Art9 => Bilingual::new("第九条", "Art. 9"),
            ClauseId::Art10 => Bilingual::new("第十条", "Art. 10"),
            ClauseId::Art11 => Bilingual::new("第十一条", "Art. 11"),
            ClauseId::Art12 => Bilingual::new("第十二条", "Art. 12"),
            ClauseId::Art14_1 => Bilingual::new("第十四条第（一）项", "Art. 14(1)"),
            ClauseId::Art15 => Bilingual::new("第十五条", "Art. 15"),
            ClauseId::Art16 => Bilingual::new("第十六条", "Art. 16"),
            ClauseId::Art17 => Bilingual::new("第十七条", "Art. 17"),
            ClauseId::Art18 => Bilingual::new("第十八条", "Art. 18"),
            ClauseId::Art20 => Bilingual::new("第二十条", "Art. 20"),
        }
    }

    /// The clause's text: the original (zh) and the English rendering, one of the long texts
    /// the browser loads after the first page ([`super::library`]).
    pub fn text_pair(self) -> Bilingual {
        super::library::long_text_named("clause.", self.key(), || self.source_text())
    }

    /// The clause's name in the keys of its long texts (`clause.Art5_3`, `cite.Art5_3`).
    pub fn key(self) -> &'static str {
        match self {
            ClauseId::Art4 => "Art4",
            ClauseId::Art5 => "Art5",
            ClauseId::Art5_1 => "Art5_1",
            ClauseId::Art5_2 => "Art5_2",
            ClauseId::Art5_3 => "Art5_3",
            ClauseId::Art5_3Item1 => "Art5_3Item1",
            ClauseId::Art5_3Item2 => "Art5_3Item2",
            ClauseId::Art5_3Item3 => "Art5_3Item3",
            ClauseId::Art5_4 => "Art5_4",
            ClauseId::Art5_5 => "Art5_5",
            ClauseId::Art5_6 => "Art5_6",
            ClauseId::Art6 => "Art6",
            ClauseId::Art7_1 => "Art7_1",
            ClauseId::Art7_2 => "Art7_2",
            ClauseId::Art7_3 => "Art7_3",
            ClauseId::Art7_4 => "Art7_4",
            ClauseId::Art8 => "Art8",
            ClauseId::Art9 => "Art9",
            ClauseId::Art10 => "Art10",
            ClauseId::Art11 => "Art11",
            ClauseId::Art12 => "Art12",
            ClauseId::Art14_1 => "Art14_1",
            ClauseId::Art15 => "Art15",
            ClauseId::Art16 => "Art16",
            ClauseId::Art17 => "Art17",
            ClauseId::Art18 => "Art18",
            ClauseId::Art20 => "Art20",
        }
    }

    pub fn library_key(self) -> String {
        format!("clause.{}", self.key())
    }

    pub fn citation_key(self) -> String {
        format!("cite.{}", self.key())
    }

    fn source_text(self) -> Bilingual {
        let (_, text) = match self {
            ClauseId::Art4 => (
                Bilingual::new("第四条", "Art. 4"),
                Bilingual::new(
                    "技术创新中心以科技型骨干企业为依托,联合相关领域高等学校、科研机构以及产业链上下游企业等共同组建。",
                    "A Technology Innovation Center is built on a leading science-and-technology enterprise as its supporting unit, jointly with universities, research institutions and upstream and downstream enterprises of the industrial chain in the relevant field.",
                ),
            ),
            ClauseId::Art5 => (
                Bilingual::new("第五条", "Art. 5"),
                Bilingual::new(
                    "依托单位应具备以下基本条件:",
                    "The supporting unit shall meet the following basic conditions:",
                ),
            ),
            ClauseId::Art5_1 => (
                Bilingual::new("第五条第（一）项", "Art. 5(1)"),
                Bilingual::new(
                    "(一)在京依法注册的企业,信用状况良好,在行业中具有显著创新优势。",
                    "(1) It is an enterprise lawfully registered in Beijing, with a good credit standing and a significant innovation advantage in its industry.",
                ),
            ),
            ClauseId::Art5_2 => (
                Bilingual::new("第五条第（二）项", "Art. 5(2)"),
                Bilingual::new(
                    "(二)创新资源整合能力突出,与高等学校、科研院所以及产业链上下游企业有紧密的产学研合作基础,具备整合创新资源、形成创新合作网络、组织发起高水平技术研发活动的优势和能力。",
                    "(2) It has an outstanding ability to integrate innovation resources and a close foundation of industry–university–research cooperation with universities, research institutes and upstream and downstream enterprises of the industrial chain, with the strength and ability to integrate innovation resources, form an innovation cooperation network, and organise and launch high-level technology R&D activities.",
                ),
            ),
            ClauseId::Art5_3 => (
                Bilingual::new("第五条第（三）项", "Art. 5(3)"),
                Bilingual::new(
                    "(三)根据企业销售收入规模,其研究开发费用应满足下列条件之一:",
                    "(3) According to the scale of the enterprise's sales revenue, its research and development (R&D) expenses shall meet one of the following conditions:",
                ),
            ),
            ClauseId::Art5_3Item1 => (
                Bilingual::new("第五条第（三）项第1目", "Art. 5(3) item 1"),
                Bilingual::new(
                    "1. 近3年(实际经营期不满3年的按实际经营时间计算,下同)年均销售收入超过30亿元(含)的企业,近3年研究开发费用总额占同期销售收入总额的比例不低于10%,或上一年度研究开发费用增速不低于5%。",
                    "1. For an enterprise whose average annual sales revenue over the last 3 years (where the actual operating period is under 3 years, calculated over the actual operating time; the same applies below) exceeds RMB 3 billion (inclusive), total R&D expenses over the last 3 years shall be no less than 10% of total sales revenue over the same period, or R&D expenses in the previous year shall have grown by no less than 5%.",
                ),
            ),
            ClauseId::Art5_3Item2 => (
                Bilingual::new("第五条第（三）项第2目", "Art. 5(3) item 2"),
                Bilingual::new(
                    "2. 近3年年均销售收入在10亿元(含)至30亿元的企业,近3年研究开发费用总额占同期销售收入总额的比例不低于15%,或上一年度研究开发费用增速不低于10%。",
                    "2. For an enterprise whose average annual sales revenue over the last 3 years is between RMB 1 billion (inclusive) and RMB 3 billion, total R&D expenses over the last 3 years shall be no less than 15% of total sales revenue over the same period, or R&D expenses in the previous year shall have grown by no less than 10%.",
                ),
            ),
            ClauseId::Art5_3Item3 => (
                Bilingual::new("第五条第（三）项第3目", "Art. 5(3) item 3"),
                Bilingual::new(
                    "3. 近3年年均销售收入低于10亿元的企业,近3年研究开发费用总额占同期销售收入总额的比例不低于20%,或上一年度研究开发费用增速不低于15%。",
                    "3. For an enterprise whose average annual sales revenue over the last 3 years is below RMB 1 billion, total R&D expenses over the last 3 years shall be no less than 20% of total sales revenue over the same period, or R&D expenses in the previous year shall have grown by no less than 15%.",
                ),
            ),
            ClauseId::Art5_4 => (
                Bilingual::new("第五条第（四）项", "Art. 5(4)"),
                Bilingual::new(
                    "(四)近3年在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%。",
                    "(4) R&D expenses incurred within China over the last 3 years shall be no less than 60% of all R&D expenses.",
                ),
            ),
            ClauseId::Art5_5 => (
                Bilingual::new("第五条第（五）项", "Art. 5(5)"),
                Bilingual::new(
                    "(五)近3年内未发生一般及以上安全生产责任事故和造成较大社会影响的突发事件。",
                    "(5) Within the last 3 years it has had no work-safety liability accident of the \"general\" level or above, and no emergency that caused a significant social impact.",
                ),
            ),
            ClauseId::Art5_6 => (
                Bilingual::new("第五条第（六）项", "Art. 5(6)"),
                Bilingual::new(
                    "(六)拥有高水平领军人才、稳定的核心技术团队以及成果转化应用团队。",
                    "(6) It has high-level leading talent, a stable core technical team, and a team for transforming and applying research results.",
                ),
            ),
            ClauseId::Art6 => (
                Bilingual::new("第六条", "Art. 6"),
                Bilingual::new(
                    "鼓励新建独立法人实体作为依托单位,建设技术创新中心。对于新建独立法人实体的,应同时满足第五条(一)(二)(四)(五)(六)项要求;对于第五条(三)项,重点考核其联合单位的技术水平及创新能力,可不考核依托单位当年研究开发费用,但依托单位应保障未来3年年均研究开发费用不低于2000万元。",
                    "A newly founded independent legal entity is encouraged to act as the supporting unit. A newly founded independent legal entity shall meet all of items (1), (2), (4), (5) and (6) of Article 5; for item (3) of Article 5, the assessment focuses on the technical level and innovation capacity of its joint units and may leave the supporting unit's R&D expenses of the current year unexamined, but the supporting unit shall guarantee average annual R&D expenses of no less than RMB 20 million over the next 3 years.",
                ),
            ),
            ClauseId::Art7_1 => (
                Bilingual::new("第七条第（一）项", "Art. 7(1)"),
                Bilingual::new(
                    "(一)编制方案。依托单位应组织编制技术创新中心建设方案,明确总体目标、分年度目标及里程碑目标,明确建设内容、技术路线、预期成果、运行机制、预算方案和保障措施等内容。",
                    "(1) Preparing the plan. The supporting unit shall organise the preparation of the center's construction plan, setting out the overall goal, annual goals and milestone goals, and the construction content, technical route, expected results, operating mechanism, budget plan, safeguards and other contents.",
                ),
            ),
            ClauseId::Art7_2 => (
                Bilingual::new("第七条第（二）项", "Art. 7(2)"),
                Bilingual::new(
                    "(二)组织申报。市科委中关村管委会按照组织推荐等方式,有序推进技术创新中心建设。市有关部门、各区及北京经济技术开发区(以下简称各区)可以结合工作重点和产业发展提出技术创新中心的推荐建议。",
                    "(2) Application. The Beijing Municipal Science and Technology Commission and Zhongguancun Administrative Committee advance the building of centers in an orderly way, by organised recommendation and other means. Relevant municipal departments, the districts and the Beijing Economic-Technological Development Area (the \"districts\") may put forward recommendations in light of their priorities and industrial development.",
                ),
            ),
            ClauseId::Art7_3 => (
                Bilingual::new("第七条第（三）项", "Art. 7(3)"),
                Bilingual::new(
                    "(三)方案论证。市科委中关村管委会组织专家开展技术创新中心建设方案的评估论证。",
                    "(3) Plan review. The Commission organises experts to evaluate and review the construction plan.",
                ),
            ),
            ClauseId::Art7_4 => (
                Bilingual::new("第七条第（四）项", "Art. 7(4)"),
                Bilingual::new(
                    "(四)组建授牌。市科委中关村管委会按照有关流程对同意组建的技术创新中心予以授牌,有效期5年。",
                    "(4) Plaque. Following the relevant procedure, the Commission awards a plaque to each center approved for establishment, valid for 5 years.",
                ),
            ),
            ClauseId::Art8 => (
                Bilingual::new("第八条", "Art. 8"),
                Bilingual::new(
                    "技术创新中心应建立产学研深度融合机制,形成联合开发、优势互补、成果共享的创新联合体。实行主任负责制,由依托单位负责人或技术负责人担任技术创新中心主任,全面统筹中心工作。设立专家委员会,审议技术创新中心的发展目标、重点技术创新任务等,并对相关重大事项提出意见建议。",
                    "The center shall establish a mechanism of deep industry–university–research integration, forming an innovation consortium of joint development, complementary strengths and shared results. It operates under a director responsibility system, with the head or technical head of the supporting unit as director in overall charge. An expert committee reviews the center's development goals and key innovation tasks and advises on major matters.",
                ),
            ),
            ClauseId::Art9 => (
                Bilingual::new("第九条", "Art. 9"),
                Bilingual::new(
                    "技术创新中心应聚焦应用基础研究、关键核心技术攻坚,集聚力量开展原创性、引领性科技创新,形成一批高价值知识产权及前沿技术成果,并推动成果转化和示范应用。",
                    "The center shall focus on applied basic research and breakthroughs in key core technologies, pooling strength for original and leading innovation, producing high-value intellectual property and frontier technology results, and promoting their transfer and demonstration application.",
                ),
            ),
            ClauseId::Art10 => (
                Bilingual::new("第十条", "Art. 10"),
                Bilingual::new(
                    "技术创新中心应构建科学合理的科技创新人才队伍,培育、吸引国际化、专业化、高层次创新人才,采取灵活有效的激励机制,充分调动各类人员积极性。",
                    "The center shall build a well-structured innovation talent team, cultivate and attract international, professional and high-level talent, and adopt flexible and effective incentives that motivate all staff.",
                ),
            ),
            ClauseId::Art11 => (
                Bilingual::new("第十一条", "Art. 11"),
                Bilingual::new(
                    "技术创新中心应发挥依托单位主导作用、中小企业协同配套作用、高校院所基础技术支撑作用,提升产业链供应链韧性和安全水平,推动产业聚链成群。",
                    "The center shall give play to the leading role of the supporting unit, the supporting role of small and medium-sized enterprises and the foundational technical support of universities and institutes, strengthen the resilience and security of industrial and supply chains, and help industries cluster.",
                ),
            ),
            ClauseId::Art12 => (
                Bilingual::new("第十二条", "Art. 12"),
                Bilingual::new(
                    "技术创新中心应加强区域合作,积极参与京津冀协同创新,强化区域创新资源流动与产业协作。积极组织并参加国际科技交流,主动融入全球创新网络,提升国际竞争力和话语权。",
                    "The center shall strengthen regional cooperation, take an active part in Beijing–Tianjin–Hebei coordinated innovation, and strengthen the flow of regional innovation resources and industrial collaboration. It shall organise and join international exchanges, integrate into global innovation networks and raise its international competitiveness and voice.",
                ),
            ),
            ClauseId::Art14_1 => (
                Bilingual::new("第十四条第（一）项", "Art. 14(1)"),
                Bilingual::new(
                    "(一)配合开展本区域内技术创新中心的组建工作,择优推荐本区域内符合条件的单位积极申报。",
                    "(1) Cooperating in establishing centers in their area, and recommending the best qualified units in their area to apply. (A duty of the district science and technology bodies and the Zhongguancun sub-park administrations.)",
                ),
            ),
            ClauseId::Art15 => (
                Bilingual::new("第十五条", "Art. 15"),
                Bilingual::new(
                    "技术创新中心依托单位全面负责本中心的建设、运营和管理,主要职责包括:(一)制定发展规划和总体目标,明确分年度任务、技术路线及预期成果等。(二)建立健全技术创新中心管理制度。(三)为技术创新中心建设发展提供充足的资金投入和条件保障。(四)按要求报送年度报告,配合做好评估考核。",
                    "The supporting unit is fully responsible for building, operating and managing the center, including: (1) setting the development plan and overall goal, with annual tasks, technical route and expected results; (2) establishing sound management rules for the center; (3) providing sufficient funding and conditions; (4) submitting annual reports as required and cooperating with evaluations.",
                ),
            ),
            ClauseId::Art16 => (
                Bilingual::new("第十六条", "Art. 16"),
                Bilingual::new(
                    "技术创新中心实行评估考核制度,根据任务计划,3年开展中期评估,5年开展全面考核。",
                    "Centers are subject to evaluation: according to the task plan, a mid-term evaluation after 3 years and a full evaluation after 5 years.",
                ),
            ),
            ClauseId::Art17 => (
                Bilingual::new("第十七条", "Art. 17"),
                Bilingual::new(
                    "评估考核内容主要包括技术创新中心目标完成情况、技术攻关成效、资金投入情况、运行机制建立与落实、人才培养、区域合作与国际交流等方面。",
                    "Evaluations mainly cover achievement of goals, results of technology breakthroughs, funding input, establishment and implementation of the operating mechanism, talent development, and regional cooperation and international exchange.",
                ),
            ),
            ClauseId::Art18 => (
                Bilingual::new("第十八条", "Art. 18"),
                Bilingual::new(
                    "技术创新中心及依托单位存在下列情形之一的,撤销技术创新中心资格:(一)连续2年未报送年度报告且经催告后仍逾期不报。(二)提供虚假材料和数据。(三)出现重大经营风险事件或被依法终止。(四)司法、行政机关认定存在重大违法行为,并被依法追究责任。(五)发生一般及以上安全生产责任事故。(六)存在学术造假、抄袭等科研诚信严重失信行为,重大科技伦理违规行为。",
                    "A center's status is revoked where the center or its supporting unit: (1) fails to submit annual reports for 2 consecutive years and still does not after a reminder; (2) provides false materials or data; (3) has a major operating-risk event or is lawfully terminated; (4) is found by a judicial or administrative authority to have committed a major violation of law and is held liable; (5) has a work-safety liability accident of the general level or above; (6) commits serious research-integrity misconduct such as academic fraud or plagiarism, or a major breach of science and technology ethics.",
                ),
            ),
            ClauseId::Art20 => (
                Bilingual::new("第二十条", "Art. 20"),
                Bilingual::new(
                    "本指引由市科委中关村管委会负责解释，自发布之日起 30 日后施行。",
                    "The Commission is responsible for interpreting this guideline, which takes effect 30 days after the date of its issue.",
                ),
            ),
        };
        text
    }

    /// How the clause is cited, in `lang`.
    #[inline(never)]
    pub fn citation(self, lang: Lang) -> &'static str {
        self.citation_pair().get(lang)
    }

    /// The clause's text, in `lang` (the Chinese is the original).
    pub fn text(self, lang: Lang) -> &'static str {
        self.text_pair().get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Chinese text must be the guideline's own words, character for character: every
    /// sentence of every clause must appear in the published text kept in `docs/guideline/`.
    /// Only what the page layout adds is removed (bold markers and line breaks, which split a
    /// sentence at a page break); punctuation is compared as it stands, full-width or not.
    #[test]
    fn chinese_text_is_verbatim_from_the_guideline() {
        let raw = include_str!("../../docs/guideline/jingkechuangfa-2024-143.md");
        let guideline: String = raw.replace("**", "").replace(['\n', '\r'], "");
        for id in ClauseId::ALL {
            let zh = id.text(Lang::Zh);
            // Multi-part articles quote their items one after another; check each sentence.
            for part in zh.split_inclusive('。').filter(|p| !p.is_empty()) {
                assert!(
                    guideline.contains(part),
                    "{:?}: not found verbatim in the guideline: {part}",
                    id
                );
            }
        }
    }

    /// The check above is strict about punctuation: a half-width comma where the guideline
    /// has a full-width one is caught.
    #[test]
    fn the_verbatim_check_catches_a_changed_comma() {
        let raw = include_str!("../../docs/guideline/jingkechuangfa-2024-143.md");
        let guideline: String = raw.replace("**", "").replace(['\n', '\r'], "");
        assert!(guideline.contains("负责解释，自发布之日起 30 日后施行。"));
        // The changed comma is written as an escape so that the punctuation scan of the sources
        // (tests/punctuation.rs) does not take it for tool-written text.
        assert!(!guideline.contains("负责解释\u{2c}自发布之日起 30 日后施行。"));
    }

    #[test]
    fn every_clause_has_both_languages_and_a_distinct_citation() {
        let mut seen = std::collections::BTreeSet::new();
        for id in ClauseId::ALL {
            let c = id.clause();
            assert!(!c.text.zh.is_empty() && !c.text.en.is_empty(), "{id:?}");
            assert!(c.citation.en.starts_with("Art. "), "{id:?}");
            assert!(c.citation.zh.starts_with('第'), "{id:?}");
            assert!(
                seen.insert(c.citation.en),
                "duplicate citation {}",
                c.citation.en
            );
        }
    }
}
