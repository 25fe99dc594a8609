//! The sentence templates the verdicts are written with, in Chinese and English, each with its
//! `{name}` placeholders. [`super::explain`] fills them; they travel in `tic-texts.json` (see
//! [`super::library`]) because no sentence is needed before the first page has been painted.
//!
//! Short fragments (“还差 …”, “3年”) stay in `explain`, where they are put together.

use super::library::long_texts;

long_texts! {
    sentences;
    DECLARED = "say.declared":
        "{question}您的回答：{answer}。{note}",
        "{question} Your answer: {answer}. {note}";
    ANSWER_NOT_SURE_NOTE = "say.answer_not_sure":
        "请先核实，再据实回答。",
        "Check this, then answer it.";
    ANSWER_SELF_DECLARED = "say.answer_self_declared":
        "（自行声明）",
        "(self-declared)";
    ANSWER_NOT_MET = "say.answer_not_met":
        "该项条件不满足。",
        "This part of the condition is not met.";
    UNANSWERED = "say.unanswered":
        "尚未回答：{question}",
        "Not answered yet: {question}";
    FIGURES_MISSING = "say.figures_missing":
        "缺少数据：{list}。",
        "Figures missing: {list}.";
    LIST_SEPARATOR = "say.list_separator":
        "、",
        "; ";
    YEAR = "say.year": "{n}年", "{n} year";
    YEARS = "say.years": "{n}年", "{n} years";
    MONTH = "say.month": "{n}个月", "{n} month";
    MONTHS = "say.months": "{n}个月", "{n} months";
    DAY = "say.day": "{n}天", "{n} day";
    DAYS = "say.days": "{n}天", "{n} days";
    FISCAL_YEAR_COUNT = "say.fiscal_year_count": "{n}个会计年度", "{n} fiscal year";
    FISCAL_YEARS_COUNT = "say.fiscal_years_count": "{n}个会计年度", "{n} fiscal years";
    YEARS_AND = "say.years_and": "{years}又{rest}", "{years} and {rest}";
    GROWTH_OF = "say.growth_of":
        "增长{rate}",
        "growth of {rate}";
    FALL_OF = "say.fall_of":
        "下降{rate}",
        "a fall of {rate}";
    SHORT_BY = "say.short_by":
        "还差{amount}",
        "{amount} short";
    SHORT_IN_ENDED_YEAR = "say.short_in_ended_year":
        "当时差{amount}；{years}年度已结束，本轮已无法弥补",
        "{amount} short; {years} has ended, so this round cannot close the gap";
    SHORT_IN_ENDED_YEARS = "say.short_in_ended_years":
        "当时差{amount}；{years}年度均已结束，本轮已无法弥补",
        "{amount} short; {years} have ended, so this round cannot close the gap";
    EXACTLY_AT_MINIMUM = "say.exactly_at_minimum":
        "恰好达到要求",
        "exactly at the minimum";
    ABOVE_BY = "say.above_by":
        "高出{amount}",
        "{amount} above the minimum";
    RD_SINCE_FOUNDING = "say.rd_since_founding":
        "成立以来已发生的研究开发费用",
        "R&D incurred since founding";
    RD_SINCE_FOUNDING_DOMESTIC = "say.rd_since_founding_domestic":
        "其中：在中国境内发生的研究开发费用",
        "of which: R&D incurred within China";
    PLANNED_DOMESTIC_RD = "say.planned_domestic_rd":
        "承诺的年均研究开发费用中，计划在中国境内发生的部分",
        "of the committed average annual R&D, the part planned within China";
    PATH_NOT_CHOSEN = "say.path_not_chosen":
        "尚未选择申报类型（现有企业，或第六条的新建独立法人实体），因此无法确定适用第五条第（三）项还是第六条。",
        "The applicant type is not chosen yet (an existing enterprise, or a newly founded independent legal entity under Art. 6), so it is not known whether Art. 5(3) or Art. 6 applies.";
    RD_RATIO = "say.rd_ratio":
        "{years}年研究开发费用总额{rd}，占同期销售收入总额{rev}的{ratio}（要求不低于{min}）。按此比例，研发费用总额需达到{required}，{gap}。",
        "R&D expenses in {years} total {rd}, {ratio} of sales revenue of {rev} over the same period (at least {min} required). At that ratio R&D needed to total at least {required}: {gap}.";
    RD_RATIO_WITHOUT_REVENUE = "say.rd_ratio_without_revenue":
        "期间销售收入为零，研发费用占比（研发费用{rd} ÷ 销售收入）无法计算，需由主管部门认定。",
        "Sales revenue over the period is zero, so the R&D ratio (R&D of {rd} ÷ revenue) is undefined; the Commission will have to judge.";
    RD_GROWTH = "say.rd_growth":
        "上一年度（{year}年）研究开发费用{last}，较{previous_year}年的{previous}{growth}（要求增长不低于{min}）。{year}年研发费用需达到{required}，{gap}。",
        "R&D in the previous year ({year}) was {last}: {growth} on {previous} in {previous_year} (growth of at least {min} required). {year} R&D needed to reach at least {required}: {gap}.";
    RD_GROWTH_PART_YEAR = "say.rd_growth_part_year":
        "上一年度（{year}年）研究开发费用{last}。{previous_year}年只经营了{time}，当年研发费用{previous}按实际经营时间折算为全年{base}；以此为基数{growth}（要求增长不低于{min}），{year}年研发费用需达到{required}，{gap}。{note}",
        "R&D in the previous year ({year}) was {last}. {previous_year} was operated for only {time}; its R&D of {previous} annualised over the actual operating time is {base}, and on that base {growth} (growth of at least {min} required): {year} R&D needed to reach at least {required}: {gap}.{note}";
    PART_YEAR_REACHED = "say.part_year_reached":
        "按折算口径达到要求；但指引未规定不满一年的年度如何计算增速，成立当年的研发费用通常低于全年水平，此项不能据此判定符合，需由主管部门认定。",
        " On the annualised base it reaches the minimum, but the guideline does not say how growth over a part year is measured, and a founding year's R&D usually understates a full year's: this cannot confirm the condition; the Commission will have to judge.";
    PART_YEAR_SHORT = "say.part_year_short":
        "按折算口径未达到要求；按{previous_year}年实际发生额计算为{raw}，同样未达到。",
        " On the annualised base it falls short, and on {previous_year}'s R&D as incurred ({raw}) too.";
    PART_YEAR_AS_INCURRED_REACHED = "say.part_year_as_incurred_reached":
        "按折算口径未达到要求；但按{previous_year}年实际发生额计算为{raw}，达到要求。指引未规定不满一年的年度如何计算增速，两种算法结论不同，此项需由主管部门认定。",
        " On the annualised base it falls short, but on {previous_year}'s R&D as incurred it is {raw}, which reaches the minimum. The guideline does not say how growth over a part year is measured, and the two readings disagree: the Commission will have to judge.";
    BAND_DEPENDS_ON_AVERAGE = "say.band_depends_on_average":
        "{first_year}年只经营了部分时间，“近3年年均销售收入”的算法决定档次，进而决定本项结论：按实际经营时间（{time}）计算，年均{average_by_time}，属于{item_by_time}“{band_by_time}”档，本项{verdict_by_time}；按期间的{fiscal_years}计算，年均{average_by_years}，属于{item_by_years}“{band_by_years}”档，本项{verdict_by_years}。指引未规定不满一年的年度如何计算年均销售收入，需由主管部门认定。",
        "{first_year} was operated only in part, and how “average annual sales revenue over the last 3 years” is worked out decides the band, and so this result: over the actual operating time ({time}) the average is {average_by_time}, in the band of {item_by_time}, “{band_by_time}”, where this condition {verdict_by_time}; over the period's {fiscal_years} it is {average_by_years}, in the band of {item_by_years}, “{band_by_years}”, where it {verdict_by_years}. The guideline does not say how the average is worked out over a part year: the Commission will have to judge.";
    BAND_DEPENDS_ON_AVERAGE_WITHOUT_AMOUNTS = "say.band_depends_on_average_without_amounts":
        "{first_year}年只经营了部分时间：按实际经营时间计算年均销售收入，属于{item_by_time}“{band_by_time}”档，本项{verdict_by_time}；按期间的{fiscal_years}计算，属于{item_by_years}“{band_by_years}”档，本项{verdict_by_years}。指引未规定不满一年的年度如何计算年均销售收入，需由主管部门认定。",
        "{first_year} was operated only in part: averaged over the actual operating time, revenue is in the band of {item_by_time}, “{band_by_time}”, where this condition {verdict_by_time}; averaged over the period's {fiscal_years} it is in the band of {item_by_years}, “{band_by_years}”, where it {verdict_by_years}. The guideline does not say how the average is worked out over a part year: the Commission will have to judge.";
    UNLIKELY_FIGURES = "say.unlikely_figures":
        "下列数字看起来可能有误：{list}",
        "These figures look unlikely: {list}";
    ON_CONFIRMED_FIGURES = "say.on_confirmed_figures":
        "（依据申请人确认的数字）",
        " (on figures the applicant confirmed)";
    RESTS_ON_CONFIRMED = "say.rests_on_confirmed":
        "本结论依据申请人确认的数字，这些数字看起来可能有误：{list}。",
        "This result rests on figures the applicant confirmed although they looked unlikely: {list}.";
    CHECK_FIGURES = "say.check_figures":
        "请核对数据：{list}本项结论依据这些数据；修改数据，或在“核对您的回答”页确认“我已核对，数据无误”之前，尚无法判断。",
        "Please check the figures: {list} This result rests on them: until they are corrected, or confirmed on the “Check your answers” page (“I have checked: the figures are right”), it cannot be decided.";
    CORRECT_FIGURES = "say.correct_figures":
        "请改正数据：{list}本项结论依据这些数据，改正之前尚无法判断。",
        "Please correct the figures: {list} This result rests on them: until they are corrected, it cannot be decided.";
    RD_GROWTH_WITHOUT_PREVIOUS_YEAR = "say.rd_growth_without_previous_year":
        "{previous_year}年尚未经营，无法计算{year}年的研发费用增速；此项只能按研发费用占比判断。",
        "The applicant did not operate in {previous_year}, so R&D growth for {year} cannot be measured; only the R&D ratio can meet this condition.";
    RD_GROWTH_FROM_ZERO = "say.rd_growth_from_zero":
        "{previous_year}年研究开发费用为零，{year}年为{last}，增速无法计算（基数为零），需由主管部门认定。",
        "R&D in {previous_year} was zero and in {year} {last}, so the growth rate is undefined (zero base); the Commission will have to judge.";
    RD_GROWTH_NONE = "say.rd_growth_none":
        "{previous_year}年和{year}年研究开发费用均为零，没有增长。",
        "R&D was zero in both {previous_year} and {year}: no growth.";
    DOMESTIC_SHARE = "say.domestic_share":
        "{years}年在中国境内发生的研究开发费用{domestic}，占全部研究开发费用{total}的{share}（要求不低于{min}）。境内研发费用需达到{required}，{gap}。",
        "R&D incurred within China in {years} is {domestic}, {share} of all R&D of {total} (at least {min} required). Domestic R&D needed to be at least {required}: {gap}.";
    DOMESTIC_SHARE_SINCE_FOUNDING = "say.domestic_share_since_founding":
        "尚无完整会计年度，按成立以来已发生的研究开发费用判断：合计{total}，其中在中国境内发生{domestic}，占{share}（要求不低于{min}）。境内研发费用至少应为{required}，{gap}。",
        "With no complete fiscal year yet, judged on the R&D incurred since founding: {total} in all, of which {domestic} within China, {share} (at least {min} required). Domestic R&D must be at least {required}: {gap}.";
    DOMESTIC_SHARE_PLANNED = "say.domestic_share_planned":
        "尚未发生研究开发费用，按承诺的研发投入计划判断：承诺年均{total}，其中计划在中国境内发生{domestic}，占{share}（要求不低于{min}）。境内部分至少应为{required}，{gap}。这是计划而非实际发生额，申报时需以预算和实际支出佐证。",
        "No R&D has been incurred yet, so this is judged on the plan: of the {total} a year committed, {domestic} is planned within China, {share} (at least {min} required). The domestic part must be at least {required}: {gap}. This is a plan, not money spent: the application will need the budget and the actual spending to show it.";
    DOMESTIC_EXCEEDS_TOTAL_NEW = "say.domestic_exceeds_total_new":
        "填写的在中国境内发生的研究开发费用大于研究开发费用合计（成立以来，或承诺计划中），请核对。",
        "The R&D within China entered is larger than the R&D in all (since founding, or in the committed plan); please check the figures.";
    DOMESTIC_EXCEEDS_TOTAL = "say.domestic_exceeds_total":
        "{year}年填写的境内研究开发费用大于研究开发费用总额，请核对。",
        "For {year} the R&D incurred within China is larger than total R&D; please check the figures.";
    NO_RD_RECORDED = "say.no_rd_recorded":
        "没有研究开发费用，也就没有在中国境内发生的研究开发费用，达不到第五条第（四）项要求的占比。",
        "There were no R&D expenses, so none were incurred within China: the share Art. 5(4) requires cannot be reached.";
    NO_RD_OVER_PERIOD = "say.no_rd_over_period":
        "{years}年研究开发费用合计为零：没有研发投入，研发费用占比和上一年度增速都达不到任何一档的要求。",
        "R&D expenses in {years} total zero: with no R&D, neither the ratio nor last year's growth can reach any band's minimum.";
    OUTDATED_FISCAL_YEAR = "say.outdated_fiscal_year":
        "填写的最近一个完整会计年度是{latest}年，但按自评日期，最近一个完整会计年度应为{expected}年：{latest}年及之前的数据不是现在申报时的“近3年”，不能据此得出符合的结论。请改填{expected}年及之前年度的数据。",
        "The latest complete fiscal year entered is {latest}, but on the date of this self-check it is {expected}: figures up to {latest} are not the “last 3 years” of an application made now and cannot confirm this condition. Enter {expected} and the years before it.";
    MISSING_NEW_ENTITY_FIGURES = "say.missing_new_entity_figures":
        "缺少数据：{list}。尚无完整会计年度的新建独立法人实体，第五条第（四）项按成立以来已发生的研究开发费用判断；尚未发生的，按承诺中计划在中国境内发生的部分判断。",
        "Figures missing: {list}. For a new entity with no complete fiscal year, Art. 5(4) is judged on the R&D incurred since founding, or, if none has been incurred yet, on the part of the committed R&D planned within China.";
    FOUNDED_AFTER_LATEST_YEAR = "say.founded_after_latest_year":
        "成立于{founded}，在最近一个完整会计年度（{latest}年）结束之后，尚无完整会计年度：属于新建。",
        "Founded on {founded}, after the latest complete fiscal year ({latest}) ended, so it has no complete fiscal year yet: newly founded.";
    OPERATED_THROUGH_PERIOD = "say.operated_through_period":
        "已完整经营{years}年（“近3年”），不是第六条所称的新建独立法人实体，不能按第六条申报。现有企业按第五条第（三）项判断研究开发费用，下方列出按所填数据的第五条第（三）项结果。",
        "The applicant operated through all of {years} (the “last 3 years”), so it is not a newly founded independent legal entity under Art. 6 and cannot apply under it. An existing enterprise's R&D is judged under Art. 5(3): its result on the figures entered is shown below.";
    FOUNDED_AND_OPERATED_THROUGH_PERIOD = "say.founded_and_operated_through_period":
        "成立于{founded}，已完整经营{years}年（“近3年”），不是第六条所称的新建独立法人实体，不能按第六条申报。现有企业按第五条第（三）项判断研究开发费用，下方列出按所填数据的第五条第（三）项结果。",
        "Founded on {founded}, the applicant operated through all of {years} (the “last 3 years”), so it is not a newly founded independent legal entity under Art. 6 and cannot apply under it. An existing enterprise's R&D is judged under Art. 5(3): its result on the figures entered is shown below.";
    FOUNDED_WITHIN_PERIOD = "say.founded_within_period":
        "成立于{founded}，至{latest}年已有会计年度的经营数据。指引未规定成立多久以内属于“新建”，能否按第六条申报需由主管部门认定；下方列出按第五条第（三）项的结果供参考。",
        "Founded on {founded}, it has fiscal years of its own up to {latest}. The guideline does not say how recently an entity must have been founded to count as newly founded, so whether Art. 6 applies is for the Commission; the Art. 5(3) result is shown below for reference.";
    COMMITMENT = "say.commitment":
        "承诺未来{years}年年均研究开发费用{committed}（要求不低于{minimum}），{gap}。",
        "Committed average annual R&D over the next {years} years: {committed} (at least {minimum} required): {gap}.";
    COMMITMENT_MISSING = "say.commitment_missing":
        "尚未填写未来{years}年年均研究开发费用的保障额度（第六条要求不低于{minimum}）。",
        "The guaranteed average annual R&D for the next {years} years is not entered yet (Art. 6 requires at least {minimum}).";
    RD_RATIO_WITHOUT_AMOUNTS = "say.rd_ratio_without_amounts":
        "{years}年研究开发费用总额占同期销售收入总额的{ratio}（要求不低于{min}），{reached}。",
        "R&D expenses in {years} are {ratio} of sales revenue over the same period (at least {min} required): {reached}.";
    RD_RATIO_WITHOUT_REVENUE_OR_AMOUNTS = "say.rd_ratio_without_revenue_or_amounts":
        "期间销售收入为零，研发费用占比无法计算，需由主管部门认定。",
        "Sales revenue over the period is zero, so the R&D ratio is undefined; the Commission will have to judge.";
    RD_GROWTH_WITHOUT_AMOUNTS = "say.rd_growth_without_amounts":
        "上一年度（{year}年）研究开发费用{growth}（要求增长不低于{min}），{reached}{annualised}。",
        "R&D in the previous year ({year}): {growth} (growth of at least {min} required): {reached}{annualised}.";
    ANNUALISED_BASE = "say.annualised_base":
        "（基数按实际经营时间折算为全年；不满一年的基数不能据此判定符合）",
        " (on a base annualised over the actual operating time; a part-year base cannot confirm the condition)";
    RD_GROWTH_FROM_ZERO_WITHOUT_AMOUNTS = "say.rd_growth_from_zero_without_amounts":
        "{previous_year}年研究开发费用为零，{year}年增速无法计算（基数为零），需由主管部门认定。",
        "R&D in {previous_year} was zero, so growth in {year} is undefined (zero base); the Commission will have to judge.";
    DOMESTIC_SHARE_WITHOUT_AMOUNTS = "say.domestic_share_without_amounts":
        "在中国境内发生的研究开发费用占全部研究开发费用的{share}（要求不低于{min}），{reached}。",
        "R&D incurred within China is {share} of all R&D (at least {min} required): {reached}.";
    COMMITMENT_WITHOUT_AMOUNTS = "say.commitment_without_amounts":
        "承诺的未来{years}年年均研究开发费用{reached}（要求不低于{minimum}）。",
        "The committed average annual R&D for the next {years} years {reached} (at least {minimum}).";
    NO_LATEST_YEAR = "say.no_latest_year":
        "尚未填写最近一个完整会计年度。",
        "The latest complete fiscal year is not entered yet.";
    NO_OPERATING_HISTORY = "say.no_operating_history":
        "尚未填写经营时间（是否已完整经营3个会计年度，或成立日期）。",
        "How long the applicant has operated is not entered yet (three full fiscal years, or the founding date).";
    NO_COMPLETE_YEAR = "say.no_complete_year":
        "成立于{founded}年，晚于最近一个完整会计年度{latest}年，还没有已结束的会计年度，因此不可能具备第五条第（三）项所需的“近3年”数据。如申报单位是为建设技术创新中心新设立的独立法人，请将申报类型改为“新建独立法人实体”，按第六条自评。",
        "Founded in {founded}, after the latest complete fiscal year ({latest}) ended, the applicant has no fiscal year that has ended, so it cannot have the figures of “the last 3 years” that Art. 5(3) reads. If it is an independent legal entity newly founded to build the center, change the type of applicant to “A newly founded independent legal entity” and check it under Art. 6.";
    LATEST_YEAR_NOT_ENDED = "say.latest_year_not_ended":
        "{latest}年在自评日期（{as_of}）尚未结束，不能作为最近一个完整会计年度：请填写{last_complete}年。",
        "{latest} has not ended on the date of this self-check ({as_of}), so it cannot be the latest complete fiscal year: enter {last_complete}.";
    FOUNDED_IN_FUTURE = "say.founded_in_future":
        "成立日期晚于自评日期（{as_of}），请核对。",
        "The founding date is after the date of this self-check ({as_of}); please check it.";
    PERIOD = "say.period":
        "“近3年”按{years}年计算，实际经营时间{time}。",
        "“The last 3 years” are {years}; actual operating time {time}.";
    ACCOUNTS_BEING_AUDITED = "say.accounts_being_audited":
        "提示：按自评日期，最近一个完整会计年度是{expected}年。{window_ends}前其财务报表和研发费用专项审计可能尚未完成，本次暂按{used}年及之前的数据计算；{expected}年的审计报告出具后，请按{expected}年数据重新自评，申报时以当年度申报通知要求的年度为准。",
        "Note: on the date of this self-check the latest complete fiscal year is {expected}. Until {window_ends} its statements and R&D expense audit may not be finished, so this self-check uses {used} and the years before it; once the {expected} audit is done, check again with {expected}'s figures. The application notice of the year decides which years count.";
    SCALE = "say.scale":
        "年均销售收入{average}（销售收入总额{total} ÷ 实际经营{time}），属于{item}“{band}”档：研究开发费用占比不低于{ratio}，或上一年度研究开发费用增速不低于{growth}，满足其一即可。{higher}",
        "Average annual sales revenue is {average} (total {total} ÷ {time} of operation), in the band of {item}, “{band}”: R&D at least {ratio} of revenue, or last year's R&D growth at least {growth}; either is enough.{higher}";
    SCALE_BAND_OPEN = "say.scale_band_open":
        "成立当年只经营了部分时间，年均销售收入的档次未定：按实际经营时间（{time}）计算，年均{average}，属于{item}“{band}”档；按期间的{fiscal_years}计算，年均{other_average}，属于{other_item}“{other_band}”档。指引未规定不满一年的年度如何计算年均销售收入，适用第五条第（三）项哪一目需由主管部门认定；两档的要求不同，本项结论见下。",
        "The founding year was operated only in part, and the band of the average annual revenue is open: over the actual operating time ({time}) the average is {average}, in the band of {item}, “{band}”; over the period's {fiscal_years} it is {other_average}, in the band of {other_item}, “{other_band}”. The guideline does not say how the average is worked out over a part year, so which item of Art. 5(3) applies is for the Commission; the two bands ask for different figures, and the result is below.";
    SCALE_BAND_OPEN_WITHOUT_AMOUNTS = "say.scale_band_open_without_amounts":
        "成立当年只经营了部分时间，年均销售收入的档次未定：按实际经营时间计算，属于{item}“{band}”档；按期间的{fiscal_years}计算，属于{other_item}“{other_band}”档。指引未规定不满一年的年度如何计算年均销售收入，适用第五条第（三）项哪一目需由主管部门认定；两档的要求不同，本项结论见下。",
        "The founding year was operated only in part, and the band of the average annual revenue is open: averaged over the actual operating time, revenue is in the band of {item}, “{band}”; averaged over the period's {fiscal_years}, in the band of {other_item}, “{other_band}”. The guideline does not say how the average is worked out over a part year, so which item of Art. 5(3) applies is for the Commission; the two bands ask for different figures, and the result is below.";
    SCALE_WITHOUT_AMOUNTS = "say.scale_without_amounts":
        "年均销售收入属于{item}“{band}”档：研究开发费用占比不低于{ratio}，或上一年度研究开发费用增速不低于{growth}，满足其一即可。",
        "Average annual sales revenue is in the band of {item}, “{band}”: R&D at least {ratio} of revenue, or last year's R&D growth at least {growth}; either is enough.";
    HIGHER_BAND = "say.higher_band":
        "年均销售收入再增加{short}即进入{item}“{band}”档（要求更低）。",
        " Another {short} of average annual revenue would reach the {item} band, “{band}”, whose thresholds are lower.";
    ELIGIBLE = "say.eligible":
        "按所填信息，申报单位初步符合{number}规定的技术创新中心依托单位条件。这是自评结果，不代表主管部门的认定；申报时以建设方案、证明材料和专家论证为准。",
        "On the answers given, the applicant preliminarily meets the conditions for a supporting unit under {number}. This is a self-check, not the Commission's decision; an application is judged on the construction plan, supporting documents and expert review.";
    NOT_ELIGIBLE = "say.not_eligible":
        "按所填信息，申报单位目前不符合{number}规定的依托单位条件：{unmet}不满足。详见各项说明及与门槛的差距。{reference}",
        "On the answers given, the applicant does not currently meet the conditions for a supporting unit under {number}. Not met: {unmet}. See each condition for the reasons and the distance to the threshold.{reference}";
    CANNOT_TELL = "say.cannot_tell":
        "目前尚无法判断：{open}尚未确定。{how}{reference}",
        "We can't give a result yet because {open} cannot be decided yet.{how}{reference}";
    OPEN_BOTH = "say.open_both":
        "其中一部分可以补充或修改回答后再判断，另一部分需由主管部门认定，见下方“{section}”。",
        " Some can be settled by completing or correcting answers; others are for the Commission to judge: see “{section}” below.";
    OPEN_COMPLETABLE = "say.open_completable":
        "补充或修改下方“{section}”列出的回答后，即可再作判断。",
        " Complete or correct the answers listed under “{section}” below for a result.";
    OPEN_NO_YEAR_YET = "say.open_no_year_yet":
        "申报单位成立于最近一个完整会计年度之后，按现有企业途径不可能具备第五条第（三）项所需的年度数据；如是为建设技术创新中心新设立的独立法人，请改选“新建独立法人实体”，按第六条自评，见下方“{section}”。",
        " The applicant was founded after its latest complete fiscal year, so as an existing enterprise it cannot have the years Art. 5(3) reads; if it is an independent legal entity newly founded to build the center, choose “A newly founded independent legal entity” and check it under Art. 6: see “{section}” below.";
    OPEN_FOR_COMMISSION = "say.open_for_commission":
        "这些事项无法由填写的信息判断，需由主管部门认定，原因见下方“{section}”。",
        " The answers given cannot settle them: the Commission will have to judge, for the reasons under “{section}” below.";
    OPEN_SECTION = "ui.result_open": "还需要补充或核实", "Still to complete or check";
    ART5_3_REFERENCE = "say.art5_3_reference":
        "按所填数据，现有企业适用的第五条第（三）项{verdict}；如申报单位不是新建独立法人实体，请将申报类型改为“现有企业”重新自评。",
        " On the figures entered, Art. 5(3), which applies to an existing enterprise, {verdict}; if the applicant is not a newly founded independent legal entity, change the type of applicant to “An existing enterprise” and check again.";
    COMPUTED_FOR = "say.computed_for":
        "按{as_of}的情况计算；依据《{title}》（{number}，{in_force}起施行；施行日期由本工具按第二十条“自发布之日起30日后施行”推算）。",
        "Computed for {as_of}, under the {title}, {number}, in force from {in_force} (a date the tool counts from Art. 20, “in force 30 days after issue”).";
    VERSIONS = "say.versions":
        "本结果由自评工具{tool}版按上述指引的规定计算。",
        "Worked out by version {tool} of the self-check tool, under the guideline above.";
    TRIAL = "say.trial":
        "本指引为试行版本，可能修订。",
        "The guideline is a trial text and may be revised. ";
    CHECK_THE_NOTICE = "say.check_the_notice":
        "{trial}申报前请查阅市科委中关村管委会发布的当年度申报通知，以其要求为准。",
        "{trial}Before applying, check the application notice the Commission publishes for the year: its requirements prevail.";
}

#[cfg(test)]
mod tests {
    use super::super::library::placeholders;
    use super::*;

    #[test]
    fn both_languages_of_a_sentence_have_the_same_placeholders() {
        for (key, text) in sentences() {
            let mut zh = placeholders(text.zh);
            let mut en = placeholders(text.en);
            zh.sort();
            zh.dedup();
            en.sort();
            en.dedup();
            assert_eq!(zh, en, "{key}");
            for name in zh {
                assert!(
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{key}: {{{name}}}"
                );
            }
        }
    }
}
