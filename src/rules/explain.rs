//! The verdicts in words: every reason, figure and outcome as a sentence in Chinese and English.
//! The browser app and the command line both print these, so the two never disagree.

use super::answers::{Answer, CalendarDate};
use super::assess::{
    Assessment, DomesticBasis, MissingFigure, NewEntityFigure, Overall, Reason, RevenueScale,
    Verdict,
};
use super::clauses::ClauseId;
use super::guideline::RuleSet;
use super::lang::{pick, Bilingual, Lang};
use super::library::{long_text, with_numbers};
use super::money::{
    format_amount, format_percent, format_scale, format_threshold_percent, Rounding,
};
use super::period::{FiscalYearCheck, Period, PeriodProblem, Years};
use rust_decimal::Decimal;

/// The tool's version, printed with every result so that a printout can be traced to the build
/// that made it.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The reason behind a finding, as a sentence.
pub fn describe(reason: &Reason, lang: Lang) -> String {
    describe_reason(reason, lang, Amounts::Shown)
}

/// Whether sentences carry the applicant's money amounts. A team circulating the printout widely
/// can leave them out; ratios, verdicts and the guideline's own thresholds stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amounts {
    Shown,
    Hidden,
}

/// [`describe`], with or without the applicant's amounts.
pub fn describe_reason(reason: &Reason, lang: Lang, amounts: Amounts) -> String {
    if amounts == Amounts::Hidden {
        if let Some(sentence) = describe_without_amounts(reason, lang) {
            return sentence;
        }
    }
    match reason {
        Reason::Declared { question, answer } => {
            let q = question.text().get(lang);
            let a = answer.label(lang);
            let note = if *answer == Answer::NotSure {
                pick(
                    lang,
                    "请先核实,再据实回答。".into(),
                    "Check this, then answer it.".into(),
                )
            } else if *answer == question.favourable() {
                pick(lang, "(自行声明)".into(), "(self-declared)".into())
            } else {
                pick(
                    lang,
                    "该项条件不满足。".into(),
                    "This part of the condition is not met.".into(),
                )
            };
            pick(
                lang,
                format!("{q} 您的回答:{a}。{note}"),
                format!("{q} Your answer: {a}. {note}"),
            )
        }
        Reason::Unanswered { question } => pick(
            lang,
            format!("尚未回答:{}", question.text().zh),
            format!("Not answered yet: {}", question.text().en),
        ),
        Reason::PathNotChosen => pick(
            lang,
            "尚未选择申报类型(现有企业,或第六条的新建独立法人实体),因此无法确定适用第五条第(三)项还是第六条。".into(),
            "The applicant type is not chosen yet (an existing enterprise, or a newly founded independent legal entity under Art. 6), so it is not known whether Art. 5(3) or Art. 6 applies.".into(),
        ),
        Reason::PeriodUnknown { problem } => describe_period_problem(*problem, lang),
        Reason::MissingFigures { missing } => {
            let list: Vec<String> = missing.iter().map(|m| missing_figure(m, lang)).collect();
            pick(
                lang,
                format!("缺少数据:{}。", list.join("、")),
                format!("Figures missing: {}.", list.join("; ")),
            )
        }
        Reason::RdRatio {
            first_year,
            latest_year,
            total_rd,
            total_revenue,
            ratio,
            min_ratio,
            required_rd,
            difference,
        } => {
            let years = year_span(*first_year, *latest_year);
            let r = format_percent(*ratio, Rounding::Down);
            let min = format_threshold_percent(*min_ratio);
            let rd = format_amount(*total_rd, Rounding::Nearest, lang);
            let rev = format_amount(*total_revenue, Rounding::Nearest, lang);
            let req = format_amount(*required_rd, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            pick(
                lang,
                format!("{years}年研究开发费用总额 {rd},占同期销售收入总额 {rev} 的 {r}(要求不低于 {min})。按此比例,研发费用总额至少应为 {req},{gap}。"),
                format!("R&D expenses in {years} total {rd}, {r} of sales revenue of {rev} over the same period (at least {min} required). At that ratio R&D must total at least {req}: {gap}."),
            )
        }
        Reason::RdRatioWithoutRevenue { total_rd } => pick(
            lang,
            format!("期间销售收入为零,研发费用占比(研发费用 {} ÷ 销售收入)无法计算,需由主管部门认定。", format_amount(*total_rd, Rounding::Nearest, lang)),
            format!("Sales revenue over the period is zero, so the R&D ratio (R&D of {} ÷ revenue) is undefined; the Commission will have to judge.", format_amount(*total_rd, Rounding::Nearest, lang)),
        ),
        Reason::RdGrowth {
            year,
            rd_latest,
            rd_previous,
            previous_year_share,
            base,
            growth,
            min_growth,
            required_rd_latest,
            difference,
        } => {
            let g = describe_growth(*growth, lang);
            let min = format_threshold_percent(*min_growth);
            let last = format_amount(*rd_latest, Rounding::Nearest, lang);
            let prev = format_amount(*rd_previous, Rounding::Nearest, lang);
            let req = format_amount(*required_rd_latest, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            let previous_year = year - 1;
            match previous_year_share {
                None => pick(
                    lang,
                    format!("上一年度({year}年)研究开发费用 {last},较{previous_year}年的 {prev} {g}(要求增长不低于 {min})。{year}年研发费用至少应达到 {req},{gap}。"),
                    format!("R&D in the previous year ({year}) was {last}: {g} on {prev} in {previous_year} (growth of at least {min} required). {year} R&D must reach at least {req}: {gap}."),
                ),
                Some(share) => {
                    let time = describe_years(*share, lang);
                    let base = format_amount(*base, Rounding::Nearest, lang);
                    let unconfirmed = *difference >= Decimal::ZERO;
                    let note = match (unconfirmed, lang) {
                        (true, Lang::Zh) => "按折算口径达到要求;但指引未规定不满一年的年度如何计算增速,成立当年的研发费用通常低于全年水平,此项不能据此判定符合,需由主管部门认定。",
                        (false, Lang::Zh) => "按折算口径仍未达到要求。",
                        (true, Lang::En) => " On the annualised base it reaches the minimum, but the guideline does not say how growth over a part year is measured, and a founding year's R&D usually understates a full year's: this cannot confirm the condition; the Commission will have to judge.",
                        (false, Lang::En) => " Even on the annualised base it falls short.",
                    };
                    pick(
                        lang,
                        format!("上一年度({year}年)研究开发费用 {last}。{previous_year}年只经营了{time},当年研发费用 {prev} 按实际经营时间折算为全年 {base};以此为基数{g}(要求增长不低于 {min}),{year}年研发费用至少应达到 {req},{gap}。{note}"),
                        format!("R&D in the previous year ({year}) was {last}. {previous_year} was operated for only {time}; its R&D of {prev} annualised over the actual operating time is {base}, and on that base {g} (growth of at least {min} required): {year} R&D must reach at least {req}: {gap}.{note}"),
                    )
                }
            }
        }
        Reason::RdGrowthWithoutPreviousYear { year } => pick(
            lang,
            format!("{}年尚未经营,无法计算{year}年的研发费用增速;此项只能按研发费用占比判断。", year - 1),
            format!("The applicant did not operate in {}, so R&D growth for {year} cannot be measured; only the R&D ratio can meet this condition.", year - 1),
        ),
        Reason::RdGrowthFromZero { year, rd_latest } => pick(
            lang,
            format!("{}年研究开发费用为零,{year}年为 {},增速无法计算(基数为零),需由主管部门认定。", year - 1, format_amount(*rd_latest, Rounding::Nearest, lang)),
            format!("R&D in {} was zero and in {year} {}, so the growth rate is undefined (zero base); the Commission will have to judge.", year - 1, format_amount(*rd_latest, Rounding::Nearest, lang)),
        ),
        Reason::RdGrowthNone { year } => pick(
            lang,
            format!("{}年和{year}年研究开发费用均为零,没有增长。", year - 1),
            format!("R&D was zero in both {} and {year}: no growth.", year - 1),
        ),
        Reason::DomesticShare {
            basis,
            domestic_rd,
            total_rd,
            share,
            min_share,
            required_domestic_rd,
            difference,
        } => {
            let s = format_percent(*share, Rounding::Down);
            let min = format_threshold_percent(*min_share);
            let dom = format_amount(*domestic_rd, Rounding::Nearest, lang);
            let total = format_amount(*total_rd, Rounding::Nearest, lang);
            let req = format_amount(*required_domestic_rd, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            match basis {
                DomesticBasis::Period { first_year, latest_year } => {
                    let years = year_span(*first_year, *latest_year);
                    pick(
                        lang,
                        format!("{years}年在中国境内发生的研究开发费用 {dom},占全部研究开发费用 {total} 的 {s}(要求不低于 {min})。境内研发费用至少应为 {req},{gap}。"),
                        format!("R&D incurred within China in {years} is {dom}, {s} of all R&D of {total} (at least {min} required). Domestic R&D must be at least {req}: {gap}."),
                    )
                }
                DomesticBasis::SinceFounding => pick(
                    lang,
                    format!("尚无完整会计年度,按成立以来已发生的研究开发费用判断:合计 {total},其中在中国境内发生 {dom},占 {s}(要求不低于 {min})。境内研发费用至少应为 {req},{gap}。"),
                    format!("With no complete fiscal year yet, judged on the R&D incurred since founding: {total} in all, of which {dom} within China, {s} (at least {min} required). Domestic R&D must be at least {req}: {gap}."),
                ),
                DomesticBasis::PlannedCommitment => pick(
                    lang,
                    format!("尚未发生研究开发费用,按承诺的研发投入计划判断:承诺年均 {total},其中计划在中国境内发生 {dom},占 {s}(要求不低于 {min})。境内部分至少应为 {req},{gap}。这是计划而非实际发生额,申报时需以预算和实际支出佐证。"),
                    format!("No R&D has been incurred yet, so this is judged on the plan: of the {total} a year committed, {dom} is planned within China, {s} (at least {min} required). The domestic part must be at least {req}: {gap}. This is a plan, not money spent: the application will need the budget and the actual spending to show it."),
                ),
            }
        }
        Reason::DomesticExceedsTotal { year: 0 } => pick(
            lang,
            "填写的在中国境内发生的研究开发费用大于研究开发费用合计(成立以来,或承诺计划中),请核对。".into(),
            "The R&D within China entered is larger than the R&D in all (since founding, or in the committed plan); please check the figures.".into(),
        ),
        Reason::DomesticExceedsTotal { year } => pick(
            lang,
            format!("{year}年填写的境内研究开发费用大于研究开发费用总额,请核对。"),
            format!("For {year} the R&D incurred within China is larger than total R&D; please check the figures."),
        ),
        Reason::NoRdRecorded => pick(
            lang,
            "没有研究开发费用,也就没有在中国境内发生的研究开发费用,达不到第五条第(四)项要求的占比。".into(),
            "There were no R&D expenses, so none were incurred within China: the share Art. 5(4) requires cannot be reached.".into(),
        ),
        Reason::NoRdOverPeriod { first_year, latest_year } => {
            let years = year_span(*first_year, *latest_year);
            pick(
                lang,
                format!("{years}年研究开发费用合计为零:没有研发投入,研发费用占比和上一年度增速都达不到任何一档的要求。"),
                format!("R&D expenses in {years} total zero: with no R&D, neither the ratio nor last year's growth can reach any band's minimum."),
            )
        }
        Reason::OutdatedFiscalYear { latest, expected } => pick(
            lang,
            format!("填写的最近一个完整会计年度是{latest}年,但按自评日期,最近一个完整会计年度应为{expected}年:{latest}年及之前的数据不是现在申报时的“近3年”,不能据此得出符合的结论。请改填{expected}年及之前年度的数据。"),
            format!("The latest complete fiscal year entered is {latest}, but on the date of this self-check it is {expected}: figures up to {latest} are not the “last 3 years” of an application made now and cannot confirm this condition. Enter {expected} and the years before it."),
        ),
        Reason::MissingNewEntityFigures { missing } => {
            let list: Vec<&str> = missing.iter().map(|m| m.label().get(lang)).collect();
            pick(
                lang,
                format!("缺少数据:{}。尚无完整会计年度的新建独立法人实体,第五条第(四)项按成立以来已发生的研究开发费用判断;尚未发生的,按承诺中计划在中国境内发生的部分判断。", list.join("、")),
                format!("Figures missing: {}. For a new entity with no complete fiscal year, Art. 5(4) is judged on the R&D incurred since founding, or, if none has been incurred yet, on the part of the committed R&D planned within China.", list.join("; ")),
            )
        }
        Reason::FoundedAfterLatestYear { founded, latest } => pick(
            lang,
            format!("成立于{founded},在最近一个完整会计年度({latest}年)结束之后,尚无完整会计年度:属于新建。"),
            format!("Founded on {founded}, after the latest complete fiscal year ({latest}) ended, so it has no complete fiscal year yet: newly founded."),
        ),
        Reason::OperatedThroughPeriod { first_year, latest_year, founded } => {
            let years = year_span(*first_year, *latest_year);
            let since = founded.map(|d| pick(lang, format!("成立于{d},"), format!("founded on {d}, "))).unwrap_or_default();
            pick(
                lang,
                format!("{since}已完整经营{years}年(“近3年”),不是第六条所称的新建独立法人实体,不能按第六条申报。现有企业按第五条第(三)项判断研究开发费用,下方列出按所填数据的第五条第(三)项结果。"),
                format!("{since}it operated through all of {years} (the “last 3 years”), so it is not a newly founded independent legal entity under Art. 6 and cannot apply under it. An existing enterprise's R&D is judged under Art. 5(3): its result on the figures entered is shown below."),
            )
        }
        Reason::FoundedWithinPeriod { founded, latest } => pick(
            lang,
            format!("成立于{founded},至{latest}年已有会计年度的经营数据。指引未规定成立多久以内属于“新建”,能否按第六条申报需由主管部门认定;下方列出按第五条第(三)项的结果供参考。"),
            format!("Founded on {founded}, it has fiscal years of its own up to {latest}. The guideline does not say how recently an entity must have been founded to count as newly founded, so whether Art. 6 applies is for the Commission; the Art. 5(3) result is shown below for reference."),
        ),
        Reason::Commitment {
            committed,
            minimum,
            years,
            difference,
        } => {
            let c = format_amount(*committed, Rounding::Nearest, lang);
            let m = format_amount(*minimum, Rounding::Nearest, lang);
            let gap = describe_difference(*difference, lang);
            pick(
                lang,
                format!("承诺未来{years}年年均研究开发费用 {c}(要求不低于 {m}),{gap}。"),
                format!("Committed average annual R&D over the next {years} years: {c} (at least {m} required): {gap}."),
            )
        }
        Reason::CommitmentMissing { minimum, years } => {
            let m = format_amount(*minimum, Rounding::Nearest, lang);
            pick(
                lang,
                format!("尚未填写未来{years}年年均研究开发费用的保障额度(第六条要求不低于 {m})。"),
                format!("The guaranteed average annual R&D for the next {years} years is not entered yet (Art. 6 requires at least {m})."),
            )
        }
    }
}

/// The sentences of the reasons that carry amounts, with the amounts left out; `None` for the
/// reasons that carry none.
fn describe_without_amounts(reason: &Reason, lang: Lang) -> Option<String> {
    let met = |difference: &Decimal| !difference.is_sign_negative() || difference.is_zero();
    let reached = |ok: bool| match (ok, lang) {
        (true, Lang::Zh) => "达到要求",
        (false, Lang::Zh) => "未达到要求",
        (true, Lang::En) => "meets the minimum",
        (false, Lang::En) => "falls short of the minimum",
    };
    Some(match reason {
        Reason::RdRatio { first_year, latest_year, ratio, min_ratio, difference, .. } => {
            let years = year_span(*first_year, *latest_year);
            let r = format_percent(*ratio, Rounding::Down);
            let min = format_threshold_percent(*min_ratio);
            pick(
                lang,
                format!("{years}年研究开发费用总额占同期销售收入总额的 {r}(要求不低于 {min}),{}。", reached(met(difference))),
                format!("R&D expenses in {years} are {r} of sales revenue over the same period (at least {min} required): {}.", reached(met(difference))),
            )
        }
        Reason::RdRatioWithoutRevenue { .. } => pick(
            lang,
            "期间销售收入为零,研发费用占比无法计算,需由主管部门认定。".into(),
            "Sales revenue over the period is zero, so the R&D ratio is undefined; the Commission will have to judge.".into(),
        ),
        Reason::RdGrowth { year, growth, min_growth, difference, previous_year_share, .. } => {
            let g = describe_growth(*growth, lang);
            let min = format_threshold_percent(*min_growth);
            let annualised = match (previous_year_share.is_some(), lang) {
                (true, Lang::Zh) => "(基数按实际经营时间折算为全年;不满一年的基数不能据此判定符合)",
                (true, Lang::En) => " (on a base annualised over the actual operating time; a part-year base cannot confirm the condition)",
                (false, _) => "",
            };
            pick(
                lang,
                format!("上一年度({year}年)研究开发费用{g}(要求增长不低于 {min}),{}{annualised}。", reached(met(difference))),
                format!("R&D in the previous year ({year}): {g} (growth of at least {min} required): {}{annualised}.", reached(met(difference))),
            )
        }
        Reason::RdGrowthFromZero { year, .. } => pick(
            lang,
            format!("{}年研究开发费用为零,{year}年增速无法计算(基数为零),需由主管部门认定。", year - 1),
            format!("R&D in {} was zero, so growth in {year} is undefined (zero base); the Commission will have to judge.", year - 1),
        ),
        Reason::DomesticShare { share, min_share, difference, basis: _, .. } => {
            let sh = format_percent(*share, Rounding::Down);
            let min = format_threshold_percent(*min_share);
            pick(
                lang,
                format!("在中国境内发生的研究开发费用占全部研究开发费用的 {sh}(要求不低于 {min}),{}。", reached(met(difference))),
                format!("R&D incurred within China is {sh} of all R&D (at least {min} required): {}.", reached(met(difference))),
            )
        }
        Reason::Commitment { minimum, years, difference, .. } => {
            let m = format_amount(*minimum, Rounding::Nearest, lang);
            pick(
                lang,
                format!("承诺的未来{years}年年均研究开发费用{}(要求不低于 {m})。", reached(met(difference))),
                format!("The committed average annual R&D for the next {years} years {} (at least {m}).", reached(met(difference))),
            )
        }
        _ => return None,
    })
}

/// An amount in the unit a sentence uses for thresholds: 2,000.00万元 / RMB 20,000,000.
pub fn format_amount_plain(yuan: Decimal, lang: Lang) -> String {
    format_amount(yuan, Rounding::Nearest, lang)
}

/// A growth rate as words: “增长 12.00%” or, for a fall, “下降 94.00%” (never a negative
/// growth). Truncated towards zero, so a shown growth at the minimum really reaches it.
pub fn describe_growth(growth: Decimal, lang: Lang) -> String {
    if growth.is_sign_negative() && !growth.is_zero() {
        let fall = format_percent(-growth, Rounding::Down);
        pick(lang, format!("下降 {fall}"), format!("a fall of {fall}"))
    } else {
        let rise = format_percent(growth, Rounding::Down);
        pick(lang, format!("增长 {rise}"), format!("growth of {rise}"))
    }
}

impl NewEntityFigure {
    pub fn label(self) -> super::lang::Bilingual {
        use super::lang::Bilingual;
        match self {
            NewEntityFigure::RdSinceFounding => Bilingual::new(
                "成立以来已发生的研究开发费用",
                "R&D incurred since founding",
            ),
            NewEntityFigure::RdSinceFoundingDomestic => Bilingual::new(
                "其中:在中国境内发生的研究开发费用",
                "of which: R&D incurred within China",
            ),
            NewEntityFigure::PlannedDomesticAverageAnnualRd => Bilingual::new(
                "承诺的年均研究开发费用中,计划在中国境内发生的部分",
                "of the committed average annual R&D, the part planned within China",
            ),
        }
    }
}

/// “X above the minimum” or “X short”, rounded so that the shown gap is enough to close.
pub fn describe_difference(difference: Decimal, lang: Lang) -> String {
    if difference.is_sign_negative() && !difference.is_zero() {
        let short = format_amount(-difference, Rounding::Up, lang);
        pick(lang, format!("还差 {short}"), format!("{short} short"))
    } else if difference.is_zero() {
        pick(lang, "恰好达到要求".into(), "exactly at the minimum".into())
    } else {
        let margin = format_amount(difference, Rounding::Down, lang);
        pick(
            lang,
            format!("高出 {margin}"),
            format!("{margin} above the minimum"),
        )
    }
}

fn missing_figure(m: &MissingFigure, lang: Lang) -> String {
    pick(
        lang,
        format!("{}年{}", m.year, m.field.label().zh),
        format!("{} for {}", m.field.label().en, m.year),
    )
}

fn year_span(first: i32, latest: i32) -> String {
    if first == latest {
        format!("{first}")
    } else {
        format!("{first}–{latest}")
    }
}

fn describe_period_problem(problem: PeriodProblem, lang: Lang) -> String {
    match problem {
        PeriodProblem::NoLatestYear => pick(
            lang,
            "尚未填写最近一个完整会计年度。".into(),
            "The latest complete fiscal year is not entered yet.".into(),
        ),
        PeriodProblem::NoOperatingHistory => pick(
            lang,
            "尚未填写经营时间(是否已完整经营3个会计年度,或成立日期)。".into(),
            "How long the applicant has operated is not entered yet (three full fiscal years, or the founding date).".into(),
        ),
        PeriodProblem::FoundedAfterLatestYear { founded, latest } => pick(
            lang,
            format!("成立于{founded}年,晚于最近一个完整会计年度{latest}年,尚无完整会计年度的财务数据,无法按近3年的数据判断;新建独立法人实体可按第六条申报。"),
            format!("Founded in {founded}, after the latest complete fiscal year {latest}: there is no complete fiscal year of figures to judge on. A newly founded independent legal entity can apply under Art. 6."),
        ),
        PeriodProblem::LatestYearNotEnded { latest, as_of } => pick(
            lang,
            format!("{latest}年在自评日期({as_of})尚未结束,不能作为最近一个完整会计年度:请填写{}年。", as_of.year - 1),
            format!("{latest} has not ended on the date of this self-check ({as_of}), so it cannot be the latest complete fiscal year: enter {}.", as_of.year - 1),
        ),
        PeriodProblem::FoundedInFuture { as_of } => pick(
            lang,
            format!("成立日期晚于自评日期({as_of}),请核对。"),
            format!("The founding date is after the date of this self-check ({as_of}); please check it."),
        ),
    }
}

/// The period as a sentence: which years, and the actual operating time.
pub fn describe_period(period: &Period, lang: Lang) -> String {
    let years = year_span(period.first(), period.latest());
    let time = describe_years(period.operating_time, lang);
    pick(
        lang,
        format!("“近3年”按{years}年计算,实际经营时间 {time}。"),
        format!("“The last 3 years” are {years}; actual operating time {time}."),
    )
}

/// A caution when the latest fiscal year entered is the year before last, allowed early in the
/// year while last year's accounts are audited; `None` otherwise (an outdated or unended year is
/// a finding of its own).
pub fn describe_fiscal_year(check: FiscalYearCheck, lang: Lang) -> Option<String> {
    match check {
        FiscalYearCheck::AccountsBeingAudited {
            expected,
            window_ends,
        } => Some(pick(
            lang,
            format!("提示:按自评日期,最近一个完整会计年度是{expected}年。{window_ends}前其财务报表和研发费用专项审计可能尚未完成,本次暂按{}年及之前的数据计算;{expected}年的审计报告出具后,请按{expected}年数据重新自评,申报时以当年度申报通知要求的年度为准。", expected - 1),
            format!("Note: on the date of this self-check the latest complete fiscal year is {expected}. Until {window_ends} its statements and R&D expense audit may not be finished, so this self-check uses {} and the years before it; once the {expected} audit is done, check again with {expected}'s figures. The application notice of the year decides which years count.", expected - 1),
        )),
        _ => None,
    }
}

/// An operating time: “3年”, “2年又5个月”, “1年又184天”.
pub fn describe_years(time: Years, lang: Lang) -> String {
    let whole = time.numerator / time.denominator;
    let rest = time.numerator % time.denominator;
    match (time.denominator, rest) {
        (_, 0) => pick(lang, format!("{whole}年"), plural(whole, "year")),
        (12, m) if whole == 0 => pick(lang, format!("{m}个月"), plural(m, "month")),
        (_, d) if whole == 0 => pick(lang, format!("{d}天"), plural(d, "day")),
        (12, m) => pick(
            lang,
            format!("{whole}年又{m}个月"),
            format!("{} and {}", plural(whole, "year"), plural(m, "month")),
        ),
        (_, d) => pick(
            lang,
            format!("{whole}年又{d}天"),
            format!("{} and {}", plural(whole, "year"), plural(d, "day")),
        ),
    }
}

fn plural(n: u32, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Where the revenue puts the applicant in Art. 5(3), as a sentence.
pub fn describe_scale(scale: &RevenueScale, lang: Lang) -> String {
    describe_scale_with(scale, lang, Amounts::Shown)
}

/// [`describe_scale`], with or without the applicant's amounts.
pub fn describe_scale_with(scale: &RevenueScale, lang: Lang, amounts: Amounts) -> String {
    if amounts == Amounts::Hidden {
        let band = scale.tier.band().get(lang);
        let item = scale.tier.clause().citation(lang);
        let ratio = format_threshold_percent(scale.min_rd_ratio);
        let growth = format_threshold_percent(scale.min_rd_growth);
        return pick(
            lang,
            format!("年均销售收入属于{item}“{band}”档:研究开发费用占比不低于 {ratio},或上一年度研究开发费用增速不低于 {growth},满足其一即可。"),
            format!("Average annual sales revenue is in the band of {item}, “{band}”: R&D at least {ratio} of revenue, or last year's R&D growth at least {growth}; either is enough."),
        );
    }
    let avg = format_scale(scale.average_revenue, Rounding::Nearest, lang);
    let total = format_scale(scale.total_revenue, Rounding::Nearest, lang);
    let time = describe_years(scale.operating_time, lang);
    let band = scale.tier.band().get(lang);
    let item = scale.tier.clause().citation(lang);
    let ratio = format_threshold_percent(scale.min_rd_ratio);
    let growth = format_threshold_percent(scale.min_rd_growth);
    let higher = match (scale.tier.higher(), scale.average_short_of_higher_tier) {
        (Some(h), Some(short)) => pick(
            lang,
            format!("年均销售收入再增加 {} 即进入{}“{}”档(要求更低)。", format_amount(short, Rounding::Up, lang), h.clause().citation(lang), h.band().zh),
            format!(" Another {} of average annual revenue would reach the {} band, whose thresholds are lower.", format_amount(short, Rounding::Up, lang), h.band().en),
        ),
        _ => String::new(),
    };
    pick(
        lang,
        format!("年均销售收入 {avg}(销售收入总额 {total} ÷ 实际经营 {time}),属于{item}“{band}”档:研究开发费用占比不低于 {ratio},或上一年度研究开发费用增速不低于 {growth},满足其一即可。{higher}"),
        format!("Average annual sales revenue is {avg} (total {total} ÷ {time} of operation), in the band of {item}, “{band}”: R&D at least {ratio} of revenue, or last year's R&D growth at least {growth}; either is enough.{higher}"),
    )
}

/// The outcome in words a manager can forward. It never asks for something that cannot be
/// entered, and never says that nothing fails while a part is not met.
pub fn summary(assessment: &Assessment, lang: Lang) -> String {
    let number = assessment.rules.guideline.number;
    let named = |verdict: Verdict| -> Vec<String> {
        assessment
            .conditions
            .iter()
            .filter(|c| c.verdict == verdict)
            .map(|c| {
                pick(
                    lang,
                    format!("{}({})", c.clause.citation(lang), c.condition.title().zh),
                    format!("{} ({})", c.clause.citation(lang), c.condition.title().en),
                )
            })
            .collect()
    };
    let reference = assessment
        .art5_3_reference
        .as_ref()
        .map(|r| {
            pick(
                lang,
                format!("按第五条第(三)项(现有企业适用),所填数据的结论为“{}”;如贵单位不是新建独立法人实体,请将申报类型改为“现有企业”重新自评。", r.verdict.label().zh),
                format!(" Under Art. 5(3), which applies to an existing enterprise, the figures entered come out as “{}”; if the applicant is not a newly founded independent legal entity, change the type of applicant to “An existing enterprise” and check again.", r.verdict.label().en),
            )
        })
        .unwrap_or_default();
    match assessment.overall {
        Overall::PreliminarilyEligible => pick(
            lang,
            format!("按所填信息,贵单位初步符合{number}规定的技术创新中心依托单位条件。这是自评结果,不代表主管部门的认定;申报时以建设方案、证明材料和专家论证为准。"),
            format!("On the answers given, the applicant preliminarily meets the conditions for a supporting unit under {number}. This is a self-check, not the Commission's decision; an application is judged on the construction plan, supporting documents and expert review."),
        ),
        Overall::NotEligible => {
            let unmet = named(Verdict::NotMet);
            pick(
                lang,
                format!("按所填信息,贵单位目前不符合{number}规定的依托单位条件:{}不满足。详见各项说明及与门槛的差距。{reference}", unmet.join("、")),
                format!("On the answers given, the applicant does not currently meet the conditions for a supporting unit under {number}: {} not met. See each condition for the reasons and the distance to the threshold.{reference}", unmet.join(", ")),
            )
        }
        Overall::CannotTellYet => {
            let open = named(Verdict::CannotTell);
            let (completable, judged): (Vec<_>, Vec<_>) = assessment
                .open_points()
                .partition(|(_, f)| f.reason.can_be_completed());
            let how = match (!completable.is_empty(), !judged.is_empty(), lang) {
                (true, true, Lang::Zh) => "其中一部分可以补充或修改回答后再判断,另一部分需由主管部门认定,见下方“还需要补充或核实”。",
                (true, false, Lang::Zh) => "补充或修改下方“还需要补充或核实”列出的回答后,即可再作判断。",
                (false, _, Lang::Zh) => "这些事项无法由填写的信息判断,需由主管部门认定,原因见下方“还需要补充或核实”。",
                (true, true, Lang::En) => " Some can be settled by completing or correcting answers; others are for the Commission to judge: see “Still to complete or check” below.",
                (true, false, Lang::En) => " Complete or correct the answers listed under “Still to complete or check” below for a result.",
                (false, _, Lang::En) => " The answers given cannot settle them: the Commission will have to judge, for the reasons under “Still to complete or check” below.",
            };
            pick(
                lang,
                format!("目前尚无法判断:{}尚未确定。{how}{reference}", open.join("、")),
                format!("We can't give a result yet: {} cannot be decided yet.{how}{reference}", open.join(", ")),
            )
        }
    }
}

/// What the result rests on, for the results page, the printout and the report: the date it
/// was computed for, the guideline and its date in force, the tool and rule set versions, and
/// the reminder that a trial guideline may be revised.
pub fn rules_version(assessment: &Assessment, lang: Lang) -> [String; 3] {
    let rules: &RuleSet = assessment.rules;
    let g = &rules.guideline;
    let as_of = assessment.as_of;
    let trial = match (g.trial, lang) {
        (true, Lang::Zh) => "本指引为试行版本,可能修订。",
        (true, Lang::En) => "The guideline is a trial text and may be revised. ",
        (false, _) => "",
    };
    [
        pick(
            lang,
            format!("按{as_of}的情况计算;依据《{}》{}({}起施行)。", g.title.zh, g.number, g.in_force),
            format!("Computed for {as_of}, under {}, {} (in force from {}).", g.title.en, g.number, g.in_force),
        ),
        pick(
            lang,
            format!("自评工具版本 {TOOL_VERSION},规则版本 {}(自{}起适用)。", rules.id, rules.effective_from),
            format!("Self-check version {TOOL_VERSION}, rule set {} (applies from {}).", rules.id, rules.effective_from),
        ),
        pick(
            lang,
            format!("{trial}申报前请查阅市科委、中关村管委会发布的当年度申报通知,以其要求为准。"),
            format!("{trial}Before applying, check the application notice the Commission publishes for the year: its requirements prevail."),
        ),
    ]
}

/// A date as the printout and the results write it.
pub fn format_date(date: CalendarDate, lang: Lang) -> String {
    pick(
        lang,
        format!("{}年{}月{}日", date.year, date.month, date.day),
        date.to_string(),
    )
}

/// The steps after a self-check, each with its key in the long texts and the clause it rests
/// on: the plan (Art. 7(1)), the partners and the backbone enterprise (Art. 4), organised
/// recommendation through a district or Zhongguancun sub-park (Art. 7(2), Art. 14(1)), evidence
/// behind every declaration (Art. 18(2)), the plan review (Art. 7(3)) and the plaque with its
/// evaluations (Art. 7(4), Art. 16).
const NEXT_STEPS: [(&str, ClauseId); 6] = [
    ("next.plan", ClauseId::Art7_1),
    ("next.partners", ClauseId::Art4),
    ("next.recommendation", ClauseId::Art14_1),
    ("next.evidence", ClauseId::Art18),
    ("next.review", ClauseId::Art7_3),
    ("next.plaque", ClauseId::Art7_4),
];

/// What comes after a self-check, step by step, with the clause each step rests on; the
/// numbers come from the rule set.
pub fn next_steps(rules: &RuleSet, lang: Lang) -> Vec<(ClauseId, String)> {
    NEXT_STEPS
        .iter()
        .map(|&(key, clause)| {
            let text = long_text(key, || source_next_step(key));
            (clause, with_numbers(text.get(lang), rules, lang))
        })
        .collect()
}

/// The next steps' texts with their keys, for the long-text file.
pub fn next_step_texts() -> Vec<(&'static str, Bilingual)> {
    NEXT_STEPS
        .iter()
        .map(|&(key, _)| (key, source_next_step(key)))
        .collect()
}

fn source_next_step(key: &str) -> Bilingual {
    match key {
        "next.plan" => Bilingual::new(
            "组织编制技术创新中心建设方案:明确总体目标、分年度目标及里程碑目标,明确建设内容、技术路线、预期成果、运行机制、预算方案和保障措施等内容(所列并非全部,见下方准备清单)。",
            "Prepare the construction plan: the overall goal, annual and milestone goals, and the construction content, technical route, expected results, operating mechanism, budget plan, safeguards and other contents (the list is not exhaustive; see the checklist below).",
        ),
        "next.partners" => Bilingual::new(
            "落实共同组建单位:技术创新中心以科技型骨干企业为依托,联合相关领域高等学校、科研机构以及产业链上下游企业等共同组建。",
            "Line up the partners: a center is built on a science-and-technology backbone enterprise as the supporting unit, jointly with universities, research institutions and upstream and downstream enterprises in the field.",
        ),
        "next.recommendation" => Bilingual::new(
            "通过组织推荐申报:市科委中关村管委会按照组织推荐等方式推进建设;市有关部门、各区及北京经济技术开发区可以提出推荐建议,各区科技管理机构和中关村各分园管理机构择优推荐本区域内符合条件的单位(第七条第(二)项、第十四条第(一)项)。请先与所在区或分园联系。",
            "Apply through organised recommendation: the Commission proceeds by organised recommendation and other means; municipal departments, the districts and the Beijing Economic-Technological Development Area may recommend, and the district science and technology bodies and the Zhongguancun sub-park administrations recommend the best qualified units in their area (Art. 7(2), Art. 14(1)). Contact your district or sub-park first.",
        ),
        "next.evidence" => Bilingual::new(
            "准备证明材料:本自评中的每一项声明和数据,申报时都需有材料佐证(见准备清单中各项条件的材料建议);提供虚假材料和数据的,撤销技术创新中心资格(第十八条第(二)项)。",
            "Gather the evidence: every declaration and figure in this self-check must be backed by documents when applying (see the evidence suggested for each condition in the checklist); false materials or data lead to the center's status being revoked (Art. 18(2)).",
        ),
        "next.review" => Bilingual::new(
            "方案论证:市科委中关村管委会组织专家对建设方案进行评估论证。",
            "Plan review: the Commission has experts evaluate the construction plan.",
        ),
        "next.plaque" => Bilingual::new(
            "组建授牌:同意组建的予以授牌,有效期{valid}年;其间{mid}年开展中期评估,{full}年开展全面考核(第十六条)。",
            "Plaque: an approved center receives a plaque valid for {valid} years, with a mid-term evaluation after {mid} years and a full evaluation after {full} (Art. 16).",
        ),
        _ => Bilingual::new("", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operating_times_read_naturally() {
        let y = |numerator, denominator| Years {
            numerator,
            denominator,
        };
        assert_eq!(describe_years(y(3, 1), Lang::Zh), "3年");
        assert_eq!(describe_years(y(3, 1), Lang::En), "3 years");
        assert_eq!(describe_years(y(28, 12), Lang::Zh), "2年又4个月");
        assert_eq!(describe_years(y(13, 12), Lang::En), "1 year and 1 month");
        assert_eq!(describe_years(y(10, 12), Lang::Zh), "10个月");
        assert_eq!(describe_years(y(245, 366), Lang::Zh), "245天");
        assert_eq!(describe_years(y(1, 365), Lang::En), "1 day");
        assert_eq!(describe_years(y(549, 365), Lang::Zh), "1年又184天");
        assert_eq!(describe_years(y(549, 365), Lang::En), "1 year and 184 days");
    }
}
