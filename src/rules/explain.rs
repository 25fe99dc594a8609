//! The verdicts in words: every reason, figure and outcome as a sentence in Chinese and English.
//! The browser app and the command line both print these, so the two never disagree.

use super::answers::Answer;
use super::assess::{Assessment, MissingFigure, Overall, Reason, RevenueScale};
use super::guideline::{GUIDELINE, NEW_ENTITY_COMMITMENT_YEARS};
use super::lang::{pick, Lang};
use super::money::{
    format_amount, format_percent, format_scale, format_threshold_percent, Rounding,
};
use super::period::{Period, PeriodProblem, Years};
use rust_decimal::Decimal;

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
            growth,
            min_growth,
            required_rd_latest,
            difference,
            previous_year_partial,
        } => {
            let g = format_percent(*growth, Rounding::Down);
            let min = format_threshold_percent(*min_growth);
            let last = format_amount(*rd_latest, Rounding::Nearest, lang);
            let prev = format_amount(*rd_previous, Rounding::Nearest, lang);
            let req = format_amount(*required_rd_latest, Rounding::Up, lang);
            let gap = describe_difference(*difference, lang);
            let caution = if *previous_year_partial {
                pick(
                    lang,
                    format!("注意:{}年仅经营了部分时间,增速按实际数据计算,主管部门可能另行认定。", year - 1),
                    format!(" Note: {} was only partly operated; the growth is computed on the actual figures and the Commission may view it differently.", year - 1),
                )
            } else {
                String::new()
            };
            pick(
                lang,
                format!("上一年度({year}年)研究开发费用 {last},较{}年的 {prev} 增长 {g}(要求不低于 {min})。{year}年研发费用至少应达到 {req},{gap}。{caution}", year - 1),
                format!("R&D in the previous year ({year}) was {last}, growth of {g} on {prev} in {} (at least {min} required). {year} R&D must reach at least {req}: {gap}.{caution}", year - 1),
            )
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
            pick(
                lang,
                format!("在中国境内发生的研究开发费用 {dom},占全部研究开发费用 {total} 的 {s}(要求不低于 {min})。境内研发费用至少应为 {req},{gap}。"),
                format!("R&D incurred within China is {dom}, {s} of all R&D of {total} (at least {min} required). Domestic R&D must be at least {req}: {gap}."),
            )
        }
        Reason::DomesticExceedsTotal { year } => pick(
            lang,
            format!("{year}年填写的境内研究开发费用大于研究开发费用总额,请核对。"),
            format!("For {year} the R&D incurred within China is larger than total R&D; please check the figures."),
        ),
        Reason::NoRdRecorded => pick(
            lang,
            "期间研究开发费用为零,境内占比无法计算。".into(),
            "There were no R&D expenses over the period, so the domestic share is undefined.".into(),
        ),
        Reason::Commitment {
            committed,
            minimum,
            difference,
        } => {
            let c = format_amount(*committed, Rounding::Nearest, lang);
            let m = format_amount(*minimum, Rounding::Nearest, lang);
            let gap = describe_difference(*difference, lang);
            let years = NEW_ENTITY_COMMITMENT_YEARS.value;
            pick(
                lang,
                format!("承诺未来{years}年年均研究开发费用 {c}(要求不低于 {m}),{gap}。"),
                format!("Committed average annual R&D over the next {years} years: {c} (at least {m} required): {gap}."),
            )
        }
        Reason::CommitmentMissing => pick(
            lang,
            "尚未填写未来3年年均研究开发费用的保障额度(第六条要求不低于2000万元)。".into(),
            "The guaranteed average annual R&D for the next 3 years is not entered yet (Art. 6 requires at least RMB 20 million).".into(),
        ),
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
        Reason::RdGrowth { year, growth, min_growth, difference, .. } => {
            let g = format_percent(*growth, Rounding::Down);
            let min = format_threshold_percent(*min_growth);
            pick(
                lang,
                format!("上一年度({year}年)研究开发费用增长 {g}(要求不低于 {min}),{}。", reached(met(difference))),
                format!("R&D in the previous year ({year}) grew by {g} (at least {min} required): {}.", reached(met(difference))),
            )
        }
        Reason::RdGrowthFromZero { year, .. } => pick(
            lang,
            format!("{}年研究开发费用为零,{year}年增速无法计算(基数为零),需由主管部门认定。", year - 1),
            format!("R&D in {} was zero, so growth in {year} is undefined (zero base); the Commission will have to judge.", year - 1),
        ),
        Reason::DomesticShare { share, min_share, difference, .. } => {
            let sh = format_percent(*share, Rounding::Down);
            let min = format_threshold_percent(*min_share);
            pick(
                lang,
                format!("在中国境内发生的研究开发费用占全部研究开发费用的 {sh}(要求不低于 {min}),{}。", reached(met(difference))),
                format!("R&D incurred within China is {sh} of all R&D (at least {min} required): {}.", reached(met(difference))),
            )
        }
        Reason::Commitment { minimum, difference, .. } => {
            let m = format_amount(*minimum, Rounding::Nearest, lang);
            pick(
                lang,
                format!("承诺的未来3年年均研究开发费用{}(要求不低于 {m})。", reached(met(difference))),
                format!("The committed average annual R&D for the next 3 years {} (at least {m}).", reached(met(difference))),
            )
        }
        _ => return None,
    })
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
            format!("成立于{founded}年,晚于最近完整会计年度{latest}年,尚无完整年度的财务数据;相关比例将按实际发生的研发费用判断。"),
            format!("Founded in {founded}, after the latest complete fiscal year {latest}: there is no fiscal year of figures yet, and the ratios will be judged on the R&D actually incurred."),
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
        let tier = scale.tier.tier();
        let band = scale.tier.band().get(lang);
        let item = tier.clause.citation(lang);
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
    let tier = scale.tier.tier();
    let band = scale.tier.band().get(lang);
    let item = tier.clause.citation(lang);
    let ratio = format_threshold_percent(scale.min_rd_ratio);
    let growth = format_threshold_percent(scale.min_rd_growth);
    let higher = match (scale.tier.higher(), scale.average_short_of_higher_tier) {
        (Some(h), Some(short)) => pick(
            lang,
            format!("年均销售收入再增加 {} 即进入{}档(要求更低)。", format_amount(short, Rounding::Up, lang), h.band().zh),
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

/// The outcome in words a manager can forward.
pub fn summary(assessment: &Assessment, lang: Lang) -> String {
    let number = GUIDELINE.number;
    match assessment.overall {
        Overall::PreliminarilyEligible => pick(
            lang,
            format!("按所填信息,贵单位初步符合{number}规定的技术创新中心依托单位条件。这是自评结果,不代表主管部门的认定;申报时以建设方案、证明材料和专家论证为准。"),
            format!("On the answers given, the applicant preliminarily meets the conditions for a supporting unit under {number}. This is a self-check, not the Commission's decision; an application is judged on the construction plan, supporting documents and expert review."),
        ),
        Overall::NotEligible => {
            let unmet: Vec<&str> = assessment
                .conditions
                .iter()
                .filter(|c| c.verdict == super::assess::Verdict::NotMet)
                .map(|c| c.clause.citation(lang))
                .collect();
            pick(
                lang,
                format!("按所填信息,贵单位目前不符合{number}规定的依托单位条件:{}不满足。详见各项说明及与门槛的差距。", unmet.join("、")),
                format!("On the answers given, the applicant does not currently meet the conditions for a supporting unit under {number}: {} not met. See each condition for the reasons and the distance to the threshold.", unmet.join(", ")),
            )
        }
        Overall::CannotTellYet => {
            let open: Vec<&str> = assessment
                .conditions
                .iter()
                .filter(|c| c.verdict == super::assess::Verdict::CannotTell)
                .map(|c| c.clause.citation(lang))
                .collect();
            pick(
                lang,
                format!("目前尚无法判断:{}还缺少信息或存在“不确定”的回答。补充后即可得出结论;已填写的各项均未发现不符合。", open.join("、")),
                format!("It cannot be told yet: {} still lack information or have “not sure” answers. Complete them for a result; nothing answered so far fails.", open.join(", ")),
            )
        }
    }
}

/// What comes after a self-check, step by step, with the clause each step rests on (Art. 7, and
/// the evaluations of Art. 16).
pub fn next_steps(lang: Lang) -> Vec<(super::clauses::ClauseId, String)> {
    use super::clauses::ClauseId;
    use super::guideline::{
        FULL_EVALUATION_YEARS, MID_TERM_EVALUATION_YEARS, PLAQUE_VALIDITY_YEARS,
    };
    let valid = PLAQUE_VALIDITY_YEARS.value;
    let mid = MID_TERM_EVALUATION_YEARS.value;
    let full = FULL_EVALUATION_YEARS.value;
    vec![
        (
            ClauseId::Art7_1,
            pick(
                lang,
                "组织编制技术创新中心建设方案:明确总体目标、分年度目标及里程碑目标,以及建设内容、技术路线、预期成果、运行机制、预算方案和保障措施。".into(),
                "Prepare the construction plan: the overall goal, annual and milestone goals, and the construction content, technical route, expected results, operating mechanism, budget plan and safeguards.".into(),
            ),
        ),
        (
            ClauseId::Art7_2,
            pick(
                lang,
                "争取推荐:市有关部门、所在区或北京经济技术开发区可以提出推荐建议;市科委中关村管委会按照组织推荐等方式推进。".into(),
                "Seek a recommendation: relevant municipal departments, your district or the Beijing Economic-Technological Development Area may recommend; the Commission proceeds by organised recommendation and other means.".into(),
            ),
        ),
        (
            ClauseId::Art7_3,
            pick(
                lang,
                "方案论证:市科委中关村管委会组织专家对建设方案进行评估论证。".into(),
                "Plan review: the Commission has experts evaluate the construction plan.".into(),
            ),
        ),
        (
            ClauseId::Art7_4,
            pick(
                lang,
                format!("组建授牌:同意组建的予以授牌,有效期{valid}年;其间{mid}年开展中期评估,{full}年开展全面考核(第十六条)。"),
                format!("Plaque: an approved center receives a plaque valid for {valid} years, with a mid-term evaluation after {mid} years and a full evaluation after {full} (Art. 16)."),
            ),
        ),
    ]
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
