//! The results summary a manager reads in ten seconds: for each condition, the key figure against
//! what is required and the gap in money, in a few words. The full sentences stay in
//! [`super::explain`]; these cells are cut from the same findings, so the two cannot disagree.

use super::answers::{Field, YearFigures};
use super::dates::year_span;
use super::explain::{describe_difference, describe_growth, describe_reason, Amounts};
use super::lang::Lang;
use super::library::{fill, long_texts};
use super::money_display::{
    format_amount, format_compared_percent, format_exact_amount, format_threshold_percent, Rounding,
};

/// Whether a finding is one of Art. 5(3)'s two routes (the ratio over the period, or last
/// year's growth), whatever its figures made of it.
fn is_route(reason: &Reason) -> bool {
    matches!(
        reason,
        Reason::RdRatio { .. }
            | Reason::RdRatioWithoutRevenue { .. }
            | Reason::RdGrowth { .. }
            | Reason::RdGrowthWithoutPreviousYear { .. }
            | Reason::RdGrowthFromZero { .. }
            | Reason::RdGrowthNone { .. }
    )
}
use super::outcome::{ConditionResult, DomesticBasis, Finding, Reason, Verdict};
use rust_decimal::Decimal;

long_texts! {
    glance;
    KEY_RD_RATIO = "glance.rd_ratio":
        "研发费用占比{ratio}，要求不低于{min}",
        "R&D ratio {ratio}; at least {min} required";
    KEY_RD_GROWTH = "glance.rd_growth":
        "上一年度研发费用{growth}，要求增长不低于{min}",
        "R&D in the previous year: {growth}; growth of at least {min} required";
    KEY_DOMESTIC_SHARE = "glance.domestic_share":
        "境内研发费用占比{share}，要求不低于{min}",
        "Share of R&D within China {share}; at least {min} required";
    KEY_COMMITMENT = "glance.commitment":
        "承诺年均研发费用{committed}，要求不低于{minimum}",
        "Committed average annual R&D {committed}; at least {minimum} required";
    KEY_DECLARED = "glance.declared":
        "自行声明（{count}项）",
        "Self-declared ({count} answers)";
    KEY_DECLARED_ONE = "glance.declared_one":
        "自行声明（{count}项）",
        "Self-declared ({count} answer)";
    KEY_TO_ANSWER = "glance.to_answer":
        "有回答为“否”“不确定”或尚未回答",
        "An answer is “no”, “not sure” or not given yet";
    KEY_MISSING = "glance.missing":
        "缺少数据或回答",
        "Figures or answers missing";
    KEY_CHECK_FIGURES = "glance.check_figures":
        "请核对数据：{count}处数字可能有误，尚未确认",
        "Figures to check: {count} look unlikely and are not confirmed yet";
    KEY_CHECK_FIGURE_ONE = "glance.check_figure_one":
        "请核对数据：{count}处数字可能有误，尚未确认",
        "Figures to check: {count} looks unlikely and is not confirmed yet";
    GAP_OVER_YEARS = "glance.gap_over_years":
        "{years}年度已结束，合计当时差{amount}；本轮已无法弥补",
        "{amount} short over {years} (ended; too late this round)";
    GAP_IN_YEAR = "glance.gap_in_year":
        "{year}年度已结束，当时差{amount}；本轮已无法弥补",
        "{amount} short in {year} (ended; too late this round)";
    EITHER_ROUTE = "glance.either_route":
        "任选其一：",
        "Either one is enough:";
    OR_ROUTE = "glance.or_route":
        "或",
        "or ";
    GLANCE_CONDITION = "glance.condition": "条件", "Condition";
    GLANCE_VERDICT = "glance.verdict": "结论", "Result";
    GLANCE_FIGURE = "glance.figure": "关键数据与要求", "Key figure and what is required";
    GLANCE_GAP = "glance.gap": "差距", "Gap";
    FISCAL_YEAR = "glance.fiscal_year": "会计年度", "Fiscal year";
    NOT_ANSWERED = "glance.not_answered": "未填写", "Not answered";
    KEY_CONFIRMED = "glance.confirmed":
        "依据申请人确认的数字（看起来可能有误）：{list}",
        "Rests on figures the applicant confirmed although they looked unlikely: {list}";
    ROUTE_RATIO = "glance.route_ratio": "按研发费用占比", "By the R&D ratio";
    ROUTE_GROWTH = "glance.route_growth": "按上一年度增速", "By last year's growth";
    ROUTE_MET = "glance.route_met": "{route}：满足", "{route}: met";
    ROUTE_NOT_MET = "glance.route_not_met": "{route}：不满足", "{route}: not met";
    ROUTE_OPEN = "glance.route_open": "{route}：尚无法判断", "{route}: cannot be decided yet";
    ROUTE_MET_UNCHECKED = "glance.route_met_unchecked":
        "{route}：按所填数字满足，待核对",
        "{route}: met on the figures as entered, still to check";
    ROUTE_NOT_MET_UNCHECKED = "glance.route_not_met_unchecked":
        "{route}：按所填数字不满足，待核对",
        "{route}: not met on the figures as entered, still to check";
    ROUTE_NOT_NEEDED = "glance.route_not_needed":
        "{route}：无需满足（另一途径已满足）",
        "{route}: not needed (the other route is met)";
    KEY_BAND_DEPENDS = "glance.band_depends":
        "档次取决于年均销售收入的算法（{first_year}年只经营了部分时间），需由主管部门认定",
        "The band depends on how the average revenue is worked out ({first_year} was operated in part): for the Commission";
}

/// One line of a summary row: what was found, and the gap in money where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFigure {
    pub text: String,
    /// “2022–2024年合计还差 7,100.00万元”, “恰好达到要求”, “高出 …”: only where the finding
    /// counts money and the amounts are shown. A shortfall names the fiscal years it is in.
    pub gap: Option<String>,
    /// Whether the line is one of a condition's routes of which either is enough (Art. 5(3):
    /// the ratio, or last year's growth), shown while the condition is not met.
    pub route: bool,
}

/// The words before a condition's routes (“任选其一：”), and before each route after the first
/// (“或 ”): a manager reads two gaps as alternatives, not as a sum.
pub fn route_words(lang: Lang) -> (&'static str, &'static str) {
    (EITHER_ROUTE().get(lang), OR_ROUTE().get(lang))
}

/// A condition's key figures as a row at a glance shows them: whether “任选其一：” goes above
/// them (the condition has routes of which either is enough), and each figure with the word
/// before it (“或 ” before each route after the first), so that no one adds the gaps up.
pub fn glance_lines(
    c: &ConditionResult,
    lang: Lang,
    amounts: Amounts,
) -> (bool, Vec<(&'static str, KeyFigure)>) {
    let (_, or) = route_words(lang);
    let figures = key_figures(c, lang, amounts);
    let has_routes = figures.iter().any(|k| k.route);
    let mut first_route = true;
    let lines = figures
        .into_iter()
        .map(|k| {
            let prefix = if k.route && !first_route { or } else { "" };
            first_route &= !k.route;
            (prefix, k)
        })
        .collect();
    (has_routes, lines)
}

/// The gap column beside `lines`, one cell line each: the line's gap with its “或” (`prefix`,
/// text); nothing beside a line without one when another line of the row has one (a note, say,
/// under figures with gaps); and one “—” when no line has a gap.
pub fn gap_column<'a>(lines: &'a [(&'static str, KeyFigure)]) -> Vec<(&'static str, &'a str)> {
    let any = lines.iter().any(|(_, k)| k.gap.is_some());
    lines
        .iter()
        .enumerate()
        .map(|(i, (prefix, k))| match &k.gap {
            Some(gap) => (*prefix, gap.as_str()),
            None if !any && i == 0 => ("", "—"),
            None => ("", ""),
        })
        .collect()
}

/// The figures entered, one row per year: the year, then each amount as the page shows it
/// (or “未填写”).
pub fn figure_rows(years: &[YearFigures], lang: Lang) -> Vec<Vec<String>> {
    years
        .iter()
        .map(|y| {
            let mut row = vec![y.year.to_string()];
            row.extend(Field::ALL.map(|field| {
                y.get(field).map_or_else(
                    || NOT_ANSWERED().get(lang).to_string(),
                    |m| format_exact_amount(m.yuan(), lang),
                )
            }));
            row
        })
        .collect()
}

/// A shortfall in fiscal years that have ended, said as past with the years it is in (nothing
/// done now changes those accounts; the verdict box points at the plan for the next round); a
/// margin as it is.
fn gap_in_years(difference: Decimal, first: i32, latest: i32, lang: Lang) -> String {
    if !difference.is_sign_negative() || difference.is_zero() {
        return describe_difference(difference, lang);
    }
    let amount = format_amount(-difference, Rounding::Up, lang);
    if first == latest {
        fill(
            GAP_IN_YEAR().get(lang),
            &[("year", &latest), ("amount", &amount)],
        )
    } else {
        let years = year_span(first, latest, lang);
        fill(
            GAP_OVER_YEARS().get(lang),
            &[("years", &years), ("amount", &amount)],
        )
    }
}

/// How one route of Art. 5(3) stands, under the condition's one verdict: “按研发费用占比：
/// 不满足”, “按所填数字满足，待核对” while the figures are still to check, or not needed when the
/// other route meets the condition. `None` for a finding that is not a route. The second value
/// names the state for styles and tests: `met`, `not-met`, `unchecked`, `open` or `not-needed`.
pub fn route_status(
    c: &ConditionResult,
    f: &Finding,
    lang: Lang,
) -> Option<(String, &'static str)> {
    let route = match f.reason {
        Reason::RdRatio { .. } | Reason::RdRatioWithoutRevenue { .. } => ROUTE_RATIO(),
        Reason::RdGrowth { .. }
        | Reason::RdGrowthWithoutPreviousYear { .. }
        | Reason::RdGrowthFromZero { .. }
        | Reason::RdGrowthNone { .. } => ROUTE_GROWTH(),
        _ => return None,
    };
    // On figures still to check, a route's arithmetic is said with what it rests on: never a
    // bare “满足” under a verdict that cannot be told yet.
    let unchecked = c
        .findings
        .iter()
        .any(|f| matches!(f.reason, Reason::CheckFigures { .. }));
    let (text, state) = match f.verdict {
        Verdict::Met if unchecked => (ROUTE_MET_UNCHECKED(), "unchecked"),
        Verdict::NotMet if unchecked => (ROUTE_NOT_MET_UNCHECKED(), "unchecked"),
        Verdict::Met => (ROUTE_MET(), "met"),
        _ if c.verdict == Verdict::Met => (ROUTE_NOT_NEEDED(), "not-needed"),
        Verdict::NotMet => (ROUTE_NOT_MET(), "not-met"),
        Verdict::CannotTell => (ROUTE_OPEN(), "open"),
    };
    Some((fill(text.get(lang), &[("route", &route.get(lang))]), state))
}

/// The findings a summary row speaks of: those that decide its verdict (for a met condition,
/// the route that meets it, not the alternative that was not needed).
pub fn deciding_findings(c: &ConditionResult) -> impl Iterator<Item = &Finding> {
    c.findings
        .iter()
        .filter(move |f| f.verdict == c.verdict || c.verdict != Verdict::Met)
}

/// The key figures of a condition, one per deciding finding that has a figure, or one line that
/// says what kind of answer decides it.
pub fn key_figures(c: &ConditionResult, lang: Lang, amounts: Amounts) -> Vec<KeyFigure> {
    let mut lines = Vec::new();
    let mut declared = 0;
    let mut open_answer = false;
    let mut missing = false;
    for f in deciding_findings(c) {
        let shown = amounts == Amounts::Shown;
        let gap = |difference| shown.then(|| describe_difference(difference, lang));
        let gap_over = |difference, first, latest| {
            shown.then(|| gap_in_years(difference, first, latest, lang))
        };
        let line = match &f.reason {
            Reason::RdRatio {
                ratio,
                min_ratio,
                difference,
                first_year,
                latest_year,
                ..
            } => KeyFigure {
                text: fill(
                    KEY_RD_RATIO().get(lang),
                    &[
                        ("ratio", &format_compared_percent(*ratio, *min_ratio, lang)),
                        ("min", &format_threshold_percent(*min_ratio)),
                    ],
                ),
                gap: gap_over(*difference, *first_year, *latest_year),
                route: true,
            },
            Reason::RdGrowth {
                growth,
                min_growth,
                difference,
                year,
                ..
            } => KeyFigure {
                text: fill(
                    KEY_RD_GROWTH().get(lang),
                    &[
                        ("growth", &describe_growth(*growth, *min_growth, lang)),
                        ("min", &format_threshold_percent(*min_growth)),
                    ],
                ),
                gap: gap_over(*difference, *year, *year),
                route: true,
            },
            Reason::DomesticShare {
                share,
                min_share,
                difference,
                basis,
                ..
            } => KeyFigure {
                text: fill(
                    KEY_DOMESTIC_SHARE().get(lang),
                    &[
                        ("share", &format_compared_percent(*share, *min_share, lang)),
                        ("min", &format_threshold_percent(*min_share)),
                    ],
                ),
                gap: match basis {
                    DomesticBasis::Period {
                        first_year,
                        latest_year,
                    } => gap_over(*difference, *first_year, *latest_year),
                    _ => gap(*difference),
                },
                route: false,
            },
            Reason::Commitment {
                committed,
                minimum,
                difference,
                ..
            } if amounts == Amounts::Shown => KeyFigure {
                text: fill(
                    KEY_COMMITMENT().get(lang),
                    &[
                        (
                            "committed",
                            &format_amount(*committed, Rounding::Down, lang),
                        ),
                        ("minimum", &format_amount(*minimum, Rounding::Nearest, lang)),
                    ],
                ),
                gap: gap(*difference),
                route: false,
            },
            Reason::CheckFigures { warnings } => KeyFigure {
                text: fill(
                    if warnings.len() == 1 {
                        KEY_CHECK_FIGURE_ONE()
                    } else {
                        KEY_CHECK_FIGURES()
                    }
                    .get(lang),
                    &[("count", &warnings.len())],
                ),
                gap: None,
                route: false,
            },
            Reason::BandDependsOnAverage { first_year, .. } => KeyFigure {
                text: fill(KEY_BAND_DEPENDS().get(lang), &[("first_year", first_year)]),
                gap: None,
                route: false,
            },
            Reason::Declared { .. } if f.verdict == Verdict::Met => {
                declared += 1;
                continue;
            }
            Reason::Declared { .. } | Reason::Unanswered { .. } => {
                open_answer = true;
                continue;
            }
            Reason::MissingFigures { .. }
            | Reason::MissingNewEntityFigures { .. }
            | Reason::CommitmentMissing { .. }
            | Reason::PathNotChosen
            | Reason::PeriodUnknown { .. } => {
                missing = true;
                continue;
            }
            other => KeyFigure {
                text: describe_reason(other, lang, amounts),
                gap: None,
                route: is_route(other),
            },
        };
        lines.push(line);
    }
    // Routes read as alternatives only while there is more than one to choose from.
    if lines.iter().filter(|k| k.route).count() < 2 {
        for k in &mut lines {
            k.route = false;
        }
    }
    let note = |text: String| KeyFigure {
        text,
        gap: None,
        route: false,
    };
    if !c.confirmed_figures.is_empty() {
        let facts: Vec<String> = c
            .confirmed_figures
            .iter()
            .map(|w| w.fact(lang, amounts == Amounts::Shown))
            .collect();
        let list = facts.join(if lang == Lang::Zh { "；" } else { "; " });
        lines.push(note(fill(KEY_CONFIRMED().get(lang), &[("list", &list)])));
    }
    if missing {
        lines.push(note(KEY_MISSING().get(lang).into()));
    }
    if open_answer {
        lines.push(note(KEY_TO_ANSWER().get(lang).into()));
    } else if declared > 0 && lines.is_empty() {
        let text = if declared == 1 {
            KEY_DECLARED_ONE()
        } else {
            KEY_DECLARED()
        };
        lines.push(note(fill(text.get(lang), &[("count", &declared)])));
    }
    lines
}
