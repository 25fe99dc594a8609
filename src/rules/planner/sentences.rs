//! The plan in words: what the result page, the printout and `tic-assess --plan --text` say.

use super::{Art6NotOpen, Cheaper, CommitmentPlan, Need, Planned, Route, Unavailable};
use crate::rules::answers::year_label;
use crate::rules::dates::year_span;
use crate::rules::explain::{count_fiscal_years, describe_difference};
use crate::rules::guideline::RuleSet;
use crate::rules::lang::{Bilingual, Lang};
use crate::rules::library::{fill, long_texts};
use crate::rules::money_display::{
    format_amount, format_compared_amount, format_threshold_percent, shows_as_zero, Rounding,
};
use crate::rules::outcome::DomesticBasis;
use crate::rules::plausibility::Warning;
use crate::rules::sentences::LIST_SEPARATOR;
use rust_decimal::Decimal;

long_texts! {
    plan_texts;
    PLAN_BASIS = "plan.basis":
        "下一轮申报的“近3年”按{first}—{year}年计算。{year}年销售收入按预计{revenue}计，年均销售收入{average}，属于{item}“{band}”档：研究开发费用占比不低于{ratio}，或上一年度研究开发费用增速不低于{growth}，满足其一即可。",
        "For the next round, “the last 3 years” are {first}–{year}. With {year} revenue expected at {revenue}, average annual revenue is {average}, in the band of {item}, “{band}”: an R&D ratio of at least {ratio}, or last year's R&D growth of at least {growth}; either is enough.";
    PLAN_RATIO = "plan.ratio":
        "按研发费用占比：{year}年研究开发费用至少{amount}。",
        "By the R&D ratio: at least {amount} of R&D in {year}.";
    PLAN_RATIO_MET = "plan.ratio_met":
        "按研发费用占比：已有年度的研究开发费用已经足够，{year}年有任何研发投入即可。",
        "By the R&D ratio: the R&D of the years on record is already enough; any R&D in {year} will do.";
    PLAN_GROWTH = "plan.growth":
        "按上一年度增速：{year}年研究开发费用至少{amount}（较{previous}年增长{growth}）。",
        "By last year's growth: at least {amount} of R&D in {year} (growth of {growth} over {previous}).";
    PLAN_NO_REVENUE = "plan.no_revenue":
        "按研发费用占比：期间销售收入为零，占比无法计算。",
        "By the R&D ratio: revenue over the period would be zero, so the ratio is undefined.";
    PLAN_ZERO_BASE = "plan.zero_base":
        "按上一年度增速：{previous}年研究开发费用为零，增速无法计算。",
        "By last year's growth: R&D in {previous} was zero, so growth is undefined.";
    PLAN_PART_YEAR_BASE = "plan.part_year_base":
        "按上一年度增速：{previous}年只经营了部分时间，指引未规定不满一年的年度如何计算增速，此路径不能据以判定符合。",
        "By last year's growth: {previous} was operated only in part, and the guideline does not say how growth over a part year is measured, so this route cannot confirm the condition.";
    PLAN_NO_PREVIOUS_YEAR = "plan.no_previous_year":
        "按上一年度增速：{previous}年尚未经营，无法按增速判断。",
        "By last year's growth: the applicant did not operate in {previous}, so there is no growth to measure.";
    PLAN_CHEAPER_RATIO = "plan.cheaper_ratio":
        "两条途径满足其一即可：按研发费用占比所需的研究开发费用比按增速少{by}，计划按占比安排。",
        "Either route is enough: the R&D ratio needs {by} less R&D than the growth, so the plan follows the ratio.";
    PLAN_CHEAPER_GROWTH = "plan.cheaper_growth":
        "两条途径满足其一即可：按上一年度增速所需的研究开发费用比按占比少{by}，计划按增速安排。",
        "Either route is enough: last year's growth needs {by} less R&D than the ratio, so the plan follows the growth.";
    PLAN_DOMESTIC = "plan.domestic":
        "按此计划（{year}年研究开发费用{planned}），{year}年在中国境内发生的研究开发费用至少{amount}，近3年境内占比才不低于{min}（第五条第（四）项）。",
        "With this plan ({planned} of R&D in {year}), at least {amount} of it must be incurred within China for the share over the period to reach {min} (Art. 5(4)).";
    PLAN_DOMESTIC_MET = "plan.domestic_met":
        "按此计划，已有年度的境内研发费用已足以使近3年境内占比不低于{min}（第五条第（四）项）。",
        "With this plan, the domestic R&D on record already keeps the share over the period at {min} or more (Art. 5(4)).";
    PLAN_DOMESTIC_OUT_OF_REACH = "plan.domestic_out_of_reach":
        "按此计划，即使{year}年的研究开发费用全部在中国境内发生，近3年境内占比也达不到{min}（第五条第（四）项）：需要更多的境内研发投入。",
        "With this plan, even if all of {year}'s R&D were within China, the share over the period would not reach {min} (Art. 5(4)): more R&D within China is needed.";
    PLAN_BELOW_BOUND = "plan.below_bound":
        "注意：预计年均销售收入距{bound}的档次界限只差{distance}。{year}年销售收入达到{revenue}即进入{item}“{band}”档，要求降为研究开发费用占比不低于{ratio}，或增速不低于{growth}，计划可能更省。",
        "Note: the expected average revenue is {distance} short of the {bound} band bound. {year} revenue of {revenue} would put the applicant in {item}, “{band}”, where the requirements are lower (a ratio of {ratio} or growth of {growth}), which may make the plan cheaper.";
    PLAN_ABOVE_BOUND = "plan.above_bound":
        "注意：预计年均销售收入只比{bound}的档次界限高出{distance}。{year}年销售收入低于{revenue}将落入{item}“{band}”档，要求变为研究开发费用占比不低于{ratio}，或增速不低于{growth}。",
        "Note: the expected average revenue is only {distance} above the {bound} band bound. {year} revenue below {revenue} would put the applicant in {item}, “{band}”, which requires a ratio of {ratio} or growth of {growth}.";
    PLAN_AT_BOUND = "plan.at_bound":
        "注意：预计年均销售收入正好在{bound}的档次界限上。{year}年销售收入低于{revenue}将落入{item}“{band}”档，要求变为研究开发费用占比不低于{ratio}，或增速不低于{growth}。",
        "Note: the expected average revenue is right at the {bound} band bound. {year} revenue below {revenue} would put the applicant in {item}, “{band}”, which requires a ratio of {ratio} or growth of {growth}.";
    PLAN_RAISED_FOR_DOMESTIC = "plan.raised_for_domestic":
        "已有年度的境内研发费用占比偏低，第五条第（四）项需要的研发投入多于第五条第（三）项：{year}年研究开发费用至少{planned}（多{extra}），其中在中国境内发生至少{amount}，近3年境内占比才不低于{min}。",
        "The share of R&D within China on record is low, so Art. 5(4) needs more R&D than Art. 5(3): at least {planned} of R&D in {year} ({extra} more), of which at least {amount} within China, for the share over the period to reach {min}.";
    PLAN_ART6_NOT_ESTABLISHED = "plan.art6_not_established":
        "申报单位不是为建设技术创新中心而新设立的独立法人，第六条不适用；以下按现有企业适用的第五条第（三）项、第（四）项测算。",
        "The applicant was not set up as an independent legal person to build the center, so Art. 6 does not apply; the plan below is for an existing enterprise, under Art. 5(3) and 5(4).";
    PLAN_ART6_NOT_NEW = "plan.art6_not_new":
        "申报单位已完整经营{first}—{latest}年，不是第六条所称的新建独立法人实体，第六条不适用；以下按现有企业适用的第五条第（三）项、第（四）项测算。",
        "The applicant operated through all of {first}–{latest}, so it is not a newly founded independent legal entity and Art. 6 does not apply; the plan below is for an existing enterprise, under Art. 5(3) and 5(4).";
    PLAN_COMMITMENT = "plan.commitment":
        "第六条：依托单位应保障未来{years}年年均研究开发费用不低于{min}。",
        "Art. 6: the supporting unit must guarantee average annual R&D of at least {min} over the next {years} years.";
    PLAN_COMMITTED = "plan.committed":
        "已填写的保障额为年均{committed}，{gap}。",
        "The guarantee entered is {committed} a year on average: {gap}.";
    PLAN_ART6_ELIGIBLE = "plan.art6_eligible":
        "本次自评已初步符合：下面是申报后依托单位要保障的研发投入，供编写建设方案的预算方案。",
        "The self-check already finds the applicant preliminarily eligible: below is the R&D the supporting unit commits to by applying, for the budget plan of the construction plan.";
    PLAN_ART6_NOT_YET = "plan.art6_not_yet":
        "下面是第六条和第五条第（四）项要求依托单位保障的研发投入。",
        "Below is the R&D that Art. 6 and Art. 5(4) ask the supporting unit to guarantee.";
    PLAN_DOMESTIC_ON_COMMITMENT = "plan.domestic_on_commitment":
        "第五条第（四）项按承诺的研发投入计划判断，是未来{years}年合计的占比，不是每年的下限：按承诺年均{total}，在中国境内发生的部分年均至少{required}（{share}）；已计划年均{domestic}，{gap}。",
        "Art. 5(4) is judged on the committed plan, as a share of the next {years} years' total, not a floor for each year: with {total} a year committed, at least {required} a year on average must be within China ({share}); {domestic} a year is planned: {gap}.";
    PLAN_DOMESTIC_SINCE_FOUNDING = "plan.domestic_since_founding":
        "第五条第（四）项目前按成立以来已发生的研究开发费用判断：合计{total}，其中在中国境内发生的至少应为{required}（{share}）；已发生{domestic}，{gap}。此后在中国境内发生的研究开发费用会提高这一占比。",
        "Art. 5(4) is judged for now on the R&D incurred since founding: of {total} in all, at least {required} must have been incurred within China ({share}); {domestic} was: {gap}. R&D incurred within China from now on raises the share.";
    PLAN_DOMESTIC_ON_PERIOD = "plan.domestic_on_period":
        "第五条第（四）项按{years}年的数据判断：研究开发费用合计{total}，其中在中国境内发生的至少应为{required}（{share}）；已发生{domestic}，{gap}。",
        "Art. 5(4) is judged on {years}: of {total} of R&D in all, at least {required} must have been incurred within China ({share}); {domestic} was: {gap}.";
    PLAN_DOMESTIC_ON_MINIMUM = "plan.domestic_on_minimum":
        "第五条第（四）项：在中国境内发生的研究开发费用应不低于研究开发费用的{share}，按未来{years}年合计计算，不是每年的下限；按最低保障额计，境内部分年均至少{domestic}。",
        "Art. 5(4): R&D within China must be at least {share} of all R&D, over the next {years} years taken together, not in each year; at the minimum guarantee, that is at least {domestic} a year on average within China.";
    PLAN_WAITS = "plan.waits":
        "测算要等已填写的数字核对之后：",
        "The plan waits for the figures entered to be checked:";
    PLAN_WAITS_THEN = "plan.waits_then":
        "请先在“核对您的回答”页改正或确认这些数字，再看测算。",
        "Correct or confirm them on the “Check your answers” page first, then see the plan.";
    PLAN_CHECK_REVENUE = "plan.check_revenue":
        "{year}年预计销售收入看起来可能有误：",
        "The expected revenue for {year} looks unlikely:";
    PLAN_CHECK_REVENUE_THEN = "plan.check_revenue_then":
        "请改正，或确认无误后再测算。",
        "Correct it, or confirm that it is right, for the plan.";
    PLAN_OTHER_BAND = "plan.other_band":
        "按期间的{fiscal_years}计算，年均销售收入{average}，属于{item}“{band}”档（指引未规定不满一年的年度如何计算年均销售收入，两种算法都要满足）：{routes}",
        "Averaged over the period's {fiscal_years}, revenue is {average}, in the band of {item}, “{band}” (the guideline does not say how a part year is averaged, so the plan meets both readings): {routes}";
    PLAN_OTHER_BAND_LARGER = "plan.other_band_larger":
        "按会计年度计算的档次要求更多，计划按两种算法中要求较多的一种安排：{year}年研究开发费用至少{planned}（多{extra}）。",
        "The band by fiscal years asks for more, so the plan follows the larger of the two readings: at least {planned} of R&D in {year} ({extra} more).";
    PLAN_WILL_ASK = "plan.will_ask":
        "按此计划，明年自评时工具会请您核对确认下列数字：{list}",
        "With this plan, next year's self-check will ask you to confirm these figures: {list}";
    PLAN_MISSING = "plan.missing":
        "先填写{list}，才能计算明年申报的计划。",
        "Enter {list} first to work out a plan for next year's application.";
    PLAN_NOT_YET = "plan.not_yet":
        "选择申报类型并填写经营时间后，才能计算明年申报的计划。",
        "Choose the type of applicant and how long it has operated to work out a plan.";
    PLAN_CAVEAT = "plan.caveat":
        "这是按预计数字的测算，不是自评结论；实际申报以当年经审计的数据和当年度申报通知为准。",
        "This is a projection on expected figures, not a result; an application rests on that year's audited figures and the year's application notice.";
}

/// The plan in sentences, in `lang`: what the result page, the printout and `tic-assess --plan
/// --text` say.
pub fn plan_sentences(planned: &Planned, rules: &RuleSet, lang: Lang) -> Vec<String> {
    let money = |yuan: Decimal| format_amount(yuan, Rounding::Up, lang);
    let percent = |ratio: Decimal| format_threshold_percent(ratio);
    let say =
        |text: Bilingual, values: &[(&str, &dyn std::fmt::Display)]| fill(text.get(lang), values);
    let warnings = |warnings: &[Warning]| {
        let list: Vec<String> = warnings
            .iter()
            .map(|w| w.message(false, lang, true))
            .collect();
        list.join(if lang == Lang::Zh { "" } else { " " })
    };
    let p = match planned {
        Planned::Art5(p) => p,
        Planned::Art6(c) => return commitment_sentences(c, lang),
        Planned::MissingFigures { missing } => {
            let list: Vec<String> = missing
                .iter()
                .map(|m| year_label(m.year, m.field, lang))
                .collect();
            let list = list.join(LIST_SEPARATOR().get(lang));
            return vec![say(PLAN_MISSING(), &[("list", &list)])];
        }
        // What the plan waits for: a lead, each figure's warning on a line of its own (the page
        // puts them in a box with their links and fixes), and what to do.
        Planned::WaitsForFigures { warnings: w } => {
            return waiting(PLAN_WAITS().get(lang).into(), w, PLAN_WAITS_THEN(), lang)
        }
        Planned::CheckExpectedRevenue { warnings: w } => {
            let year = w
                .iter()
                .find_map(|w| w.year_and_field().map(|(year, _)| year))
                .unwrap_or_default();
            let lead = say(PLAN_CHECK_REVENUE(), &[("year", &year)]);
            return waiting(lead, w, PLAN_CHECK_REVENUE_THEN(), lang);
        }
        Planned::NotYet => return vec![PLAN_NOT_YET().get(lang).to_string()],
    };
    let year = p.year;
    let previous = year - 1;
    let tier = rules.tier(p.scale.tier);
    let mut lines = Vec::new();
    match p.art6_not_open {
        Some(Art6NotOpen::NotEstablishedForCenter) => {
            lines.push(PLAN_ART6_NOT_ESTABLISHED().get(lang).to_string())
        }
        Some(Art6NotOpen::OperatedThroughPeriod {
            first_year,
            latest_year,
        }) => lines.push(say(
            PLAN_ART6_NOT_NEW(),
            &[("first", &first_year), ("latest", &latest_year)],
        )),
        None => {}
    }
    lines.push(say(
        PLAN_BASIS(),
        &[
            ("first", &p.first_year),
            ("year", &year),
            (
                "revenue",
                &format_amount(p.expected_revenue, Rounding::Nearest, lang),
            ),
            (
                "average",
                &format_compared_amount(
                    p.scale.average_revenue,
                    p.scale.band_ends_at.as_slice(),
                    lang,
                ),
            ),
            ("item", &p.scale.tier.clause().citation(lang)),
            ("band", &p.scale.tier.band().get(lang)),
            ("ratio", &percent(tier.min_rd_ratio)),
            ("growth", &percent(tier.min_rd_growth)),
        ],
    ));
    lines.extend(route_sentences(
        &p.ratio,
        &p.growth,
        p.cheaper,
        year,
        tier.min_rd_growth,
        lang,
    ));
    if let Some(other) = &p.other_band {
        let other_tier = rules.tier(other.scale.tier);
        let routes = route_sentences(
            &other.ratio,
            &other.growth,
            other.cheaper,
            year,
            other_tier.min_rd_growth,
            lang,
        )
        .join(if lang == Lang::Zh { "" } else { " " });
        lines.push(say(
            PLAN_OTHER_BAND(),
            &[
                (
                    "fiscal_years",
                    &count_fiscal_years(other.scale.operating_time.numerator, lang),
                ),
                (
                    "average",
                    &format_compared_amount(
                        other.scale.average_revenue,
                        other.scale.band_ends_at.as_slice(),
                        lang,
                    ),
                ),
                ("item", &other.scale.tier.clause().citation(lang)),
                ("band", &other.scale.tier.band().get(lang)),
                ("routes", &routes),
            ],
        ));
        if let (Some(extra), Some(planned)) = (p.raised_by_other_band, p.planned_rd) {
            let planned = planned - p.raised_for_domestic.unwrap_or_default();
            lines.push(say(
                PLAN_OTHER_BAND_LARGER(),
                &[
                    ("year", &year),
                    ("planned", &money(planned)),
                    ("extra", &money(extra)),
                ],
            ));
        }
    }
    let min_share = percent(rules.min_domestic_rd_share.value);
    if let (Some(planned), Some(extra), Need::AtLeast { yuan }) =
        (p.planned_rd, p.raised_for_domestic, &p.domestic)
    {
        lines.push(say(
            PLAN_RAISED_FOR_DOMESTIC(),
            &[
                ("year", &year),
                ("planned", &money(planned)),
                ("extra", &money(extra)),
                ("amount", &money(*yuan)),
                ("min", &min_share),
            ],
        ));
    } else if let Some(planned) = p.planned_rd {
        lines.push(match &p.domestic {
            Need::AtLeast { yuan } => say(
                PLAN_DOMESTIC(),
                &[
                    ("year", &year),
                    ("planned", &money(planned)),
                    ("amount", &money(*yuan)),
                    ("min", &min_share),
                ],
            ),
            Need::AlreadyMet => say(PLAN_DOMESTIC_MET(), &[("min", &min_share)]),
            Need::NotAvailable { why } => say(
                unavailable(*why),
                &[
                    ("year", &year),
                    ("min", &min_share),
                    ("previous", &previous),
                ],
            ),
        });
    }
    if !p.will_ask_to_confirm.is_empty() {
        lines.push(say(
            PLAN_WILL_ASK(),
            &[("list", &warnings(&p.will_ask_to_confirm))],
        ));
    }
    if let Some(near) = &p.near_bound {
        // A margin above the bound is rounded down, a distance below it up: never a bound the
        // average does not reach. A margin too small to show is “at the bound”.
        let (text, distance) = match (near.above, shows_as_zero(near.distance, lang)) {
            (true, true) => (PLAN_AT_BOUND(), String::new()),
            (true, false) => (
                PLAN_ABOVE_BOUND(),
                format_amount(near.distance, Rounding::Down, lang),
            ),
            (false, _) => (PLAN_BELOW_BOUND(), money(near.distance)),
        };
        lines.push(say(
            text,
            &[
                ("bound", &money(near.bound)),
                ("distance", &distance),
                ("year", &year),
                ("revenue", &money(near.revenue_at_bound)),
                ("item", &near.other_tier.clause().citation(lang)),
                ("band", &near.other_tier.band().get(lang)),
                ("ratio", &percent(near.other_min_ratio)),
                ("growth", &percent(near.other_min_growth)),
            ],
        ));
    }
    lines.push(PLAN_CAVEAT().get(lang).to_string());
    lines
}

/// A plan that waits: `lead`, each warning's message, then `then`.
fn waiting(lead: String, warnings: &[Warning], then: Bilingual, lang: Lang) -> Vec<String> {
    let mut lines = vec![lead];
    lines.extend(warnings.iter().map(|w| w.message(false, lang, true)));
    lines.push(then.get(lang).into());
    lines
}

/// Why a route gives no number.
fn unavailable(why: Unavailable) -> Bilingual {
    match why {
        Unavailable::NoRevenue => PLAN_NO_REVENUE(),
        Unavailable::ZeroBase => PLAN_ZERO_BASE(),
        Unavailable::PartYearBase => PLAN_PART_YEAR_BASE(),
        Unavailable::NoPreviousYear => PLAN_NO_PREVIOUS_YEAR(),
        Unavailable::DomesticOutOfReach => PLAN_DOMESTIC_OUT_OF_REACH(),
    }
}

/// What each route of Art. 5(3) asks in one band, and which is cheaper.
fn route_sentences(
    ratio: &Need,
    growth: &Need,
    cheaper: Option<Cheaper>,
    year: i32,
    min_growth: Decimal,
    lang: Lang,
) -> Vec<String> {
    let money = |yuan: Decimal| format_amount(yuan, Rounding::Up, lang);
    let say =
        |text: Bilingual, values: &[(&str, &dyn std::fmt::Display)]| fill(text.get(lang), values);
    let previous = year - 1;
    let mut lines = vec![
        match ratio {
            Need::AtLeast { yuan } => {
                say(PLAN_RATIO(), &[("year", &year), ("amount", &money(*yuan))])
            }
            Need::AlreadyMet => say(PLAN_RATIO_MET(), &[("year", &year)]),
            Need::NotAvailable { why } => say(unavailable(*why), &[("previous", &previous)]),
        },
        match growth {
            Need::AtLeast { yuan } => say(
                PLAN_GROWTH(),
                &[
                    ("year", &year),
                    ("previous", &previous),
                    ("amount", &money(*yuan)),
                    ("growth", &format_threshold_percent(min_growth)),
                ],
            ),
            Need::AlreadyMet => say(PLAN_RATIO_MET(), &[("year", &year)]),
            Need::NotAvailable { why } => say(unavailable(*why), &[("previous", &previous)]),
        },
    ];
    if let Some(Cheaper { route, by }) = cheaper {
        let text = match route {
            Route::Ratio => PLAN_CHEAPER_RATIO(),
            Route::Growth => PLAN_CHEAPER_GROWTH(),
        };
        lines.push(say(text, &[("by", &money(by))]));
    }
    lines
}

/// The Art. 6 plan in sentences: the commitment, and Art. 5(4) on the basis the assessment uses,
/// with the same amounts.
fn commitment_sentences(c: &CommitmentPlan, lang: Lang) -> Vec<String> {
    let money = |yuan: Decimal| format_amount(yuan, Rounding::Up, lang);
    let share = format_threshold_percent(c.min_domestic_share);
    let say =
        |text: Bilingual, values: &[(&str, &dyn std::fmt::Display)]| fill(text.get(lang), values);
    let mut lines = vec![
        if c.eligible {
            PLAN_ART6_ELIGIBLE()
        } else {
            PLAN_ART6_NOT_YET()
        }
        .get(lang)
        .to_string(),
        say(
            PLAN_COMMITMENT(),
            &[("years", &c.years), ("min", &money(c.min_average_rd))],
        ),
    ];
    if let Some(committed) = c.committed {
        lines.push(say(
            PLAN_COMMITTED(),
            &[
                ("committed", &format_amount(committed, Rounding::Down, lang)),
                (
                    "gap",
                    &describe_difference(committed - c.min_average_rd, lang),
                ),
            ],
        ));
    }
    lines.push(match &c.domestic {
        Some(d) => {
            let values: [(&str, &dyn std::fmt::Display); 6] = [
                ("years", &c.years),
                ("total", &format_amount(d.total, Rounding::Nearest, lang)),
                ("required", &money(d.required)),
                ("share", &share),
                ("domestic", &format_amount(d.domestic, Rounding::Down, lang)),
                ("gap", &describe_difference(d.difference, lang)),
            ];
            match d.basis {
                DomesticBasis::PlannedCommitment => say(PLAN_DOMESTIC_ON_COMMITMENT(), &values),
                DomesticBasis::SinceFounding => say(PLAN_DOMESTIC_SINCE_FOUNDING(), &values),
                DomesticBasis::Period {
                    first_year,
                    latest_year,
                } => {
                    let years = year_span(first_year, latest_year, lang);
                    let mut values = values.to_vec();
                    values[0] = ("years", &years);
                    say(PLAN_DOMESTIC_ON_PERIOD(), &values)
                }
            }
        }
        None => say(
            PLAN_DOMESTIC_ON_MINIMUM(),
            &[
                ("years", &c.years),
                ("share", &share),
                ("domestic", &money(c.min_domestic_rd)),
            ],
        ),
    });
    lines
}
