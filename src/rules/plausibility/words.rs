//! Figures that look unlikely, in words: what was found (“2024年销售收入是2023年的10倍以上”),
//! what to do about it (the unit most likely meant, with the figure read in it), and what the
//! applicant confirmed. The checks themselves are in [`super`].

use super::Warning;
use crate::rules::answers::{Field, Figure, PlanAmount};
use crate::rules::lang::{lower_first, Lang};
use crate::rules::library::{fill, long_texts};
use crate::rules::money_display::{format_amount, format_yuan, Rounding};

long_texts! {
    plausibility_texts;
    FACT_TEN_TIMES = "warn.ten_times":
        "{figure}是{other}年的10倍以上",
        "{figure} {is} more than ten times {that} of {other}";
    FACT_TEN_THOUSAND_TIMES = "warn.ten_thousand_times":
        "{figure}约为{other}年的10,000倍",
        "{figure} {is} about 10,000 times {that} of {other}";
    FACT_TENTH = "warn.tenth":
        "{figure}不到{other}年的十分之一，与其他年度相差很大",
        "{figure} {is} less than a tenth of {that} of {other}, far from the other years'";
    FACT_TEN_THOUSANDTH = "warn.ten_thousandth":
        "{figure}约为{other}年的万分之一",
        "{figure} {is} about a ten-thousandth of {that} of {other}";
    FACT_DOMESTIC_ABOVE_TOTAL = "warn.domestic_above_total":
        "{figure}大于同年研究开发费用总额",
        "{figure} {is} more than total R&D expenses that year";
    FACT_TOTAL_BELOW_DOMESTIC = "warn.total_below_domestic":
        "{figure}小于同年境内研究开发费用，且与其他年度相差很大，很可能是这里填错了",
        "{figure} {is} less than the R&D within China that year, and far from the other years': likely the figure typed wrong";
    FACT_RD_ABOVE_REVENUE = "warn.rd_above_revenue":
        "{figure}高于同年销售收入（研发费用占比超过100%）",
        "{figure} {is} more than sales revenue that year (an R&D ratio over 100%)";
    FACT_RD_QUADRUPLED = "warn.rd_quadrupled":
        "{figure}是{other}年的4倍以上（增长超过300%）",
        "{figure} {is} more than four times {that} of {other} (growth over 300%)";
    FACT_VERY_LARGE = "warn.very_large":
        "{figure}为{amount}，达到{bound}以上",
        "{figure} {is} {amount}, {bound} or more";
    FACT_VERY_LARGE_A_YEAR = "warn.very_large_a_year":
        "{figure}为每年{amount}，达到每年{bound}以上",
        "{figure} {is} {amount} a year, {bound} a year or more";
    FACT_VERY_LARGE_WITHOUT_AMOUNT = "warn.very_large_without_amount":
        "{figure}达到{bound}以上",
        "{figure} {is} {bound} or more";
    FACT_VERY_LARGE_A_YEAR_WITHOUT_AMOUNT = "warn.very_large_a_year_without_amount":
        "{figure}达到每年{bound}以上",
        "{figure} {is} {bound} a year or more";
    FACT_NO_UNIT_WITHOUT_AMOUNT = "warn.no_unit_without_amount":
        "{figure}没有写单位",
        "{figure} {is} written with no unit";
    FACT_PART_ABOVE_TOTAL = "warn.part_above_total":
        "{figure}大于{total}",
        "{figure} {is} more than {total}";
    FACT_NO_UNIT = "warn.no_unit":
        "{figure}为{amount}，没有写单位",
        "{figure} {is} {amount}, with no unit written";
    ASK_CHECK_UNIT = "warn.ask_check_unit":
        "请核对单位和位数",
        "check the unit and the digits";
    ASK_UNIT_SLIP = "warn.ask_unit_slip":
        "看起来按{meant}填写了{read_in}栏（按{meant}读取为{corrected}）",
        "it looks typed in {meant} where the unit is {read_in} (read in {meant}, {corrected})";
    ASK_UNIT_SLIP_WITHOUT_AMOUNT = "warn.ask_unit_slip_without_amount":
        "看起来按{meant}填写了{read_in}栏",
        "it looks typed in {meant} where the unit is {read_in}";
    ASK_WRITE_UNIT = "warn.ask_write_unit":
        "看起来缺少单位：请在数字后写明单位，例如15亿",
        "the unit looks left out: write it after the number, for example 1.5 billion or 15亿";
    UNCONFIRMED = "warn.unconfirmed":
        "{fact}，{ask}。",
        "{fact}: {ask}.";
    CONFIRMED = "warn.confirmed":
        "申请人已确认：{fact}。",
        "Confirmed by the applicant: {fact}.";
    CANNOT_BE = "warn.cannot_be":
        "{fact}：境内部分是总额的一部分，不可能大于总额，核对确认不能消除这一问题，请改正其中一个数字。",
        "{fact}: the part within China is part of the total and cannot be more than it, so confirming cannot settle this; correct one of the two figures.";
    ONE_HUNDRED_YI = "warn.bound_rd": "100亿元", "RMB 10 billion";
    ONE_THOUSAND_YI = "warn.bound_revenue": "1,000亿元", "RMB 100 billion";
}

impl Warning {
    /// What was found, without what to do about it: “2024年销售收入是2023年的10倍以上”; with
    /// the amount it names unless `with_amounts` is false (a printout without amounts).
    pub fn fact(self, lang: Lang, with_amounts: bool) -> String {
        let figure = self.figure();
        // English agrees with the figure's name: “Total R&D expenses … are … those of”.
        let (is, that) = if figure.is_plural(lang) {
            ("are", "those")
        } else {
            ("is", "that")
        };
        // Each sentence names the values it needs; one fill writes them all.
        let mut other = 0;
        let mut amount = String::new();
        let mut bound = ONE_HUNDRED_YI();
        let mut total = String::new();
        let text = match self {
            Warning::TenTimesAnotherYear {
                other_year, slip, ..
            } => {
                other = other_year;
                if slip.is_some() {
                    FACT_TEN_THOUSAND_TIMES()
                } else {
                    FACT_TEN_TIMES()
                }
            }
            Warning::TenthOfAnotherYear {
                other_year, slip, ..
            } => {
                other = other_year;
                if slip.is_some() {
                    FACT_TEN_THOUSANDTH()
                } else {
                    FACT_TENTH()
                }
            }
            Warning::DomesticAboveTotal {
                field: Field::RdTotal,
                ..
            } => FACT_TOTAL_BELOW_DOMESTIC(),
            Warning::DomesticAboveTotal { .. } => FACT_DOMESTIC_ABOVE_TOTAL(),
            Warning::RdAboveRevenue { .. } => FACT_RD_ABOVE_REVENUE(),
            Warning::RdMoreThanQuadrupled { year } => {
                other = year - 1;
                FACT_RD_QUADRUPLED()
            }
            Warning::VeryLarge { yuan, .. } => {
                amount = format_amount(yuan, Rounding::Nearest, lang);
                let a_year = matches!(
                    figure,
                    Figure::Art6 {
                        amount: PlanAmount::Commitment | PlanAmount::PlannedDomestic
                    }
                );
                if !figure.is_rd() {
                    bound = ONE_THOUSAND_YI();
                }
                match (a_year, with_amounts) {
                    (true, true) => FACT_VERY_LARGE_A_YEAR(),
                    (true, false) => FACT_VERY_LARGE_A_YEAR_WITHOUT_AMOUNT(),
                    (false, true) => FACT_VERY_LARGE(),
                    (false, false) => FACT_VERY_LARGE_WITHOUT_AMOUNT(),
                }
            }
            Warning::PartAboveTotal { part } => {
                let whole = part.total_of().unwrap_or(part);
                total = lower_first(whole.name().get(lang), lang);
                FACT_PART_ABOVE_TOTAL()
            }
            // Read in 元, it is far below a 万元 shown to two places: written in 元.
            Warning::NoUnitTyped { yuan, .. } => {
                amount = format_yuan(yuan, lang);
                if with_amounts {
                    FACT_NO_UNIT()
                } else {
                    FACT_NO_UNIT_WITHOUT_AMOUNT()
                }
            }
        };
        fill(
            text.get(lang),
            &[
                ("figure", &figure.name(lang)),
                ("other", &other),
                ("amount", &amount),
                ("bound", &bound.get(lang)),
                ("total", &total),
                ("is", &is),
                ("that", &that),
            ],
        )
    }

    /// What to do: the unit most likely meant, with the figure read in it; or what to check.
    fn ask(self, lang: Lang, with_amounts: bool) -> String {
        match self.slip() {
            Some(slip) => fill(
                if with_amounts {
                    ASK_UNIT_SLIP()
                } else {
                    ASK_UNIT_SLIP_WITHOUT_AMOUNT()
                }
                .get(lang),
                &[
                    ("meant", &slip.meant.label(lang)),
                    ("read_in", &slip.read_in.label(lang)),
                    (
                        "corrected",
                        &format_amount(slip.corrected(), Rounding::Nearest, lang),
                    ),
                ],
            ),
            None => match self {
                Warning::NoUnitTyped { .. } => ASK_WRITE_UNIT().get(lang).into(),
                _ => ASK_CHECK_UNIT().get(lang).into(),
            },
        }
    }

    /// The warning as a sentence: what was found and what to check (“…，请核对单位和位数。”);
    /// once `confirmed`, what the applicant confirmed (“申请人已确认：…。”). A part above its
    /// total says why no confirmation settles it, confirmed or not.
    pub fn message(self, confirmed: bool, lang: Lang, with_amounts: bool) -> String {
        let fact = self.fact(lang, with_amounts);
        let text = match (confirmed, self.can_be_confirmed()) {
            (_, false) => CANNOT_BE(),
            (true, true) => CONFIRMED(),
            (false, true) => {
                let ask = self.ask(lang, with_amounts);
                return fill(UNCONFIRMED().get(lang), &[("fact", &fact), ("ask", &ask)]);
            }
        };
        fill(text.get(lang), &[("fact", &fact)])
    }
}
