//! The interface's own words (buttons, headings, hints), in both languages. Legal text, question
//! wording and every verdict sentence come from `crate::rules` instead.

use crate::rules::lang::Bilingual;
use crate::wizard::Step;

pub const APP_TITLE: Bilingual =
    Bilingual::new("技术创新中心依托单位条件自评", "Supporting-unit self-check");

pub const SERVICE_NAME: Bilingual = Bilingual::new(
    "北京市技术创新中心依托单位条件自评",
    "Can your enterprise be the supporting unit of a Beijing Technology Innovation Center?",
);

pub const LANGUAGE_SWITCH_LABEL: Bilingual = Bilingual::new("语言", "Language");
pub const CONTINUE: Bilingual = Bilingual::new("继续", "Continue");
pub const BACK: Bilingual = Bilingual::new("返回上一步", "Back");
pub const START: Bilingual = Bilingual::new("开始自评", "Start now");
pub const SEE_RESULTS: Bilingual = Bilingual::new("查看自评结果", "See the result");
pub const RESTART: Bilingual = Bilingual::new("重新开始", "Start again");
pub const CHANGE: Bilingual = Bilingual::new("修改", "Change");
pub const NOT_ANSWERED: Bilingual = Bilingual::new("未填写", "Not answered");
pub const ERROR_SUMMARY_TITLE: Bilingual = Bilingual::new("请修改以下问题", "There is a problem");
pub const ERROR_PREFIX: Bilingual = Bilingual::new("错误:", "Error: ");
pub const CLAUSE_FROM: Bilingual = Bilingual::new("依据", "From");
pub const SHOW_CLAUSE: Bilingual = Bilingual::new("查看条文原文", "Show the clause text");
pub const ORIGINAL_TEXT: Bilingual = Bilingual::new("原文", "Original (Chinese, authoritative)");
pub const ENGLISH_RENDERING: Bilingual =
    Bilingual::new("英文译文(非官方)", "English rendering (unofficial)");

pub const START_INTRO: Bilingual = Bilingual::new(
    "用本工具对照第五条、第六条规定的依托单位基本条件,在申报前初步判断贵单位能否作为北京市技术创新中心的依托单位,并了解与各项门槛的差距。",
    "Use this tool before applying to check whether your enterprise meets the basic conditions for the supporting unit of a Beijing Technology Innovation Center in Articles 5 and 6, and how far it is from each threshold.",
);
pub const START_NOT: Bilingual = Bilingual::new(
    "这是申报前的自评,不是市科委、中关村管委会的认定。正式申报以建设方案、证明材料和专家论证为准。",
    "This is a self-check before applying, not a decision of the Beijing Municipal Science and Technology Commission and Zhongguancun Administrative Committee. An application is judged on the construction plan, evidence and expert review.",
);
pub const START_NEED_TITLE: Bilingual = Bilingual::new("请准备", "Before you start");
pub const START_NEED: [Bilingual; 3] = [
    Bilingual::new(
        "最近三个完整会计年度的销售收入、研究开发费用总额,以及其中在中国境内发生的研究开发费用(可参考经审计的财务报表或研发费用专项审计报告);",
        "sales revenue, total R&D expenses and R&D expenses incurred within China for the last three complete fiscal years (for example from the audited statements or a special R&D audit report);",
    ),
    Bilingual::new(
        "企业成立日期(近3年内成立的企业按实际经营时间计算);",
        "the founding date (an enterprise founded in the last 3 years is assessed over its actual operating time);",
    ),
    Bilingual::new(
        "新建独立法人实体:未来3年年均研究开发费用的保障额度。",
        "for a newly founded independent legal entity: the average annual R&D it guarantees for the next 3 years.",
    ),
];
pub const START_TIME: Bilingual = Bilingual::new("大约需要10分钟。", "It takes about 10 minutes.");
pub const PRIVACY_TITLE: Bilingual =
    Bilingual::new("您的数据只留在本机", "Your figures stay on this device");
pub const PRIVACY: Bilingual = Bilingual::new(
    "所有计算都在您的浏览器中完成。您填写的金额和回答不会发送到任何服务器,本页面不使用统计分析、外部字体或第三方服务,关闭页面后不保留。",
    "Everything is computed in your browser. The figures and answers you enter are never sent to any server; the page uses no analytics, web fonts or third-party services, and nothing is kept after you close it.",
);

pub const PATH_QUESTION: Bilingual =
    Bilingual::new("谁将作为依托单位?", "Who would be the supporting unit?");
pub const PATH_EXISTING: Bilingual = Bilingual::new("现有企业", "An existing enterprise");
pub const PATH_EXISTING_HINT: Bilingual = Bilingual::new(
    "按第五条第(一)至(六)项全部条件判断。",
    "Assessed against all of Article 5(1)–(6).",
);
pub const PATH_NEW: Bilingual = Bilingual::new(
    "新建独立法人实体",
    "A newly founded independent legal entity",
);
pub const PATH_NEW_HINT: Bilingual = Bilingual::new(
    "第六条:须满足第五条第(一)(二)(四)(五)(六)项;第(三)项改为考核联合单位能力及未来3年年均研发费用不低于2000万元的保障。",
    "Article 6: Article 5(1), (2), (4), (5) and (6) apply; instead of 5(3), the joint units' capability and a guarantee of at least RMB 20 million a year of R&D over the next 3 years.",
);

pub const COMMITMENT_LABEL: Bilingual = Bilingual::new(
    "依托单位保障的未来3年年均研究开发费用",
    "Average annual R&D the supporting unit guarantees for the next 3 years",
);
pub const COMMITMENT_HINT: Bilingual = Bilingual::new(
    "第六条要求不低于2000万元。",
    "Article 6 requires at least RMB 20 million.",
);

pub const LATEST_YEAR_LABEL: Bilingual =
    Bilingual::new("最近一个完整会计年度", "Latest complete fiscal year");
pub const LATEST_YEAR_HINT: Bilingual = Bilingual::new(
    "即“上一年度”,例如2025年申报时填写2024。",
    "“The previous year”: applying in 2025, enter 2024.",
);
pub const HISTORY_LEGEND: Bilingual =
    Bilingual::new("企业经营时间", "How long has the applicant operated?");
pub const HISTORY_FULL: Bilingual = Bilingual::new(
    "已完整经营上述会计年度及之前两个会计年度(3年及以上)",
    "Through the latest fiscal year and the two before it (3 years or more)",
);
pub const HISTORY_FOUNDED: Bilingual = Bilingual::new(
    "在此期间成立(按实际经营时间计算)",
    "Founded during that period (assessed over the actual operating time)",
);
pub const FOUNDING_DATE_LABEL: Bilingual = Bilingual::new("成立日期", "Founding date");
pub const FOUNDING_DATE_HINT: Bilingual = Bilingual::new(
    "以营业执照为准,例如 2023-07-01。",
    "As on the business licence, for example 2023-07-01.",
);
pub const FIGURES_TITLE: Bilingual =
    Bilingual::new("各年度财务数据", "Figures for each fiscal year");
pub const FIGURES_HINT: Bilingual = Bilingual::new(
    "可分别按元、万元或亿元填写,精确到分;可以使用千分位逗号或全角数字。暂时不知道的可以留空,结果将列出缺少的数据。",
    "Enter each figure in yuan, 万元 or 亿元, to the fen; thousands separators and full-width digits are fine. Leave a figure blank if you do not have it yet: the result will list what is missing.",
);
pub const FIGURES_NEED_YEAR: Bilingual = Bilingual::new(
    "填写最近一个完整会计年度和经营时间后,这里会列出需要填写的年度。",
    "Once the latest fiscal year and the operating history are entered, the years to fill in appear here.",
);
pub const FIGURES_NEW_ENTITY_HINT: Bilingual = Bilingual::new(
    "新建独立法人实体:第五条第(四)项仍按实际发生的研发费用判断,请填写已有年度的研发费用;销售收入可留空。",
    "A new entity: Article 5(4) is still judged on the R&D actually incurred, so enter the R&D of any year it has; revenue may be left blank.",
);
pub const UNIT_LABEL: Bilingual = Bilingual::new("单位", "Unit");
pub const LIVE_TITLE: Bilingual =
    Bilingual::new("按已填数据实时计算", "Worked out from the figures so far");

pub const ANSWER_YES: Bilingual = Bilingual::new("是", "Yes");
pub const ANSWER_NO: Bilingual = Bilingual::new("否", "No");
pub const ANSWER_NOT_SURE: Bilingual = Bilingual::new("不确定", "Not sure");

pub const CHECK_INTRO: Bilingual = Bilingual::new(
    "提交前请核对。点击“修改”可返回相应问题,修改后会回到本页。",
    "Check your answers. “Change” takes you back to the question and then returns here.",
);
pub const CHECK_PATH: Bilingual = Bilingual::new("申报类型", "Type of applicant");
pub const CHECK_HISTORY_SINCE: Bilingual = Bilingual::new("成立于", "Founded on");

pub const RESULT_OVERALL: Bilingual = Bilingual::new("总体结论", "Overall result");
pub const RESULT_CONDITIONS: Bilingual = Bilingual::new("各项条件", "Each condition");
pub const RESULT_OPEN: Bilingual = Bilingual::new("还需要补充或核实", "Still to complete or check");
pub const RESULT_NEXT: Bilingual = Bilingual::new("下一步(第七条)", "Next steps (Article 7)");
pub const RESULT_DISCLAIMER: Bilingual = Bilingual::new(
    "本结果根据您填写的信息在本机计算,仅供申报前自查参考,不代表市科委、中关村管委会的认定。",
    "This result was computed on this device from your answers. It is a self-check before applying, not a decision of the Commission.",
);

/// The title of each step (the page heading, and the browser tab's title).
pub fn step_title(step: Step) -> Bilingual {
    match step {
        Step::Start => SERVICE_NAME,
        Step::ApplicantType => Bilingual::new("申报类型", "Type of applicant"),
        Step::Registration => Bilingual::new(
            "注册、信用与创新优势",
            "Registration, credit and innovation advantage",
        ),
        Step::Cooperation => Bilingual::new(
            "资源整合与产学研合作",
            "Resource integration and cooperation",
        ),
        Step::SafetyRecord => Bilingual::new("安全生产与突发事件", "Work safety and emergencies"),
        Step::Talent => Bilingual::new("人才与团队", "Talent and teams"),
        Step::NewEntity => {
            Bilingual::new("新建独立法人实体", "Newly founded independent legal entity")
        }
        Step::Figures => Bilingual::new("销售收入与研究开发费用", "Sales revenue and R&D expenses"),
        Step::Check => Bilingual::new("核对您的回答", "Check your answers"),
        Step::Results => Bilingual::new("自评结果", "Your result"),
    }
}

pub const KEEP_TITLE: Bilingual = Bilingual::new("保存与导入回答", "Keep or import your answers");
pub const REMEMBER: Bilingual = Bilingual::new(
    "在本设备上记住我的回答(保存在本浏览器中,不会上传)",
    "Remember my answers on this device (kept in this browser, never uploaded)",
);
pub const REMEMBER_HINT: Bilingual = Bilingual::new(
    "默认不保存。勾选后,回答会保存在本浏览器中,下次打开时自动恢复;公用电脑请勿勾选。",
    "Off unless you tick it. When on, your answers are kept in this browser and restored next time; do not use it on a shared computer.",
);
pub const FORGET: Bilingual = Bilingual::new(
    "立即删除本设备上保存的回答",
    "Forget my answers on this device now",
);
pub const IMPORT_LABEL: Bilingual = Bilingual::new(
    "导入之前导出的答案文件",
    "Import an answers file you exported earlier",
);
pub const IMPORT_HINT: Bilingual = Bilingual::new(
    "选择或拖放 .json 文件。文件只在本机读取,有误时不会改动当前回答。",
    "Choose or drop a .json file. It is read on this device only; a file with a problem changes nothing.",
);
pub const EXPORT: Bilingual = Bilingual::new(
    "导出回答和清单(JSON 文件)",
    "Export answers and checklist (JSON file)",
);
pub const PRINT: Bilingual = Bilingual::new("打印", "Print");
pub const OMIT_AMOUNTS: Bilingual = Bilingual::new(
    "隐藏金额(比例和结论保留),适用于需广泛传阅的打印件",
    "Leave the money amounts out (ratios and verdicts stay), for printouts that circulate widely",
);
/// The lines under the printout's title: the date of the self-check, and the guideline.
pub fn print_meta(lang: crate::rules::lang::Lang, date: &str) -> [String; 2] {
    use crate::rules::guideline::GUIDELINE;
    match lang {
        crate::rules::lang::Lang::Zh => [
            format!("自评日期:{date}"),
            format!(
                "依据:《{}》{}({} 印发)",
                GUIDELINE.title.zh, GUIDELINE.number, GUIDELINE.issued
            ),
        ],
        crate::rules::lang::Lang::En => [
            format!("Date of the self-check: {date}"),
            format!(
                "Under: {}, {} (issued {})",
                GUIDELINE.title.en, GUIDELINE.number, GUIDELINE.issued
            ),
        ],
    }
}

pub const CHECKLIST_TITLE: Bilingual = Bilingual::new(
    "建设方案准备清单",
    "Readiness checklist for the construction plan",
);
pub const CHECKLIST_INTRO: Bilingual = Bilingual::new(
    "按第七条编制建设方案前,可逐项标记进度并记录备注;进度随“导出”一起保存。",
    "Mark your progress on each item and add notes as you prepare the construction plan under Article 7; progress is saved with “Export”.",
);
pub const NOTE_LABEL: Bilingual = Bilingual::new("备注", "Note");
pub const STATUS_LABEL: Bilingual = Bilingual::new("进度", "Progress");
pub const PRIVACY_PRINT: Bilingual = Bilingual::new(
    "本文件由自评工具在本机生成:填写的数据只在本浏览器中计算,未发送到任何服务器。",
    "Produced by the self-check on this device: the figures entered were computed in this browser only and sent nowhere.",
);

/// “已就绪 3 / 11 项”.
pub fn readiness_line(lang: crate::rules::lang::Lang, ready: usize, total: usize) -> String {
    match lang {
        crate::rules::lang::Lang::Zh => format!("已就绪 {ready} / {total} 项"),
        crate::rules::lang::Lang::En => format!("{ready} of {total} items ready"),
    }
}
