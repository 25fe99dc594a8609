//! The interface's own words (buttons, headings, hints), in both languages. Legal text, question
//! wording and every verdict sentence come from `crate::rules` instead.

use crate::rules::dates::CalendarDate;
use crate::rules::guideline::RuleSet;
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::library::fill;
use crate::wizard::Step;
pub use crate::words::*;

/// The service's one name: the header, the start page, every page title, the printout and an
/// embedding frame's title all use it.
pub const SERVICE_NAME: Bilingual = Bilingual::new(
    "北京市技术创新中心依托单位条件自评",
    "Beijing Technology Innovation Center supporting-unit self-check",
);

pub const LANGUAGE_SWITCH_LABEL: Bilingual = Bilingual::new("语言", "Language");
pub const SKIP_LINK: Bilingual = Bilingual::new("跳到主要内容", "Skip to main content");
pub const BACK: Bilingual = Bilingual::new("返回上一步", "Back");
pub const START: Bilingual = Bilingual::new("开始自评", "Start now");
pub const RESUME: Bilingual = Bilingual::new("继续填写", "Continue");

pub const START_INTRO: Bilingual = Bilingual::new(
    "用本工具对照第五条、第六条规定的依托单位基本条件，在申报前初步判断贵单位能否作为北京市技术创新中心的依托单位，并了解与各项门槛的差距。",
    "Use this tool before applying to check whether your enterprise meets the basic conditions for the supporting unit of a Beijing Technology Innovation Center in Articles 5 and 6, and how far it is from each threshold.",
);
pub const START_NOT: Bilingual = Bilingual::new(
    "这是申报前的自评，不是市科委、中关村管委会的认定。正式申报以建设方案、证明材料和专家论证为准。",
    "This is a self-check before applying, not a decision of the Beijing Municipal Science and Technology Commission and Zhongguancun Administrative Committee. An application is judged on the construction plan, evidence and expert review.",
);
pub const START_NEED_TITLE: Bilingual = Bilingual::new("请准备", "Before you start");
pub const START_NEED: [Bilingual; 3] = [
    Bilingual::new(
        "最近三个完整会计年度的销售收入、研究开发费用总额，以及其中在中国境内发生的研究开发费用（可参考经审计的财务报表或研发费用专项审计报告）；",
        "sales revenue, total R&D expenses and R&D expenses incurred within China for the last three complete fiscal years (for example from the audited statements or a special R&D audit report);",
    ),
    Bilingual::new(
        "企业成立日期（近3年内成立的企业按实际经营时间计算）；",
        "the founding date (an enterprise founded in the last 3 years is assessed over its actual operating time);",
    ),
    Bilingual::new(
        "新建独立法人实体：未来3年年均研究开发费用的保障额度。",
        "for a newly founded independent legal entity: the average annual R&D it guarantees for the next 3 years.",
    ),
];
pub const START_TIME: Bilingual = Bilingual::new("大约需要10分钟。", "It takes about 10 minutes.");
pub const PRIVACY_TITLE: Bilingual =
    Bilingual::new("您的数据只留在本机", "Your figures stay on this device");
pub const PRIVACY: Bilingual = Bilingual::new(
    "所有计算都在您的浏览器中完成。您填写的金额和回答不会发送到任何服务器，本页面不使用统计分析、外部字体或第三方服务，关闭页面后不保留。",
    "Everything is computed in your browser. The figures and answers you enter are never sent to any server; the page uses no analytics, web fonts or third-party services, and nothing is kept after you close it.",
);

/// The Art. 6 choice's hint, with the commitment from the rule set.
pub fn path_new_hint(rules: &RuleSet, lang: Lang) -> String {
    rules.fill_numbers(PATH_NEW_HINT().get(lang), lang)
}

/// The commitment's hint, with the minimum from the rule set.
pub fn commitment_hint(rules: &RuleSet, lang: Lang) -> String {
    rules.fill_numbers(COMMITMENT_HINT().get(lang), lang)
}

/// The latest-year hint, following the date of the self-check.
pub fn latest_year_hint(as_of: CalendarDate, lang: Lang) -> String {
    fill(
        LATEST_YEAR_HINT().get(lang),
        &[("now", &as_of.year), ("last", &(as_of.year - 1))],
    )
}

/// The operating history of an imported file given as a year and the months operated in it.
pub fn history_founded_in(year: i32, months: u32, lang: Lang) -> String {
    fill(
        HISTORY_FOUNDED_IN().get(lang),
        &[("year", &year), ("months", &months)],
    )
}

/// The title of each step (the page heading, and the browser tab's title).
pub fn step_title(step: Step) -> Bilingual {
    match step {
        Step::Start => SERVICE_NAME,
        Step::ApplicantType => STEP_APPLICANT_TYPE(),
        Step::Registration => STEP_REGISTRATION(),
        Step::Cooperation => STEP_COOPERATION(),
        Step::SafetyRecord => STEP_SAFETY_RECORD(),
        Step::Talent => STEP_TALENT(),
        Step::NewEntity => STEP_NEW_ENTITY(),
        Step::Figures => STEP_FIGURES(),
        Step::Check => STEP_CHECK(),
        Step::Results => STEP_RESULTS(),
    }
}

pub const KEEP_TITLE: Bilingual = Bilingual::new("保存与导入回答", "Keep or import your answers");
pub const REMEMBER: Bilingual = Bilingual::new(
    "在本设备上记住我的回答（保存在本浏览器中，不会上传）",
    "Remember my answers on this device (kept in this browser, never uploaded)",
);
pub const REMEMBER_HINT: Bilingual = Bilingual::new(
    "默认不保存。勾选后，回答会保存在本浏览器中，下次打开时自动恢复；公用电脑请勿勾选。",
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
    "选择或拖放 .json 文件。文件只在本机读取，有误时不会改动当前回答。",
    "Choose or drop a .json file. It is read on this device only; a file with a problem changes nothing.",
);
pub const TEXTS_FAILED: Bilingual = Bilingual::new(
    "问题、结果说明和条文原文等文字（本工具的 tic-texts.json 文件）未能加载，暂时无法继续自评。请检查网络连接后重新加载本页；已填写的内容不会上传。",
    "The questions, the result's wording and the clause texts (this tool's tic-texts.json file) could not be loaded, so the self-check cannot go on. Check the connection and reload the page; nothing you entered is uploaded.",
);
pub const TEXTS_LOADING: Bilingual = Bilingual::new("正在加载…", "Loading…");
pub const RELOAD: Bilingual = Bilingual::new("重新加载本页", "Reload the page");
pub const PRINT_WAITING: Bilingual = Bilingual::new("正在准备打印…", "Preparing to print…");
/// The lines under the printout's title: the date of the self-check, and the guideline with
/// the rule set.
pub fn print_meta(lang: Lang, date: CalendarDate, rules: &RuleSet) -> [String; 2] {
    let g = &rules.guideline;
    [
        fill(PRINT_DATE().get(lang), &[("date", &date)]),
        fill(
            PRINT_UNDER().get(lang),
            &[
                ("title", &g.title.get(lang)),
                ("number", &g.number),
                ("in_force", &g.in_force),
                ("rule_set", &rules.id),
            ],
        ),
    ]
}

/// “已就绪 3 / 11 项”.
pub fn readiness_line(lang: Lang, ready: usize, total: usize) -> String {
    fill(
        READINESS().get(lang),
        &[("ready", &ready), ("total", &total)],
    )
}
