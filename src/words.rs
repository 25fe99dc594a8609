//! The interface's own words (buttons, headings, hints), in both languages, each a function
//! named for what it says: `START().get(lang)`. Legal text, question wording and every verdict
//! sentence come from `crate::rules` instead.
//!
//! Two kinds, one call style: the first page's words are compiled into the app, so that the
//! start page needs nothing else ([`first_page_words!`]); the words of the pages after it travel
//! with the long texts and are loaded once the first page is painted ([`long_texts!`]), so they
//! are not part of the first load.

use crate::rules::dates::CalendarDate;
use crate::rules::guideline::RuleSet;
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::library::{fill, long_texts};
// The table headings the results page shares with the construction-plan outline.
pub use crate::rules::at_a_glance::{
    FISCAL_YEAR, GLANCE_CONDITION, GLANCE_FIGURE, GLANCE_GAP, GLANCE_VERDICT, NOT_ANSWERED,
};
// The result's words the page's own parts use too (the fields for the names, the step's title).
pub use crate::result::{
    AMOUNTS_WITHHELD, CHECK_BEFORE, FIGURES_ENTERED, FILLED_BY_FIELD, GLANCE_TITLE,
    ORGANISATION_FIELD, PRIVACY_PRINT, RESULT_CONDITIONS, RESULT_DISCLAIMER, RESULT_NEXT,
    RESULT_NEXT_ROUND, RESULT_OVERALL, RESULT_REFERENCE, RESULT_TITLE as STEP_RESULTS,
    RESULT_VERSION,
};
pub use crate::rules::sentences::OPEN_SECTION as RESULT_OPEN;
pub use crate::rules::what_next::REMEDIES_SECTION as RESULT_REMEDIES;
// The Art. 6 amounts' names, which the outline's figures share.
pub use crate::rules::answers::{
    COMMITMENT_LABEL, PLANNED_DOMESTIC_LABEL, SINCE_FOUNDING_DOMESTIC_LABEL, SINCE_FOUNDING_TITLE,
};

/// One function per word the first page needs, returning it compiled in (the same call style
/// as [`long_texts!`], whose words arrive later).
macro_rules! first_page_words {
    ($($name:ident = $zh:literal, $en:literal;)*) => {
        $(
            #[allow(non_snake_case)]
            pub fn $name() -> Bilingual {
                Bilingual::new($zh, $en)
            }
        )*
    };
}

first_page_words! {
    SERVICE_NAME = "北京市技术创新中心依托单位条件自评",
        "Beijing Technology Innovation Center supporting-unit self-check";
    LANGUAGE_SWITCH_LABEL = "语言",
        "Language";
    SKIP_LINK = "跳到主要内容",
        "Skip to main content";
    BACK = "返回上一步",
        "Back";
    START = "开始自评",
        "Start now";
    // Said beside a control pressed on the page index.html shows before the app is ready
    // (boot.js); a press of Start is kept and acted on when it is.
    GETTING_READY = "正在准备，请稍候……",
        "Getting ready…";
    RESUME = "继续填写",
        "Continue";
    START_INTRO = "用本工具对照第五条、第六条规定的依托单位基本条件，在申报前初步判断贵单位能否作为北京市技术创新中心的依托单位，并了解与各项门槛的差距。",
        "Use this tool before applying to check whether your enterprise meets the basic conditions for the supporting unit of a Beijing Technology Innovation Center in Articles 5 and 6, and how far it is from each threshold.";
    START_NOT = "这是申报前的自评，不是市科委中关村管委会的认定。正式申报以建设方案、证明材料和专家论证为准。",
        "This is a self-check before applying, not a decision of the Beijing Municipal Science and Technology Commission and Zhongguancun Administrative Committee. An application is judged on the construction plan, evidence and expert review.";
    START_NEED_TITLE = "请准备",
        "Before you start";
    START_TIME = "大约需要10分钟。",
        "It takes about 10 minutes.";
    PRIVACY_TITLE = "您的数据只留在本机",
        "Your figures stay on this device";
    PRIVACY = "所有计算都在您的浏览器中完成。您填写的金额和回答不会发送到任何服务器，本页面不使用统计分析、外部字体或第三方服务。",
        "Everything is computed in your browser. The figures and answers you enter are never sent to any server; the page uses no analytics, web fonts or third-party services.";
    PRIVACY_NOT_KEPT = "除非您选择在本设备上记住回答，关闭页面后不保留。",
        "Unless you choose to remember your answers on this device, nothing is kept after you close the page.";
    PRIVACY_KEPT = "您已选择在本设备上记住回答：回答保存在本浏览器中，不会上传，可随时删除。",
        "You chose to remember your answers on this device: they are kept in this browser, never uploaded, and can be erased at any time.";
    KEEP_TITLE = "保存与导入回答",
        "Keep or import your answers";
    REMEMBER = "在本设备上记住我的回答（保存在本浏览器中，不会上传）",
        "Remember my answers on this device (kept in this browser, never uploaded)";
    REMEMBER_HINT = "默认不保存。勾选后，回答会保存在本浏览器中，下次打开时自动恢复；公用电脑请勿勾选。",
        "Off unless you tick it. When on, your answers are kept in this browser and restored next time; do not use it on a shared computer.";
    FORGET = "立即删除本设备上保存的回答",
        "Forget my answers on this device now";
    IMPORT_LABEL = "导入保存过的答案文件",
        "Import an answers file you saved";
    IMPORT_HINT = "选择或拖放 .json 文件。文件只在本机读取，有误时不会改动当前回答。",
        "Choose or drop a .json file. It is read on this device only; a file with a problem changes nothing.";
    TEXTS_FAILED = "问题、结果说明和条文原文等文字（本工具的 tic-texts.json 文件）未能加载，暂时无法继续自评。请检查网络连接后重新加载本页；已填写的内容不会上传。",
        "The questions, the result's wording and the clause texts (this tool's tic-texts.json file) could not be loaded, so the self-check cannot go on. Check the connection and reload the page; nothing you entered is uploaded.";
    TEXTS_LOADING = "正在加载…",
        "Loading…";
    RELOAD = "重新加载本页",
        "Reload the page";
    PRINT_WAITING = "正在准备打印…",
        "Preparing to print…";
    START_NEED_1 = "最近三个完整会计年度的销售收入、研究开发费用总额，以及其中在中国境内发生的研究开发费用（可参考经审计的财务报表或研发费用专项审计报告）；",
        "sales revenue, total R&D expenses and R&D expenses incurred within China for the last three complete fiscal years (for example from the audited statements or a special R&D audit report);";
    START_NEED_2 = "企业成立日期（近3年内成立的企业按实际经营时间计算）；",
        "the founding date (an enterprise founded in the last 3 years is assessed over its actual operating time);";
    START_NEED_3 = "新建独立法人实体：未来3年年均研究开发费用的保障额度。",
        "for a newly founded independent legal entity: the average annual R&D it guarantees for the next 3 years";
}

/// What to have ready before starting, one line each.
#[allow(non_snake_case)]
pub fn START_NEED() -> [Bilingual; 3] {
    [START_NEED_1(), START_NEED_2(), START_NEED_3()]
}

long_texts! {
    later_words;
    CONTINUE = "ui.continue": "继续", "Continue";
    CHOOSE_ANSWER = "ui.choose_answer": "请选择“是”“否”或“不确定”：{question}", "Choose yes, no or not sure: {question}";
    CHOOSE_OPTION = "ui.choose_option": "请选择一项。", "Choose an option.";
    CHOOSE_PATH = "ui.choose_path": "请选择申报类型。", "Choose the type of applicant.";
    CHOOSE_HISTORY = "ui.choose_history": "请选择经营时间。", "Choose how long the applicant has operated.";
    ERROR_SUMMARY_TITLE = "ui.error_summary_title": "请修改以下问题", "There is a problem";
    ERROR_PREFIX = "ui.error_prefix": "错误：", "Error: ";
    READINESS = "ui.readiness": "已就绪{ready} / {total}项", "{ready} of {total} items ready";
    SEE_RESULTS = "ui.see_results": "查看自评结果", "See the result";
    RESTART = "ui.restart": "重新开始", "Start again";
    CHANGE = "ui.change": "修改", "Change";
    ABOUT_TITLE = "ui.about_title": "在打印件上写明单位名称和填写人（可选）", "Put the organisation and your name on the printout (optional)";
    ABOUT_HINT = "ui.about_hint": "只保存在本设备上，随“保存到文件”一起保存，打印在页眉。", "Kept on this device only, saved with your answers to a file, and printed in the header.";
    WARNINGS_TITLE = "ui.warnings_title": "请再核对以下数字（可以继续填写；核对或确认之前，依据这些数字的结论尚无法判断）：", "Worth a second look (you can go on; until they are checked or confirmed, a result resting on them cannot be decided):";
    CHECK_UNLIKELY_TITLE = "ui.check_unlikely_title": "以下数字可能有误，请核对：", "These figures look unlikely: please check them:";
    CONFIRM_FIGURES_HINT = "ui.confirm_figures_hint": "数字有误的，请点击修改；确认无误的，请勾选下方选项。确认之前，依据这些数字的结论为“尚无法判断”；确认会随回答保存并打印在结果上，修改任何数字后需重新确认。", "Follow a link to correct a figure, or tick the box below if they are right. Until then a result resting on them is “cannot tell yet”; the confirmation is kept with the answers and printed with the result, and changing any figure withdraws it.";
    CONFIRM_FIGURES = "ui.confirm_figures": "我已核对，数据无误", "I have checked: the figures are right";
    FIX_UNIT = "ui.fix_unit": "改为按{meant}填写（{corrected}）", "Type it in {meant} ({corrected})";
    CONFIRM_EXPECTED_REVENUE = "ui.confirm_expected_revenue": "预计销售收入无误", "The expected revenue is right";
    PLAN_GO_CHECK = "ui.plan_go_check": "去“核对您的回答”页", "Go to “Check your answers”";
    PLAN_TITLE_ART6 = "ui.plan_title_art6": "第六条要求保障的研发投入", "R&D the supporting unit must guarantee under Article 6";
    PLAN_INTRO_ELIGIBLE = "ui.plan_intro_eligible": "本次自评已初步符合。如果今年不申报、下一轮再申报，“近3年”截至今年：填写今年预计的销售收入，工具按同一套规则算出今年至少需要的研究开发费用，以保持符合条件。", "The self-check already finds the applicant preliminarily eligible. If you apply in the next round instead of this one, its “last 3 years” end with this year: enter the revenue you expect this year, and the tool works out, under the same rules, the least R&D this year needs to stay eligible.";
    PLAN_TITLE = "ui.plan_title": "明年申报需要什么（测算）", "To apply next year (a projection)";
    PLAN_INTRO_ART6 = "ui.plan_intro_art6": "新建独立法人实体按第六条申报：第六条规定可不考核依托单位当年的研究开发费用，因此这里不需要预计销售收入；需要保障的是以下金额。", "A newly founded entity applies under Article 6, which provides that the supporting unit's R&D of the year may be left unexamined, so no expected revenue is needed here; what it must guarantee is below.";
    PLAN_INTRO = "ui.plan_intro": "下一轮申报的“近3年”截至今年。填写今年预计的销售收入，工具按指引的同一套规则算出今年至少需要的研究开发费用。", "The next round's “last 3 years” end with this year. Enter the revenue you expect this year, and the tool works out, under the same rules, the least R&D this year needs.";
    PLAN_REVENUE_LABEL = "ui.plan_revenue_label": "{year}年预计销售收入（{unit}）", "Expected sales revenue in {year} ({unit})";
    PLAN_REVENUE_HINT = "ui.plan_revenue_hint": "可随时修改；也可在数字后写明单位，例如14亿。只在本机计算，不随答案保存。", "Change it as often as you like; a unit after the number also works, such as 14亿. Computed on this device only, not saved with the answers.";
    PLAN_WITHHELD = "ui.plan_withheld": "隐藏金额时不列出明年申报的测算（测算由金额组成）。", "With the amounts left out, the plan for next year is left out too (it is made of amounts).";
    PICTURE_TITLE = "ui.picture_title": "数据图：各年度金额与按“近3年”检验的数值", "The figures: each year's amounts, and what the rules test over “the last 3 years”";
    PICTURE_DESC = "ui.picture_desc": "第一幅图为各年度销售收入（空心柱）和研究开发费用（实心柱）。其余各图为规则检验的数值，每个“近3年”期间一根柱：研发费用占比和境内研发费用占比按期间合计计算，增速为期间最后一年较上一年；计划期间的柱用斜线填充。柱低于虚线，即该项未达到要求；研发费用占比和增速满足其一即可。数值见图下的表。", "The first chart shows each year's sales revenue (outlined bars) and R&D (solid bars). The others show what the rules test, one bar for each period of “the last 3 years”: the R&D ratio and the share within China over the period's totals, and the growth of the period's last year over the year before; the planned period's bars are hatched. A bar under its dashed line means that requirement is not met; the R&D ratio and the growth are either-or. The figures are in the tables under the charts.";
    PICTURE_AMOUNTS = "ui.picture_amounts": "各年度销售收入（空心）与研究开发费用（实心）", "Each year's sales revenue (outlined) and R&D (solid)";
    PICTURE_RATIO = "ui.picture_ratio": "研发费用占比（“近3年”合计）", "R&D ratio (totals of “the last 3 years”)";
    PICTURE_GROWTH = "ui.picture_growth": "上一年度研发费用增速", "Last year's R&D growth";
    PICTURE_SHARE = "ui.picture_share": "境内研发费用占比（“近3年”合计）", "Share of R&D within China (totals of “the last 3 years”)";
    PICTURE_PLANNED = "ui.picture_planned": "（计划）", " (planned)";
    PICTURE_REQUIRED = "ui.picture_required": "要求", "min. ";
    PICTURE_TABLE = "ui.picture_table": "图中的数据：各年度金额", "The figures in the charts: each year's amounts";
    PICTURE_PERIODS_TABLE = "ui.picture_periods_table": "图中的数据：按“近3年”检验的数值", "The figures in the charts: what the rules test over “the last 3 years”";
    PICTURE_PERIOD = "ui.picture_period": "“近3年”期间", "Period of “the last 3 years”";
    PICTURE_REVENUE = "ui.picture_revenue": "销售收入", "Sales revenue";
    PICTURE_RD = "ui.picture_rd": "研究开发费用", "R&D";
    PICTURE_DOMESTIC_COLUMN = "ui.picture_domestic_column": "其中境内", "Of which within China";
    PICTURE_RATIO_COLUMN = "ui.picture_ratio_column": "研发费用占比", "R&D ratio";
    PICTURE_GROWTH_COLUMN = "ui.picture_growth_column": "上一年度增速", "Last year's growth";
    PICTURE_SHARE_COLUMN = "ui.picture_share_column": "境内占比", "Within China";
    CLAUSE_FROM = "ui.clause_from": "依据", "From";
    SHOW_CLAUSE = "ui.show_clause": "查看条文原文", "Show the clause text";
    ORIGINAL_TEXT = "ui.original_text": "原文", "Original (Chinese, authoritative)";
    ENGLISH_RENDERING = "ui.english_rendering": "英文译文（非官方）", "English rendering (unofficial)";
    PATH_QUESTION = "ui.path_question": "谁将作为依托单位？", "Who would be the supporting unit?";
    PATH_EXISTING = "ui.path_existing": "现有企业", "An existing enterprise";
    PATH_EXISTING_HINT = "ui.path_existing_hint": "按第五条第（一）至（六）项全部条件判断。", "Assessed against all of Article 5(1)–(6).";
    PATH_NEW = "ui.path_new": "新建独立法人实体", "A newly founded independent legal entity";
    PLANNED_DOMESTIC_HINT = "ui.planned_domestic_hint": "第六条要求同时满足第五条第（四）项。尚未发生研究开发费用的，按此计划判断境内占比；已发生的，按实际发生额判断（在下一页填写）。", "Article 6 keeps Article 5(4). While no R&D has been incurred, the domestic share is judged on this plan; once R&D has been incurred, on the actual figures (entered on the next page).";
    SINCE_FOUNDING_HINT = "ui.since_founding_hint": "尚无完整会计年度，第五条第（四）项按成立以来已发生的研究开发费用判断。尚未发生的，请留空，将按上一页填写的计划判断。", "With no complete fiscal year yet, Article 5(4) is judged on the R&D incurred since founding. If none has been incurred, leave these blank: the plan entered on the previous page is used.";
    FIGURES_WHICH_TITLE = "ui.figures_which_title": "填写哪些数据", "Which figures to enter";
    FIGURES_NO_COMPLETE_YEAR = "ui.figures_no_complete_year": "成立于最近一个完整会计年度之后，尚无完整会计年度，不需要填写各年度数据；第五条第（四）项按下面成立以来的研究开发费用判断。", "Founded after the latest complete fiscal year, so there is no complete fiscal year of figures to enter; Article 5(4) is judged on the R&D since founding, below.";
    LATEST_YEAR_LABEL = "ui.latest_year_label": "最近一个完整会计年度", "Latest complete fiscal year";
    HISTORY_LEGEND = "ui.history_legend": "企业经营时间", "How long has the applicant operated?";
    HISTORY_FULL = "ui.history_full": "已完整经营上述会计年度及之前两个会计年度（3年及以上）", "Through the latest fiscal year and the two before it (3 years or more)";
    HISTORY_FOUNDED = "ui.history_founded": "在此期间或之后成立（填写成立日期，按实际经营时间计算）", "Founded during that period or later (enter the founding date; assessed over the actual operating time)";
    FOUNDING_DATE_LABEL = "ui.founding_date_label": "成立日期", "Founding date";
    FOUNDING_DATE_HINT = "ui.founding_date_hint": "以营业执照为准，例如2023-07-01或2023年7月1日。", "As on the business licence, for example 2023-07-01.";
    FIGURES_TITLE = "ui.figures_title": "各年度财务数据", "Figures for each fiscal year";
    FIGURES_HINT = "ui.figures_hint": "精确到分；可以使用千分位逗号或全角数字。暂时不知道的可以留空，结果将列出缺少的数据。", "To the fen; thousands separators and full-width digits are fine. Leave a figure you do not know yet blank: the result lists what is missing.";
    FIGURES_NEED_YEAR = "ui.figures_need_year": "填写最近一个完整会计年度和经营时间后，这里会列出需要填写的年度。", "Once the latest fiscal year and the operating history are entered, the years to fill in appear here.";
    FIGURES_NEW_ENTITY_HINT = "ui.figures_new_entity_hint": "新建独立法人实体：第五条第（四）项仍按实际发生的研发费用判断，请填写已有年度的研发费用；销售收入可留空。", "A new entity: Article 5(4) is still judged on the R&D actually incurred, so enter the R&D of any year it has; revenue may be left blank.";
    AMOUNT_READ_AS = "ui.amount_read_as": "读作：{amount}", "Read as: {amount}";
    AMOUNT_UNIT_LABEL = "ui.amount_unit_label": "以下金额的单位", "Unit of the amounts below";
    AMOUNT_UNIT_HINT = "ui.amount_unit_hint": "也可在数字后写明单位，例如12亿或3,500万元，该项即按所写单位读取。", "You can also write a unit after a number, for example 12亿 or 3,500万元: that figure is then read in that unit.";
    LIVE_TITLE = "ui.live_title": "按已填数据实时计算", "Worked out from the figures so far";
    LIVE_STATUS = "ui.live_status": "按已填数据：", "From the figures so far: ";
    ANSWER_YES = "ui.answer_yes": "是", "Yes";
    ANSWER_NO = "ui.answer_no": "否", "No";
    ANSWER_NOT_SURE = "ui.answer_not_sure": "不确定", "Not sure";
    CHECK_INTRO = "ui.check_intro": "提交前请核对。点击“修改”可返回相应问题，修改后会回到本页。", "Check your answers. “Change” takes you back to the question and then returns here.";
    CHECK_PATH = "ui.check_path": "申报类型", "Type of applicant";
    CHECK_HISTORY_SINCE = "ui.check_history_since": "成立于{date}", "Founded on {date}";
    HISTORY_FOUNDED_IN = "ui.history_founded_in": "成立于{year}年，当年经营{months}（导入的文件中的经营时间）", "Founded in {year}, operating {months} of that year (as in the imported file)";
    EXPORT = "ui.export": "保存到文件", "Save to a file";
    PRINT = "ui.print": "打印", "Print";
    OUTLINE = "ui.outline": "下载建设方案提纲（Word）", "Download the construction-plan outline (Word)";
    OUTLINE_HINT = "ui.outline_hint": "按第七条第（一）项编排的建设方案提纲（.docx），含自评结果、填写的数据、本清单的进度和备注，以及每部分的指引原文和待填写处，可在 Word 或 WPS 中直接编写。文件在本机生成，不上传；勾选“隐藏金额”时不含金额和备注。", "A construction-plan outline (.docx) laid out as Art. 7(1) lists the contents, with the self-check's result, the figures entered, this checklist's progress and notes, and for each part the guideline's words and a place to write, ready to write in Word or WPS. It is made on this device and not uploaded; with “leave the money amounts out” ticked it has no amounts and no notes.";
    GAP_DONE_WHEN = "ui.gap_done_when": "该项条件满足后（重新自评时显示为“符合”），此项即告完成。", "This is done when the condition is met, as a new self-check will show.";
    NOTICE_IMPORTED = "ui.notice_imported": "已导入文件中的回答。请核对后查看结果。", "The answers in the file were imported. Check them, then see the result.";
    NOTICE_DRAFT_RESTORED = "ui.notice_draft_restored": "已恢复您上次在本设备上保存的回答。", "The answers you saved on this device last time were restored.";
    NOTICE_DRAFT_NEWER = "ui.notice_draft_newer": "本设备上保存的回答来自更新版本的自评工具（格式版本{found}），本版本无法读取。这些回答仍保留在本设备上，使用更新版本时可以恢复；如在本版本中勾选“在本设备上记住我的回答”，将以本次填写的回答替换它们。", "The answers saved on this device come from a newer version of the self-check (format version {found}), which this version cannot read. They are still kept on this device and a newer version can restore them; ticking “Remember my answers on this device” here would replace them with the answers you enter now.";
    NOTICE_DRAFT_DISCARDED = "ui.notice_draft_discarded": "本设备上保存的回答无法读取，已删除：{why}", "The answers saved on this device could not be read and were removed: {why}";
    NOTICE_STORAGE_UNAVAILABLE = "ui.notice_storage_unavailable": "此浏览器不允许或已无空间在本设备上保存回答；您仍可继续使用本工具，或用“保存到文件”保存回答。", "This browser does not allow saving on this device, or has no room left; you can go on using the tool, or keep your answers with “Save to a file”.";
    NOTICE_EXPORT_FAILED = "ui.notice_export_failed": "浏览器未能生成下载文件，请重试或换用其他浏览器。", "The browser could not create the download; try again or use another browser.";
    NOTICE_NOT_KEPT = "ui.notice_not_kept": "页面重新打开后，之前填写的回答没有保留：回答只在勾选“在本设备上记住我的回答”后才保存在本浏览器中，也可以随时“保存到文件”。请重新开始，或导入保存过的文件。", "The page was opened again, and the answers given before were not kept: answers are kept in this browser only when “Remember my answers on this device” is ticked, or in a file with “Save to a file”. Start again, or import a file you saved.";
    NOTICE_FORGOTTEN = "ui.notice_forgotten": "已从本设备删除保存的回答。", "The saved answers were erased from this device.";
    NOTE_COUNT = "ui.note_count": "已输入{n} / {max}字", "{n} of {max} characters";
    NOTE_FULL = "ui.note_full": "已达到{max}字上限：超出的部分不会保存。", "The limit of {max} characters is reached: anything beyond it is not kept.";
    LATEST_YEAR_HINT = "ui.latest_year_hint": "即“上一年度”（已结束的会计年度）：{now}年申报时填写{last}。", "“The previous year”, a fiscal year that has ended: applying in {now}, enter {last}.";
    STEP_APPLICANT_TYPE = "ui.step_applicant_type": "申报类型", "Type of applicant";
    STEP_REGISTRATION = "ui.step_registration": "注册、信用与创新优势", "Registration, credit and innovation advantage";
    STEP_COOPERATION = "ui.step_cooperation": "资源整合与产学研合作", "Resource integration and cooperation";
    STEP_SAFETY_RECORD = "ui.step_safety_record": "安全生产与突发事件", "Work safety and emergencies";
    STEP_TALENT = "ui.step_talent": "人才与团队", "Talent and teams";
    STEP_NEW_ENTITY = "ui.step_new_entity": "新建独立法人实体", "Newly founded independent legal entity";
    STEP_FIGURES = "ui.step_figures": "销售收入与研究开发费用", "Sales revenue and R&D expenses";
    STEP_CHECK = "ui.step_check": "核对您的回答", "Check your answers";
    PATH_NEW_HINT = "ui.path_new_hint": "第六条：仅适用于为建设技术创新中心新设立的独立法人（分公司不属于）；已完整经营3个会计年度的企业请选“现有企业”。须满足第五条第（一）（二）（四）（五）（六）项；第（三）项改为考核联合单位能力及未来{years}年年均研究开发费用不低于{min_rd}的保障。", "Article 6: only for an independent legal person newly set up to build the center (a branch is not one); an enterprise that has operated 3 full fiscal years should choose “An existing enterprise”. Article 5(1), (2), (4), (5) and (6) apply; instead of 5(3), the joint units' capability and a guarantee of at least {min_rd} a year of R&D over the next {years} years.";
    COMMITMENT_HINT = "ui.commitment_hint": "第六条要求不低于{min_rd}。", "Article 6 requires at least {min_rd}.";
    YEAR_INVALID = "ui.year_invalid": "请填写最近一个完整会计年度，四位数字，例如{last_complete}。", "Enter the latest complete fiscal year as four digits, for example {last_complete}.";
    DATE_INVALID = "ui.date_invalid": "请填写有效的成立日期，例如2023-07-01。", "Enter a real founding date, for example 2023-07-01.";
    YEAR_NOT_ENDED = "ui.year_not_ended": "该年度尚未结束，不是完整会计年度。请填写已结束的年度，例如{last_complete}。", "That year has not ended yet, so it is not a complete fiscal year. Enter a year that has ended, for example {last_complete}.";
    FOUNDED_AFTER_LATEST_YEAR = "ui.founded_after_latest_year": "成立日期晚于最近一个完整会计年度（{latest}年），尚无可按第五条判断的完整会计年度。为建设技术创新中心新设立的独立法人，请在“申报类型”中选择“新建独立法人实体”。", "The founding date is after the latest complete fiscal year ({latest}), so there is no complete fiscal year to assess under Article 5. An independent legal person newly set up to build the center should choose “A newly founded independent legal entity” as the type of applicant.";
    DATE_IN_FUTURE = "ui.date_in_future": "成立日期不能晚于今天。", "The founding date cannot be after today.";
    PLANNED_DOMESTIC_TOO_LARGE = "ui.planned_domestic_too_large": "计划在中国境内发生的部分不能大于承诺的年均研究开发费用。", "The part planned within China cannot be more than the committed average annual R&D.";
    DOMESTIC_TOO_LARGE = "ui.domestic_too_large": "境内研究开发费用大于同年研究开发费用总额，两者必有一个有误：请核对这两个数字。", "R&D within China is more than total R&D that year, so one of the two is wrong: check both.";
    TOTAL_TOO_SMALL = "ui.total_too_small": "研究开发费用总额小于同年境内研究开发费用，且与其他年度相差很大，很可能是这里填错了：请核对这两个数字。", "Total R&D is less than the R&D within China that year, and far from the other years': it is likely the one typed wrong. Check both figures.";
    OMIT_AMOUNTS = "ui.omit_amounts": "隐藏金额（比例和结论保留），适用于需广泛传阅的打印件和建设方案提纲；清单备注也不列出", "Leave the money amounts out (ratios and verdicts stay), for printouts and outlines that circulate widely; checklist notes are left out too";
    CHECKLIST_TITLE = "ui.checklist_title": "建设方案准备清单", "Readiness checklist for the construction plan";
    CHECKLIST_INTRO_NOT_YET = "ui.checklist_intro_not_yet": "目前不符合条件，此清单供准备下一轮申报时使用：先解决“需要解决的条件”，再准备建设方案和申报；可逐项标记进度并记录备注。", "The applicant does not qualify yet, so this checklist is for getting ready for the next round: first the conditions to resolve, then the construction plan and the application; mark your progress and add notes on each item.";
    CHECKLIST_INTRO = "ui.checklist_intro": "按第七条编制建设方案前，可逐项标记进度并记录备注；进度随“保存到文件”一起保存。", "Mark your progress on each item and add notes as you prepare the construction plan under Article 7; progress is kept with “Save to a file”.";
    NOTE_LABEL = "ui.note_label": "备注", "Note";
    STATUS_LABEL = "ui.status_label": "进度", "Progress";
    FIGURES_WHICH_1 = "ui.figures_which_1": "申报单位（法人）自身的数据，以经审计的财务报表和研究开发费用专项审计报告为准；不要填写集团合并报表的数据。", "The applicant legal entity's own figures, as in its audited financial statements and its R&D expense audit: not the consolidated figures of a group.";
    FIGURES_WHICH_2 = "ui.figures_which_2": "销售收入：指引使用“销售收入”一词，未另作定义。科技部门在高新技术企业认定中把销售收入定为主营业务收入与其他业务收入之和，即利润表中的“营业收入”；本工具按此说明，不替您换算。口径有疑问的，以当年度申报通知或主管部门解释为准。", "Sales revenue: the guideline says “销售收入” (sales revenue) without defining it. In the high-tech enterprise recognition rules, sales revenue is main-business plus other-business revenue, i.e. operating revenue (营业收入) in the income statement; the tool explains this but converts nothing. If in doubt, the year's application notice or the Commission decides.";
    FIGURES_WHICH_3 = "ui.figures_which_3": "研究开发费用总额：全部研究开发费用，无论在何处发生。", "Total R&D expenses: all R&D expenses, wherever incurred.";
    FIGURES_WHICH_4 = "ui.figures_which_4": "在中国境内发生的研究开发费用：研发活动在中国境内开展所发生的费用；境外研发机构的费用、委托境外机构或个人开展研发的费用不计入。", "R&D incurred within China: the expenses of R&D carried out within China; the costs of R&D units abroad and of R&D commissioned from organisations or people abroad do not count.";
}

/// What “which figures to enter” says, point by point.
#[allow(non_snake_case)]
pub fn FIGURES_WHICH() -> [Bilingual; 4] {
    [
        FIGURES_WHICH_1(),
        FIGURES_WHICH_2(),
        FIGURES_WHICH_3(),
        FIGURES_WHICH_4(),
    ]
}

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
    use crate::rules::sentences::{MONTH, MONTHS};
    // “1 month”, “3 months”: English agrees with the number.
    let months = fill(
        if months == 1 { MONTH() } else { MONTHS() }.get(lang),
        &[("n", &months)],
    );
    fill(
        HISTORY_FOUNDED_IN().get(lang),
        &[("year", &year), ("months", &months)],
    )
}

/// How much of a text's room is used: “已输入 96 / 100 字”, or that the limit is reached (what is
/// typed beyond it is not kept). For notes and names alike.
pub fn count_line(lang: Lang, length: usize, max: usize) -> String {
    if length >= max {
        fill(NOTE_FULL().get(lang), &[("max", &max)])
    } else {
        fill(NOTE_COUNT().get(lang), &[("n", &length), ("max", &max)])
    }
}

/// “已就绪 3 / 11 项”.
pub fn readiness_line(lang: Lang, ready: usize, total: usize) -> String {
    fill(
        READINESS().get(lang),
        &[("ready", &ready), ("total", &total)],
    )
}
